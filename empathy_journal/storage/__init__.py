"""The journal file: SQLite through sqlite-utils, migrations, the repository and file safety."""
