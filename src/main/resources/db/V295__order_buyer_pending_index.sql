-- A direct order checks its buyer's unconfirmed quantity (HoardingGuard): with this index the check reads only the
-- buyer's pending orders, from the index alone, instead of every order the buyer ever placed.
CREATE INDEX ORDER_BUYER_PENDING ON PURCHASE_ORDER (BUYER_ID, STATUS, LISTING_ID, QUANTITY);
