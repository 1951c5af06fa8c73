"""Channel SKU mappings: a shop's listing → our SKU, and resolving order lines through them.

The matching rule: a mapping that has a channel item id matches the lines with the
same (item id, variant id); a mapping without one matches the lines with the same
seller SKU (exactly, as the channel sends it). When both kinds match a line, the
id mapping wins: it is the more specific one. An order line whose ``sku_id`` is
``None`` is unmapped and shows in :func:`unmapped_listings`; one mapping resolves
every unmapped line of its listing at once.

While importing, :func:`resolve_order_lines` resolves the page's lines with a few
set-based queries and maps automatically where the seller SKU equals one of our
SKU codes (ignoring case) or barcodes, recording an ``automatic`` mapping so the
user sees and can correct it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Select, bindparam, distinct, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.catalog.models import Barcode, ChannelSkuMapping, Sku
from omsdesk.catalog.services import CHUNK, chunks, is_sqlite, sku_ids_by_code
from omsdesk.db.engine import Database
from omsdesk.db.search import like_prefix
from omsdesk.db.types import utc_now
from omsdesk.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFoundError,
    ValidationError,
)
from omsdesk.orders.models import Order, OrderLine, OrderState
from omsdesk.sync.models import Shop

AUTOMATIC = Actor("omsdesk")
# Lines of orders the warehouse has started on keep the SKU they were resolved to when a
# mapping is changed or deleted: stock was reserved or moved for that SKU.
REMAPPABLE_STATES = (OrderState.NEW, OrderState.APPROVED, OrderState.ON_HOLD)


@dataclass(frozen=True)
class MappingResult:
    mapping_id: int
    lines_resolved: int
    orders_resolved: int  # orders with at least one line resolved by this change


class _Line(NamedTuple):  # a named tuple: thousands are made per page while importing
    id: int
    order_id: int
    item_id: str
    variant_id: str
    channel_sku: str


@dataclass(frozen=True)
class _Key:
    item_id: str
    variant_id: str
    channel_sku: str

    @property
    def by_ids(self) -> bool:
        return bool(self.item_id)


LINE_COLUMNS = (OrderLine.id, OrderLine.order_id, OrderLine.channel_item_id, OrderLine.channel_variant_id,
                OrderLine.channel_sku)

# Built once with expanding parameters: the importer runs them on every page, and a cached
# statement costs no compiling and no per-value coercion.
# The shop is checked on the orders by primary key, apart: joined, SQLite's planner walks
# every order of the shop through the shop index, on every page.
_ORDER_SHOPS = select(Order.id, Order.shop_id).where(Order.id.in_(bindparam("order_ids", expanding=True)))
_PAGE_LINES = select(*LINE_COLUMNS, OrderLine.sku_id).where(
    OrderLine.order_id.in_(bindparam("order_ids", expanding=True)))
_MAPPINGS_FOR_LINES = (
    select(ChannelSkuMapping.id, ChannelSkuMapping.sku_id, ChannelSkuMapping.channel_item_id,
           ChannelSkuMapping.channel_variant_id, ChannelSkuMapping.channel_sku)
    .where(ChannelSkuMapping.shop_id == bindparam("shop_id"), or_(
        ChannelSkuMapping.channel_item_id.in_(bindparam("items", expanding=True)),
        (ChannelSkuMapping.channel_item_id == "") & ChannelSkuMapping.channel_sku.in_(bindparam("skus", expanding=True)),
    ))
)
_BARCODES = select(Barcode.code, Barcode.sku_id).where(Barcode.code.in_(bindparam("codes", expanding=True)))


def _lines(session: Session, statement: Select[Any]) -> list[_Line]:
    return [_Line(*row) for row in session.execute(statement)]


def _clean_key(item_id: str, variant_id: str, channel_sku: str) -> _Key:
    key = _Key(item_id or "", variant_id or "", channel_sku or "")
    if not key.item_id.strip() and not key.channel_sku.strip():
        raise ValidationError("listing", QT_TRANSLATE_NOOP(
            "Messages", "a mapping needs the channel's item id or the seller SKU"))
    if key.variant_id and not key.item_id:
        raise ValidationError("listing", QT_TRANSLATE_NOOP(
            "Messages", "a variant id needs the item id it belongs to"))
    for value, limit, name in ((key.item_id, 64, "item id"), (key.variant_id, 64, "variant id"),
                               (key.channel_sku, 120, "seller SKU")):
        if len(value) > limit:
            raise ValidationError(name, QT_TRANSLATE_NOOP(
                "Messages", "{value!r} is longer than {max} characters"), value=value, max=limit)
    return key


# -- matching ------------------------------------------------------------------------------


@dataclass
class _Mappings:
    by_ids: dict[tuple[str, str], tuple[int, int]]  # (item, variant) → (mapping id, sku id)
    by_sku: dict[str, tuple[int, int]]  # seller SKU → (mapping id, sku id)

    def match(self, line: _Line) -> int | None:
        if line.item_id:
            found = self.by_ids.get((line.item_id, line.variant_id))
            if found:
                return found[1]
        found = self.by_sku.get(line.channel_sku) if line.channel_sku else None
        return found[1] if found else None


def _mappings_for(session: Session, shop_id: int, lines: Sequence[_Line]) -> _Mappings:
    """The shop's mappings that could match ``lines``: one indexed query per 500 values."""
    found = _Mappings({}, {})
    items = sorted({ln.item_id for ln in lines if ln.item_id})
    skus = sorted({ln.channel_sku for ln in lines if ln.channel_sku})
    for start in range(0, max(len(items), len(skus)), CHUNK):
        parameters = {"shop_id": shop_id, "items": items[start:start + CHUNK], "skus": skus[start:start + CHUNK]}
        rows = session.connection().execute(_MAPPINGS_FOR_LINES, parameters)
        for mapping_id, sku_id, item, variant, channel_sku in rows:
            if item:
                found.by_ids[(item, variant)] = (mapping_id, sku_id)
            else:
                found.by_sku[channel_sku] = (mapping_id, sku_id)
    return found


