"""What a change on the channel does to an order omsdesk already holds.

* Cancelled (or fully refunded) before it left: the order is cancelled here too and its
  reservations go back to stock — and so are the parts split off it that have not left; if it
  was already being picked or packed, a flag tells the warehouse to take it off the table.
* Cancelled after it left: nothing is undone, but a flag is raised for after-sales.
* Address or lines changed before allocation: applied (the importer writes the new values) and
  recorded in the order history.
* Changed once the lines are ours — allocated (stock is held for them), split (lines and money
  moved to other orders) or merged (planned as one parcel): lines and amounts are kept and a flag
  says what the channel changed, so a person decides. A split order's parts are never looked up
  by the importer (their external id carries ``~n``); the original speaks for the whole order.
* An address edited here stays as long as the channel's address is unchanged; when the channel
  changes it, the channel's applies before allocation (the history says so) and after allocation
  ours stays and a flag says what the channel now has.

The channel's own status word is always stored verbatim beside ours. State changes the channel
drives are recorded as transitions too, so they appear in the order's history.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from connectors.base import ChannelOrder, ChannelOrderLine, Lifecycle
from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.auth.models import AuditEntry
from omsdesk.db.engine import Database
from omsdesk.db.types import utc_now
from omsdesk.fulfilment.services import tracking_numbers
from omsdesk.inventory.ledger import release
from omsdesk.orders.keys import refresh_keys
from omsdesk.orders.merge import leave_group_in, note_in_history
from omsdesk.orders.models import (
    REVIEW_KINDS,
    Order,
    OrderIssue,
    OrderIssueKind,
    OrderOrigin,
    OrderState,
    OrderTransition,
)
from omsdesk.orders.states import OrderOperation, record_transition

ORDER_DOCUMENT = "order"  # the reservation document type of orders
CANCELLING = (Lifecycle.CANCELLED, Lifecycle.REFUNDED)
NOT_ALLOCATED = (OrderState.NEW, OrderState.APPROVED, OrderState.ON_HOLD)
IN_WAREHOUSE = (OrderState.ALLOCATED, OrderState.PICKING, OrderState.PACKED)
BEING_PACKED = (OrderState.PICKING, OrderState.PACKED)
LEFT = (OrderState.SHIPPED, OrderState.COMPLETED)
ADDRESS_FIELDS = ("ship_name", "ship_company", "ship_line1", "ship_line2", "ship_city", "ship_state",
                  "ship_postcode", "ship_country", "ship_phone")
# Order columns that must agree with the lines: kept with them when the lines are ours.
LINE_BOUND_AMOUNTS = ("goods_subtotal", "discount_total", "discount_tax", "shipping_total", "shipping_tax",
                      "fee_total", "fee_tax", "total_tax", "total_excl_tax", "total", "residual", "item_count",
                      "prices_include_tax")
# Audit actions that carry the channel's own address of an order whose address was edited here.
ADDRESS_NOTES = ("order.address_edited", "order.channel_address_changed")
ZERO = Decimal(0)


class LinesKept(StrEnum):
    """Why the channel may no longer rewrite an order's lines (and, but for SHIPPED, its amounts)."""

    SPLIT = "split"
    MERGED = "merged"
    ALLOCATED = "allocated"
    SHIPPED = "shipped"  # after-sales territory: lines kept, amounts follow the channel, no flag


class AddressOutcome(StrEnum):
    SAME = "same"
    APPLIED = "applied"  # the channel's address is now ours
    KEPT_LOCAL = "kept_local"  # the channel did not change it: the one edited here stays
    KEPT_CHANGED = "kept_changed"  # the channel changed it after allocation: ours stays, flagged


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


