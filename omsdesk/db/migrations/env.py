"""Alembic environment. Run through omsdesk.db.migrate, which passes the connection."""

from __future__ import annotations

from alembic import context

from omsdesk.db.base import include_name, load_all_models

target_metadata = load_all_models()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through omsdesk.db.migrate (no connection given)")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        user_module_prefix="omsdesk.db.types.",
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
