"""A hand-written evaluation set of synthetic filings for the extractor (see filings.py)."""
