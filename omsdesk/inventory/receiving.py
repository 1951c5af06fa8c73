"""Receiving goods into bins: against a purchase order, or without one.

Each receipt line becomes a move from the supplier location into the chosen bin
(reason RECEIPT, the unit cost kept on the move). Against an order, the quantity
received for a line this time is compared with what is still outstanding on it:
more (over-delivery) or less (short delivery) needs a variance reason, and is
refused without one, naming the SKU and the line. Lines of the order that are
not in the receipt simply stay outstanding. After the receipt the order is
*received* when every line has all it ordered, otherwise *partially received*;
closing it (``purchasing.close_po``) gives up on the rest.

Scanning is resolved by the screen (barcode → SKU, label → bin), so these
services take ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.db.engine import Database
from omsdesk.db.sequences import next_number
from omsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from omsdesk.inventory.ledger import MoveSpec, post_moves
from omsdesk.inventory.locations import virtual_location
from omsdesk.inventory.models import (
    LocationKind, MoveReason, PurchaseOrder, PurchaseOrderLine, PurchaseOrderState, Receipt, ReceiptLine, Supplier,
    SupplierItem,
)
from omsdesk.inventory.purchasing import PO_TRANSITIONS, load_po, touch
from omsdesk.inventory.queries import (
    ZERO, PurchaseOrderLineRow, SkuRef, check_quantity, guard, purchase_order_lines, shown, sku_codes, sku_refs,
    stock_location, warehouse_code,
)


@dataclass(frozen=True)
class ReceiptLineSpec:
    sku_id: int
    quantity: Decimal
    location_id: int  # the bin it goes into
    po_line_id: int | None = None  # None against an order: the order's line for this SKU
    variance_reason: str = ""  # why more or less than outstanding arrived


@dataclass(frozen=True)
class ReceiptSpec:
    warehouse_id: int
    lines: Sequence[ReceiptLineSpec]
    purchase_order_id: int | None = None
    supplier_id: int | None = None  # optional without an order; the order's supplier with one
    note: str = ""


@dataclass(frozen=True)
class ReceiptResult:
    receipt_id: int
    number: str
    move_ids: list[int] = field(default_factory=list)
    po_state: PurchaseOrderState | None = None


def open_po_lines(session: Session, po_id: int) -> list[PurchaseOrderLineRow]:
    """Every line of the order in line order: ordered, received, and outstanding (zero once complete)."""
    return purchase_order_lines(session, po_id)


def _order_line_for(po: PurchaseOrder, spec: ReceiptLineSpec, sku: SkuRef, codes: dict[int, str]
                    ) -> PurchaseOrderLine:
    if spec.po_line_id is None:
        for line in po.lines:
            if line.sku_id == spec.sku_id:
                return line
        raise ValidationError("SKU", QT_TRANSLATE_NOOP(
            "Messages", "{sku} is not on purchase order {number}; receive it without the order"),
            sku=sku.code, number=po.number)
    for line in po.lines:
        if line.id == spec.po_line_id:
            if line.sku_id != spec.sku_id:
                raise ValidationError("SKU", QT_TRANSLATE_NOOP(
                    "Messages", "line {line} of {number} is for {expected}, not {sku}"),
                    line=line.line_no, number=po.number, expected=codes[line.sku_id], sku=sku.code)
            return line
    raise ValidationError("line", QT_TRANSLATE_NOOP(
        "Messages", "purchase order line {id} is not on {number}"), id=spec.po_line_id, number=po.number)


def _check_variance(po: PurchaseOrder, line: PurchaseOrderLine, sku: str, quantity: Decimal, reason: str) -> None:
    outstanding = max(line.quantity - line.received_quantity, ZERO)
    if quantity == outstanding or reason:
        return
    if quantity > outstanding:
        raise ValidationError("variance reason", QT_TRANSLATE_NOOP(
            "Messages", "{sku} on line {line} of {number}: {quantity} received but only {outstanding} outstanding; give a reason for the over-delivery"),
            sku=sku, line=line.line_no, number=po.number, quantity=shown(quantity), outstanding=shown(outstanding))
    raise ValidationError("variance reason", QT_TRANSLATE_NOOP(
        "Messages", "{sku} on line {line} of {number}: {quantity} received of {outstanding} outstanding; give a reason for the short delivery"),
        sku=sku, line=line.line_no, number=po.number, quantity=shown(quantity), outstanding=shown(outstanding))


def _apply_to_order(session: Session, po: PurchaseOrder, specs: Sequence[ReceiptLineSpec],
                    skus: dict[int, SkuRef]) -> list[PurchaseOrderLine]:
    """Match each receipt line to its order line, check variances per order line, and count them received."""
    codes = sku_codes(session, [line.sku_id for line in po.lines])
    matched = [_order_line_for(po, spec, skus[spec.sku_id], codes) for spec in specs]
    totals: dict[int, tuple[PurchaseOrderLine, Decimal, str]] = {}
    for spec, line in zip(specs, matched, strict=True):
        _, quantity, reason = totals.get(line.id, (line, ZERO, ""))
        totals[line.id] = (line, quantity + spec.quantity, reason or spec.variance_reason.strip())
    for line, quantity, reason in totals.values():
        _check_variance(po, line, skus[line.sku_id].code, quantity, reason)
    for line, quantity, _ in totals.values():
        line.received_quantity += quantity
    complete = all(line.received_quantity >= line.quantity for line in po.lines)
    po.state = PurchaseOrderState.RECEIVED if complete else PurchaseOrderState.PARTIALLY_RECEIVED
    touch(po)
    return matched


def _unit_costs(session: Session, supplier_id: int | None, skus: dict[int, SkuRef]) -> dict[int, Decimal | None]:
    prices: dict[int, Decimal | None] = {}
    if supplier_id is not None:
        prices = dict(session.execute(select(SupplierItem.sku_id, SupplierItem.unit_cost).where(
            SupplierItem.supplier_id == supplier_id, SupplierItem.sku_id.in_(list(skus)))).all())
    return {sku_id: prices[sku_id] if prices.get(sku_id) is not None else sku.cost for sku_id, sku in skus.items()}


def _check_lines(session: Session, spec: ReceiptSpec) -> dict[int, SkuRef]:
    if not spec.lines:
        raise ValidationError("lines", QT_TRANSLATE_NOOP("Messages", "a receipt needs at least one line"))
    skus = sku_refs(session, [line.sku_id for line in spec.lines])
    for line_no, line in enumerate(spec.lines, start=1):
        check_quantity(line.quantity, skus[line.sku_id].code, line=line_no)
        stock_location(session, line.location_id, spec.warehouse_id)
        if spec.purchase_order_id is None and line.po_line_id is not None:
            raise ValidationError("line", QT_TRANSLATE_NOOP(
                "Messages", "receipt line {line} names a purchase order line but the receipt has no purchase order"),
                line=line_no)
    return skus


def _order(session: Session, spec: ReceiptSpec) -> PurchaseOrder:
    assert spec.purchase_order_id is not None
    po = load_po(session, spec.purchase_order_id)
    guard(PO_TRANSITIONS, "receive", po.state, po.number)
    if po.warehouse_id != spec.warehouse_id:
        raise ValidationError("warehouse", QT_TRANSLATE_NOOP(
            "Messages", "purchase order {number} is to be received at {expected}, not {warehouse}"),
            number=po.number, expected=warehouse_code(session, po.warehouse_id),
            warehouse=warehouse_code(session, spec.warehouse_id))
    if spec.supplier_id is not None and spec.supplier_id != po.supplier_id:
        raise ValidationError("supplier", QT_TRANSLATE_NOOP(
            "Messages", "purchase order {number} is from another supplier"), number=po.number)
    return po


def receive(db: Database, actor: Actor, spec: ReceiptSpec) -> ReceiptResult:
    """Book goods into bins as one receipt numbered RC-…, against ``spec.purchase_order_id`` if given."""
    with db.transaction() as session:
        warehouse = warehouse_code(session, spec.warehouse_id)
        skus = _check_lines(session, spec)
        po = _order(session, spec) if spec.purchase_order_id is not None else None
        po_before = po.state if po is not None else None
        supplier_id = po.supplier_id if po is not None else spec.supplier_id
        if supplier_id is not None and session.get(Supplier, supplier_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "supplier {id} does not exist"), id=supplier_id)
        order_lines = _apply_to_order(session, po, spec.lines, skus) if po is not None else [None] * len(spec.lines)
        costs = _unit_costs(session, supplier_id, skus)
        receipt = Receipt(number=next_number(session, "RC"), purchase_order_id=spec.purchase_order_id,
                          supplier_id=supplier_id, warehouse_id=spec.warehouse_id, actor=actor.name,
                          note=spec.note.strip())
        receipt.lines = [
            ReceiptLine(purchase_order_line_id=order_line.id if order_line else None, sku_id=line.sku_id,
                        location_id=line.location_id, quantity=line.quantity,
                        unit_cost=order_line.unit_cost if order_line else costs[line.sku_id],
                        variance_reason=line.variance_reason.strip())
            for line, order_line in zip(spec.lines, order_lines, strict=True)
        ]
        session.add(receipt)
        session.flush()
        supplier_location = virtual_location(session, LocationKind.SUPPLIER)
        move_ids = post_moves(session, actor, [
            MoveSpec(line.sku_id, line.quantity, supplier_location, line.location_id, MoveReason.RECEIPT,
                     reference_type="receipt", reference_id=receipt.id, reference_no=receipt.number,
                     unit_cost=line.unit_cost, note=line.variance_reason)
            for line in receipt.lines
        ])
        received = [{"sku": skus[line.sku_id].code, "quantity": line.quantity, "location_id": line.location_id,
                     "variance_reason": line.variance_reason} for line in receipt.lines]
        source = f" against {po.number}" if po is not None else ""
        audit.record(session, actor, "receipt.add", "receipt", receipt.id,
                     f"received {receipt.number} into {warehouse}{source}", after={"lines": received})
        if po is not None:
            audit.record(session, actor, "po.receive", "purchase_order", po.id,
                         f"received {receipt.number} against {po.number}",
                         before={"state": po_before}, after={"state": po.state, "receipt": receipt.number})
        return ReceiptResult(receipt.id, receipt.number, move_ids, po.state if po is not None else None)
