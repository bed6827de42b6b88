-- ORDER_TRADES (PRODUCT_CODE, CONFIRMED_AT) is the leading part of MARKET_PRODUCT_TRADES (PRODUCT_CODE, CONFIRMED_AT,
-- STATUS, QUANTITY, UNIT_PRICE), which answers every query the shorter one did: one index fewer to keep on each order.
DROP INDEX ORDER_TRADES;
