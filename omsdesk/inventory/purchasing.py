"""Suppliers, what they call and charge for our SKUs, and purchase orders.

A purchase order goes draft → sent → partially received → received; one that
will never be completed is closed (what is outstanding stays undelivered); a
draft or sent one can be cancelled. ``PO_TRANSITIONS`` declares where each
operation may start; anything else is refused and changes nothing. Receiving
goods against an order lives in ``receiving.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.catalog.models import Sku
from omsdesk.db.engine import Database
from omsdesk.db.sequences import next_number
from omsdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from omsdesk.inventory.models import (
    PurchaseOrder, PurchaseOrderLine, PurchaseOrderState, Supplier, SupplierItem,
)
from omsdesk.inventory.queries import (
    ZERO, Transition, check_cost, check_quantity, guard, last_change, sku_codes, sku_refs, warehouse_code,
)

PO = PurchaseOrderState

PO_TRANSITIONS: dict[str, Transition] = {
    "edit": Transition(frozenset({PO.DRAFT}), PO.DRAFT, QT_TRANSLATE_NOOP(
        "Messages", "purchase order {number} is {state}: only a draft can be edited")),
    "send": Transition(frozenset({PO.DRAFT}), PO.SENT, QT_TRANSLATE_NOOP(
        "Messages", "purchase order {number} is {state}: only a draft can be sent")),
    "receive": Transition(frozenset({PO.SENT, PO.PARTIALLY_RECEIVED}), None, QT_TRANSLATE_NOOP(
        "Messages", "purchase order {number} is {state}: goods can be received only against a sent or partially received order")),
    "close": Transition(frozenset({PO.PARTIALLY_RECEIVED}), PO.CLOSED, QT_TRANSLATE_NOOP(
        "Messages", "purchase order {number} is {state}: only a partially received order can be closed")),
    "cancel": Transition(frozenset({PO.DRAFT, PO.SENT}), PO.CANCELLED, QT_TRANSLATE_NOOP(
        "Messages", "purchase order {number} is {state}: only a draft or sent order can be cancelled")),
}

# States whose outstanding quantities are still expected (they count as "on order").
OPEN_STATES = frozenset({PO.DRAFT, PO.SENT, PO.PARTIALLY_RECEIVED})


# -- suppliers ---------------------------------------------------------------------


@dataclass(frozen=True)
class SupplierSpec:
    code: str
    name: str
    contact: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    currency: str = "CNY"
    lead_time_days: int = 7
    active: bool = True


@dataclass(frozen=True)
class SupplierInfo:
    id: int
    code: str
    name: str
    contact: str
    phone: str
    email: str
    address: str
    currency: str
    lead_time_days: int
    active: bool
    item_count: int


def _clean_supplier(spec: SupplierSpec) -> dict[str, Any]:
    code = spec.code.strip()
    if not code or len(code) > 40:
        raise ValidationError("code", QT_TRANSLATE_NOOP("Messages", "a supplier needs a code of 1–40 characters"))
    if not spec.name.strip():
        raise ValidationError("name", QT_TRANSLATE_NOOP("Messages", "supplier {code} needs a name"), code=code)
    if spec.lead_time_days < 0:
        raise ValidationError("lead time", QT_TRANSLATE_NOOP("Messages", "a lead time cannot be negative"))
    currency = spec.currency.strip().upper()
    if not currency or len(currency) > 8:
        raise ValidationError("currency", QT_TRANSLATE_NOOP(
            "Messages", "{currency!r} is not a currency code like CNY"), currency=spec.currency)
    return {"code": code, "name": spec.name.strip(), "contact": spec.contact.strip(), "phone": spec.phone.strip(),
            "email": spec.email.strip(), "address": spec.address.strip(), "currency": currency,
            "lead_time_days": spec.lead_time_days, "active": spec.active}


def _ensure_unique_code(session: Session, code: str, supplier_id: int | None) -> None:
    clash = session.scalar(select(Supplier.id).where(func.lower(Supplier.code) == code.lower()))
    if clash is not None and clash != supplier_id:
        raise ValidationError("code", QT_TRANSLATE_NOOP("Messages", "supplier {code} already exists"), code=code)


def create_supplier(db: Database, actor: Actor, spec: SupplierSpec) -> int:
    values = _clean_supplier(spec)
    with db.transaction() as session:
        _ensure_unique_code(session, values["code"], None)
        supplier = Supplier(**values)
        session.add(supplier)
        session.flush()
        audit.record(session, actor, "supplier.add", "supplier", supplier.id,
                     f"added supplier {supplier.code}", after=values)
        return supplier.id


def _supplier(session: Session, supplier_id: int) -> Supplier:
    supplier = session.get(Supplier, supplier_id)
    if supplier is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "supplier {id} does not exist"), id=supplier_id)
    return supplier


def update_supplier(db: Database, actor: Actor, supplier_id: int, spec: SupplierSpec) -> None:
    values = _clean_supplier(spec)
    with db.transaction() as session:
        supplier = _supplier(session, supplier_id)
        _ensure_unique_code(session, values["code"], supplier_id)
        before = {key: getattr(supplier, key) for key in values}
        for key, value in values.items():
            setattr(supplier, key, value)
        changed_before, changed_after = audit.changed_fields(before, values)
        audit.record(session, actor, "supplier.update", "supplier", supplier_id,
                     f"edited supplier {supplier.code}", before=changed_before, after=changed_after)


def list_suppliers(session: Session, include_inactive: bool = False) -> list[SupplierInfo]:
    """Suppliers by name, with how many SKUs each supplies."""
    items = select(SupplierItem.supplier_id, func.count().label("n")).group_by(SupplierItem.supplier_id).subquery()
    statement = (select(Supplier, items.c.n).outerjoin(items, items.c.supplier_id == Supplier.id)
                 .order_by(Supplier.name, Supplier.code))
    if not include_inactive:
        statement = statement.where(Supplier.active.is_(True))
    return [SupplierInfo(s.id, s.code, s.name, s.contact, s.phone, s.email, s.address, s.currency,
                         s.lead_time_days, s.active, n or 0) for s, n in session.execute(statement)]


# -- supplier items ----------------------------------------------------------------


@dataclass(frozen=True)
class SupplierItemInfo:
    id: int
    supplier_id: int
    supplier_name: str
    sku_id: int
    sku_code: str
    sku_name: str
    supplier_code: str
    unit_cost: Decimal | None
    min_order_quantity: Decimal
    preferred: bool


def set_supplier_item(db: Database, actor: Actor, supplier_id: int, sku_id: int, supplier_code: str,
                      unit_cost: Decimal | None, min_order_quantity: Decimal = Decimal(1),
                      preferred: bool = False) -> int:
    """Add or replace what ``supplier`` calls and charges for a SKU; a preferred one displaces the previous."""
    with db.transaction() as session:
        supplier = _supplier(session, supplier_id)
        sku = sku_refs(session, [sku_id])[sku_id]
        cost = check_cost(unit_cost, sku.code) if unit_cost is not None else None
        minimum = check_quantity(min_order_quantity, sku.code, field="minimum order quantity")
        item = session.scalar(select(SupplierItem).where(SupplierItem.supplier_id == supplier_id,
                                                         SupplierItem.sku_id == sku_id))
        before = None if item is None else {"supplier_code": item.supplier_code, "unit_cost": item.unit_cost,
                                            "min_order_quantity": item.min_order_quantity,
                                            "preferred": item.preferred}
        if preferred:
            session.execute(update(SupplierItem).where(SupplierItem.sku_id == sku_id,
                                                       SupplierItem.supplier_id != supplier_id)
                            .values(preferred=False))
        if item is None:
            item = SupplierItem(supplier_id=supplier_id, sku_id=sku_id)
            session.add(item)
        item.supplier_code, item.unit_cost = supplier_code.strip(), cost
        item.min_order_quantity, item.preferred = minimum, preferred
        session.flush()
        after = {"supplier_code": item.supplier_code, "unit_cost": cost, "min_order_quantity": minimum,
                 "preferred": preferred}
        audit.record(session, actor, "supplier_item.set", "supplier_item", item.id,
                     f"{supplier.code} supplies {sku.code}", before=before, after=after)
        return item.id


def supplier_items(session: Session, supplier_id: int | None = None, sku_id: int | None = None
                   ) -> list[SupplierItemInfo]:
    statement = (
        select(SupplierItem, Supplier.name, Sku.code, Sku.name)
        .join(Supplier, Supplier.id == SupplierItem.supplier_id).join(Sku, Sku.id == SupplierItem.sku_id)
        .order_by(Supplier.name, Sku.code)
    )
    if supplier_id is not None:
        statement = statement.where(SupplierItem.supplier_id == supplier_id)
    if sku_id is not None:
        statement = statement.where(SupplierItem.sku_id == sku_id)
    return [SupplierItemInfo(i.id, i.supplier_id, supplier_name, i.sku_id, code, name, i.supplier_code, i.unit_cost,
                             i.min_order_quantity, i.preferred)
            for i, supplier_name, code, name in session.execute(statement)]


# -- purchase orders ---------------------------------------------------------------


@dataclass(frozen=True)
class PoLineSpec:
    sku_id: int
    quantity: Decimal
    unit_cost: Decimal | None = None  # None: the supplier's price for the SKU, else the SKU's cost


def _priced_lines(session: Session, supplier_id: int, lines: Sequence[PoLineSpec]) -> list[dict[str, Any]]:
    """Validated line values in order; refuses unknown, unused or repeated SKUs and unknown costs."""
    skus = sku_refs(session, [line.sku_id for line in lines])
    prices = dict(session.execute(select(SupplierItem.sku_id, SupplierItem.unit_cost).where(
        SupplierItem.supplier_id == supplier_id, SupplierItem.sku_id.in_(list(skus)))).all())
    seen: dict[int, int] = {}
    values = []
    for line_no, line in enumerate(lines, start=1):
        sku = skus[line.sku_id]
        if not sku.active:
            raise ValidationError("SKU", QT_TRANSLATE_NOOP("Messages", "line {line}: {sku} is not in use"),
                                  line=line_no, sku=sku.code)
        if line.sku_id in seen:
            raise ValidationError("SKU", QT_TRANSLATE_NOOP(
                "Messages", "{sku} is on lines {first} and {line}: put it on one line"),
                sku=sku.code, first=seen[line.sku_id], line=line_no)
        seen[line.sku_id] = line_no
        quantity = check_quantity(line.quantity, sku.code, line=line_no)
        cost = line.unit_cost
        if cost is None:
            cost = prices[line.sku_id] if prices.get(line.sku_id) is not None else sku.cost
        if cost is None:
            raise ValidationError("unit cost", QT_TRANSLATE_NOOP(
                "Messages", "line {line}: no cost is known for {sku}; enter a unit cost, or set the supplier's price or the SKU's cost"),
                line=line_no, sku=sku.code)
        values.append({"line_no": line_no, "sku_id": line.sku_id, "quantity": quantity,
                       "unit_cost": check_cost(cost, sku.code, line=line_no), "sku_code": sku.code})
    return values


def _as_datetime(value: date | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime(value.year, value.month, value.day, tzinfo=UTC)


def _audited_lines(values: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"sku": v["sku_code"], "quantity": v["quantity"], "unit_cost": v["unit_cost"]} for v in values]


def add_purchase_order(session: Session, actor: Actor, supplier_id: int, warehouse_id: int,
                       lines: Sequence[PoLineSpec], expected_on: date | datetime | None = None,
                       note: str = "") -> PurchaseOrder:
    """A draft purchase order in the caller's transaction (for services that create several at once)."""
    supplier = _supplier(session, supplier_id)
    if not supplier.active:
        raise ValidationError("supplier", QT_TRANSLATE_NOOP("Messages", "supplier {code} is not in use"),
                              code=supplier.code)
    warehouse = warehouse_code(session, warehouse_id)
    values = _priced_lines(session, supplier_id, lines)
    po = PurchaseOrder(number=next_number(session, "PO"), supplier_id=supplier_id, warehouse_id=warehouse_id,
                       state=PO.DRAFT, currency=supplier.currency, expected_on=_as_datetime(expected_on),
                       note=note.strip(), created_by=actor.name)
    po.lines = [PurchaseOrderLine(line_no=v["line_no"], sku_id=v["sku_id"], quantity=v["quantity"],
                                  unit_cost=v["unit_cost"]) for v in values]
    session.add(po)
    session.flush()
    audit.record(session, actor, "po.create", "purchase_order", po.id,
                 f"created {po.number} for {supplier.code} into {warehouse}",
                 after={"number": po.number, "supplier": supplier.code, "warehouse": warehouse,
                        "lines": _audited_lines(values)})
    return po


