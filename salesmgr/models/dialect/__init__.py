"""SQL that one database engine alone understands, kept in one place (SQLite today: ``sqlite``)."""
