-- Hoarding cap across products (orders component): one row per buyer that has placed a direct order. An order locks
-- its buyer's row (a conditional UPDATE) before it sums the buyer's pending orders, so two orders of one buyer on
-- different products are counted one after the other and HARVEST_PENDING_PER_BUYER holds under concurrency.
CREATE TABLE ORDER_BUYER_LOCK (
    BUYER_ID BIGINT NOT NULL,
    LOCKED_AT TIMESTAMP NOT NULL,
    CONSTRAINT ORDER_BUYER_LOCK_PK PRIMARY KEY (BUYER_ID)
);
