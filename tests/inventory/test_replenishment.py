"""Low stock → purchase suggestions per supplier → draft purchase orders in one action."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from omsdesk.errors import ValidationError
from omsdesk.inventory.ledger import MoveSpec, post_moves, reserve
from omsdesk.inventory.locations import virtual_location
from omsdesk.inventory.models import LocationKind, MoveReason, PurchaseOrderState
from omsdesk.inventory.queries import purchase_order_detail
from omsdesk.inventory.replenishment import (
    create_purchase_orders, purchase_suggestions, reorder_rules, set_reorder_rule,
)
from tests.inventory.conftest import World
from tests.inventory.helpers import D, add_supplier


def ship(world: World, sku: str, quantity: str, bin_code: str) -> None:
    with world.rt.db.transaction() as session:
        post_moves(session, world.rt.actor, [MoveSpec(
            world.skus[sku], D(quantity), world.bins[bin_code], virtual_location(session, LocationKind.CUSTOMER),
            MoveReason.SHIPMENT)])


def suggested(world: World, days_ahead: int = 0) -> list[tuple[str, str, list[tuple[str, ...]]]]:
    today = datetime.now(UTC).date() + timedelta(days=days_ahead)
    with world.rt.db.reading() as session:
        return [(g.supplier_name, g.warehouse_code,
                 [(ln.code, str(ln.available), str(ln.on_order), str(ln.suggested_quantity)) for ln in g.lines])
                for g in purchase_suggestions(session, today)]


def test_low_stock_becomes_purchase_orders_in_one_action(world: World) -> None:
    db, actor, sku = world.rt.db, world.rt.actor, world.skus
    acme = add_supplier(world, "ACME", {"TS-BLK-M": "12"}, minimums={"TS-BLK-M": "30"}, preferred=("TS-BLK-M",))
    add_supplier(world, "BETA", {"TS-BLK-M": "10", "MUG-01": "7"})
    gamma = add_supplier(world, "GAMMA", {"MUG-01": "6.5"}, minimums={"MUG-01": "5"})
    # Black T-shirts: 3 left, reorder 20 at 5; Acme is preferred though Beta is cheaper, and sells 30 at least.
    world.receive("TS-BLK-M", "3", "A-01")
    set_reorder_rule(db, actor, sku["TS-BLK-M"], world.main, D(5), D(20))
    # Mugs: 30 shipped this month (1 a day), 3 left of which 1 reserved; keep 10 days of cover.
    world.receive("MUG-01", "33", "A-02")
    ship(world, "MUG-01", "30", "A-02")
    with db.transaction() as session:
        reserve(session, actor, sku["MUG-01"], world.main, D(1), "order", 99)
    set_reorder_rule(db, actor, sku["MUG-01"], world.main, D(2), D(10), days_of_cover=10)
    # White T-shirts: none left and nobody supplies them.
    set_reorder_rule(db, actor, sku["TS-WHT-L"], world.main, D(0), D(5))
    # Mugs in Guangzhou are fine.
    world.receive("MUG-01", "4", "B-01")
    set_reorder_rule(db, actor, sku["MUG-01"], world.second, D(1), D(5))

    assert suggested(world) == [
        ("ACME Trading 贸易", "SH", [("TS-BLK-M", "3.0000", "0", "30.0000")]),  # 20 raised to Acme's minimum
        ("GAMMA Trading 贸易", "SH", [("MUG-01", "2.0000", "0", "8")]),  # 10 days × 1 a day − 2
        ("", "SH", [("TS-WHT-L", "0", "0", "5.0000")]),
    ]
    # Forty days on, the shipments are out of the window: the reorder quantity applies.
    assert suggested(world, days_ahead=40)[1][2] == [("MUG-01", "2.0000", "0", "10.0000")]

    with db.reading() as session:
        suggestions = purchase_suggestions(session)
    created = create_purchase_orders(db, actor, suggestions)
    assert len(created) == 2  # the SKU without a supplier needs one first
    with db.reading() as session:
        orders = [purchase_order_detail(session, po) for po in created]
    assert [(o.supplier_id, o.state, [(ln.sku_code, ln.quantity, ln.unit_cost) for ln in o.lines])
            for o in orders if o] == [
        (acme, PurchaseOrderState.DRAFT, [("TS-BLK-M", D(30), D(12))]),
        (gamma, PurchaseOrderState.DRAFT, [("MUG-01", D(8), D("6.5"))])]
    # What is on order counts: only the unsupplied SKU is still suggested.
    assert suggested(world) == [("", "SH", [("TS-WHT-L", "0", "0", "5.0000")])]


def test_reorder_rules_are_replaced_and_checked(world: World) -> None:
    db, actor, sku = world.rt.db, world.rt.actor, world.skus
    set_reorder_rule(db, actor, sku["MUG-01"], world.main, D(2), D(10))
    set_reorder_rule(db, actor, sku["MUG-01"], world.main, D(4), D(12), days_of_cover=14)
    with db.reading() as session:
        [rule] = reorder_rules(session)
    assert (rule.sku_code, rule.warehouse_code, rule.reorder_point, rule.reorder_quantity, rule.days_of_cover) == (
        "MUG-01", "SH", D(4), D(12), 14)
    with pytest.raises(ValidationError, match="MUG-01: days of cover must be at least 1, not 0"):
        set_reorder_rule(db, actor, sku["MUG-01"], world.main, D(4), D(12), days_of_cover=0)
    with pytest.raises(ValidationError, match="reorder quantity: MUG-01: 0 is not a usable quantity"):
        set_reorder_rule(db, actor, sku["MUG-01"], world.main, D(4), D(0))
