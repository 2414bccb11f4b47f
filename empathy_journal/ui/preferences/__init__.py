"""Preferences: the window (Edit ▸ Preferences…), its pages, and applying them live."""
