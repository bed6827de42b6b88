-- Derby backs every foreign key with an index of its own column, so three indexes duplicated one it already keeps on
-- each order, event and notification written:
-- * ORDER_DEMAND (DEMAND_ID, LISTING_ID, STATUS) next to the DEMAND_ID key's: a demand has a few orders, read by it;
-- * ORDER_LISTING (LISTING_ID, STATUS) next to the LISTING_ID key's: only moderation reads a listing's open orders;
-- * ORDER_EVENT_ORDER (ORDER_ID, OCCURRED_AT) next to the ORDER_ID key's: an order's few events, sorted in memory.
-- PostgreSQL keeps them (db/postgres/V350): it creates no index for a foreign key, so they are its only ones.
DROP INDEX ORDER_DEMAND;
DROP INDEX ORDER_LISTING;
DROP INDEX ORDER_EVENT_ORDER;
