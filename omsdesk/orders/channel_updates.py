"""What a change on the channel does to an order omsdesk already holds.

* Cancelled (or fully refunded) before it left: the order is cancelled here too
  and its reservations go back to stock; if it was already being picked or
  packed, a flag tells the warehouse to take it off the table.
* Cancelled after it left: nothing is undone, but a flag is raised for after-sales.
* Address or lines changed before allocation: applied (the importer writes the
  new values) and recorded in the order history.
* Changed after allocation: the lines are kept as allocated (stock is held for
  them) and a flag says what the channel changed, so a person decides.

The channel's own status word is always stored verbatim beside ours.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from connectors.base import ChannelOrder, ChannelOrderLine, Lifecycle
from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.db.engine import Database
from omsdesk.db.types import utc_now
from omsdesk.inventory.ledger import release
from omsdesk.orders.models import Order, OrderIssue, OrderIssueKind, OrderState

ORDER_DOCUMENT = "order"  # the reservation document type of orders
CANCELLING = (Lifecycle.CANCELLED, Lifecycle.REFUNDED)
NOT_ALLOCATED = (OrderState.NEW, OrderState.APPROVED, OrderState.ON_HOLD)
IN_WAREHOUSE = (OrderState.ALLOCATED, OrderState.PICKING, OrderState.PACKED)
BEING_PACKED = (OrderState.PICKING, OrderState.PACKED)
LEFT = (OrderState.SHIPPED, OrderState.COMPLETED)
ADDRESS_FIELDS = ("ship_name", "ship_company", "ship_line1", "ship_line2", "ship_city", "ship_state",
                  "ship_postcode", "ship_country", "ship_phone")


def state_for(order: ChannelOrder) -> OrderState:
    """Our state for an order as the channel shows it now (on import, or before we start on it)."""
    if order.fulfilled_by_channel and order.lifecycle not in CANCELLING:
        return OrderState.COMPLETED  # the marketplace ships it (Amazon FBA): nothing for our warehouse
    return initial_state(order.lifecycle)


def initial_state(lifecycle: Lifecycle) -> OrderState:
    match lifecycle:
        case Lifecycle.CANCELLED | Lifecycle.REFUNDED:
            return OrderState.CANCELLED
        case Lifecycle.SHIPPED | Lifecycle.COMPLETED:
            return OrderState.COMPLETED  # fulfilled outside omsdesk before import
        case Lifecycle.ON_HOLD:
            return OrderState.ON_HOLD
        case _:
            return OrderState.NEW


def lines_may_change(state: OrderState) -> bool:
    return state in NOT_ALLOCATED or state is OrderState.CANCELLED


def raise_issue(session: Session, order: Order, kind: OrderIssueKind, message: str,
                details: dict[str, Any] | None = None) -> bool:
    """Add an open flag of this kind unless one is already open; True when added."""
    open_one = session.scalar(select(OrderIssue.id).where(
        OrderIssue.order_id == order.id, OrderIssue.kind == kind, OrderIssue.resolved_at.is_(None)))
    if open_one is not None:
        return False
    session.add(OrderIssue(order_id=order.id, kind=kind, message=message, details=details or {}))
    return True


def follow_channel_state(session: Session, actor: Actor, order: Order, incoming: ChannelOrder) -> None:
    """Move our state after the channel's, as far as it is still ours to move."""
    current = order.state
    if incoming.lifecycle in CANCELLING:
        _cancelled_on_channel(session, actor, order, incoming)
    elif current in (OrderState.NEW, OrderState.ON_HOLD):
        order.state = state_for(incoming)


def _cancelled_on_channel(session: Session, actor: Actor, order: Order, incoming: ChannelOrder) -> None:
    if order.state is OrderState.CANCELLED:
        return
    if order.state in LEFT:
        raise_issue(session, order, OrderIssueKind.CANCELLED_AFTER_SHIPMENT,
                    f"The buyer's order was {incoming.status} on the channel after it shipped: handle it as after-sales.",
                    {"channel_status": incoming.status})
        return
    if order.state in BEING_PACKED:
        raise_issue(session, order, OrderIssueKind.CANCELLED_WHILE_PACKING,
                    f"Cancelled on the channel ({incoming.status}) while in the warehouse: take it off the "
                    "packing table and put the items back.", {"was": order.state.value, "channel_status": incoming.status})
    previous = order.state
    released = release(session, ORDER_DOCUMENT, order.id)
    order.state = OrderState.CANCELLED
    audit.record(session, actor, "order.cancelled_by_channel", "order", order.id,
                 f"order {order.number} cancelled on the channel ({incoming.status})",
                 before={"state": previous.value}, after={"state": OrderState.CANCELLED.value,
                                                          "released": str(released)})


def _line_summary(lines: Sequence[Any]) -> dict[str, str]:
    return {f"{line.external_id}": f"{line.channel_sku or line.title} × {Decimal(line.quantity).normalize()}"
            for line in lines}


def line_changes(stored_lines: Sequence[Any], incoming: Sequence[ChannelOrderLine]) -> tuple[dict[str, str], dict[str, str]]:
    """What changed between our lines and the channel's, as before/after text per line id (empty: nothing)."""
    before, after = _line_summary(stored_lines), _line_summary(incoming)
    keys = {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}
    return ({k: before[k] for k in sorted(keys) if k in before}, {k: after[k] for k in sorted(keys) if k in after})


def flag_change_after_allocation(session: Session, order: Order, address_before: dict[str, Any],
                                 changed_lines: tuple[dict[str, str], dict[str, str]]) -> None:
    if order.state not in IN_WAREHOUSE:
        return
    address_after = {name: getattr(order, name) for name in ADDRESS_FIELDS}
    parts = []
    details: dict[str, Any] = {}
    if address_after != address_before:
        parts.append("the shipping address (check the label)")
        details["address"] = {"before": address_before, "after": address_after}
    if changed_lines[0] or changed_lines[1]:
        parts.append("the lines (kept as allocated here)")
        details["lines"] = {"before": changed_lines[0], "after": changed_lines[1]}
    if parts:
        raise_issue(session, order, OrderIssueKind.CHANGED_AFTER_ALLOCATION,
                    "The channel changed " + " and ".join(parts) + " after this order was allocated.", details)


def resolve_issue(db: Database, actor: Actor, issue_id: int, note: str = "") -> None:
    """A person looked at the flag and dealt with it."""
    with db.transaction() as session:
        issue = session.get(OrderIssue, issue_id)
        if issue is None or issue.resolved_at is not None:
            return
        issue.resolved_at, issue.resolved_by = utc_now(), actor.name
        audit.record(session, actor, "order.issue_resolved", "order", issue.order_id,
                     f"resolved: {issue.message}", after={"kind": issue.kind.value, "note": note})
