"""Where omsdesk keeps its data and logs, and which database it opens.

Paths come from platformdirs, so they follow each platform's conventions:

- Linux: ``~/.local/share/omsdesk`` (data), ``~/.local/state/omsdesk/log`` (logs)
- macOS: ``~/Library/Application Support/omsdesk``, ``~/Library/Logs/omsdesk``
- Windows: ``%LOCALAPPDATA%\\omsdesk`` (data and settings), ``…\\omsdesk\\Logs``

``OMSDESK_DATABASE_URL`` overrides the database; ``OMSDESK_HOME`` moves every
directory under one folder (used by tests and portable installs).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "omsdesk"
DATABASE_FILE = "omsdesk.sqlite3"
DATABASE_URL_ENV = "OMSDESK_DATABASE_URL"
HOME_ENV = "OMSDESK_HOME"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def database_file(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "omsdesk.log"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    def ensure(self) -> AppPaths:
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths() -> AppPaths:
    home = os.environ.get(HOME_ENV)
    if home:
        root = Path(home)
        return AppPaths(root / "data", root / "config", root / "log")
    dirs = PlatformDirs(APP_NAME, appauthor=False)
    return AppPaths(
        Path(dirs.user_data_dir), Path(dirs.user_config_dir), Path(dirs.user_log_dir)
    )


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def default_database_url() -> str:
    """``OMSDESK_DATABASE_URL`` if set, else the SQLite file in the data directory."""
    override = os.environ.get(DATABASE_URL_ENV)
    if override:
        return override
    return sqlite_url(app_paths().ensure().database_file)
