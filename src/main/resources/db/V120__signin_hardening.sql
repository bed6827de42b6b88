-- Sign-in throttling counts each attempt before the password check; rows untouched for a day are purged.
ALTER TABLE LOGIN_THROTTLE ADD COLUMN LAST_ATTEMPT TIMESTAMP;

-- Failed sign-ins per client address per hour (HARVEST_SIGNIN_FAILURES_PER_ADDRESS).
CREATE TABLE SIGNIN_ADDRESS (
    CLIENT VARCHAR(64) NOT NULL,
    WINDOW_HOUR BIGINT NOT NULL,
    FAILURES INTEGER NOT NULL,
    CONSTRAINT SIGNIN_ADDRESS_PK PRIMARY KEY (CLIENT, WINDOW_HOUR)
);

-- A password change (or a reset forced by staff) ends every session signed in before it; tokens are deleted.
ALTER TABLE ACCOUNT ADD COLUMN CREDENTIALS_CHANGED_AT TIMESTAMP;

CREATE INDEX API_TOKEN_EXPIRES ON API_TOKEN (EXPIRES_AT);
