-- Texts to a list (digests, alerts, new listings and posts to their subscribers) go after texts to one person (a
-- verification code, a reply, a letter's answer): a code that lives ten minutes must not wait behind a morning digest
-- to a hundred thousand farmers. The sender takes due rows in the order of this index.
ALTER TABLE SMS_OUTBOX ADD COLUMN BULK BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX SMS_OUTBOX_TURN ON SMS_OUTBOX (STATUS, BULK, ID);
