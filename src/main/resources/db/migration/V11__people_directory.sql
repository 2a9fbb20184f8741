-- People directory (issue 10): whether an account is shown in the people directories of its events
-- and found by their search. On by default; the accounts that exist already are listed.
ALTER TABLE account ADD COLUMN listed BOOLEAN DEFAULT TRUE NOT NULL;
