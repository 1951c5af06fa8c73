"""The order state machine: which operation is allowed in which state, declared as one table.

Seed document 003 asks for "状态机 + 状态操作对应表". ``OPERATIONS`` is that table: for each
operation, the states it starts from and the state it leads to (``None``: the order keeps its
state, or the operation decides, as *release* returning a held order to where it was). Every
service checks the table first (``check``), so an operation not allowed is refused with a clear
message before anything changes, and every change of state goes through ``move`` which writes
an ``OrderTransition`` (who, when, from, to, operation, reason) in the same transaction.

Optimistic locking: ``load_for_change`` refuses an order whose version is not the one the
person saw, naming who changed it and what, so nothing is silently overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from omsdesk.auth.actor import Actor
from omsdesk.auth.audit import entries_for
from omsdesk.db.types import utc_now
from omsdesk.errors import MESSAGES, QT_TRANSLATE_NOOP, ConflictError, NotAllowedError, NotFoundError
from omsdesk.orders.models import REVIEW_KINDS, Order, OrderIssue, OrderState, OrderTransition

S = OrderState


class OrderOperation(StrEnum):
    APPROVE = "approve"
    HOLD = "hold"  # also "reject to hold" in review
    RELEASE = "release"  # back from on hold
    CANCEL = "cancel"
    EDIT_ADDRESS = "edit_address"
    EDIT_REMARKS = "edit_remarks"
    MERGE = "merge"
    UNMERGE = "unmerge"
    SPLIT = "split"
    ALLOCATE = "allocate"
    DEALLOCATE = "deallocate"
    START_PICKING = "start_picking"
    PACK = "pack"
    SHIP = "ship"
    COMPLETE = "complete"


class Rule(NamedTuple):
    sources: frozenset[OrderState]
    target: OrderState | None
    label: str  # the operation as a person says it, for messages (translated in "Messages")


NOT_ALLOCATED = frozenset({S.NEW, S.APPROVED, S.ON_HOLD})

OPERATIONS: dict[OrderOperation, Rule] = {
    OrderOperation.APPROVE: Rule(frozenset({S.NEW}), S.APPROVED, QT_TRANSLATE_NOOP("Messages", "approve")),
    OrderOperation.HOLD: Rule(frozenset({S.NEW, S.APPROVED, S.ALLOCATED}), S.ON_HOLD,
                              QT_TRANSLATE_NOOP("Messages", "put on hold")),
    OrderOperation.RELEASE: Rule(frozenset({S.ON_HOLD}), None, QT_TRANSLATE_NOOP("Messages", "release")),
    OrderOperation.CANCEL: Rule(frozenset({S.NEW, S.APPROVED, S.ALLOCATED, S.ON_HOLD}), S.CANCELLED,
                                QT_TRANSLATE_NOOP("Messages", "cancel")),
    OrderOperation.EDIT_ADDRESS: Rule(NOT_ALLOCATED, None, QT_TRANSLATE_NOOP("Messages", "edit the address of")),
    OrderOperation.EDIT_REMARKS: Rule(NOT_ALLOCATED, None, QT_TRANSLATE_NOOP("Messages", "edit the remarks of")),
    OrderOperation.MERGE: Rule(NOT_ALLOCATED, None, QT_TRANSLATE_NOOP("Messages", "merge")),
    OrderOperation.UNMERGE: Rule(NOT_ALLOCATED, None, QT_TRANSLATE_NOOP("Messages", "unmerge")),
    OrderOperation.SPLIT: Rule(NOT_ALLOCATED, None, QT_TRANSLATE_NOOP("Messages", "split")),
    OrderOperation.ALLOCATE: Rule(frozenset({S.APPROVED}), S.ALLOCATED, QT_TRANSLATE_NOOP("Messages", "allocate")),
    OrderOperation.DEALLOCATE: Rule(frozenset({S.ALLOCATED}), S.APPROVED,
                                    QT_TRANSLATE_NOOP("Messages", "deallocate")),
    OrderOperation.START_PICKING: Rule(frozenset({S.ALLOCATED}), S.PICKING,
                                       QT_TRANSLATE_NOOP("Messages", "start picking")),
    OrderOperation.PACK: Rule(frozenset({S.PICKING}), S.PACKED, QT_TRANSLATE_NOOP("Messages", "pack")),
    # Shipments recorded by hand (issue 4's "Record shipment") may skip the warehouse steps.
    OrderOperation.SHIP: Rule(frozenset({S.NEW, S.APPROVED, S.ALLOCATED, S.PICKING, S.PACKED, S.ON_HOLD}),
                              S.SHIPPED, QT_TRANSLATE_NOOP("Messages", "ship")),
    OrderOperation.COMPLETE: Rule(frozenset({S.SHIPPED}), S.COMPLETED, QT_TRANSLATE_NOOP("Messages", "complete")),
}

STATE_LABELS: dict[OrderState, str] = {  # for messages; the UI has its own labels
    S.NEW: QT_TRANSLATE_NOOP("Messages", "new (to review)"),
    S.APPROVED: QT_TRANSLATE_NOOP("Messages", "approved"),
    S.ALLOCATED: QT_TRANSLATE_NOOP("Messages", "allocated"),
    S.PICKING: QT_TRANSLATE_NOOP("Messages", "being picked"),
    S.PACKED: QT_TRANSLATE_NOOP("Messages", "packed"),
    S.SHIPPED: QT_TRANSLATE_NOOP("Messages", "shipped"),
    S.COMPLETED: QT_TRANSLATE_NOOP("Messages", "completed"),
    S.ON_HOLD: QT_TRANSLATE_NOOP("Messages", "on hold"),
    S.CANCELLED: QT_TRANSLATE_NOOP("Messages", "cancelled"),
}


class OrderNotAllowedError(NotAllowedError):
    """``operation`` is not allowed while the order is in ``state``; nothing was changed."""

    def __init__(self, number: str, operation: OrderOperation, state: OrderState) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Messages", "cannot {operation} order {number}: it is {state}"),
                         operation=OPERATIONS[operation].label, number=number, state=STATE_LABELS[state])
        self.operation = operation
        self.state = state

    def localized(self, translate: Callable[[str, str], str]) -> str:
        """The operation and state words are messages of their own: translate them too."""
        params = dict(self.params, operation=translate(MESSAGES, self.params["operation"]),
                      state=translate(MESSAGES, self.params["state"]))
        try:
            return translate(MESSAGES, self.template).format(**params)
        except (KeyError, IndexError, ValueError):
            return str(self)


def allowed(operation: OrderOperation, state: OrderState) -> bool:
    return state in OPERATIONS[operation].sources


def allowed_operations(state: OrderState) -> list[OrderOperation]:
    return [operation for operation, rule in OPERATIONS.items() if state in rule.sources]


def check(order: Order, operation: OrderOperation) -> None:
    """Refuse ``operation`` unless the table allows it from the order's state."""
    if not allowed(operation, order.state):
        raise OrderNotAllowedError(order.number, operation, order.state)


