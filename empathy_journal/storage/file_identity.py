"""What marks a file as an Empathy Journal: its SQLite ``application_id``."""

from __future__ import annotations

APPLICATION_ID = 0x454A524E  # "EJRN"
