-- Cooperative profiles count each cooperative's completed orders (one grouped query per page); this index answers
-- the count from the index alone instead of visiting every order the cooperative ever had.
CREATE INDEX ORDER_COOPERATIVE_STATUS ON PURCHASE_ORDER (COOPERATIVE_ID, STATUS);
