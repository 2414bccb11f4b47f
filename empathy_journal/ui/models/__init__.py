"""Qt item models over the journal's read models."""