def _write(session: Session, assignments: dict[int, int | None]) -> None:
    """Set each line's SKU in one executemany."""
    if not assignments:
        return
    table = OrderLine.__table__
    statement = update(table).where(table.c.id == bindparam("line_id")).values(sku_id=bindparam("new_sku_id"))
    session.connection().execute(
        statement, [{"line_id": line_id, "new_sku_id": sku_id} for line_id, sku_id in sorted(assignments.items())])


def _insert_ignoring_duplicates(session: Session) -> Any:
    if is_sqlite(session):
        return sqlite_insert(ChannelSkuMapping.__table__).on_conflict_do_nothing()
    return postgresql_insert(ChannelSkuMapping.__table__).on_conflict_do_nothing()


def _automatic_targets(session: Session, seller_skus: Sequence[str]) -> dict[str, int]:
    """Seller SKU → our SKU where it equals exactly one SKU's code (ignoring case) or barcode.
    A seller SKU that names two different SKUs that way is left for a person to decide."""
    by_code = sku_ids_by_code(session, seller_skus)
    by_barcode: dict[str, int] = {}
    for part in chunks(list(seller_skus)):
        rows = session.connection().execute(_BARCODES, {"codes": list(part)})
        by_barcode.update({code: sku_id for code, sku_id in rows})
    targets: dict[str, int] = {}
    for seller_sku in seller_skus:
        hits = {by_code[seller_sku.lower()][0]} if seller_sku.lower() in by_code else set()
        if seller_sku in by_barcode:
            hits.add(by_barcode[seller_sku])
        if len(hits) == 1:
            targets[seller_sku] = hits.pop()
    return targets


def _auto_map(session: Session, actor: Actor, shop_id: int, seller_skus: Sequence[str]) -> dict[str, int]:
    targets = _automatic_targets(session, seller_skus)
    if not targets:
        return {}
    now = utc_now()
    rows = [{"shop_id": shop_id, "channel_item_id": "", "channel_variant_id": "", "channel_sku": seller_sku,
             "sku_id": sku_id, "automatic": True, "created_at": now, "created_by": actor.name}
            for seller_sku, sku_id in sorted(targets.items())]
    table = ChannelSkuMapping.__table__
    statement = _insert_ignoring_duplicates(session).returning(table.c.id, table.c.channel_sku, table.c.sku_id)
    # A mapping another desktop created a moment ago is skipped: it says the same thing.
    created = [{"id": mapping_id, "channel_sku": seller_sku, "sku_id": sku_id}
               for mapping_id, seller_sku, sku_id in session.connection().execute(statement, rows)]
    if created:  # one entry for the page: an entry per mapping would cost an INSERT each
        audit.record(session, actor, "mapping.auto", "shop", shop_id,
                     f"mapped {len(created)} seller SKUs automatically by SKU code or barcode",
                     after={"mappings": sorted(created, key=lambda m: m["channel_sku"])})
    return targets