def resolve_open_issues(session: Session, actor: Actor, order: Order, kinds: Iterable[OrderIssueKind]) -> list[str]:
    """Close the order's open flags of these kinds (they no longer apply); returns the kinds closed."""
    wanted = list(kinds)
    issues = list(session.scalars(select(OrderIssue).where(
        OrderIssue.order_id == order.id, OrderIssue.resolved_at.is_(None), OrderIssue.kind.in_(wanted))))
    now = utc_now()
    for issue in issues:
        issue.resolved_at, issue.resolved_by = now, actor.name
    return sorted({issue.kind.value for issue in issues})


def release_order_stock(session: Session, actor: Actor, order: Order) -> Decimal:
    """Give back all the order holds: no reservations, no warehouse, nothing allocated, no shortfall flag."""
    released = release(session, ORDER_DOCUMENT, order.id)
    order.warehouse_id = None
    for line in order.lines:
        if line.allocated_quantity:
            line.allocated_quantity = ZERO
    resolve_open_issues(session, actor, order, [OrderIssueKind.PARTIALLY_ALLOCATED])
    return released


def split_parts(session: Session, order: Order) -> list[Order]:
    """The orders split off this one, and off those, with their lines (oldest first)."""
    parts: list[Order] = []
    parents = [order.id]
    while parents:
        found = list(session.scalars(select(Order).where(Order.parent_id.in_(parents))
                                     .options(selectinload(Order.lines)).order_by(Order.id)))
        parts.extend(found)
        parents = [part.id for part in found]
    return parts


# -- state ----------------------------------------------------------------------------------------


def _held_by_a_person(session: Session, order: Order) -> bool:
    operation = session.scalar(
        select(OrderTransition.operation)
        .where(OrderTransition.order_id == order.id, OrderTransition.to_state == OrderState.ON_HOLD.value)
        .order_by(OrderTransition.id.desc()).limit(1))
    return operation == OrderOperation.HOLD.value


def follow_channel_state(session: Session, actor: Actor, order: Order, incoming: ChannelOrder) -> None:
    """Move our state after the channel's, as far as it is still ours to move."""
    if incoming.lifecycle in CANCELLING:
        _cancelled_on_channel(session, actor, order, incoming)
        for part in split_parts(session, order):
            _cancelled_on_channel(session, actor, part, incoming, original=order)
        return
    if order.state not in (OrderState.NEW, OrderState.ON_HOLD):
        return
    target = state_for(incoming)
    if target is order.state:
        return
    if target is OrderState.NEW and _held_by_a_person(session, order):
        return  # a person's hold stays until a person releases it
    reason = f"{incoming.status} on the channel"
    record_transition(session, actor, order, "channel", target, reason=reason)
    order.state_reason = reason if target is OrderState.ON_HOLD else ""


def _cancelled_on_channel(session: Session, actor: Actor, order: Order, incoming: ChannelOrder,
                          original: Order | None = None) -> None:
    if order.state is OrderState.CANCELLED:
        return
    also = f" with order {original.number}" if original is not None else ""
    if order.state in LEFT:
        raise_issue(session, order, OrderIssueKind.CANCELLED_AFTER_SHIPMENT,
                    f"The buyer's order was {incoming.status} on the channel{also} after it shipped: "
                    "handle it as after-sales.", {"channel_status": incoming.status})
        return
    if order.state in BEING_PACKED:
        raise_issue(session, order, OrderIssueKind.CANCELLED_WHILE_PACKING,
                    f"Cancelled on the channel ({incoming.status}){also} while in the warehouse: take it off the "
                    "packing table and put the items back.", {"was": order.state.value, "channel_status": incoming.status})
    previous = order.state
    released = release_order_stock(session, actor, order)
    resolve_open_issues(session, actor, order, REVIEW_KINDS)
    reason = f"{incoming.status} on the channel{also}"
    leave_group_in(session, actor, order, reason)
    record_transition(session, actor, order, "channel_cancel", OrderState.CANCELLED, reason=reason)
    order.state_reason = reason
    audit.record(session, actor, "order.cancelled_by_channel", "order", order.id,
                 f"order {order.number} cancelled on the channel ({incoming.status}){also}",
                 before={"state": previous.value}, after={"state": OrderState.CANCELLED.value,
                                                          "released": str(released)})


