"""The Knowledge page: the knowledge base (search, list, Markdown viewer, editor) and the competitor library."""
