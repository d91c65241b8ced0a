"""All Qt code: the main window, pages, dialogs, table models, plots and the database runner."""
