"""Business numbers (PO-000123, RC-000045, …) from sequences that never reuse a number.

The counter row is incremented with a single UPDATE inside the caller's
transaction: concurrent writers queue on its row lock (PostgreSQL) or the write
lock (SQLite), and a rolled-back transaction gives its number back, so numbers
have no gaps either.
"""

from __future__ import annotations

from sqlalchemy import String, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from omsdesk.db.base import Base


class NumberSequence(Base):
    __tablename__ = "number_sequences"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_value: Mapped[int] = mapped_column(default=0)


def next_value(session: Session, name: str) -> int:
    bumped = session.execute(
        update(NumberSequence).where(NumberSequence.name == name)
        .values(last_value=NumberSequence.last_value + 1).returning(NumberSequence.last_value)
    ).scalar_one_or_none()
    if bumped is not None:
        return bumped
    try:
        with session.begin_nested():
            session.execute(insert(NumberSequence).values(name=name, last_value=1))
        return 1
    except IntegrityError:  # another writer created it first
        return next_value(session, name)


def next_number(session: Session, prefix: str, width: int = 6) -> str:
    """``PO-000001``, ``PO-000002``, … per prefix."""
    return f"{prefix}-{next_value(session, prefix):0{width}d}"


def peek(session: Session, name: str) -> int:
    return session.scalar(select(NumberSequence.last_value).where(NumberSequence.name == name)) or 0
