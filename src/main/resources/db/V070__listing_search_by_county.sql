-- Public searches filter by product and county together (the home page's two drop-downs) and sort by price:
-- this index narrows to one product in one county before any row is read.
CREATE INDEX LISTING_PRODUCT_COUNTY ON LISTING (PRODUCT_CODE, COUNTY, STATUS, UNIT_PRICE);
