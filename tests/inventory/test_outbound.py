"""Stock leaving without a sale: scrap, returns to the supplier, manual adjustments."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from omsdesk.errors import ValidationError
from omsdesk.inventory.ledger import InsufficientStockError
from omsdesk.inventory.models import LocationKind, MoveReason, StockMove
from omsdesk.inventory.outbound import adjust, return_to_supplier, scrap
from tests.inventory.conftest import World
from tests.inventory.helpers import D, add_supplier, audit_trail, balance, everything, set_cost, totals, virtual_balance


def test_scrap_and_a_supplier_return(world: World) -> None:
    db, actor, sku, bins = world.rt.db, world.rt.actor, world.skus, world.bins
    set_cost(world, "MUG-01", "8")
    acme = add_supplier(world, "ACME", {"TS-BLK-M": "12.50"})
    world.receive("MUG-01", "10", "A-01")
    world.receive("TS-BLK-M", "6", "A-02")

    # Two mugs fell off the shelf.
    move_id = scrap(db, actor, sku["MUG-01"], bins["A-01"], D(2), "broken in the aisle")
    assert balance(world, "MUG-01", "A-01") == D(8)
    assert virtual_balance(world, "MUG-01", LocationKind.SCRAP) == D(2)
    with db.reading() as session:
        move = session.get(StockMove, move_id)
        assert (move.reason, move.note, move.unit_cost) == (MoveReason.SCRAP, "broken in the aisle", D(8))
    with pytest.raises(ValidationError, match="scrapping MUG-01 at SH/A/01 needs a reason"):
        scrap(db, actor, sku["MUG-01"], bins["A-01"], D(1), "   ")

    # Faulty T-shirts and one mug go back to Acme on one numbered return.
    number = return_to_supplier(db, actor, acme, [(sku["TS-BLK-M"], bins["A-02"], D(4)),
                                                  (sku["MUG-01"], bins["A-01"], D(1))], "stitching faulty")
    assert number == "SR-000001"
    assert (balance(world, "TS-BLK-M", "A-02"), balance(world, "MUG-01", "A-01")) == (D(2), D(7))
    assert totals(world, "TS-BLK-M", world.main) == (D(2), D(0))
    with db.reading() as session:
        moves = session.scalars(select(StockMove).where(StockMove.reference_no == "SR-000001")
                                .order_by(StockMove.id)).all()
    assert [(m.reason, m.unit_cost, m.reference_id, m.note) for m in moves] == [
        (MoveReason.SUPPLIER_RETURN, D("12.50"), acme, "stitching faulty"),
        (MoveReason.SUPPLIER_RETURN, D(8), acme, "stitching faulty")]
    assert audit_trail(world, "supplier", acme)[-1] == ("supplier.return",
                                                        "returned SR-000001 to ACME: stitching faulty")

    # Returning more than the bin holds is refused, and the whole return with it.
    before = everything(world)
    with pytest.raises(InsufficientStockError, match="TS-BLK-M: only 2 on hand at SH/A/02, 3 asked"):
        return_to_supplier(db, actor, acme, [(sku["MUG-01"], bins["A-01"], D(1)),
                                             (sku["TS-BLK-M"], bins["A-02"], D(3))], "more faults")
    assert everything(world) == before


def test_adjustments_go_both_ways_against_inventory_loss(world: World) -> None:
    db, actor, sku, bins = world.rt.db, world.rt.actor, world.skus, world.bins
    world.receive("TS-WHT-L", "5", "A-03")
    adjust(db, actor, sku["TS-WHT-L"], bins["A-03"], D(-2), "water damage found")
    adjust(db, actor, sku["TS-WHT-L"], bins["A-03"], D("0.5"), "half a pack found")
    assert balance(world, "TS-WHT-L", "A-03") == D("3.5")
    assert virtual_balance(world, "TS-WHT-L", LocationKind.INVENTORY_LOSS) == D("1.5")
    with db.reading() as session:
        reasons = session.scalars(select(StockMove.reason).where(StockMove.reason == MoveReason.ADJUSTMENT)).all()
    assert len(reasons) == 2
    with pytest.raises(ValidationError, match="TS-WHT-L, SH/A/03: 0 is not a usable quantity"):
        adjust(db, actor, sku["TS-WHT-L"], bins["A-03"], D(0), "nothing")
    with pytest.raises(InsufficientStockError, match="only 3.5 on hand"):
        adjust(db, actor, sku["TS-WHT-L"], bins["A-03"], D(-4), "too much")