# -- lines and amounts ----------------------------------------------------------------------------


def lines_kept_for(order: Order, parts: Sequence[Order]) -> LinesKept | None:
    """Why the channel may no longer rewrite this order's lines; None when it may."""
    if parts or order.origin is OrderOrigin.SPLIT:
        return LinesKept.SPLIT
    if order.merge_group_id is not None:
        return LinesKept.MERGED
    if order.state in IN_WAREHOUSE:
        return LinesKept.ALLOCATED
    if not lines_may_change(order.state):
        return LinesKept.SHIPPED
    return None


class _LineView(NamedTuple):
    external_id: str
    channel_sku: str
    title: str
    quantity: Decimal


def channel_lines(order: Order, parts: Sequence[Order]) -> list[_LineView]:
    """The order's lines as the channel last showed them: what was split off added back, per channel line."""
    views: dict[str, _LineView] = {}
    for line in [*order.lines, *(line for part in parts for line in part.lines)]:
        seen = views.get(line.external_id)
        quantity = line.quantity + (seen.quantity if seen else ZERO)
        views[line.external_id] = _LineView(line.external_id, line.channel_sku, line.title, quantity)
    return list(views.values())


def channel_total(order: Order, parts: Sequence[Order]) -> Decimal:
    """The order's total as the channel last showed it: a split conserves it over the original and its parts."""
    return order.total + sum((part.total for part in parts), ZERO)


def _line_summary(lines: Sequence[Any]) -> dict[str, str]:
    return {f"{line.external_id}": f"{line.channel_sku or line.title} × {Decimal(line.quantity).normalize()}"
            for line in lines}


def line_changes(stored_lines: Sequence[Any], incoming: Sequence[ChannelOrderLine]) -> tuple[dict[str, str], dict[str, str]]:
    """What changed between our lines and the channel's, as before/after text per line id (empty: nothing)."""
    before, after = _line_summary(stored_lines), _line_summary(incoming)
    keys = {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}
    return ({k: before[k] for k in sorted(keys) if k in before}, {k: after[k] for k in sorted(keys) if k in after})


def flag_kept_changes(session: Session, order: Order, kept_for: LinesKept, address: AddressOutcome,
                      address_before: dict[str, Any], changed_lines: tuple[dict[str, str], dict[str, str]],
                      totals: tuple[Decimal, Decimal], channel_address: dict[str, Any] | None = None) -> None:
    """Raise CHANGED_AFTER_ALLOCATION listing what the channel changed on an order whose lines are ours."""
    if kept_for is LinesKept.SHIPPED or order.state not in (*NOT_ALLOCATED, *IN_WAREHOUSE):
        return
    parts = []
    details: dict[str, Any] = {"kept_for": kept_for.value}
    address_after = {name: getattr(order, name) for name in ADDRESS_FIELDS}
    if address is AddressOutcome.APPLIED and order.state in IN_WAREHOUSE:
        parts.append("the shipping address (check the label)")
        details["address"] = {"before": address_before, "after": address_after}
    elif address is AddressOutcome.KEPT_CHANGED:
        parts.append("the shipping address (the one edited here is kept)")
        details["address"] = {"ours": address_after, "channel": channel_address or {}}
    if changed_lines[0] or changed_lines[1]:
        parts.append(f"the lines (kept as {kept_for.value} here)")
        details["lines"] = {"before": changed_lines[0], "after": changed_lines[1]}
    if totals[0] != totals[1]:
        parts.append(f"the total {totals[0]} → {totals[1]} (ours kept)")
        details["total"] = {"before": str(totals[0]), "after": str(totals[1])}
    if parts:
        raise_issue(session, order, OrderIssueKind.CHANGED_AFTER_ALLOCATION,
                    "The channel changed " + " and ".join(parts) + f" after this order was {kept_for.value}.",
                    details)


