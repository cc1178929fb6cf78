"""`make bench`: performance figures against the product's budget (never in the test suite)."""
