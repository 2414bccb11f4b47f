"""The stress loop in the window: the calming session view and the quick mood check-in."""
