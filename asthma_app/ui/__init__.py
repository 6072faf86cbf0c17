"""Qt widgets: thin views over the services. No SQL and no clinical rules here."""
