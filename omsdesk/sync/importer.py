"""Apply a page of channel orders to the database: idempotent by structure.

Orders are keyed by (shop, external id). An incoming order is *new* when the key is
unknown; *unchanged* when its content hash equals the stored one or it is older
than what is stored (a stale page, e.g. from the overlap window); otherwise
*updated*. New orders go in with bulk statements (the fast path for a first
import); each update runs in its own savepoint, and a bulk insert that fails
falls back to one savepoint per order, so one bad order never costs the rest of
the page.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError, StatementError
from sqlalchemy.orm import Session, selectinload

from connectors.base import ChannelOrder, ChannelOrderLine, Lifecycle, OrderParseFailure
from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.catalog.mapping import resolve_order_lines
from omsdesk.db.types import utc_now
from omsdesk.fulfilment.services import tracking_numbers
from omsdesk.inventory.ledger import mark_stock_changed
from omsdesk.orders import keys
from omsdesk.orders.channel_updates import (
    ADDRESS_FIELDS,
    LINE_BOUND_AMOUNTS,
    LinesKept,
    address_of,
    apply_channel_address,
    channel_lines,
    channel_total,
    flag_kept_changes,
    follow_channel_state,
    line_changes,
    lines_kept_for,
    split_parts,
    state_for,
)
from omsdesk.orders.models import Order, OrderLine, OrderPayload, PaymentStatus
from omsdesk.orders.money import allocate_prices
from omsdesk.orders.review import review_in
from omsdesk.sync.models import SyncError

FOUR_PLACES = Decimal("0.0001")
TWO_PLACES = Decimal("0.01")


class FieldError(ValueError):
    """A value that cannot be stored, with the payload field it came from."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def _money(value: Decimal, field: str) -> Decimal:
    if value.quantize(TWO_PLACES) != value:
        raise FieldError(field, f"{value} has more than 2 decimal places; omsdesk will not round it silently")
    return value

# Fields whose change is written to the audit trail when a channel updates an order.
AUDITED_ORDER_FIELDS = (
    "channel_status", "state", "payment_status", "total", "refunded_total", "buyer_remark", *ADDRESS_FIELDS,
)


@dataclass
class PageOutcome:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: list[OrderParseFailure] = field(default_factory=list)
    newest_update: datetime | None = None

    @property
    def failed(self) -> int:
        return len(self.failures)


def content_hash(order: ChannelOrder) -> str:
    """A fingerprint of everything the channel told us about the order.

    The dataclass repr lists every field but the raw payload (declared ``repr=False``;
    it carries volatile parts such as links with the host name), and it is stable
    across processes: Decimals, datetimes, enums and tuples print deterministically.
    """
    return hashlib.sha256(repr(order).encode("utf-8")).hexdigest()


def payment_status(order: ChannelOrder) -> PaymentStatus:
    if order.refunded_total > 0:
        if order.refunded_total >= order.total:
            return PaymentStatus.REFUNDED
        return PaymentStatus.PARTIALLY_REFUNDED
    if order.lifecycle is Lifecycle.REFUNDED:
        return PaymentStatus.REFUNDED
    if order.lifecycle is Lifecycle.AWAITING_PAYMENT:
        return PaymentStatus.UNPAID
    if order.paid_at is not None:
        return PaymentStatus.PAID
    # Channels that give no payment time report paid orders only as open or beyond.
    if order.lifecycle in (Lifecycle.OPEN, Lifecycle.SHIPPED, Lifecycle.COMPLETED):
        return PaymentStatus.PAID
    return PaymentStatus.UNPAID


def _per_unit(amount: Decimal, quantity: Decimal) -> Decimal:
    return (amount / quantity).quantize(FOUR_PLACES, rounding=ROUND_HALF_UP)


