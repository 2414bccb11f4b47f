"""Empathy Journal: a private desktop journal for understanding emotions, yours and others'."""

__version__ = "0.1.0"
APP_NAME = "Empathy Journal"
APP_ID = "org.empathyjournal.EmpathyJournal"
