"""The Orders workspace: filter bar, lazy order table and the order detail panel."""
