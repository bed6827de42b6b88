-- A public listing search excludes the suspended cooperatives' listings by their ids, read first through this index
-- (usually none, always few), instead of joining every matching listing to its cooperative.
CREATE INDEX COOPERATIVE_SUSPENDED ON COOPERATIVE (SUSPENDED, ID);
