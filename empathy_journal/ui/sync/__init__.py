"""Sync in the window: when it runs, the status line, the conflict banner, the folder page."""
