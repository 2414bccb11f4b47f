"""Search: the sidebar that searches as you type, its filters, and marks in the opened entry."""
