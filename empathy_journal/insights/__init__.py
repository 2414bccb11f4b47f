"""Charts and reports over the journal: matplotlib Figures and monthly PDF/Markdown, never Qt."""
