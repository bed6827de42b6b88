-- Market information reads trades (orders confirmed or later) by confirmation time. These covering indexes let
-- Derby answer the price history (one product, a date range) and the market-wide windows (30 days, this month)
-- from the index alone, without visiting 200,000 order rows.
CREATE INDEX MARKET_PRODUCT_TRADES ON PURCHASE_ORDER (PRODUCT_CODE, CONFIRMED_AT, STATUS, QUANTITY, UNIT_PRICE);
CREATE INDEX MARKET_TRADES_BY_TIME ON PURCHASE_ORDER (CONFIRMED_AT, STATUS, PRODUCT_CODE, QUANTITY, UNIT_PRICE, LISTING_ID);
-- staff exports of every order in a date range walk orders by creation time
CREATE INDEX MARKET_ORDERS_CREATED ON PURCHASE_ORDER (CREATED_AT, ID);
