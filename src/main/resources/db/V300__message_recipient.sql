-- Published by the accounts component, which owns ACCOUNT: who reads messages, in which language ('en' for an
-- account that chose English, 'zh' for every other, as the message renderer decides). Notifications insert one row
-- per recipient in one statement from it (INSERT ... SELECT) instead of reading ACCOUNT themselves.
CREATE VIEW MESSAGE_RECIPIENT (ACCOUNT_ID, COOPERATIVE_ID, LANGUAGE_CODE) AS
    SELECT ID, COOPERATIVE_ID, CASE WHEN TRIM(LOCALE) = 'en' THEN 'en' ELSE 'zh' END FROM ACCOUNT;
