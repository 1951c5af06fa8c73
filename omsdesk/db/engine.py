"""Engines and sessions.

SQLite gets WAL (readers never wait for the writer), foreign keys, a busy
timeout, and write transactions that start with ``BEGIN IMMEDIATE`` so that two
writers queue on the busy timeout instead of failing when a read lock would have
to be upgraded. Reads use a second engine with ordinary deferred transactions.
PostgreSQL uses one engine for both.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 15_000


def _configure_sqlite(engine: Engine, begin_sql: str) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own is lazy).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin_sql)


def create_app_engine(url: str, *, immediate: bool = False, echo: bool = False) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            url, echo=echo, connect_args={"check_same_thread": False, "timeout": 15}
        )
        _configure_sqlite(engine, "BEGIN IMMEDIATE" if immediate else "BEGIN")
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, echo=echo, pool_pre_ping=True)


class Database:
    """One database: a write engine, a read engine and their session factories."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.is_sqlite = make_url(url).get_backend_name() == "sqlite"
        self.write_engine = create_app_engine(url, immediate=True, echo=echo)
        self.read_engine = (
            create_app_engine(url, echo=echo) if self.is_sqlite else self.write_engine
        )
        self._write_sessions = sessionmaker(self.write_engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write unit of work: committed when the block ends, rolled back on error."""
        with self._write_sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session; never commits. Objects stay readable after the block."""
        with self._read_sessions() as session:
            yield session

    def dispose(self) -> None:
        self.write_engine.dispose()
        if self.read_engine is not self.write_engine:
            self.read_engine.dispose()

    @property
    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)
