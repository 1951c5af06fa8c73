"""Create or upgrade a database with the Alembic migrations shipped in the package.

At start-up the app calls :func:`prepare_database`: a database newer than the app
is refused (its data would be misread), and an SQLite file that needs upgrading
is first copied to the backup folder, so a failed upgrade never costs the user
their only copy.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from omsdesk.db.engine import create_app_engine
from omsdesk.errors import QT_TRANSLATE_NOOP, UserError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNewError(UserError):
    """The database was written by a newer omsdesk than this one."""


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads: {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def check_not_newer(revision: str | None) -> None:
    if revision is None:
        return
    script = ScriptDirectory.from_config(alembic_config())
    try:
        script.get_revision(revision)
    except Exception as error:  # alembic raises several kinds for unknown ids
        message = QT_TRANSLATE_NOOP("Messages", "This database was created or upgraded by a newer version of omsdesk (schema revision {revision!r}, unknown to this version). Install the newer omsdesk to open it; it was not changed.")  # noqa: E501
        raise DatabaseTooNewError(message, revision=revision) from error


def backup_sqlite(url: str, backup_dir: Path, label: str) -> Path | None:
    """Copy the SQLite file with the online backup API (safe with WAL)."""
    database = make_url(url).database
    if not database or database == ":memory:" or not Path(database).exists():
        return None
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"{Path(database).stem}-{stamp}-before-{label}.sqlite3"
    source = sqlite3.connect(database)
    try:
        destination = sqlite3.connect(target)
        with destination:
            source.backup(destination)
        destination.close()
    finally:
        source.close()
    return target


def upgrade(url: str, backup_dir: Path | None = None) -> UpgradeResult:
    """Bring the database at ``url`` to the newest schema this app knows."""
    engine = create_app_engine(url)
    try:
        before = current_revision(engine)
        check_not_newer(before)
        head = head_revision()
        if before == head:
            return UpgradeResult(before, head, None)
        backup = None
        if before is not None and backup_dir is not None and engine.dialect.name == "sqlite":
            backup = backup_sqlite(url, backup_dir, f"upgrade-from-{before}")
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        return UpgradeResult(before, head, backup)
    finally:
        engine.dispose()


def needs_upgrade(url: str) -> bool:
    engine = create_engine(url)
    try:
        revision = current_revision(engine)
        check_not_newer(revision)
        return revision != head_revision()
    finally:
        engine.dispose()
