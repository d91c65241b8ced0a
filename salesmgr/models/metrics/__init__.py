"""Sales metrics as pure functions over a Session (no Qt). Each function's docstring states its definition."""
