-- demands: where the orders made from a demand go, and the buyer's note to the cooperative.
ALTER TABLE DEMAND ADD COLUMN DELIVERY_ADDRESS VARCHAR(300);
ALTER TABLE DEMAND ADD COLUMN NOTE VARCHAR(500);
