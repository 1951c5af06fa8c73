"""Read queries for the order list and the order detail.

Lists are filtered and sorted in SQL and return ids only; rows are fetched by id
in blocks as the table scrolls. Every filter and every sort of the list is served
by an index, so the list stays fast at a million orders:

* sorting by a column reads that column's index in order (the order id, which every
  SQLite index ends with, breaks ties); by state, the (state, created) index; by shop
  name, each shop's (shop, created) index in turn, shops in name order;
* text of three characters or more is searched as a substring of ``Order.search_text``
  (order number, channel id, buyer name / phone / e-mail, recipient, SKUs, tracking
  numbers) through the FTS5 trigram table ``order_search`` on SQLite or the ``pg_trgm``
  index on PostgreSQL; shorter text matches the start of the order number, buyer name,
  e-mail, phone or a line's channel SKU, or the exact external id (on PostgreSQL: the
  start of any space-separated word of ``search_text``, which the trigram index serves);
* flags (open issues) through the (resolved_at, kind) index of ``order_issues``.

The id list comes straight from the database cursor into an ``array('q')`` (8 bytes an
id instead of a Python int object each): :func:`matching_id_array`.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from itertools import chain
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    bindparam,
    column,
    exists,
    func,
    literal_column,
    or_,
    select,
    table,
    union,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, aliased

from omsdesk.auth.audit import entries_for
from omsdesk.catalog.bundles import virtual_availability
from omsdesk.catalog.models import Sku, SkuKind
from omsdesk.db.search import (
    contains,
    fts5_phrase,
    like_prefix,
    like_word_start,
    starts_with,
    substring_searchable,
)
from omsdesk.fulfilment.models import Shipment
from omsdesk.fulfilment.services import shipped_quantities
from omsdesk.inventory.models import Warehouse
from omsdesk.inventory.queries import available_stock
from omsdesk.orders.models import (
    AfterSalesStatus,
    InvoiceStatus,
    Order,
    OrderIssue,
    OrderIssueKind,
    OrderLine,
    OrderOrigin,
    OrderPayload,
    OrderState,
    OrderTransition,
    PaymentStatus,
)
from omsdesk.sync.models import OutboxItem, OutboxKind, Shop

FETCH_BATCH = 50_000  # ids read from the cursor at a time


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
    needs_attention: bool = False  # only orders with an open flag (any kind)
    issue_kinds: tuple[OrderIssueKind, ...] = ()  # only orders with an open flag of one of these kinds
    payment_statuses: tuple[PaymentStatus, ...] = ()
    warehouse_ids: tuple[int, ...] = ()
    merged_only: bool = False  # only orders merged into a group
    without_flags: bool = False  # only orders with no open flag (ready to go on)


def _open_issues() -> Select[Any]:
    return select(OrderIssue.order_id).where(OrderIssue.resolved_at.is_(None))


def _text_condition(text: str, sqlite: bool) -> ColumnElement[bool]:
    if substring_searchable(text):
        if sqlite:
            order_search = table("order_search", column("rowid"))
            matches = select(order_search.c.rowid).where(
                literal_column("order_search").op("MATCH")(fts5_phrase(text)))
            return Order.id.in_(matches)
        return or_(contains(Order.search_text, text), Order.external_id == text)
    prefix = like_prefix(text)
    if not sqlite:  # the start of the text or of a word in it: pg_trgm serves both, the columns' indexes neither
        return or_(Order.search_text.ilike(prefix, escape="\\"),
                   Order.search_text.ilike(like_word_start(text), escape="\\"), Order.external_id == text)
    # One indexed lookup per column, united: an OR of them would make SQLite test every order.
    starting = union(
        *(select(Order.id).where(starts_with(c, prefix, sqlite))
          for c in (Order.number, Order.buyer_name, Order.buyer_email, Order.buyer_phone)),
        select(Order.id).where(Order.external_id == text),
        select(OrderLine.order_id).where(starts_with(OrderLine.channel_sku, prefix, sqlite)),
    )
    return Order.id.in_(starting)


def _filtered(statement: Select[Any], criteria: OrderFilter, sqlite: bool) -> Select[Any]:
    if criteria.states:
        statement = statement.where(Order.state.in_(criteria.states))
    if criteria.shop_ids:
        statement = statement.where(Order.shop_id.in_(criteria.shop_ids))
    if criteria.channel_statuses:
        statement = statement.where(Order.channel_status.in_(criteria.channel_statuses))
    if criteria.payment_statuses:
        statement = statement.where(Order.payment_status.in_(criteria.payment_statuses))
    if criteria.warehouse_ids:
        statement = statement.where(Order.warehouse_id.in_(criteria.warehouse_ids))
    if criteria.merged_only:  # as a subquery: SQLite would rather walk the sort's index and test every row
        merged = aliased(Order)
        statement = statement.where(Order.id.in_(select(merged.id).where(merged.merge_group_id.is_not(None))))
    if criteria.created_from:
        statement = statement.where(Order.channel_created_at >= criteria.created_from)
    if criteria.created_to:
        statement = statement.where(Order.channel_created_at < criteria.created_to)
    if criteria.needs_attention:
        statement = statement.where(Order.id.in_(_open_issues()))
    if criteria.issue_kinds:
        statement = statement.where(Order.id.in_(_open_issues().where(OrderIssue.kind.in_(criteria.issue_kinds))))
    if criteria.without_flags:
        statement = statement.where(~exists(_open_issues().where(OrderIssue.order_id == Order.id)))
    text = criteria.text.strip()
    if text:
        statement = statement.where(_text_condition(text, sqlite))
    return statement


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _ordering(sort: SortKey, descending: bool) -> list[Any]:
    """The sort column, then what breaks its ties; the same columns, in this order, as an index."""
    columns: list[Any] = [SORT_COLUMNS[sort], Order.id]
    if sort is SortKey.STATE:  # the (state, created) index: newest or oldest first within a state
        columns.insert(1, Order.channel_created_at)
    return [c.desc() if descending else c.asc() for c in columns]


def _connection(session: Session) -> Connection:
    """The session's connection, with its pending changes flushed (as ``session.execute`` would)."""
    session.flush()
    return session.connection()


