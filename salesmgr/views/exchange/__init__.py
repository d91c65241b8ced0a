"""The Import/Export page: the import wizard, its mapping step and summary, and the export dialog."""
