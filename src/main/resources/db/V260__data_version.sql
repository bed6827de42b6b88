-- Each running instance's count of committed changes to public data (platform/SharedDataVersion): an instance
-- writes only its own row, after its commits, and reads the others' to know when its public cache is stale.
CREATE TABLE DATA_VERSION (
    INSTANCE_ID VARCHAR(64) NOT NULL,
    VERSION BIGINT NOT NULL,
    UPDATED_AT TIMESTAMP NOT NULL,
    CONSTRAINT DATA_VERSION_PK PRIMARY KEY (INSTANCE_ID)
);
CREATE INDEX DATA_VERSION_UPDATED ON DATA_VERSION (UPDATED_AT);