def _read_ids(session: Session, statement: Select[Any], into: array) -> None:
    """Append the ids ``statement`` selects, read from the DBAPI cursor without building a row object each."""
    result = _connection(session).execute(statement)
    try:
        cursor = result.cursor
        while rows := cursor.fetchmany(FETCH_BATCH):
            into.extend(chain.from_iterable(rows))
    finally:
        result.close()


def _by_shop_name(session: Session, criteria: OrderFilter, descending: bool, sqlite: bool) -> array:
    """Shop by shop in name order, each shop's orders from its (shop, created) index: no sort of every row."""
    shops = select(Shop.id).order_by(*(c.desc() if descending else c.asc() for c in (Shop.name, Shop.id)))
    if criteria.shop_ids:
        shops = shops.where(Shop.id.in_(criteria.shop_ids))
    ordering = _ordering(SortKey.CREATED, descending)
    ids = array("q")
    for shop_id in session.scalars(shops).all():
        statement = _filtered(select(Order.id).where(Order.shop_id == shop_id), criteria, sqlite)
        _read_ids(session, statement.order_by(*ordering), ids)
    return ids


def matching_id_array(
    session: Session,
    criteria: OrderFilter = OrderFilter(),
    sort: SortKey = SortKey.CREATED,
    descending: bool = True,
) -> array:
    """The ids of the matching orders in list order, compactly (what the lazy table holds)."""
    sqlite = _is_sqlite(session)
    if sort is SortKey.SHOP and not criteria.text.strip():
        return _by_shop_name(session, criteria, descending, sqlite)
    statement = _filtered(select(Order.id), criteria, sqlite)
    if sort is SortKey.SHOP:  # a search: few rows, sorted after the search
        statement = statement.join(Shop, Shop.id == Order.shop_id)
        ordering = [c.desc() if descending else c.asc() for c in (Shop.name, Order.channel_created_at, Order.id)]
    else:
        ordering = _ordering(sort, descending)
    ids = array("q")
    _read_ids(session, statement.order_by(*ordering), ids)
    return ids


def matching_ids(
    session: Session,
    criteria: OrderFilter = OrderFilter(),
    sort: SortKey = SortKey.CREATED,
    descending: bool = True,
) -> list[int]:
    """As :func:`matching_id_array`, as a list (for callers that want one; the lazy table wants the array)."""
    return matching_id_array(session, criteria, sort, descending).tolist()


