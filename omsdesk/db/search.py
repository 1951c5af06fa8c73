"""Text search the same on SQLite and PostgreSQL: by prefix, and by substring.

Columns searched by prefix use ``NOCASE`` collation on SQLite, so ``LIKE 'x%'``
ignores case and uses their index; PostgreSQL needs ``ILIKE`` for the same answer.

Substring search needs a trigram index: an FTS5 table with the ``trigram`` tokenizer
on SQLite (queried with ``MATCH`` and a quoted phrase), ``pg_trgm`` GIN on PostgreSQL
(queried with ``ILIKE '%x%'``). Both index three characters at a time, so a text of
fewer than :data:`SUBSTRING_MIN_CHARS` characters cannot use them: search it by prefix
(on PostgreSQL, the start of a space-separated word, which pg_trgm can look up).
"""

from __future__ import annotations

from typing import Any

SUBSTRING_MIN_CHARS = 3


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_prefix(text: str) -> str:
    """The ``LIKE`` pattern for "starts with ``text``", its wildcards escaped with a backslash."""
    return f"{_escape_like(text)}%"


def like_contains(text: str) -> str:
    """The ``LIKE`` pattern for "contains ``text``", its wildcards escaped with a backslash."""
    return f"%{_escape_like(text)}%"


def like_word_start(text: str) -> str:
    """The ``LIKE`` pattern for "a word after a space starts with ``text``", its wildcards escaped.

    pg_trgm pads a word that follows a space, so even one or two characters give it trigrams to look up.
    """
    return f"% {_escape_like(text)}%"


def starts_with(column: Any, prefix: str, sqlite: bool) -> Any:
    """``column`` matches ``prefix`` (from :func:`like_prefix`), case-insensitively."""
    if sqlite:
        return column.like(prefix, escape="\\")
    return column.ilike(prefix, escape="\\")


def contains(column: Any, text: str) -> Any:
    """``column`` contains ``text``, case-insensitively, on PostgreSQL (a pg_trgm index serves it)."""
    return column.ilike(like_contains(text), escape="\\")


def fts5_phrase(text: str) -> str:
    """``text`` as one FTS5 phrase: with the trigram tokenizer, "contains this substring".

    Quoting keeps FTS5's query syntax (AND, NEAR, ``*``, ``:``, parentheses) out of what a
    person typed; a double quote inside is doubled.
    """
    return '"' + text.replace('"', '""') + '"'


def substring_searchable(text: str) -> bool:
    """Long enough for a trigram index."""
    return len(text) >= SUBSTRING_MIN_CHARS
