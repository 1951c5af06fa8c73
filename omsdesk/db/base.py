"""The one declarative ``Base`` of every model, with a naming convention."""

from __future__ import annotations

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def load_all_models() -> MetaData:
    """Import every model module so that ``Base.metadata`` knows all tables."""
    from omsdesk.auth import models as _auth  # noqa: F401
    from omsdesk.catalog import models as _catalog  # noqa: F401
    from omsdesk.db import app_settings as _app_settings  # noqa: F401
    from omsdesk.db import sequences as _sequences  # noqa: F401
    from omsdesk.fulfilment import models as _fulfilment  # noqa: F401
    from omsdesk.inventory import models as _inventory  # noqa: F401
    from omsdesk.orders import models as _orders  # noqa: F401
    from omsdesk.sync import models as _sync  # noqa: F401

    return Base.metadata


# Made by migrations only, per database: the FTS5 search table (and its shadow tables) on SQLite,
# the pg_trgm index on PostgreSQL. Comparisons of models and database leave them out.
MIGRATION_ONLY_NAMES = ("order_search", "ix_orders_search_trgm")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's include_name hook: skip what only the migrations manage."""
    return not (name and name.startswith(MIGRATION_ONLY_NAMES))
