"""Text search by prefix, the same on SQLite and PostgreSQL.

Columns searched by prefix use ``NOCASE`` collation on SQLite, so ``LIKE 'x%'``
ignores case and uses their index; PostgreSQL needs ``ILIKE`` for the same answer.
"""

from __future__ import annotations

from typing import Any


def like_prefix(text: str) -> str:
    """The ``LIKE`` pattern for "starts with ``text``", its wildcards escaped with a backslash."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{escaped}%"


def starts_with(column: Any, prefix: str, sqlite: bool) -> Any:
    """``column`` matches ``prefix`` (from :func:`like_prefix`), case-insensitively."""
    if sqlite:
        return column.like(prefix, escape="\\")
    return column.ilike(prefix, escape="\\")
