"""Open everything a session of omsdesk needs: paths, logging, database, secrets."""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass

from omsdesk.auth.actor import Actor, current_actor
from omsdesk.config import AppPaths, app_paths, default_database_url
from omsdesk.db.engine import Database
from omsdesk.db.migrate import UpgradeResult, upgrade
from omsdesk.sync.secrets import SecretStore

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    paths: AppPaths
    db: Database
    secrets: SecretStore
    actor: Actor
    upgrade: UpgradeResult

    def close(self) -> None:
        self.db.dispose()


def setup_logging(paths: AppPaths, level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "omsdesk", False) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.omsdesk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)


def open_runtime(database_url: str | None = None) -> Runtime:
    """Create or upgrade the database (after a backup) and open it.

    Raises :class:`omsdesk.db.migrate.DatabaseTooNewError` for a database written
    by a newer omsdesk.
    """
    paths = app_paths().ensure()
    setup_logging(paths)
    url = database_url or default_database_url()
    result = upgrade(url, paths.backup_dir)
    if result.changed:
        log.info("database %s upgraded from %s to %s (backup: %s)", url, result.before, result.after, result.backup)
    return Runtime(paths, Database(url), SecretStore(paths.config_dir), current_actor(), result)
