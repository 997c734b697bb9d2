-- Access tokens live 15 minutes and are checked by signature alone. When an admin deactivates a
-- user or changes their role, tokens issued before that moment must stop working at once:
-- sessions_valid_after records the moment; the server refuses older tokens of the user (and keeps
-- the recent ones in memory, reloaded from here at start-up).
ALTER TABLE users ADD COLUMN sessions_valid_after timestamptz;
