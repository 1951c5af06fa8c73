"""Fixtures shared by every test package.

Each test gets its own home folder (``OMSDESK_HOME``), an in-memory keyring and,
when it asks for one, a fresh database already at the newest schema: a copy of a
SQLite file migrated once per session, or a PostgreSQL database created from a
template migrated once per session (next to the one named by
``OMSDESK_TEST_PG_URL``). Tests under tests/db get empty ones, to migrate themselves.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.fakes import MemoryKeyring  # noqa: E402

PG_URL_ENV = "OMSDESK_TEST_PG_URL"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("OMSDESK_HOME", str(home))
    monkeypatch.delenv("OMSDESK_DATABASE_URL", raising=False)
    keyring.set_keyring(MemoryKeyring())
    return home


def _wants_empty_database(request: pytest.FixtureRequest) -> bool:
    """Migration tests start from nothing; every other test gets a database already at head."""
    return "tests/db/" in request.node.path.as_posix()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated to head per session; tests get a copy (migrating each costs ~0.5 s)."""
    from omsdesk.db.migrate import upgrade

    path = tmp_path_factory.mktemp("template") / "omsdesk-template.sqlite3"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture
def sqlite_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    path = tmp_path / "omsdesk-test.sqlite3"
    if not _wants_empty_database(request):
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
    return f"sqlite:///{path}"


def _pg_base() -> str:
    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.skip(f"PostgreSQL tests need {PG_URL_ENV} (set by .ci/run; e.g. postgresql://postgres@127.0.0.1/omsdesk_test)")
    from sqlalchemy.engine import make_url

    return make_url(base).set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def _pg_admin(base: str) -> Any:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    return create_engine(make_url(base).set(database="postgres"), isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A database migrated to head once per session; each test gets a copy (CREATE DATABASE … TEMPLATE)."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from omsdesk.db.migrate import upgrade

    base = _pg_base()
    name = f"{make_url(base).database}_tpl_{uuid.uuid4().hex[:8]}"
    admin = _pg_admin(base)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        upgrade(make_url(base).set(database=name).render_as_string(hide_password=False))
        yield name
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh PostgreSQL database: a copy of the migrated template, or an empty schema for migration tests."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    base = _pg_base()
    if _wants_empty_database(request):
        yield from _empty_pg_schema(base)
        return
    template = request.getfixturevalue("pg_template")
    name = f"{make_url(base).database}_{uuid.uuid4().hex[:10]}"
    admin = _pg_admin(base)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _empty_pg_schema(base: str) -> Iterator[str]:
    """A URL whose connections see only a fresh, empty schema of the test database."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    """Runs the test once on SQLite and once on PostgreSQL."""
    fixture = "sqlite_url" if request.param == "sqlite" else "pg_url"
    return request.getfixturevalue(fixture)


@pytest.fixture
def runtime(database_url: str) -> Iterator[object]:
    from omsdesk.runtime import open_runtime

    rt = open_runtime(database_url)
    try:
        yield rt
    finally:
        rt.close()
