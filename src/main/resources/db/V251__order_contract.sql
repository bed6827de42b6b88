-- Orders of order-farming deliveries (contracts' V250): an order created for delivery n of a contract takes no
-- listing's stock, so its LISTING_ID is empty and it names the contract and delivery instead. Such orders are
-- never confirmed (they start SHIPPED), so no market figure, which counts trades by CONFIRMED_AT, ever counts them.
-- DROP NOT NULL is accepted by Derby 10.16 and PostgreSQL alike.
ALTER TABLE PURCHASE_ORDER ALTER COLUMN LISTING_ID DROP NOT NULL;
ALTER TABLE PURCHASE_ORDER ADD COLUMN CONTRACT_ID BIGINT;
ALTER TABLE PURCHASE_ORDER ADD COLUMN DELIVERY_NUMBER INTEGER;
CREATE INDEX ORDER_CONTRACT ON PURCHASE_ORDER (CONTRACT_ID, DELIVERY_NUMBER);
