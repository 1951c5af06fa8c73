"""Errors whose message is written for the person using the app.

Services raise these for anything the user can act on; the CLI prints
``str(error)`` (English) and the app shows :meth:`UserError.localized`
through Qt's translation. A message is a template marked with
``QT_TRANSLATE_NOOP("Messages", …)`` so that ``pyside6-lupdate`` collects it
into the translation catalogue, plus its named parameters. Everything else is
a bug and is reported with details.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MESSAGES = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation without translating it here (no Qt in the core)."""
    return text


class UserError(Exception):
    """Something the user can fix or should know; the message says what and where."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    def localized(self, translate: Callable[[str, str], str]) -> str:
        """The message in the user's language; ``translate`` is Qt's (context, text) → text."""
        try:
            return translate(MESSAGES, self.template).format(**self.params)
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
            return str(self)


class ValidationError(UserError):
    """Bad input in one field of a form; ``field`` names it (a key the form knows)."""

    def __init__(self, field: str, template: str, **params: Any) -> None:
        super().__init__(template, **params)
        self.field = field
        self.message = str(self)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if hasattr(self, "message") else super().__str__()


class NotFoundError(UserError):
    pass


class NotAllowedError(UserError):
    """The record's state does not allow the operation; nothing was changed."""


class ConflictError(UserError):
    """Someone else changed the record since it was read (optimistic locking)."""
