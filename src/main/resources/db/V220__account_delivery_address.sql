-- accounts: a buyer's default delivery address (PUT /api/me), used when an order or demand names none; and a
-- cooperative's rating, kept as a running sum and count that orders' reviews add to (through accounts' boundary).
ALTER TABLE ACCOUNT ADD COLUMN DELIVERY_ADDRESS VARCHAR(300);
ALTER TABLE COOPERATIVE ADD COLUMN RATING_SUM INTEGER NOT NULL DEFAULT 0;
ALTER TABLE COOPERATIVE ADD COLUMN RATING_COUNT INTEGER NOT NULL DEFAULT 0;
