-- Matching reads a product's offers in price-time order (price, then age, then id) and stops after the first
-- page: with the id in the index the database walks it in that order instead of sorting every offer first.
CREATE INDEX LISTING_OFFER_ORDER ON LISTING (PRODUCT_CODE, STATUS, UNIT_PRICE, CREATED_AT, ID);
