"""Reminders: the evening and follow-up reminders through the tray, a notification or a line."""
