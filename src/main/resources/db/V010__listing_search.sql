-- Search by price or age across all products, and by product by age, without sorting the whole table.
CREATE INDEX LISTING_STATUS_PRICE ON LISTING (STATUS, UNIT_PRICE, CREATED_AT);
CREATE INDEX LISTING_PRODUCT_NEWEST ON LISTING (PRODUCT_CODE, STATUS, CREATED_AT);