def count_matching(session: Session, criteria: OrderFilter = OrderFilter()) -> int:
    statement = _filtered(select(func.count()).select_from(Order), criteria, _is_sqlite(session))
    return session.scalar(statement) or 0


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
    version: int = 0
    flags: tuple[OrderIssueKind, ...] = ()  # kinds of its open issues, oldest first
    merge_group_id: int | None = None
    warehouse_code: str = ""  # where it is allocated
    parent_number: str = ""  # the order it was split off


_PARENT = aliased(Order)
# Built once (the statement cache then skips compiling): the rows of a block and their open flags.
_BLOCK_ROWS = (
    select(
        Order.id, Order.number, Shop.name, Shop.channel, Order.channel_created_at,
        Order.buyer_name, Order.ship_city, Order.ship_country, Order.item_count,
        Order.total, Order.currency, Order.channel_status, Order.state,
        Order.payment_status, Order.buyer_remark != "", Order.version,
        Order.merge_group_id, func.coalesce(Warehouse.code, ""), func.coalesce(_PARENT.number, ""),
    )
    .join(Shop, Shop.id == Order.shop_id)
    .outerjoin(Warehouse, Warehouse.id == Order.warehouse_id)
    .outerjoin(_PARENT, _PARENT.id == Order.parent_id)
    .where(Order.id.in_(bindparam("ids", expanding=True)))
)
_BLOCK_FLAGS = (
    select(OrderIssue.order_id, OrderIssue.kind)
    .where(OrderIssue.order_id.in_(bindparam("ids", expanding=True)), OrderIssue.resolved_at.is_(None))
    .order_by(OrderIssue.id)
)


def rows_by_id(session: Session, ids: Sequence[int]) -> dict[int, OrderRow]:
    """The rows of one block of ids (two queries: the orders, their open flags)."""
    if not ids:
        return {}
    connection = _connection(session)
    params = {"ids": list(ids)}
    flags: dict[int, dict[OrderIssueKind, None]] = {}
    for order_id, kind in connection.execute(_BLOCK_FLAGS, params):
        flags.setdefault(order_id, {})[kind] = None  # each kind once, oldest first
    rows = {}
    for row in connection.execute(_BLOCK_ROWS, params):
        *fields, version, merge_group_id, warehouse_code, parent_number = row
        rows[row[0]] = OrderRow(*fields, version=version, flags=tuple(flags.get(row[0], ())),
                                merge_group_id=merge_group_id, warehouse_code=warehouse_code,
                                parent_number=parent_number)
    return rows


def list_rows(
    session: Session,
    criteria: OrderFilter = OrderFilter(),
    sort: SortKey = SortKey.CREATED,
    descending: bool = True,
    limit: int | None = None,
) -> list[OrderRow]:
    ids = matching_id_array(session, criteria, sort, descending)
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
    net_total: Decimal = Decimal(0)  # after price allocation (分摊): its share of order discounts, shipping, fees
    net_total_incl_tax: Decimal = Decimal(0)
    allocated_quantity: Decimal = Decimal(0)  # reserved for it so far
    available: Decimal | None = None  # on hand − reserved over the active warehouses; None while unmapped
    sku_id: int | None = None

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
    transitions: list[TransitionInfo] = field(default_factory=list)  # oldest first
    related: list[RelatedOrder] = field(default_factory=list)
    invoice_status: InvoiceStatus = InvoiceStatus.NONE
    after_sales_status: AfterSalesStatus = AfterSalesStatus.NONE
    origin: OrderOrigin = OrderOrigin.CHANNEL
    priority: int = 0
    warehouse: str = ""  # where it is allocated: the warehouse's code and name
    state_reason: str = ""  # why it is on hold / cancelled
    channel_order_id: str = ""
    merge_group_id: int | None = None
    parent_id: int | None = None


@dataclass(frozen=True)
class TransitionInfo:
    at: datetime
    actor: str
    operation: str
    from_state: str
    to_state: str
    reason: str


@dataclass(frozen=True)
class RelatedOrder:
    id: int
    number: str
    state: OrderState
    relation: str  # "merged" (same merge group), "parent" (split off it), "part" (split off this one), "sibling"


AMOUNT_FIELDS = (
    "goods_subtotal", "discount_total", "shipping_total", "fee_total", "total_excl_tax",
    "total_tax", "total", "refunded_total", "residual",
)
SHIP_FIELDS = ("name", "company", "line1", "line2", "city", "state", "postcode", "country", "phone")


