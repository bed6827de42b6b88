-- An upper bound on the quantity each buyer holds in orders awaiting confirmation (orders component, HoardingGuard).
-- Raised under the buyer's lock row whenever an order awaiting confirmation is created; never lowered by a decision
-- (which would take the buyer's row out of the lock order), so it only ever overstates. While the bound plus a new
-- order stays under the caps the order needs no sum over the buyer's pending orders; past them the exact sum is read
-- and stored. NULL: not known yet (rows from before this migration), read exactly on the next order.
ALTER TABLE ORDER_BUYER_LOCK ADD COLUMN PENDING_BOUND DECIMAL(19, 3);
