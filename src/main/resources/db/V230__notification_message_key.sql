-- Notifications are stored as a message key with its arguments (JSON) and rendered in the reader's language when
-- read (issue 16). MESSAGE keeps the text as written, for rows from before and arguments too long to keep.
ALTER TABLE NOTIFICATION ADD COLUMN MESSAGE_KEY VARCHAR(100);
ALTER TABLE NOTIFICATION ADD COLUMN MESSAGE_ARGS VARCHAR(4000);
