"""SQLite storage through sqlite-utils: schema, migrations, repository. No Qt."""