def resolve_order_lines(session: Session, shop_id: int, order_ids: Iterable[int], *,
                        actor: Actor | None = None, auto_map: bool = True) -> int:
    """Resolve the unmapped lines of ``order_ids`` (of one shop) through the shop's mappings,
    then map automatically by SKU code or barcode; returns how many lines were resolved.

    Set-based: a page of 100 orders costs a handful of queries, not one per line.
    """
    session.flush()  # the queries below go to the connection, past the session's autoflush
    connection = session.connection()
    lines: list[_Line] = []
    for part in chunks(sorted(set(order_ids))):
        ours = [i for i, shop in connection.execute(_ORDER_SHOPS, {"order_ids": list(part)}) if shop == shop_id]
        # Unresolved ones are picked here, not in SQL: a "sku_id IS NULL" there can lead the
        # planner to the sku_id index, i.e. to every unresolved line of every order.
        rows = connection.execute(_PAGE_LINES, {"order_ids": ours}) if ours else []
        lines += [_Line(*row[:-1]) for row in rows if row[-1] is None]
    if not lines:
        return 0
    known = _mappings_for(session, shop_id, lines)
    assignments = {ln.id: sku for ln in lines if (sku := known.match(ln)) is not None}
    leftover = sorted({ln.channel_sku for ln in lines if ln.id not in assignments and ln.channel_sku})
    if auto_map and leftover:
        automatic = _auto_map(session, actor or AUTOMATIC, shop_id, leftover)
        assignments.update({ln.id: automatic[ln.channel_sku] for ln in lines
                            if ln.id not in assignments and ln.channel_sku in automatic})
    _write(session, assignments)
    return len(assignments)


# -- mapping by hand ----------------------------------------------------------------------------


def _listing_lines(session: Session, shop_id: int, key: _Key, *extra: Any) -> list[_Line]:
    """Lines of the shop whose listing is ``key`` by the matching rule (and ``extra`` criteria)."""
    statement = select(*LINE_COLUMNS).join(Order, Order.id == OrderLine.order_id).where(Order.shop_id == shop_id, *extra)
    if key.by_ids:
        statement = statement.where(OrderLine.channel_item_id == key.item_id,
                                    OrderLine.channel_variant_id == key.variant_id)
        return _lines(session, statement)
    statement = statement.where(OrderLine.channel_sku == key.channel_sku)
    # SQLite compares the column case-insensitively (NOCASE, for its index): keep exact matches.
    return [ln for ln in _lines(session, statement) if ln.channel_sku == key.channel_sku]


def _existing(session: Session, shop_id: int, key: _Key) -> ChannelSkuMapping | None:
    statement = select(ChannelSkuMapping).where(ChannelSkuMapping.shop_id == shop_id,
                                                ChannelSkuMapping.channel_item_id == key.item_id)
    if key.by_ids:
        statement = statement.where(ChannelSkuMapping.channel_variant_id == key.variant_id)
    else:
        statement = statement.where(ChannelSkuMapping.channel_sku == key.channel_sku)
    return session.scalars(statement.limit(1)).first()


def _describe(key: _Key) -> str:
    if key.by_ids:
        return f"item {key.item_id}" + (f" / variant {key.variant_id}" if key.variant_id else "")
    return f"seller SKU {key.channel_sku}"


def _sku_code(session: Session, sku_id: int) -> str:
    code = session.scalar(select(Sku.code).where(Sku.id == sku_id))
    if code is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "SKU {id} does not exist"), id=sku_id)
    return code


def _shop_name(session: Session, shop_id: int) -> str:
    name = session.scalar(select(Shop.name).where(Shop.id == shop_id))
    if name is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "shop {id} does not exist"), id=shop_id)
    return name


def _result(mapping_id: int, resolved: Sequence[_Line]) -> MappingResult:
    return MappingResult(mapping_id, len(resolved), len({ln.order_id for ln in resolved}))


