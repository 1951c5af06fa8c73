"""Fixtures shared by every test package.

Each test gets its own home folder (``OMSDESK_HOME``), an in-memory keyring and,
when it asks for one, a fresh database: SQLite in the test's folder, or a fresh
schema in the PostgreSQL database named by ``OMSDESK_TEST_PG_URL``.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

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


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'omsdesk-test.sqlite3'}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL whose connections see only a fresh, empty schema of the test database."""
    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.skip(f"PostgreSQL tests need {PG_URL_ENV} (set by .ci/run; e.g. postgresql://postgres@127.0.0.1/omsdesk_test)")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(make_url(base).set(drivername="postgresql+psycopg"))
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).set(drivername="postgresql+psycopg").update_query_dict(
        {"options": f"-csearch_path={schema}"}
    )
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
