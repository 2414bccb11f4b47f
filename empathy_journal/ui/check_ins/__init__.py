"""Check-ins: a dialog per questionnaire, the schedule, and the gentle due line."""