def create_purchase_order(db: Database, actor: Actor, supplier_id: int, warehouse_id: int,
                          lines: Sequence[PoLineSpec], expected_on: date | datetime | None = None,
                          note: str = "") -> int:
    """A draft purchase order numbered PO-…; lines may be empty (a draft is filled in later)."""
    with db.transaction() as session:
        return add_purchase_order(session, actor, supplier_id, warehouse_id, lines, expected_on, note).id


def load_po(session: Session, po_id: int, expected_version: int | None = None) -> PurchaseOrder:
    """The order, locked for this transaction, refused if it changed since the caller read ``expected_version``."""
    po = session.get(PurchaseOrder, po_id, with_for_update=True)
    if po is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "purchase order {id} does not exist"), id=po_id)
    if expected_version is not None and po.version != expected_version:
        change = last_change(session, "purchase_order", po_id)
        raise ConflictError(QT_TRANSLATE_NOOP(
            "Messages", "purchase order {number} was changed by {actor} ({change}) while you had it open; reload it and try again"),
            number=po.number, actor=change.actor, change=change.summary)
    return po


def touch(po: PurchaseOrder) -> None:
    """Count a change that only touched the lines as a change of the order (its version goes up)."""
    flag_modified(po, "note")


def _set_state(session: Session, actor: Actor, po: PurchaseOrder, action: str, summary: str,
               extra: dict[str, Any] | None = None) -> None:
    guard(PO_TRANSITIONS, action, po.state, po.number)
    before = po.state
    po.state = PO_TRANSITIONS[action].target
    session.flush()
    audit.record(session, actor, f"po.{action}", "purchase_order", po.id, summary,
                 before={"state": before}, after={"state": po.state, **(extra or {})})


