"""Database access: engines, sessions, the model base, column types, migrations."""

from omsdesk.db.base import Base
from omsdesk.db.engine import Database

__all__ = ["Base", "Database"]