# -- the shipping address -------------------------------------------------------------------------


def address_of(order: Order) -> dict[str, Any]:
    return {name: getattr(order, name) for name in ADDRESS_FIELDS}


def local_address_override(session: Session, order_id: int) -> dict[str, Any] | None:
    """The channel's address as last imported, while the order ships to an address edited here; else None."""
    after = session.scalar(
        select(AuditEntry.after)
        .where(AuditEntry.entity == "order", AuditEntry.entity_id == order_id, AuditEntry.action.in_(ADDRESS_NOTES))
        .order_by(AuditEntry.id.desc()).limit(1))
    if not after or not after.get("local"):
        return None
    return dict(after.get("channel_address") or {})


def channel_address_of(session: Session, order: Order) -> dict[str, Any]:
    """The channel's own address of the order (before any edit here)."""
    override = local_address_override(session, order.id)
    return override if override is not None else address_of(order)


def _set_address(order: Order, address: dict[str, Any]) -> None:
    for name, value in address.items():
        setattr(order, name, value)


def apply_channel_address(session: Session, actor: Actor, order: Order, incoming: dict[str, Any],
                          parts: Sequence[Order] = ()) -> AddressOutcome:
    """Take the channel's address unless one edited here must stay (see the module doc)."""
    current = address_of(order)
    if incoming == current:
        return AddressOutcome.SAME
    override = local_address_override(session, order.id)
    if override is not None and incoming == override:
        return AddressOutcome.KEPT_LOCAL
    if override is not None and order.state not in (*NOT_ALLOCATED, OrderState.CANCELLED):
        audit.record(session, actor, "order.channel_address_changed", "order", order.id,
                     f"the channel changed the address of order {order.number}; the one edited here is kept",
                     before={"channel_address": override}, after={"channel_address": incoming, "local": True})
        return AddressOutcome.KEPT_CHANGED
    _set_address(order, incoming)
    if override is not None:
        reason = "the channel changed the shipping address; it replaces the one edited here"
        note_in_history(session, actor, order, "channel_address", reason)
        audit.record(session, actor, "order.channel_address_changed", "order", order.id,
                     f"order {order.number}: {reason}", before=current,
                     after={**incoming, "channel_address": incoming, "local": False})
    if order.merge_group_id is not None:
        leave_group_in(session, actor, order, "the channel changed the shipping address")
    _follow_on_parts(session, actor, order, parts, current, incoming)
    return AddressOutcome.APPLIED


def _follow_on_parts(session: Session, actor: Actor, order: Order, parts: Sequence[Order],
                     before: dict[str, Any], incoming: dict[str, Any]) -> None:
    """Parts split off the order go where the buyer now is too (unless their address was edited here)."""
    for part in parts:
        if part.state in (*LEFT, OrderState.CANCELLED) or address_of(part) != before:
            continue
        _set_address(part, incoming)
        refresh_keys(part, tracking_numbers(session, part.id))
        note_in_history(session, actor, part, "channel_address",
                        f"the channel changed the shipping address of order {order.number}")
        if part.merge_group_id is not None:
            leave_group_in(session, actor, part, "the channel changed the shipping address")
        if part.state in IN_WAREHOUSE:
            raise_issue(session, part, OrderIssueKind.CHANGED_AFTER_ALLOCATION,
                        "The channel changed the shipping address (check the label) after this order was allocated.",
                        {"address": {"before": before, "after": incoming}})


def resolve_issue(db: Database, actor: Actor, issue_id: int, note: str = "") -> None:
    """A person looked at the flag and dealt with it."""
    with db.transaction() as session:
        issue = session.get(OrderIssue, issue_id)
        if issue is None or issue.resolved_at is not None:
            return
        issue.resolved_at, issue.resolved_by = utc_now(), actor.name
        audit.record(session, actor, "order.issue_resolved", "order", issue.order_id,
                     f"resolved: {issue.message}", after={"kind": issue.kind.value, "note": note})
