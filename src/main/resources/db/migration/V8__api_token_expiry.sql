-- An API token may be issued until a date (e.g. for a partner's one-off campaign site); after it,
-- the token no longer authenticates. Tokens issued before this column existed never expire.
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP;