def map_channel_sku_in(session: Session, actor: Actor, shop_id: int, *, channel_item_id: str = "",
                       channel_variant_id: str = "", channel_sku: str = "", sku_id: int) -> MappingResult:
    """Map a listing of a shop to our SKU and resolve every unmapped line of it."""
    key = _clean_key(channel_item_id, channel_variant_id, channel_sku)
    shop = _shop_name(session, shop_id)
    code = _sku_code(session, sku_id)
    clash = _existing(session, shop_id, key)
    if clash is not None:
        raise ValidationError("listing", QT_TRANSLATE_NOOP(
            "Messages", "{listing} of shop {shop} is already mapped to SKU {sku}; change that mapping instead"),
            listing=_describe(key), shop=shop, sku=_sku_code(session, clash.sku_id))
    mapping = ChannelSkuMapping(shop_id=shop_id, channel_item_id=key.item_id, channel_variant_id=key.variant_id,
                                channel_sku=key.channel_sku, sku_id=sku_id, automatic=False, created_by=actor.name)
    session.add(mapping)
    session.flush()
    resolved = _listing_lines(session, shop_id, key, OrderLine.sku_id.is_(None))
    _write(session, {ln.id: sku_id for ln in resolved})
    if resolved:
        from omsdesk.inventory.ledger import mark_stock_changed  # the ledger builds on the catalogue

        mark_stock_changed(session, [sku_id])  # its orders are demand on the SKU now
    result = _result(mapping.id, resolved)
    audit.record(session, actor, "mapping.add", "channel_sku_mapping", mapping.id,
                 f"mapped {_describe(key)} of {shop} to {code}",
                 after={"shop_id": shop_id, "channel_item_id": key.item_id, "channel_variant_id": key.variant_id,
                        "channel_sku": key.channel_sku, "sku": code, "lines_resolved": result.lines_resolved,
                        "orders_resolved": result.orders_resolved})
    return result


def map_channel_sku(db: Database, actor: Actor, shop_id: int, *, channel_item_id: str = "",
                    channel_variant_id: str = "", channel_sku: str = "", sku_id: int) -> MappingResult:
    try:
        with db.transaction() as session:
            return map_channel_sku_in(session, actor, shop_id, channel_item_id=channel_item_id,
                                      channel_variant_id=channel_variant_id, channel_sku=channel_sku, sku_id=sku_id)
    except IntegrityError as error:  # the same listing was mapped on another desktop just now
        raise ConflictError(QT_TRANSLATE_NOOP(
            "Messages", "this listing was just mapped on another desktop; reload the list")) from error


def _reresolve(session: Session, shop_id: int, key: _Key, previous_sku_id: int) -> list[_Line]:
    """Resolve again, by the mappings as they now are, the lines ``key`` had resolved to
    ``previous_sku_id`` (in orders not yet in fulfilment); returns the lines that changed."""
    lines = _listing_lines(session, shop_id, key, OrderLine.sku_id == previous_sku_id,
                           Order.state.in_(REMAPPABLE_STATES))
    known = _mappings_for(session, shop_id, lines)
    assignments = {ln.id: known.match(ln) for ln in lines}
    changed = {line_id: sku for line_id, sku in assignments.items() if sku != previous_sku_id}
    _write(session, changed)
    return [ln for ln in lines if ln.id in changed]


def _mapping(session: Session, mapping_id: int) -> ChannelSkuMapping:
    mapping = session.get(ChannelSkuMapping, mapping_id)
    if mapping is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "mapping {id} does not exist"), id=mapping_id)
    return mapping


def remap_in(session: Session, actor: Actor, mapping_id: int, sku_id: int) -> MappingResult:
    """Point a mapping at another SKU; the open orders' lines it resolved follow it."""
    mapping = _mapping(session, mapping_id)
    old_code, new_code = _sku_code(session, mapping.sku_id), _sku_code(session, sku_id)
    key = _Key(mapping.channel_item_id, mapping.channel_variant_id, mapping.channel_sku)
    previous = mapping.sku_id
    if previous == sku_id:
        return MappingResult(mapping_id, 0, 0)
    mapping.sku_id = sku_id
    mapping.automatic = False  # a person has now decided it
    session.flush()
    changed = _reresolve(session, mapping.shop_id, key, previous)
    audit.record(session, actor, "mapping.remap", "channel_sku_mapping", mapping_id,
                 f"remapped {_describe(key)} from {old_code} to {new_code}",
                 before={"sku": old_code}, after={"sku": new_code, "lines_changed": len(changed)})
    return _result(mapping_id, changed)


def remap(db: Database, actor: Actor, mapping_id: int, sku_id: int) -> MappingResult:
    with db.transaction() as session:
        return remap_in(session, actor, mapping_id, sku_id)