def line_values(line: ChannelOrderLine, line_no: int) -> dict[str, Any]:
    where = f"lines[{line_no - 1}]"
    if line.quantity <= 0:
        raise FieldError(f"{where}.quantity", f"quantity {line.quantity} must be positive")
    if line.quantity.quantize(FOUR_PLACES) != line.quantity:
        raise FieldError(f"{where}.quantity", f"quantity {line.quantity} has more than 4 decimal places")
    for name in ("subtotal", "subtotal_tax", "total", "total_tax"):
        _money(getattr(line, name), f"{where}.{name}")
    return {
        "line_no": line_no,
        "external_id": line.external_id,
        "channel_sku": line.channel_sku,
        "channel_item_id": line.channel_item_id,
        "channel_variant_id": line.channel_variant_id,
        "title": line.title,
        "attributes": dict(line.attributes),
        "tax_class": line.tax_class,
        "quantity": line.quantity,
        "unit_price": line.unit_price.quantize(FOUR_PLACES, rounding=ROUND_HALF_UP),
        "unit_net": _per_unit(line.total, line.quantity),
        "unit_net_incl_tax": _per_unit(line.total + line.total_tax, line.quantity),
        "subtotal": line.subtotal,
        "subtotal_tax": line.subtotal_tax,
        "discount": line.discount,
        "total": line.total,
        "total_tax": line.total_tax,
        "total_incl_tax": line.total + line.total_tax,
    }


ORDER_AMOUNTS = (
    "total", "total_tax", "discount_total", "discount_tax", "shipping_total",
    "shipping_tax", "fee_total", "fee_tax", "refunded_total",
)


def order_values(order: ChannelOrder) -> dict[str, Any]:
    for name in ORDER_AMOUNTS:
        _money(getattr(order, name), name)
    if not order.currency or len(order.currency) > 8:
        raise FieldError("currency", f"{order.currency!r} is not a currency code")
    ship = order.shipping_address
    return {
        "external_id": order.external_id,
        "number": order.number or order.external_id,
        "channel_status": order.status,
        "payment_status": payment_status(order),
        "currency": order.currency,
        "buyer_name": order.buyer_name,
        "buyer_email": order.buyer_email,
        "buyer_phone": order.buyer_phone,
        "ship_name": ship.name,
        "ship_company": ship.company,
        "ship_line1": ship.line1,
        "ship_line2": ship.line2,
        "ship_city": ship.city,
        "ship_state": ship.state,
        "ship_postcode": ship.postcode,
        "ship_country": ship.country,
        "ship_phone": ship.phone or order.buyer_phone,
        "billing_address": asdict(order.billing_address),
        "prices_include_tax": order.prices_include_tax,
        "goods_subtotal": sum((line.subtotal for line in order.lines), Decimal(0)),
        "discount_total": order.discount_total,
        "discount_tax": order.discount_tax,
        "shipping_total": order.shipping_total,
        "shipping_tax": order.shipping_tax,
        "fee_total": order.fee_total,
        "fee_tax": order.fee_tax,
        "total_tax": order.total_tax,
        "total_excl_tax": order.total - order.total_tax,
        "total": order.total,
        "refunded_total": order.refunded_total,
        "item_count": sum((line.quantity for line in order.lines), Decimal(0)),
        "buyer_remark": order.buyer_remark,
        "payment_method": order.payment_method,
        "coupon_codes": ", ".join(order.coupon_codes),
        "channel_created_at": order.created_at,
        "channel_updated_at": order.updated_at,
        "paid_at": order.paid_at,
        "completed_at": order.completed_at,
        "content_hash": content_hash(order),
    }


