"""Batch actions on a selection of orders: one transaction per order, a summary of what failed and why.

One order refused (its state does not allow the operation, someone changed it meanwhile, no stock)
never costs the others; the person gets the list of failures with the reason of each.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from omsdesk.db.engine import Database
from omsdesk.errors import QT_TRANSLATE_NOOP, ConflictError, UserError
from omsdesk.orders.models import Order
from omsdesk.orders.states import load_for_change

Progress = Callable[[int, int], None]  # (done, total)
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class BatchFailure:
    order_id: int
    number: str
    error: UserError  # str(error) in English; error.localized(translate) for the UI


@dataclass
class BatchResult:
    done: list[int] = field(default_factory=list)
    failed: list[BatchFailure] = field(default_factory=list)
    cancelled: bool = False  # stopped by the person before the end; `done` and `failed` say how far

    @property
    def total(self) -> int:
        return len(self.done) + len(self.failed)


def _number(db: Database, order_id: int) -> str:
    with db.reading() as session:
        return session.scalar(select(Order.number).where(Order.id == order_id)) or str(order_id)


def run_per_order(
    db: Database,
    versions: Mapping[int, int | None],
    step: Callable[[Session, Order], None],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BatchResult:
    """``step(session, order)`` for each order (with its expected version), each in its own transaction.

    ``versions`` maps order id → the version the person saw (``None``: do not check).
    """
    result = BatchResult()
    total = len(versions)
    for index, (order_id, version) in enumerate(versions.items()):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        try:
            with db.transaction() as session:
                order = load_for_change(session, order_id, version)
                step(session, order)
        except UserError as error:
            result.failed.append(BatchFailure(order_id, _number(db, order_id), error))
        except StaleDataError:  # another desktop wrote the order between our read and our write
            number = _number(db, order_id)
            result.failed.append(BatchFailure(order_id, number, ConflictError(QT_TRANSLATE_NOOP(
                "Messages", "order {number} was changed by someone else at the same moment; reload it and try again"),
                number=number)))
        else:
            result.done.append(order_id)
        if progress is not None:
            progress(index + 1, total)
    return result
