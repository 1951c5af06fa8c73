"""The acting user. Until login exists, it is the operating-system user."""

from __future__ import annotations

import getpass
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    name: str

    def __str__(self) -> str:
        return self.name


def current_actor() -> Actor:
    try:
        return Actor(getpass.getuser())
    except (OSError, KeyError):
        return Actor("unknown")