def delete_mapping_in(session: Session, actor: Actor, mapping_id: int) -> MappingResult:
    """Delete a mapping; the open orders' lines it resolved are resolved again by the other
    mappings, or become unmapped. (An automatic mapping comes back with the next import
    unless the seller SKU or our SKU code changes.)"""
    mapping = _mapping(session, mapping_id)
    key = _Key(mapping.channel_item_id, mapping.channel_variant_id, mapping.channel_sku)
    shop_id, previous = mapping.shop_id, mapping.sku_id
    code = _sku_code(session, previous)
    session.delete(mapping)
    session.flush()
    changed = _reresolve(session, shop_id, key, previous)
    audit.record(session, actor, "mapping.delete", "channel_sku_mapping", mapping_id,
                 f"deleted the mapping of {_describe(key)} to {code}",
                 before={"shop_id": shop_id, "channel_item_id": key.item_id, "channel_variant_id": key.variant_id,
                         "channel_sku": key.channel_sku, "sku": code},
                 after={"lines_changed": len(changed)})
    return _result(mapping_id, changed)


def delete_mapping(db: Database, actor: Actor, mapping_id: int) -> MappingResult:
    with db.transaction() as session:
        return delete_mapping_in(session, actor, mapping_id)


# -- lists ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnmappedListing:
    shop_id: int
    shop_name: str
    channel_item_id: str
    channel_variant_id: str
    channel_sku: str
    title: str
    order_count: int
    line_count: int
    first_seen: datetime


def unmapped_listings(session: Session, shop_id: int | None = None) -> list[UnmappedListing]:
    """The listings of unmapped order lines, the one in most orders first."""
    # Group seller SKUs exactly, as they are matched (SQLite's column collation ignores case).
    seller_sku = OrderLine.channel_sku.collate("BINARY") if is_sqlite(session) else OrderLine.channel_sku
    order_count = func.count(distinct(OrderLine.order_id))
    statement = (
        select(Order.shop_id, Shop.name, OrderLine.channel_item_id, OrderLine.channel_variant_id, seller_sku,
               func.min(OrderLine.title), order_count, func.count(OrderLine.id), func.min(Order.imported_at))
        .join(Order, Order.id == OrderLine.order_id).join(Shop, Shop.id == Order.shop_id)
        .where(OrderLine.sku_id.is_(None))
        .group_by(Order.shop_id, Shop.name, OrderLine.channel_item_id, OrderLine.channel_variant_id, seller_sku)
        .order_by(order_count.desc(), func.count(OrderLine.id).desc(), Shop.name, seller_sku,
                  OrderLine.channel_item_id, OrderLine.channel_variant_id)
    )
    if shop_id is not None:
        statement = statement.where(Order.shop_id == shop_id)
    return [UnmappedListing(*row) for row in session.execute(statement)]


def unmapped_order_ids(session: Session, shop_id: int | None = None) -> list[int]:
    """Orders with at least one unmapped line."""
    statement = select(OrderLine.order_id).distinct().where(OrderLine.sku_id.is_(None))
    if shop_id is not None:
        statement = statement.join(Order, Order.id == OrderLine.order_id).where(Order.shop_id == shop_id)
    return sorted(session.scalars(statement))


@dataclass(frozen=True)
class MappingRow:
    id: int
    shop_id: int
    shop_name: str
    channel_item_id: str
    channel_variant_id: str
    channel_sku: str
    sku_id: int
    sku_code: str
    sku_name: str
    automatic: bool
    created_at: datetime
    created_by: str


def mappings(session: Session, shop_id: int | None = None, text: str = "") -> list[MappingRow]:
    """Mappings for the list view; ``text`` matches the start of the seller SKU, item id,
    SKU code or SKU name, ignoring case."""
    statement = (
        select(ChannelSkuMapping.id, ChannelSkuMapping.shop_id, Shop.name, ChannelSkuMapping.channel_item_id,
               ChannelSkuMapping.channel_variant_id, ChannelSkuMapping.channel_sku, Sku.id, Sku.code, Sku.name,
               ChannelSkuMapping.automatic, ChannelSkuMapping.created_at, ChannelSkuMapping.created_by)
        .join(Shop, Shop.id == ChannelSkuMapping.shop_id).join(Sku, Sku.id == ChannelSkuMapping.sku_id)
        .order_by(Shop.name, ChannelSkuMapping.channel_sku, ChannelSkuMapping.channel_item_id,
                  ChannelSkuMapping.channel_variant_id)
    )
    if shop_id is not None:
        statement = statement.where(ChannelSkuMapping.shop_id == shop_id)
    if text.strip():
        prefix = like_prefix(text.strip())  # ILIKE on both: these columns are not NOCASE on SQLite
        statement = statement.where(or_(*(column.ilike(prefix, escape="\\") for column in (
            ChannelSkuMapping.channel_sku, ChannelSkuMapping.channel_item_id, Sku.code, Sku.name))))
    return [MappingRow(*row) for row in session.execute(statement)]
