"""The app's own settings file (``settings.ini`` in the config folder), typed and versioned.

Each value has one accessor that knows its type and default; ``upgrade`` moves an
older file forward when a setting is renamed or its meaning changes (Picard's
config_upgrade), so a user's settings survive an update.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1


class Language(StrEnum):
    SYSTEM = "system"
    ENGLISH = "en"
    CHINESE = "zh_CN"


class AppSettings:
    def __init__(self, path: Path) -> None:
        self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self.upgrade()

    def upgrade(self) -> None:
        version = self._int("settings/version", 0)
        # Version 0 is an empty or pre-release file: nothing to carry over yet.
        if version < SETTINGS_VERSION:
            self.qsettings.setValue("settings/version", SETTINGS_VERSION)

    def sync(self) -> None:
        self.qsettings.sync()

    # -- typed helpers ---------------------------------------------------------------

    def _int(self, key: str, default: int) -> int:
        value = self.qsettings.value(key, default)
        try:
            return int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return default

    def _str(self, key: str, default: str) -> str:
        value = self.qsettings.value(key, default)
        return value if isinstance(value, str) else default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # -- settings --------------------------------------------------------------------

    @property
    def language(self) -> Language:
        try:
            return Language(self._str("ui/language", Language.SYSTEM.value))
        except ValueError:
            return Language.SYSTEM

    @language.setter
    def language(self, value: Language) -> None:
        self.qsettings.setValue("ui/language", Language(value).value)

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("main_window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self.qsettings.setValue("main_window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("main_window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.qsettings.setValue("main_window/state", value)

    @property
    def last_tab(self) -> str:
        return self._str("main_window/last_tab", "orders")

    @last_tab.setter
    def last_tab(self, value: str) -> None:
        self.qsettings.setValue("main_window/last_tab", value)

    @property
    def orders_splitter(self) -> QByteArray | None:
        return self._bytes("orders/splitter")

    @orders_splitter.setter
    def orders_splitter(self, value: QByteArray) -> None:
        self.qsettings.setValue("orders/splitter", value)

    @property
    def orders_header(self) -> QByteArray | None:
        return self._bytes("orders/header")

    @orders_header.setter
    def orders_header(self, value: QByteArray) -> None:
        self.qsettings.setValue("orders/header", value)

    @property
    def auto_sync_check_seconds(self) -> int:
        """How often the automatic sync looks for shops that are due."""
        return max(5, self._int("sync/check_seconds", 30))
