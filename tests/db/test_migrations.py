"""Migrations: one head, upgrade from empty, models agree, newer databases refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from omsdesk.db.base import include_name, load_all_models
from omsdesk.db.engine import create_app_engine
from omsdesk.db.migrate import DatabaseTooNewError, alembic_config, head_revision, upgrade


def test_migrations_have_exactly_one_head() -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1


def test_upgrade_from_empty_creates_every_table(database_url: str) -> None:
    result = upgrade(database_url)
    assert (result.before, result.after) == (None, head_revision())
    engine = create_app_engine(database_url)
    try:
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert set(load_all_models().tables) <= tables


def test_models_and_migrations_agree(database_url: str) -> None:
    upgrade(database_url)
    engine = create_app_engine(database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "user_module_prefix": "omsdesk.db.types.",
                                  "include_name": include_name}
            )
            diff = compare_metadata(context, load_all_models())
    finally:
        engine.dispose()
    assert diff == []


def test_second_upgrade_changes_nothing(sqlite_url: str, tmp_path: Path) -> None:
    upgrade(sqlite_url, tmp_path / "backups")
    again = upgrade(sqlite_url, tmp_path / "backups")
    assert not again.changed
    assert again.backup is None


def _stamp(url: str, revision: str) -> None:
    path = url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))


def test_database_newer_than_the_app_is_refused_and_left_alone(sqlite_url: str) -> None:
    upgrade(sqlite_url)
    _stamp(sqlite_url, "9999_from_the_future")
    with pytest.raises(DatabaseTooNewError, match="newer version of omsdesk"):
        upgrade(sqlite_url)
    with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999_from_the_future",)


NEXT_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "0999_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_added", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("test_added")
"""


def test_upgrade_of_an_existing_file_backs_it_up_first(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from omsdesk.db import migrate
    from omsdesk.db.types import utc_now

    old_head = upgrade(sqlite_url).after
    path = sqlite_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO audit_entries (at, actor, action, entity, summary) VALUES (?, 'me', 'x', 'y', 'kept')",
            (utc_now().replace(tzinfo=None).isoformat(sep=" "),),
        )
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer)
    (newer / "versions" / "0999_test.py").write_text(NEXT_REVISION.format(head=head_revision()))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)

    result = upgrade(sqlite_url, tmp_path / "backups")

    assert (result.before, result.after) == (old_head, "0999_test")
    assert result.backup is not None and result.backup.parent == tmp_path / "backups"
    with sqlite3.connect(result.backup) as backup:
        assert backup.execute("SELECT summary FROM audit_entries").fetchall() == [("kept",)]
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (old_head,)
    with sqlite3.connect(path) as upgraded:
        assert upgraded.execute("SELECT count(*) FROM test_added").fetchone() == (0,)


def test_case_insensitive_columns_keep_their_collation_after_every_migration(sqlite_url: str) -> None:
    """Batch mode recreates SQLite tables from reflection, which loses COLLATE NOCASE."""
    from omsdesk.db.types import SearchableString

    upgrade(sqlite_url)
    expected = {
        (table.name, column.name)
        for table in load_all_models().tables.values()
        for column in table.columns
        if column.type is SearchableString
    }
    assert expected, "no searchable columns found: the check is out of date"
    path = sqlite_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        missing = []
        for table, column in sorted(expected):
            info = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
            line = next(ln for ln in info.splitlines() if ln.strip().startswith(f"{column} "))
            if "NOCASE" not in line:
                missing.append(f"{table}.{column}")
    assert missing == []
