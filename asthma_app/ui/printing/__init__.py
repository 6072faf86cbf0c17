"""Printable documents: the action plan and the review summary, as PDF or on a printer."""
