"""Analytics over journal data: pure functions from plain records to the numbers the charts show."""
