"""Keeping the journal safe in the window: start-up checks, backups, passphrase and the lock."""
