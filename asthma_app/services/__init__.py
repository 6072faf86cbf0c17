"""Use cases the UI calls: pure Python, no Qt."""
