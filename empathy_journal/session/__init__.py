"""The journal session: the one owner of every read and write of an open journal (no Qt)."""
