"""Suppliers, supplier items and purchase orders up to sending (receiving: test_receiving.py)."""

from __future__ import annotations

from datetime import date

import pytest

from omsdesk.errors import ConflictError, ValidationError
from omsdesk.inventory.models import PurchaseOrderState
from omsdesk.inventory.purchasing import (
    PoLineSpec, SupplierSpec, cancel_po, create_purchase_order, create_supplier, list_suppliers, send_po,
    set_supplier_item, supplier_items, update_po_lines, update_supplier,
)
from omsdesk.inventory.queries import NotAllowedError, purchase_order_detail, purchase_order_rows
from tests.inventory.conftest import World
from tests.inventory.helpers import D, add_supplier, audit_trail, everything, set_cost


def test_suppliers_are_added_edited_and_listed_with_unique_codes(world: World) -> None:
    db, actor = world.rt.db, world.rt.actor
    acme = create_supplier(db, actor, SupplierSpec(code="ACME", name="Acme 义乌", lead_time_days=5))
    with pytest.raises(ValidationError, match="supplier acme already exists"):
        create_supplier(db, actor, SupplierSpec(code="acme", name="Another"))
    with pytest.raises(ValidationError, match="supplier ZED needs a name"):
        create_supplier(db, actor, SupplierSpec(code="ZED", name="  "))
    update_supplier(db, actor, acme, SupplierSpec(code="ACME", name="Acme Yiwu", currency="usd", active=False))
    with world.rt.db.reading() as session:
        assert list_suppliers(session) == []
        [info] = list_suppliers(session, include_inactive=True)
    assert (info.name, info.currency, info.active, info.lead_time_days) == ("Acme Yiwu", "USD", False, 7)
    [(_, added), (action, edited)] = audit_trail(world, "supplier", acme)
    assert action == "supplier.update" and "edited supplier ACME" == edited


def test_a_preferred_supplier_item_displaces_the_previous_preference(world: World) -> None:
    acme = add_supplier(world, "ACME", {"MUG-01": "8.50"}, preferred=("MUG-01",))
    beta = add_supplier(world, "BETA", {"MUG-01": "7.90"})
    set_supplier_item(world.rt.db, world.rt.actor, beta, world.skus["MUG-01"], "B-MUG", D("7.80"),
                      min_order_quantity=D(24), preferred=True)
    with world.rt.db.reading() as session:
        items = {i.supplier_id: i for i in supplier_items(session, sku_id=world.skus["MUG-01"])}
    assert (items[acme].preferred, items[beta].preferred) == (False, True)
    assert (items[beta].supplier_code, items[beta].unit_cost, items[beta].min_order_quantity) == (
        "B-MUG", D("7.80"), D(24))


def test_po_lines_are_priced_from_the_supplier_else_the_sku_cost_and_checked(world: World) -> None:
    db, actor = world.rt.db, world.rt.actor
    acme = add_supplier(world, "ACME", {"TS-BLK-M": "12.50"})
    set_cost(world, "MUG-01", "8")
    po_id = create_purchase_order(db, actor, acme, world.main, [
        PoLineSpec(world.skus["TS-BLK-M"], D(10)), PoLineSpec(world.skus["MUG-01"], D(4)),
        PoLineSpec(world.skus["TS-WHT-L"], D("2.5"), unit_cost=D("9.99")),
    ], expected_on=date(2026, 12, 1), note="Christmas stock")
    with db.reading() as session:
        detail = purchase_order_detail(session, po_id)
    assert detail is not None
    assert (detail.number, detail.state, detail.currency, detail.supplier_code) == (
        "PO-000001", PurchaseOrderState.DRAFT, "CNY", "ACME")
    assert [(line.sku_code, line.quantity, line.unit_cost, line.supplier_code) for line in detail.lines] == [
        ("TS-BLK-M", D(10), D("12.50"), "ACME-TS-BLK-M"), ("MUG-01", D(4), D(8), ""),
        ("TS-WHT-L", D("2.5"), D("9.99"), "")]
    assert detail.total == D("125.00") + D("32.00") + D("24.98")  # 2.5 × 9.99 = 24.975 → 24.98
    with pytest.raises(ValidationError, match="TS-BLK-M is on lines 1 and 2"):
        create_purchase_order(db, actor, acme, world.main, [PoLineSpec(world.skus["TS-BLK-M"], D(1)),
                                                            PoLineSpec(world.skus["TS-BLK-M"], D(2))])
    with pytest.raises(ValidationError, match="line 1: no cost is known for TS-WHT-L"):
        create_purchase_order(db, actor, acme, world.main, [PoLineSpec(world.skus["TS-WHT-L"], D(1))])
    with pytest.raises(ValidationError, match=r"line 1, MUG-01: 0.00001 is not a usable quantity"):
        create_purchase_order(db, actor, acme, world.main, [PoLineSpec(world.skus["MUG-01"], D("0.00001"))])


def test_a_draft_is_edited_sent_and_then_fixed(world: World) -> None:
    db, actor = world.rt.db, world.rt.actor
    acme = add_supplier(world, "ACME", {"TS-BLK-M": "12", "MUG-01": "8"})
    po_id = create_purchase_order(db, actor, acme, world.main, [])
    with pytest.raises(ValidationError, match="PO-000001 has no lines to send"):
        send_po(db, actor, po_id)
    update_po_lines(db, actor, po_id, [PoLineSpec(world.skus["MUG-01"], D(5))], expected_version=1)
    with db.reading() as session:
        [row] = purchase_order_rows(session)
    assert (row.line_count, row.ordered_quantity, row.total, row.version) == (1, D(5), D("40.00"), 2)
    with pytest.raises(ConflictError, match=r"PO-000001 was changed by .* \(edited the lines of PO-000001\)"):
        send_po(db, actor, po_id, expected_version=1)
    send_po(db, actor, po_id, expected_version=2)
    before = everything(world)
    with pytest.raises(NotAllowedError, match="purchase order PO-000001 is sent: only a draft can be edited"):
        update_po_lines(db, actor, po_id, [PoLineSpec(world.skus["TS-BLK-M"], D(1))])
    assert everything(world) == before
    cancel_po(db, actor, po_id)
    assert [a for a, _ in audit_trail(world, "purchase_order", po_id)] == [
        "po.create", "po.edit", "po.send", "po.cancel"]
