"""Errors whose message is written for the person using the app.

Services raise these for anything the user can act on; the UI and the CLI show
``str(error)`` as it is. Everything else is a bug and is reported with details.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix or should know; the message says what and where."""


class ValidationError(UserError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFoundError(UserError):
    pass


class ConflictError(UserError):
    """Someone else changed the record since it was read (optimistic locking)."""
