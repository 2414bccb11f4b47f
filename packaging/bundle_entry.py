"""The frozen bundle's entry point: the same as the ``empathy-journal`` command."""

import sys

from empathy_journal.cli import main

if __name__ == "__main__":
    sys.exit(main())
