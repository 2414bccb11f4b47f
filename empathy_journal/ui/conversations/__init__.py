"""Conversation debriefs: the form, follow-ups, checking a guess, and the People view."""