def order_detail(session: Session, order_id: int) -> OrderDetail | None:
    order = session.get(Order, order_id)
    if order is None:
        return None
    shop = session.get(Shop, order.shop_id)
    assert shop is not None
    payload = session.get(OrderPayload, order_id)
    history = [
        HistoryEntry(e.at, e.actor, e.summary, {"before": e.before, "after": e.after})
        for e in entries_for(session, "order", order_id)
    ]
    warehouse = session.get(Warehouse, order.warehouse_id) if order.warehouse_id is not None else None
    return OrderDetail(
        order.id, shop.name, shop.channel, order.external_id, order.number, order.channel_status,
        order.state, order.payment_status, order.currency, order.buyer_name, order.buyer_email,
        order.buyer_phone, {f: getattr(order, f"ship_{f}") for f in SHIP_FIELDS},
        dict(order.billing_address or {}), order.prices_include_tax,
        {f: getattr(order, f) for f in AMOUNT_FIELDS}, order.buyer_remark, order.seller_remark,
        order.payment_method, order.coupon_codes, order.channel_created_at, order.channel_updated_at,
        order.paid_at, order.imported_at, order.version, line_details(session, order), history,
        payload.payload if payload else None, open_issues(session, order_id), shipments_of(session, order_id),
        transitions_of(session, order_id), related_orders(session, order), order.invoice_status,
        order.after_sales_status, order.origin, order.priority,
        f"{warehouse.code} · {warehouse.name}" if warehouse is not None else "", order.state_reason,
        order.channel_order_id, order.merge_group_id, order.parent_id,
    )


def line_details(session: Session, order: Order) -> list[LineDetail]:
    """The order's lines with the SKU each resolved to, what is allocated and what is available."""
    shipped = shipped_quantities(session, order.id)
    sku_ids = [line.sku_id for line in order.lines if line.sku_id is not None]
    skus = {row.id: row for row in session.execute(select(Sku.id, Sku.code, Sku.kind).where(Sku.id.in_(sku_ids)))}
    bundles = [sku_id for sku_id, row in skus.items() if row.kind is SkuKind.VIRTUAL_BUNDLE]
    available = available_stock(session, sku_ids=[s for s in skus if s not in bundles]) if skus else {}
    if bundles:
        available.update(virtual_availability(session, bundles))
    details = []
    for line in order.lines:
        sku = skus.get(line.sku_id) if line.sku_id is not None else None
        details.append(LineDetail(
            line.line_no, line.channel_sku, line.title, dict(line.attributes or {}), line.quantity,
            line.unit_price, line.unit_net, line.unit_net_incl_tax, line.subtotal, line.discount,
            line.total, line.total_tax, line.total_incl_tax, line.id, shipped.get(line.id, Decimal(0)),
            sku.code if sku is not None else "", line.net_total, line.net_total_incl_tax, line.allocated_quantity,
            available.get(sku.id, Decimal(0)) if sku is not None else None, line.sku_id,
        ))
    return details


def transitions_of(session: Session, order_id: int) -> list[TransitionInfo]:
    rows = session.scalars(select(OrderTransition).where(OrderTransition.order_id == order_id)
                           .order_by(OrderTransition.id))
    return [TransitionInfo(t.at, t.actor, t.operation, t.from_state, t.to_state, t.reason) for t in rows]


def related_orders(session: Session, order: Order) -> list[RelatedOrder]:
    """The other orders of its merge group, the order it was split off, the parts split off it, its siblings."""
    related: dict[int, RelatedOrder] = {}

    def add(condition: ColumnElement[bool], relation: str) -> None:
        rows = session.execute(select(Order.id, Order.number, Order.state)
                               .where(condition, Order.id != order.id).order_by(Order.id))
        for row_id, number, state in rows:
            related.setdefault(row_id, RelatedOrder(row_id, number, state, relation))

    if order.parent_id is not None:
        add(Order.id == order.parent_id, "parent")
    add(Order.parent_id == order.id, "part")
    if order.merge_group_id is not None:
        add(Order.merge_group_id == order.merge_group_id, "merged")
    if order.parent_id is not None:
        add(Order.parent_id == order.parent_id, "sibling")
    return list(related.values())


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
