"""What order staff do to orders by hand: hold, release, cancel, edit address and remarks, priority.

Every operation checks the state × operation table (``states``) before it changes anything, runs in
one transaction per order (batches through ``batch.run_per_order``, single edits with the version
the person saw), records the state change or edit in the order's history and the audit trail.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.db.engine import Database
from omsdesk.errors import QT_TRANSLATE_NOOP, NotAllowedError, ValidationError
from omsdesk.fulfilment.services import tracking_numbers
from omsdesk.orders import keys, states
from omsdesk.orders.batch import BatchResult, Cancelled, Progress, run_per_order
from omsdesk.orders.channel_updates import ADDRESS_FIELDS, channel_address_of, release_order_stock, resolve_open_issues
from omsdesk.orders.merge import leave_group_in
from omsdesk.orders.models import REVIEW_KINDS, Order, OrderState, OrderTransition
from omsdesk.orders.states import OrderOperation

S = OrderState
# Where release sends a held order: back to approved if a person (or the review) had approved it.
WAS_APPROVED = frozenset({S.APPROVED.value, S.ALLOCATED.value})
# Priority decides the order of allocation and of the warehouse's work: meaningless once it left.
PRIORITY_STATES = frozenset({S.NEW, S.APPROVED, S.ON_HOLD, S.ALLOCATED, S.PICKING, S.PACKED})
MAX_PRIORITY = 1_000_000


@dataclass(frozen=True)
class AddressChange:
    """A shipping address as the person typed it."""

    name: str
    company: str = ""
    line1: str = ""
    line2: str = ""
    city: str = ""
    state: str = ""
    postcode: str = ""
    country: str = ""
    phone: str = ""

    def cleaned(self) -> AddressChange:
        return AddressChange(**{name: " ".join(value.split()) for name, value in asdict(self).items()})

    def as_columns(self) -> dict[str, str]:
        """The Order columns (``ship_…``) this change writes."""
        return {f"ship_{name}": value for name, value in asdict(self).items()}


def _reason(reason: str, template: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("reason", template)
    return reason


def _address(order: Order) -> dict[str, str]:
    return {name: getattr(order, name) for name in ADDRESS_FIELDS}


# -- hold / release / cancel ----------------------------------------------------------------------


def hold_in(session: Session, actor: Actor, order: Order, reason: str) -> None:
    """Put one order on hold; an allocated one gives its stock back (held orders hold no stock)."""
    states.check(order, OrderOperation.HOLD)
    previous = order.state
    released = release_order_stock(session, actor, order)
    states.move(session, actor, order, OrderOperation.HOLD, reason=reason)
    audit.record(session, actor, "order.held", "order", order.id, f"order {order.number} put on hold: {reason}",
                 before={"state": previous.value}, after={"state": order.state.value, "released": released})


def hold(db: Database, actor: Actor, versions: Mapping[int, int | None], reason: str,
         progress: Progress | None = None, cancelled: Cancelled | None = None) -> BatchResult:
    reason = _reason(reason, QT_TRANSLATE_NOOP("Messages", "say why the orders are put on hold"))
    return run_per_order(db, versions, lambda session, order: hold_in(session, actor, order, reason),
                         progress, cancelled)


def state_before_hold(session: Session, order: Order) -> OrderState:
    """Where a held order goes back to: approved if it had been approved or allocated, else new."""
    last_hold = session.scalar(
        select(OrderTransition.from_state)
        .where(OrderTransition.order_id == order.id, OrderTransition.to_state == S.ON_HOLD.value)
        .order_by(OrderTransition.id.desc()).limit(1))
    return S.APPROVED if last_hold in WAS_APPROVED else S.NEW


def release_in(session: Session, actor: Actor, order: Order) -> None:
    states.check(order, OrderOperation.RELEASE)
    held_for = order.state_reason
    target = state_before_hold(session, order)
    states.move(session, actor, order, OrderOperation.RELEASE, target=target)
    audit.record(session, actor, "order.released", "order", order.id,
                 f"order {order.number} released from hold ({target.value})",
                 before={"state": S.ON_HOLD.value, "reason": held_for}, after={"state": target.value})


def release(db: Database, actor: Actor, versions: Mapping[int, int | None],
            progress: Progress | None = None, cancelled: Cancelled | None = None) -> BatchResult:
    return run_per_order(db, versions, lambda session, order: release_in(session, actor, order),
                         progress, cancelled)


def cancel_in(session: Session, actor: Actor, order: Order, reason: str) -> None:
    """Cancel one order: its reservations go back, its review flags are closed, it leaves its merge group."""
    states.check(order, OrderOperation.CANCEL)
    previous = order.state
    released = release_order_stock(session, actor, order)
    resolved = resolve_open_issues(session, actor, order, REVIEW_KINDS)
    leave_group_in(session, actor, order, f"order {order.number} was cancelled")
    states.move(session, actor, order, OrderOperation.CANCEL, reason=reason)
    audit.record(session, actor, "order.cancelled", "order", order.id, f"order {order.number} cancelled: {reason}",
                 before={"state": previous.value},
                 after={"state": order.state.value, "released": released, "flags_closed": resolved})


def cancel(db: Database, actor: Actor, versions: Mapping[int, int | None], reason: str,
           progress: Progress | None = None, cancelled: Cancelled | None = None) -> BatchResult:
    reason = _reason(reason, QT_TRANSLATE_NOOP("Messages", "say why the orders are cancelled"))
    return run_per_order(db, versions, lambda session, order: cancel_in(session, actor, order, reason),
                         progress, cancelled)


# -- edits ----------------------------------------------------------------------------------------


def _validate_address(change: AddressChange) -> None:
    if not change.name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("Messages", "enter the recipient's name"))
    if not change.line1:
        raise ValidationError("line1", QT_TRANSLATE_NOOP("Messages", "enter the street address"))
    if not change.city:
        raise ValidationError("city", QT_TRANSLATE_NOOP("Messages", "enter the city"))


def _edit_address_of(session: Session, actor: Actor, order: Order, after: dict[str, str]) -> None:
    states.check(order, OrderOperation.EDIT_ADDRESS)
    before = _address(order)
    if after == before:
        return
    channel_address = channel_address_of(session, order)
    tracking = tracking_numbers(session, order.id)  # read before the change: one flush, one new version
    for name, value in after.items():
        setattr(order, name, value)
    keys.refresh_keys(order, tracking)
    changed_before, changed_after = audit.changed_fields(before, after)
    states.move(session, actor, order, OrderOperation.EDIT_ADDRESS, target=order.state,
                reason=", ".join(value for value in changed_after.values() if value))
    # The channel's own address is kept beside ours, so that an import that did not change it
    # on the channel does not overwrite this edit (see channel_updates.incoming_address).
    audit.record(session, actor, "order.address_edited", "order", order.id,
                 f"shipping address of order {order.number} edited",
                 before=changed_before, after={**changed_after, "channel_address": channel_address, "local": True})


def edit_address_in(session: Session, actor: Actor, order: Order, change: AddressChange) -> None:
    """Edit the shipping address; merged orders are one shipment, so the whole group moves together."""
    change = change.cleaned()
    _validate_address(change)
    after = change.as_columns()
    group = [order]
    if order.merge_group_id is not None:
        group += list(session.scalars(select(Order).where(
            Order.merge_group_id == order.merge_group_id, Order.id != order.id).order_by(Order.id)))
    for member in group:
        states.check(member, OrderOperation.EDIT_ADDRESS)
    for member in group:
        _edit_address_of(session, actor, member, after)


def edit_address(db: Database, actor: Actor, order_id: int, version: int | None, change: AddressChange) -> None:
    with db.transaction() as session:
        edit_address_in(session, actor, states.load_for_change(session, order_id, version), change)


def edit_remarks(db: Database, actor: Actor, order_id: int, version: int | None, seller_remark: str) -> None:
    """The seller's remark (the buyer's comes from the channel and is not ours to change)."""
    remark = seller_remark.strip()
    with db.transaction() as session:
        order = states.load_for_change(session, order_id, version)
        states.check(order, OrderOperation.EDIT_REMARKS)
        if remark == order.seller_remark:
            return
        before = order.seller_remark
        order.seller_remark = remark
        states.move(session, actor, order, OrderOperation.EDIT_REMARKS, target=order.state, reason=remark)
        audit.record(session, actor, "order.remarks_edited", "order", order.id,
                     f"seller remark of order {order.number} edited",
                     before={"seller_remark": before}, after={"seller_remark": remark})


def set_priority_in(session: Session, actor: Actor, order: Order, priority: int) -> None:
    if order.state not in PRIORITY_STATES:
        raise NotAllowedError(QT_TRANSLATE_NOOP(
            "Messages", "cannot change the priority of order {number}: it is {state}"),
            number=order.number, state=states.STATE_LABELS[order.state])
    if order.priority == priority:
        return
    before = order.priority
    order.priority = priority
    audit.record(session, actor, "order.priority", "order", order.id,
                 f"priority of order {order.number} set to {priority}",
                 before={"priority": before}, after={"priority": priority})


def set_priority(db: Database, actor: Actor, versions: Mapping[int, int | None], priority: int,
                 progress: Progress | None = None, cancelled: Cancelled | None = None) -> BatchResult:
    """Higher is allocated (and picked) first; 0 is normal."""
    if not -MAX_PRIORITY <= priority <= MAX_PRIORITY:
        raise ValidationError("priority", QT_TRANSLATE_NOOP(
            "Messages", "priority {priority} is out of range (−{limit} to {limit})"),
            priority=priority, limit=MAX_PRIORITY)
    return run_per_order(db, versions, lambda session, order: set_priority_in(session, actor, order, priority),
                         progress, cancelled)
