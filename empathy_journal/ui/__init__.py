"""The PySide6 front end: windows, widgets, models and dialogs (the only layer that imports Qt)."""