def update_po_lines(db: Database, actor: Actor, po_id: int, lines: Sequence[PoLineSpec],
                    expected_version: int | None = None) -> None:
    """Replace the lines of a draft order."""
    with db.transaction() as session:
        po = load_po(session, po_id, expected_version)
        guard(PO_TRANSITIONS, "edit", po.state, po.number)
        codes = sku_codes(session, [line.sku_id for line in po.lines])
        before = [{"sku": codes[line.sku_id], "quantity": line.quantity, "unit_cost": line.unit_cost}
                  for line in po.lines]
        values = _priced_lines(session, po.supplier_id, lines)
        po.lines.clear()
        session.flush()
        po.lines.extend(PurchaseOrderLine(line_no=v["line_no"], sku_id=v["sku_id"], quantity=v["quantity"],
                                          unit_cost=v["unit_cost"]) for v in values)
        touch(po)
        session.flush()
        audit.record(session, actor, "po.edit", "purchase_order", po.id, f"edited the lines of {po.number}",
                     before={"lines": before}, after={"lines": _audited_lines(values)})


def send_po(db: Database, actor: Actor, po_id: int, expected_version: int | None = None) -> None:
    """Mark a draft as sent to the supplier: its lines are now fixed and expected."""
    with db.transaction() as session:
        po = load_po(session, po_id, expected_version)
        guard(PO_TRANSITIONS, "send", po.state, po.number)
        if not po.lines:
            raise ValidationError("lines", QT_TRANSLATE_NOOP(
                "Messages", "purchase order {number} has no lines to send"), number=po.number)
        _set_state(session, actor, po, "send", f"sent {po.number}")


