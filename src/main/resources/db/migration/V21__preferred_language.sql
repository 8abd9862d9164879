-- The language a person chose to read Mentorflow in ("en", "es", "de", "hi"); null reads their browser's language in
-- the app and English in mail. Every account has one, a participant's profile or not, so it lives on the account.
alter table account add column preferred_language varchar(8);