def move(session: Session, actor: Actor, order: Order, operation: OrderOperation,
         target: OrderState | None = None, reason: str = "") -> OrderTransition:
    """Check the table, set the order's new state and record the transition (same transaction).

    ``target`` is needed only where the table leaves it to the operation (``None``).
    """
    check(order, operation)
    to_state = OPERATIONS[operation].target or target
    if to_state is None:
        raise ValueError(f"{operation} needs an explicit target state")
    transition = OrderTransition(order_id=order.id, operation=operation.value, from_state=order.state.value,
                                 to_state=to_state.value, actor=actor.name, at=utc_now(), reason=reason)
    session.add(transition)
    _close_review_flags(session, actor, order, to_state)
    order.state = to_state
    order.state_changed_at = transition.at
    if operation in (OrderOperation.HOLD, OrderOperation.CANCEL):
        order.state_reason = reason
    elif operation is OrderOperation.RELEASE:
        order.state_reason = ""
    return transition


def record_transition(session: Session, actor: Actor, order: Order, operation: str, to_state: OrderState,
                      reason: str = "") -> None:
    """For changes the table does not drive (the channel cancelled it, import approved it)."""
    session.add(OrderTransition(order_id=order.id, operation=operation, from_state=order.state.value,
                                to_state=to_state.value, actor=actor.name, at=utc_now(), reason=reason))
    _close_review_flags(session, actor, order, to_state)
    order.state = to_state
    order.state_changed_at = utc_now()


def _close_review_flags(session: Session, actor: Actor, order: Order, to_state: OrderState) -> None:
    """Review flags are about the decision to approve: once an order leaves review (approved, shipped by
    hand, cancelled) they are settled. A hold keeps them: a released order comes back to review."""
    if order.state is not S.NEW or to_state in (S.NEW, S.ON_HOLD):
        return
    with session.no_autoflush:  # a flush here would write the order twice (two version bumps)
        session.execute(update(OrderIssue).where(
            OrderIssue.order_id == order.id, OrderIssue.kind.in_(REVIEW_KINDS), OrderIssue.resolved_at.is_(None),
        ).values(resolved_at=utc_now(), resolved_by=actor.name))


def history(session: Session, order_id: int) -> list[OrderTransition]:
    return list(session.scalars(
        select(OrderTransition).where(OrderTransition.order_id == order_id).order_by(OrderTransition.id)))


def load_for_change(session: Session, order_id: int, expected_version: int | None = None) -> Order:
    """The order with its lines, refused when someone changed it after the person saw ``expected_version``."""
    order = session.scalars(select(Order).where(Order.id == order_id).options(selectinload(Order.lines))).first()
    if order is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "order {order_id} does not exist"), order_id=order_id)
    if expected_version is not None and order.version != expected_version:
        raise _conflict(session, order)
    return order


def load_many_for_change(session: Session, versions: dict[int, int | None]) -> list[Order]:
    """Several orders, in the order given, each checked against its expected version."""
    return [load_for_change(session, order_id, version) for order_id, version in versions.items()]


def _conflict(session: Session, order: Order) -> ConflictError:
    latest = next(iter(reversed(entries_for(session, "order", order.id))), None)
    if latest is None:
        return ConflictError(QT_TRANSLATE_NOOP(
            "Messages", "order {number} was changed by someone else since you opened it; reload it and try again"),
            number=order.number)
    return ConflictError(QT_TRANSLATE_NOOP(
        "Messages", "order {number} was changed by {who} at {when} ({what}) since you opened it; "
                    "reload it and try again"),
        number=order.number, who=latest.actor, when=latest.at.astimezone().strftime("%H:%M"),
        what=latest.summary or latest.action)
