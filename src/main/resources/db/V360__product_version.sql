-- A product's version, as every mutable resource carries one (API.md): staff replacing its aliases raise it, and a
-- PUT with If-Match naming an older one gets 412 instead of overwriting a colleague's change.
ALTER TABLE PRODUCT ADD COLUMN VERSION BIGINT NOT NULL DEFAULT 1;
