-- Each instance's count of committed changes to who a credential stands for (a revoked token, a new password, a
-- suspension, an edited account or cooperative; platform/AccessVersion), beside its public-data version: the
-- instances sharing a database forget the callers they remembered when any of them moves it.
ALTER TABLE DATA_VERSION ADD COLUMN ACCESS_VERSION BIGINT DEFAULT 0 NOT NULL;