def close_po(db: Database, actor: Actor, po_id: int, expected_version: int | None = None) -> None:
    """Close a partially received order: what is still outstanding is no longer expected."""
    with db.transaction() as session:
        po = load_po(session, po_id, expected_version)
        guard(PO_TRANSITIONS, "close", po.state, po.number)
        codes = sku_codes(session, [line.sku_id for line in po.lines])
        undelivered = {codes[line.sku_id]: line.quantity - line.received_quantity
                       for line in po.lines if line.quantity > line.received_quantity}
        _set_state(session, actor, po, "close", f"closed {po.number}", {"undelivered": undelivered})


def cancel_po(db: Database, actor: Actor, po_id: int, expected_version: int | None = None) -> None:
    """Cancel an order nothing has been received against."""
    with db.transaction() as session:
        po = load_po(session, po_id, expected_version)
        _set_state(session, actor, po, "cancel", f"cancelled {po.number}")


def on_order(session: Session, warehouse_id: int | None = None) -> dict[tuple[int, int], Decimal]:
    """Outstanding quantity of open orders per (SKU, warehouse)."""
    statement = (
        select(PurchaseOrderLine.sku_id, PurchaseOrder.warehouse_id, PurchaseOrderLine.quantity,
               PurchaseOrderLine.received_quantity)
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.purchase_order_id)
        .where(PurchaseOrder.state.in_(OPEN_STATES), PurchaseOrderLine.quantity > PurchaseOrderLine.received_quantity)
    )
    if warehouse_id is not None:
        statement = statement.where(PurchaseOrder.warehouse_id == warehouse_id)
    result: dict[tuple[int, int], Decimal] = {}
    for sku_id, wh_id, quantity, received in session.execute(statement):
        result[(sku_id, wh_id)] = result.get((sku_id, wh_id), ZERO) + quantity - received
    return result
