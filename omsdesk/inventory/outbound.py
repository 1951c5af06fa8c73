"""Stock that leaves or corrects a bin without a sale: scrap, returns to the supplier, manual adjustments.

Each needs a reason, which the move keeps as its note so the movement history
says why.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select

from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.db.engine import Database
from omsdesk.db.sequences import next_number
from omsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from omsdesk.inventory.ledger import MoveSpec, post_moves
from omsdesk.inventory.locations import virtual_location
from omsdesk.inventory.models import LocationKind, MoveReason, Supplier, SupplierItem
from omsdesk.inventory.queries import check_quantity, check_reason, sku_refs, stock_location


def scrap(db: Database, actor: Actor, sku_id: int, location_id: int, quantity: Decimal, reason: str) -> int:
    """Issue ``quantity`` from a bin to scrap; returns the move id."""
    with db.transaction() as session:
        sku = sku_refs(session, [sku_id])[sku_id]
        bin_ = stock_location(session, location_id)
        amount = check_quantity(quantity, f"{sku.code}, {bin_.path}")
        why = check_reason(reason, QT_TRANSLATE_NOOP("Messages", "scrapping {sku} at {path} needs a reason"),
                           sku=sku.code, path=bin_.path)
        [move_id] = post_moves(session, actor, [MoveSpec(
            sku_id, amount, location_id, virtual_location(session, LocationKind.SCRAP), MoveReason.SCRAP,
            reference_type="scrap", unit_cost=sku.cost, note=why)])
        audit.record(session, actor, "stock.scrap", "stock_move", move_id,
                     f"scrapped {amount} {sku.code} from {bin_.path}: {why}",
                     after={"sku": sku.code, "location": bin_.path, "quantity": amount, "reason": why})
        return move_id


def return_to_supplier(db: Database, actor: Actor, supplier_id: int,
                       lines: Sequence[tuple[int, int, Decimal]], reason: str) -> str:
    """Send goods back: each (sku_id, location_id, quantity) moves from its bin to the supplier.

    Returns the return's number (SR-…), which the moves carry as their reference.
    """
    with db.transaction() as session:
        supplier = session.get(Supplier, supplier_id)
        if supplier is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "supplier {id} does not exist"), id=supplier_id)
        if not lines:
            raise ValidationError("lines", QT_TRANSLATE_NOOP("Messages", "a supplier return needs at least one line"))
        why = check_reason(reason, QT_TRANSLATE_NOOP("Messages", "the return to {supplier} needs a reason"),
                           supplier=supplier.code)
        skus = sku_refs(session, [sku_id for sku_id, _, _ in lines])
        prices = dict(session.execute(select(SupplierItem.sku_id, SupplierItem.unit_cost).where(
            SupplierItem.supplier_id == supplier_id, SupplierItem.sku_id.in_(list(skus)))).all())
        number = next_number(session, "SR")
        supplier_location = virtual_location(session, LocationKind.SUPPLIER)
        moves, returned = [], []
        for sku_id, location_id, quantity in lines:
            sku = skus[sku_id]
            bin_ = stock_location(session, location_id)
            amount = check_quantity(quantity, f"{sku.code}, {bin_.path}")
            cost = prices[sku_id] if prices.get(sku_id) is not None else sku.cost
            moves.append(MoveSpec(sku_id, amount, location_id, supplier_location, MoveReason.SUPPLIER_RETURN,
                                  reference_type="supplier", reference_id=supplier_id, reference_no=number,
                                  unit_cost=cost, note=why))
            returned.append({"sku": sku.code, "location": bin_.path, "quantity": amount})
        post_moves(session, actor, moves)
        audit.record(session, actor, "supplier.return", "supplier", supplier_id,
                     f"returned {number} to {supplier.code}: {why}", after={"number": number, "lines": returned})
        return number


def adjust(db: Database, actor: Actor, sku_id: int, location_id: int, delta: Decimal, reason: str) -> int:
    """Correct a bin by ``delta`` (positive: found, negative: lost) against inventory loss; returns the move id."""
    with db.transaction() as session:
        sku = sku_refs(session, [sku_id])[sku_id]
        bin_ = stock_location(session, location_id)
        signed = delta if isinstance(delta, Decimal) else Decimal(str(delta))
        amount = check_quantity(abs(signed), f"{sku.code}, {bin_.path}")
        why = check_reason(reason, QT_TRANSLATE_NOOP("Messages", "adjusting {sku} at {path} needs a reason"),
                           sku=sku.code, path=bin_.path)
        loss = virtual_location(session, LocationKind.INVENTORY_LOSS)
        source, target = (loss, location_id) if signed > 0 else (location_id, loss)
        [move_id] = post_moves(session, actor, [MoveSpec(
            sku_id, amount, source, target, MoveReason.ADJUSTMENT, reference_type="adjustment",
            unit_cost=sku.cost, note=why)])
        audit.record(session, actor, "stock.adjust", "stock_move", move_id,
                     f"adjusted {sku.code} at {bin_.path} by {delta}: {why}",
                     after={"sku": sku.code, "location": bin_.path, "delta": delta, "reason": why})
        return move_id
