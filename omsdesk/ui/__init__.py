"""The PySide6 user interface: the only package (with ``omsdesk.app``) that imports Qt."""
