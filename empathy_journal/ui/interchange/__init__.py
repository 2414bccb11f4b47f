"""Import and export dialogs and the File menu actions that open them."""
