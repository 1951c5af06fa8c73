"""Where the bundled resources (fonts, translations, icons) are, without Qt.

``omsdesk/ui/i18n.py`` has the same function for the translations; it can import
this one instead (the logic is identical), so that the Qt-free core and the UI
agree on one place.
"""

from __future__ import annotations

import sys
from pathlib import Path

import omsdesk


def resources_dir() -> Path:
    """``resources/`` next to the package, or inside a frozen (PyInstaller) build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(omsdesk.__file__).resolve().parent.parent / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"
