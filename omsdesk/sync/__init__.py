"""Channel accounts (shops), sync runs and cursors, and the order importer."""
