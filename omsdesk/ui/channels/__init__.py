"""The Channels workspace: shops, connection tests and syncs."""
