"""Read queries of the Inventory and Purchasing workspaces."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from omsdesk.errors import ValidationError
from omsdesk.inventory.ledger import reserve
from omsdesk.inventory.models import LocationKind, MoveReason, PurchaseOrderState
from omsdesk.inventory.outbound import scrap
from omsdesk.inventory.purchasing import PoLineSpec, create_purchase_order, send_po
from omsdesk.inventory.queries import (
    MoveFilter, available_stock, check_cost, check_quantity, location_tree, movement_ids, movement_rows,
    purchase_order_rows, stock_by_bin, stock_by_warehouse, warehouses,
)
from tests.inventory.conftest import World
from tests.inventory.helpers import D, add_supplier


def test_stock_per_warehouse_and_per_bin(world: World) -> None:
    db, actor, sku, bins = world.rt.db, world.rt.actor, world.skus, world.bins
    world.receive("MUG-01", "5", "A-02")
    world.receive("MUG-01", "2", "A-01")
    world.receive("MUG-01", "4", "B-01")
    world.receive("TS-BLK-M", "1", "A-01")
    with db.transaction() as session:
        reserve(session, actor, sku["MUG-01"], world.main, D(3), "order", 1, location_id=bins["A-02"])
        reserve(session, actor, sku["MUG-01"], world.main, D(1), "order", 2)
    with db.reading() as session:
        by_warehouse = [(r.warehouse_code, r.on_hand, r.reserved, r.available)
                        for r in stock_by_warehouse(session, sku["MUG-01"])]
        by_bin = [(r.path, r.sku_code, r.on_hand, r.reserved, r.available)
                  for r in stock_by_bin(session, warehouse_id=world.main)]
        mugs_everywhere = [r.path for r in stock_by_bin(session, sku_id=sku["MUG-01"])]
        everywhere = available_stock(session)
        in_guangzhou = available_stock(session, world.second, sku_ids=[sku["MUG-01"], sku["TS-WHT-L"]])
    assert by_warehouse == [("GZ", D(4), D(0), D(4)), ("SH", D(7), D(4), D(3))]  # equal priority: by code
    assert by_bin == [("SH/A/01", "MUG-01", D(2), D(0), D(2)), ("SH/A/01", "TS-BLK-M", D(1), D(0), D(1)),
                      ("SH/A/02", "MUG-01", D(5), D(3), D(2))]
    assert mugs_everywhere == ["GZ/B01", "SH/A/01", "SH/A/02"]
    assert everywhere == {sku["MUG-01"]: D(7), sku["TS-BLK-M"]: D(1)}
    assert in_guangzhou == {sku["MUG-01"]: D(4)}


def test_warehouses_and_their_location_tree(world: World) -> None:
    with world.rt.db.reading() as session:
        assert [w.code for w in warehouses(session)] == ["GZ", "SH"]
        tree = location_tree(session, world.main)
    assert [(n.path, n.kind, n.depth, n.barcode) for n in tree] == [
        ("SH", LocationKind.VIEW, 0, "L-SH"), ("SH/A", LocationKind.ZONE, 1, "L-SH-A"),
        ("SH/A/01", LocationKind.BIN, 2, "L-SH-A-01"), ("SH/A/02", LocationKind.BIN, 2, "L-SH-A-02"),
        ("SH/A/03", LocationKind.BIN, 2, "L-SH-A-03")]
    assert tree[2].parent_id == tree[1].id and tree[1].parent_id == tree[0].id


def test_the_movement_history_filters_by_sku_place_reason_date_and_user(world: World) -> None:
    db, actor, sku, bins = world.rt.db, world.rt.actor, world.skus, world.bins
    world.receive("MUG-01", "5", "A-01")
    world.receive("TS-BLK-M", "2", "B-01")
    scrap(db, actor, sku["MUG-01"], bins["A-01"], D(1), "chipped")
    now = datetime.now(UTC)
    with db.reading() as session:
        every = movement_ids(session)
        rows = movement_rows(session, every)
        assert len(every) == 3 and rows[every[0]].reason is MoveReason.SCRAP  # newest first
        newest = rows[every[0]]
        assert (newest.sku_code, newest.from_path, newest.to_path, newest.quantity, newest.note, newest.actor) == (
            "MUG-01", "SH/A/01", "@scrap", D(1), "chipped", actor.name)
        scrapped, shirts, mugs = every
        assert movement_ids(session, MoveFilter(sku_id=sku["TS-BLK-M"])) == [shirts]
        assert movement_ids(session, MoveFilter(location_id=bins["A-01"])) == [scrapped, mugs]
        assert movement_ids(session, MoveFilter(warehouse_id=world.second)) == [shirts]
        assert movement_ids(session, MoveFilter(reasons=(MoveReason.RECEIPT,))) == every[1:]
        today = MoveFilter(date_from=now - timedelta(hours=1), date_to=now + timedelta(days=1))
        assert movement_ids(session, today) == every
        assert movement_ids(session, MoveFilter(date_from=now + timedelta(seconds=1))) == []
        assert movement_ids(session, MoveFilter(actor="someone-else")) == []


def test_purchase_order_rows_filter_by_state_and_supplier(world: World) -> None:
    db, actor, sku = world.rt.db, world.rt.actor, world.skus
    acme = add_supplier(world, "ACME", {"MUG-01": "8.125"})
    beta = add_supplier(world, "BETA", {"MUG-01": "7"})
    first = create_purchase_order(db, actor, acme, world.main, [PoLineSpec(sku["MUG-01"], D(2))])
    create_purchase_order(db, actor, beta, world.second, [PoLineSpec(sku["MUG-01"], D(3))])
    send_po(db, actor, first)
    with db.reading() as session:
        assert [r.number for r in purchase_order_rows(session)] == ["PO-000002", "PO-000001"]
        [sent] = purchase_order_rows(session, states=(PurchaseOrderState.SENT,))
        assert [r.supplier_id for r in purchase_order_rows(session, supplier_id=beta)] == [beta]
        assert [r.warehouse_code for r in purchase_order_rows(session, warehouse_id=world.second)] == ["GZ"]
    assert (sent.number, sent.total, sent.version, sent.supplier_name) == ("PO-000001", D("16.25"), 2,
                                                                           "ACME Trading 贸易")


@pytest.mark.parametrize("value", [D(0), D(-1), D("0.00001"), D("NaN"), D("Infinity"), "x", None])
def test_a_quantity_must_be_positive_finite_and_fit_four_places(value: object) -> None:
    with pytest.raises(ValidationError, match="MUG-01: .* is not a usable quantity"):
        check_quantity(value, "MUG-01")


def test_quantities_and_costs_that_fit_are_kept_exactly() -> None:
    assert check_quantity("2.5", "MUG-01") == D("2.5")
    assert check_quantity(D(0), "MUG-01", allow_zero=True) == D(0)
    with pytest.raises(ValidationError, match=r"line 3, MUG-01: -1 is not a usable unit cost"):
        check_cost(D(-1), "MUG-01", line=3)
    assert check_cost(D("0.1234"), "MUG-01") == D("0.1234")
