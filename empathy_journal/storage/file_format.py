"""What marks a file as an Empathy Journal: its SQLite header and application id, its name."""

APPLICATION_ID = 0x454A524E  # "EJRN": marks a file as an Empathy Journal
SQLITE_HEADER = b"SQLite format 3\x00"
JOURNAL_FILE_NAME = "journal.sqlite"
