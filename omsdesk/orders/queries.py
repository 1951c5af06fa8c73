"""Read queries for the order list and the order detail.

Lists are filtered and sorted in SQL and return ids only; rows are fetched by id
in blocks as the table scrolls. Text search matches the start of the order
number, buyer name, e-mail, phone or a line's channel SKU (indexed, case
insensitive on SQLite), and the exact external id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from omsdesk.auth.audit import entries_for
from omsdesk.catalog.models import Sku
from omsdesk.db.search import like_prefix, starts_with
from omsdesk.fulfilment.models import Shipment
from omsdesk.fulfilment.services import shipped_quantities
from omsdesk.orders.models import Order, OrderIssue, OrderIssueKind, OrderLine, OrderPayload, OrderState, PaymentStatus
from omsdesk.sync.models import OutboxItem, OutboxKind, Shop


class SortKey(StrEnum):
    NUMBER = "number"
    CREATED = "created"
    SHOP = "shop"
    BUYER = "buyer"
    DESTINATION = "destination"
    ITEMS = "items"
    TOTAL = "total"
    CHANNEL_STATUS = "channel_status"
    STATE = "state"
    PAYMENT = "payment"


SORT_COLUMNS = {
    SortKey.NUMBER: Order.number,
    SortKey.CREATED: Order.channel_created_at,
    SortKey.SHOP: Order.shop_id,
    SortKey.BUYER: Order.buyer_name,
    SortKey.DESTINATION: Order.ship_city,
    SortKey.ITEMS: Order.item_count,
    SortKey.TOTAL: Order.total,
    SortKey.CHANNEL_STATUS: Order.channel_status,
    SortKey.STATE: Order.state,
    SortKey.PAYMENT: Order.payment_status,
}


@dataclass(frozen=True)
class OrderFilter:
    text: str = ""
    states: tuple[OrderState, ...] = ()
    shop_ids: tuple[int, ...] = ()
    channel_statuses: tuple[str, ...] = ()
    created_from: datetime | None = None
    created_to: datetime | None = None
    needs_attention: bool = False  # only orders with an open flag (a channel change to look at)


def _filtered(statement: Select[Any], criteria: OrderFilter, sqlite: bool) -> Select[Any]:
    if criteria.states:
        statement = statement.where(Order.state.in_(criteria.states))
    if criteria.shop_ids:
        statement = statement.where(Order.shop_id.in_(criteria.shop_ids))
    if criteria.channel_statuses:
        statement = statement.where(Order.channel_status.in_(criteria.channel_statuses))
    if criteria.created_from:
        statement = statement.where(Order.channel_created_at >= criteria.created_from)
    if criteria.created_to:
        statement = statement.where(Order.channel_created_at < criteria.created_to)
    if criteria.needs_attention:
        statement = statement.where(Order.id.in_(select(OrderIssue.order_id).where(OrderIssue.resolved_at.is_(None))))
    text = criteria.text.strip()
    if text:
        prefix = like_prefix(text)
        sku_match = select(OrderLine.order_id).where(starts_with(OrderLine.channel_sku, prefix, sqlite))
        statement = statement.where(
            or_(
                starts_with(Order.number, prefix, sqlite),
                starts_with(Order.buyer_name, prefix, sqlite),
                starts_with(Order.buyer_email, prefix, sqlite),
                starts_with(Order.buyer_phone, prefix, sqlite),
                Order.external_id == text,
                Order.id.in_(sku_match),
            )
        )
    return statement


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def matching_ids(
    session: Session,
    criteria: OrderFilter = OrderFilter(),
    sort: SortKey = SortKey.CREATED,
    descending: bool = True,
) -> list[int]:
    column = SORT_COLUMNS[sort]
    ordering = (column.desc(), Order.id.desc()) if descending else (column.asc(), Order.id.asc())
    statement = _filtered(select(Order.id), criteria, _is_sqlite(session))
    if sort is SortKey.SHOP:
        statement = statement.join(Shop, Shop.id == Order.shop_id)
        ordering = (Shop.name.desc(), Order.id.desc()) if descending else (Shop.name.asc(), Order.id.asc())
    return list(session.scalars(statement.order_by(*ordering)))


def count_matching(session: Session, criteria: OrderFilter = OrderFilter()) -> int:
    return session.scalar(_filtered(select(func.count(Order.id)), criteria, _is_sqlite(session))) or 0


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: str
    shop_name: str
    channel: str
    created_at: datetime
    buyer_name: str
    ship_city: str
    ship_country: str
    item_count: Decimal
    total: Decimal
    currency: str
    channel_status: str
    state: OrderState
    payment_status: PaymentStatus
    has_remark: bool


def rows_by_id(session: Session, ids: Sequence[int]) -> dict[int, OrderRow]:
    if not ids:
        return {}
    statement = (
        select(
            Order.id, Order.number, Shop.name, Shop.channel, Order.channel_created_at,
            Order.buyer_name, Order.ship_city, Order.ship_country, Order.item_count,
            Order.total, Order.currency, Order.channel_status, Order.state,
            Order.payment_status, Order.buyer_remark != "",
        )
        .join(Shop, Shop.id == Order.shop_id)
        .where(Order.id.in_(list(ids)))
    )
    return {row[0]: OrderRow(*row) for row in session.execute(statement)}


def list_rows(
    session: Session,
    criteria: OrderFilter = OrderFilter(),
    sort: SortKey = SortKey.CREATED,
    descending: bool = True,
    limit: int | None = None,
) -> list[OrderRow]:
    ids = matching_ids(session, criteria, sort, descending)
    if limit is not None:
        ids = ids[:limit]
    rows: dict[int, OrderRow] = {}
    for start in range(0, len(ids), 500):
        rows.update(rows_by_id(session, ids[start : start + 500]))
    return [rows[i] for i in ids]


@dataclass(frozen=True)
class LineDetail:
    line_no: int
    channel_sku: str
    title: str
    attributes: dict[str, str]
    quantity: Decimal
    unit_price: Decimal
    unit_net: Decimal
    unit_net_incl_tax: Decimal
    subtotal: Decimal
    discount: Decimal
    total: Decimal
    total_tax: Decimal
    total_incl_tax: Decimal
    id: int = 0
    shipped: Decimal = Decimal(0)
    sku_code: str = ""  # our SKU the line resolved to; "" while the listing is unmapped

    @property
    def left_to_ship(self) -> Decimal:
        return max(self.quantity - self.shipped, Decimal(0))


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor: str
    summary: str
    changes: dict[str, Any]


@dataclass(frozen=True)
class IssueInfo:
    id: int
    kind: OrderIssueKind
    message: str  # in English, for logs and exports; the app words it from kind and details
    created_at: datetime
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ShipmentInfo:
    number: str
    carrier_code: str
    carrier_name: str
    tracking_number: str
    shipped_at: datetime
    confirmation: str  # the outbox state of its channel confirmation ("" when none was queued)
    confirmation_error: str


@dataclass(frozen=True)
class OrderDetail:
    id: int
    shop_name: str
    channel: str
    external_id: str
    number: str
    channel_status: str
    state: OrderState
    payment_status: PaymentStatus
    currency: str
    buyer_name: str
    buyer_email: str
    buyer_phone: str
    shipping_address: dict[str, str]
    billing_address: dict[str, Any]
    prices_include_tax: bool
    amounts: dict[str, Decimal]
    buyer_remark: str
    seller_remark: str
    payment_method: str
    coupon_codes: str
    created_at: datetime
    updated_at: datetime
    paid_at: datetime | None
    imported_at: datetime
    version: int
    lines: list[LineDetail] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)
    payload: dict[str, Any] | None = None
    issues: list[IssueInfo] = field(default_factory=list)  # open ones
    shipments: list[ShipmentInfo] = field(default_factory=list)


AMOUNT_FIELDS = (
    "goods_subtotal", "discount_total", "shipping_total", "fee_total", "total_excl_tax",
    "total_tax", "total", "refunded_total",
)
SHIP_FIELDS = ("name", "company", "line1", "line2", "city", "state", "postcode", "country", "phone")


def order_detail(session: Session, order_id: int) -> OrderDetail | None:
    order = session.get(Order, order_id)
    if order is None:
        return None
    shop = session.get(Shop, order.shop_id)
    assert shop is not None
    payload = session.get(OrderPayload, order_id)
    shipped = shipped_quantities(session, order_id)
    codes = dict(session.execute(select(Sku.id, Sku.code).where(
        Sku.id.in_([line.sku_id for line in order.lines if line.sku_id is not None]))).all())
    lines = [
        LineDetail(
            line.line_no, line.channel_sku, line.title, dict(line.attributes or {}), line.quantity,
            line.unit_price, line.unit_net, line.unit_net_incl_tax, line.subtotal, line.discount,
            line.total, line.total_tax, line.total_incl_tax, line.id, shipped.get(line.id, Decimal(0)),
            codes.get(line.sku_id, "") if line.sku_id is not None else "",
        )
        for line in order.lines
    ]
    history = [
        HistoryEntry(e.at, e.actor, e.summary, {"before": e.before, "after": e.after})
        for e in entries_for(session, "order", order_id)
    ]
    return OrderDetail(
        order.id, shop.name, shop.channel, order.external_id, order.number, order.channel_status,
        order.state, order.payment_status, order.currency, order.buyer_name, order.buyer_email,
        order.buyer_phone, {f: getattr(order, f"ship_{f}") for f in SHIP_FIELDS},
        dict(order.billing_address or {}), order.prices_include_tax,
        {f: getattr(order, f) for f in AMOUNT_FIELDS}, order.buyer_remark, order.seller_remark,
        order.payment_method, order.coupon_codes, order.channel_created_at, order.channel_updated_at,
        order.paid_at, order.imported_at, order.version, lines, history,
        payload.payload if payload else None, open_issues(session, order_id), shipments_of(session, order_id),
    )


def open_issues(session: Session, order_id: int) -> list[IssueInfo]:
    rows = session.scalars(select(OrderIssue).where(OrderIssue.order_id == order_id, OrderIssue.resolved_at.is_(None))
                           .order_by(OrderIssue.id))
    return [IssueInfo(issue.id, issue.kind, issue.message, issue.created_at, dict(issue.details or {}))
            for issue in rows]


def shipments_of(session: Session, order_id: int) -> list[ShipmentInfo]:
    confirmations = {
        item.key: (item.state.value, item.last_error)
        for item in session.scalars(select(OutboxItem).where(
            OutboxItem.kind == OutboxKind.TRACKING, OutboxItem.reference_type == "order",
            OutboxItem.reference_id == order_id))
    }
    return [
        ShipmentInfo(s.number, s.carrier_code, s.carrier_name, s.tracking_number, s.shipped_at,
                     *confirmations.get(s.number, ("", "")))
        for s in session.scalars(select(Shipment).where(Shipment.order_id == order_id).order_by(Shipment.id))
    ]


def channel_statuses(session: Session) -> list[str]:
    return list(session.scalars(select(Order.channel_status).distinct().order_by(Order.channel_status)))


def state_counts(session: Session) -> dict[OrderState, int]:
    rows = session.execute(select(Order.state, func.count()).group_by(Order.state))
    return {state: count for state, count in rows}
