"""Use cases the UI calls (log a reading, agree a plan, assess today). No Qt."""