def order_and_line_values(order: ChannelOrder, shop_id: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The order's and its lines' column values, with price allocation and the derived search keys."""
    lines = [line_values(line, n) for n, line in enumerate(order.lines, start=1)]
    values = order_values(order)
    allocation = allocate_prices(order, order.lines)
    for line, net in zip(lines, allocation.lines, strict=True):
        line.update(net_total=net.net_total, net_tax=net.net_tax, net_total_incl_tax=net.net_total_incl_tax)
    values["residual"] = allocation.residual
    values["channel_order_id"] = order.external_id
    values["address_key"] = keys.address_key(shop_id, values)
    values["items_key"] = keys.items_key(values["address_key"], lines)
    values["search_text"] = keys.search_text(values, lines)
    return values, lines


def _failure(order: ChannelOrder, error: Exception) -> OrderParseFailure:
    if isinstance(error, StatementError) and error.orig is not None:
        error = error.orig  # the ValueError of a column type, not the SQL around it
    field_name = getattr(error, "field", "") or "order"
    return OrderParseFailure(order.external_id, field_name, str(error).splitlines()[0], order.raw)


def _latest_per_key(orders: Iterable[ChannelOrder]) -> list[ChannelOrder]:
    """A page may hold the same order twice (a channel quirk): keep the newest."""
    latest: dict[str, ChannelOrder] = {}
    for order in orders:
        kept = latest.get(order.external_id)
        if kept is None or order.updated_at >= kept.updated_at:
            latest[order.external_id] = order
    return list(latest.values())


class PageImporter:
    """Applies pages of one shop inside the caller's transaction."""

    def __init__(self, session: Session, shop_id: int, actor: Actor) -> None:
        self.session = session
        self.shop_id = shop_id
        self.actor = actor
        self._touched: list[int] = []  # orders inserted or updated: their lines get resolved to SKUs

    def apply(self, orders: Sequence[ChannelOrder]) -> PageOutcome:
        outcome = PageOutcome()
        incoming = _latest_per_key(orders)
        if not incoming:
            return outcome
        outcome.newest_update = max(o.updated_at for o in incoming)
        stored = self._stored(o.external_id for o in incoming)
        fresh: list[ChannelOrder] = []
        for order in incoming:
            known = stored.get(order.external_id)
            if known is None:
                fresh.append(order)
            elif order.updated_at < known[1] or content_hash(order) == known[2]:
                outcome.unchanged += 1
            else:
                self._isolated(order, outcome, lambda o=order, i=known[0]: self._update(i, o, outcome))
        self._insert_new(fresh, outcome)
        if self._touched:
            resolve_order_lines(self.session, self.shop_id, self._touched, actor=self.actor)
            self._note_demand(self._touched)
            review_in(self.session, self.actor, self._touched)  # 审单: clean new orders arrive approved
            self._touched = []
        return outcome

    def _note_demand(self, order_ids: list[int]) -> None:
        """New or changed orders change open demand, so stock sync must look at their SKUs."""
        sku_ids: set[int] = set()
        for start in range(0, len(order_ids), 500):
            sku_ids.update(self.session.scalars(
                select(OrderLine.sku_id).where(OrderLine.order_id.in_(order_ids[start:start + 500]),
                                               OrderLine.sku_id.is_not(None)).distinct()))
        mark_stock_changed(self.session, sku_ids)

    def _stored(self, external_ids: Iterable[str]) -> dict[str, tuple[int, datetime, str]]:
        stmt = select(Order.external_id, Order.id, Order.channel_updated_at, Order.content_hash).where(
            Order.shop_id == self.shop_id, Order.external_id.in_(list(external_ids))
        )
        return {ext: (oid, updated, digest) for ext, oid, updated, digest in self.session.execute(stmt)}

    def _insert_new(self, orders: list[ChannelOrder], outcome: PageOutcome) -> None:
        prepared: list[tuple[ChannelOrder, dict[str, Any], list[dict[str, Any]]]] = []
        for order in orders:
            try:
                values, lines = order_and_line_values(order, self.shop_id)
                prepared.append((order, values, lines))
            except (ValueError, ArithmeticError) as error:
                outcome.failures.append(_failure(order, error))
        if not prepared:
            return
        try:
            with self.session.begin_nested():
                self._bulk_insert(prepared)
            outcome.new += len(prepared)
        except (SQLAlchemyError, ValueError, ArithmeticError):
            for order, values, lines in prepared:
                self._isolated(
                    order, outcome, lambda o=order, v=values, ls=lines: self._insert_one(o, v, ls, outcome)
                )

    def _bulk_insert(self, prepared: list[tuple[ChannelOrder, dict[str, Any], list[dict[str, Any]]]]) -> None:
        now = utc_now()
        order_rows = [
            {**values, "shop_id": self.shop_id, "state": state_for(order),
             "imported_at": now, "updated_at": now, "version": 1}
            for order, values, _ in prepared
        ]
        statement = insert(Order.__table__).returning(
            Order.__table__.c.id, sort_by_parameter_order=True
        )
        ids = [row.id for row in self.session.connection().execute(statement, order_rows)]
        self._touched.extend(ids)
        line_rows = [
            {**line, "order_id": order_id}
            for order_id, (_, _, lines) in zip(ids, prepared, strict=True)
            for line in lines
        ]
        if line_rows:
            self.session.connection().execute(insert(OrderLine.__table__), line_rows)
        payload_rows = [
            {"order_id": order_id, "payload": order.raw, "received_at": now}
            for order_id, (order, _, _) in zip(ids, prepared, strict=True)
        ]
        self.session.connection().execute(insert(OrderPayload.__table__), payload_rows)

    def _insert_one(self, order: ChannelOrder, values: dict[str, Any], lines: list[dict[str, Any]],
                    outcome: PageOutcome) -> None:
        try:
            with self.session.begin_nested():
                self._bulk_insert([(order, values, lines)])
        except IntegrityError:
            # Another desktop imported it a moment ago: treat it as an update.
            known = self._stored([order.external_id]).get(order.external_id)
            if known is None:
                raise
            if content_hash(order) == known[2]:
                outcome.unchanged += 1
            else:
                self._update(known[0], order, outcome)
            return
        outcome.new += 1

    def _isolated(self, order: ChannelOrder, outcome: PageOutcome, step: Callable[[], None]) -> None:
        """Run one order's change in a savepoint; a failure is recorded, not raised."""
        try:
            with self.session.begin_nested():
                step()
        except (SQLAlchemyError, ValueError, ArithmeticError) as error:
            outcome.failures.append(_failure(order, error))

    def _update(self, order_id: int, order: ChannelOrder, outcome: PageOutcome) -> None:
        stored = self.session.scalars(
            select(Order).where(Order.id == order_id).options(selectinload(Order.lines))
        ).one()
        before = {name: getattr(stored, name) for name in AUDITED_ORDER_FIELDS}
        address_before = address_of(stored)
        parts = split_parts(self.session, stored)
        kept_for = lines_kept_for(stored, parts)  # allocated, split, merged or shipped: the lines are ours
        changed_lines = line_changes(channel_lines(stored, parts), order.lines)
        totals = (channel_total(stored, parts), order.total)
        values, new_lines = order_and_line_values(order, self.shop_id)
        incoming_address = {name: values.pop(name) for name in ADDRESS_FIELDS}
        if kept_for is not None and kept_for is not LinesKept.SHIPPED:
            for name in LINE_BOUND_AMOUNTS:
                values.pop(name)
        for name, value in values.items():
            setattr(stored, name, value)
        follow_channel_state(self.session, self.actor, stored, order)
        address = apply_channel_address(self.session, self.actor, stored, incoming_address, parts)
        stored.updated_at = utc_now()
        if kept_for is None:
            self._reconcile_lines(stored, order.lines, new_lines)
        else:
            flag_kept_changes(self.session, stored, kept_for, address, address_before, changed_lines, totals,
                              channel_address=incoming_address)
        keys.refresh_keys(stored, tracking_numbers(self.session, order_id))
        self._touched.append(order_id)
        payload = self.session.get(OrderPayload, order_id)
        if payload is None:
            self.session.add(OrderPayload(order_id=order_id, payload=order.raw))
        else:
            payload.payload = order.raw
            payload.received_at = utc_now()
        self.session.flush()
        after = {name: getattr(stored, name) for name in AUDITED_ORDER_FIELDS}
        changed_before, changed_after = audit.changed_fields(before, after)
        if kept_for is None and (changed_lines[0] or changed_lines[1]):
            changed_before["lines"], changed_after["lines"] = changed_lines
        audit.record(
            self.session, self.actor, "order.channel_update", "order", order_id,
            f"order {stored.number} updated from the channel", before=changed_before, after=changed_after,
        )
        outcome.updated += 1

    def _reconcile_lines(self, stored: Order, lines: Sequence[ChannelOrderLine],
                         new_values: Sequence[dict[str, Any]]) -> None:
        existing = {line.external_id: line for line in stored.lines}
        keep: list[OrderLine] = []
        for line, values in zip(lines, new_values, strict=True):
            target = existing.pop(line.external_id, None) or OrderLine()
            if target.sku_id is not None and _listing(target) != _listing(values):
                target.sku_id = None  # the line now names another listing: resolve it again
            for name, value in values.items():
                setattr(target, name, value)
            keep.append(target)
        stored.lines = keep


LISTING_FIELDS = ("channel_item_id", "channel_variant_id", "channel_sku")


def _listing(line: OrderLine | dict[str, Any]) -> tuple[Any, ...]:
    if isinstance(line, dict):
        return tuple(line[name] for name in LISTING_FIELDS)
    return tuple(getattr(line, name) for name in LISTING_FIELDS)


def record_failures(session: Session, run_id: int, shop_id: int, failures: Iterable[OrderParseFailure]) -> int:
    rows = [
        {"run_id": run_id, "shop_id": shop_id, "external_id": f.external_id[:64], "field": f.field[:200],
         "message": f.message, "payload": f.raw or None, "at": utc_now()}
        for f in failures
    ]
    if rows:
        session.execute(insert(SyncError), rows)
    return len(rows)
