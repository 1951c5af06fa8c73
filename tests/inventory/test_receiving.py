"""Receiving goods into bins: a purchase order's story, and receipts without one."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from omsdesk.errors import UserError, ValidationError
from omsdesk.inventory.models import MoveReason, PurchaseOrderState, StockMove
from omsdesk.inventory.purchasing import PoLineSpec, close_po, create_purchase_order, send_po
from omsdesk.inventory.queries import NotAllowedError, location_tree, purchase_order_detail
from omsdesk.inventory.receiving import ReceiptLineSpec, ReceiptSpec, open_po_lines, receive
from tests.inventory.conftest import World
from tests.inventory.helpers import D, add_supplier, audit_trail, everything, set_cost, totals
from tests.inventory.helpers import balance as bin_balance

State = PurchaseOrderState


def test_a_purchase_order_from_draft_to_received(world: World) -> None:
    db, actor, sku, bins = world.rt.db, world.rt.actor, world.skus, world.bins
    # The purchasing clerk orders 10 black T-shirts and 6 mugs from Acme.
    acme = add_supplier(world, "ACME", {"TS-BLK-M": "12.50", "MUG-01": "8"})
    po = create_purchase_order(db, actor, acme, world.main, [PoLineSpec(sku["TS-BLK-M"], D(10)),
                                                             PoLineSpec(sku["MUG-01"], D(6))])
    # Nothing can be received against a draft.
    with pytest.raises(NotAllowedError, match="PO-000001 is draft"):
        receive(db, actor, ReceiptSpec(world.main, [ReceiptLineSpec(sku["MUG-01"], D(6), bins["A-01"])],
                                       purchase_order_id=po))
    send_po(db, actor, po)

    # The first delivery brings all the T-shirts; the mugs stay outstanding, no reason needed.
    first = receive(db, actor, ReceiptSpec(world.main, [ReceiptLineSpec(sku["TS-BLK-M"], D(10), bins["A-01"])],
                                           purchase_order_id=po))
    assert (first.number, first.po_state) == ("RC-000001", State.PARTIALLY_RECEIVED)
    assert bin_balance(world, "TS-BLK-M", "A-01") == D(10)
    with db.reading() as session:
        move = session.get(StockMove, first.move_ids[0])
        assert (move.reason, move.unit_cost, move.reference_no) == (MoveReason.RECEIPT, D("12.50"), "RC-000001")
        lines = open_po_lines(session, po)
    assert [(ln.sku_code, ln.quantity, ln.received, ln.outstanding) for ln in lines] == [
        ("TS-BLK-M", D(10), D(10), D(0)), ("MUG-01", D(6), D(0), D(6))]

    # The supplier sends 8 mugs for the 6 ordered: refused without a reason, naming SKU and line.
    over = [ReceiptLineSpec(sku["MUG-01"], D(5), bins["A-02"]), ReceiptLineSpec(sku["MUG-01"], D(3), bins["A-03"])]
    before = everything(world)
    with pytest.raises(ValidationError, match="MUG-01 on line 2 of PO-000001: 8 received but only 6 "
                                              "outstanding; give a reason for the over-delivery"):
        receive(db, actor, ReceiptSpec(world.main, over, purchase_order_id=po))
    assert everything(world) == before

    # With a reason the extra two are accepted, split over two bins, and the order is received.
    over[1] = ReceiptLineSpec(sku["MUG-01"], D(3), bins["A-03"], variance_reason="supplier sent 2 extra, kept")
    second = receive(db, actor, ReceiptSpec(world.main, over, purchase_order_id=po, note="second truck"))
    assert (second.number, second.po_state) == ("RC-000002", State.RECEIVED)
    assert (bin_balance(world, "MUG-01", "A-02"), bin_balance(world, "MUG-01", "A-03")) == (D(5), D(3))
    assert totals(world, "MUG-01", world.main) == (D(8), D(0))
    with db.reading() as session:
        detail = purchase_order_detail(session, po)
    assert detail is not None
    assert [(ln.received, ln.outstanding) for ln in detail.lines] == [(D(10), D(0)), (D(8), D(0))]
    assert [r.number for r in detail.receipts] == ["RC-000001", "RC-000002"]
    # A received order is complete: it cannot be closed or cancelled.
    with pytest.raises(NotAllowedError, match="PO-000001 is received: only a partially received order"):
        close_po(db, actor, po)
    assert [a for a, _ in audit_trail(world, "purchase_order", po)] == [
        "po.create", "po.send", "po.receive", "po.receive"]


def test_a_short_delivery_needs_a_reason_and_closing_gives_up_on_the_rest(world: World) -> None:
    db, actor, sku, bins = world.rt.db, world.rt.actor, world.skus, world.bins
    acme = add_supplier(world, "ACME", {"TS-WHT-L": "11"})
    po = create_purchase_order(db, actor, acme, world.main, [PoLineSpec(sku["TS-WHT-L"], D(10))])
    send_po(db, actor, po)
    short = ReceiptLineSpec(sku["TS-WHT-L"], D(4), bins["A-01"])
    with pytest.raises(ValidationError, match="4 received of 10 outstanding; give a reason for the short"):
        receive(db, actor, ReceiptSpec(world.main, [short], purchase_order_id=po))
    result = receive(db, actor, ReceiptSpec(world.main, [ReceiptLineSpec(
        sku["TS-WHT-L"], D(4), bins["A-01"], variance_reason="rest next week")], purchase_order_id=po))
    assert result.po_state is State.PARTIALLY_RECEIVED
    with db.reading() as session:
        assert open_po_lines(session, po)[0].outstanding == D(6)
    close_po(db, actor, po)
    with db.reading() as session:
        assert purchase_order_detail(session, po).state is State.CLOSED
    action, summary = audit_trail(world, "purchase_order", po)[-1]
    assert (action, summary) == ("po.close", "closed PO-000001")
    with pytest.raises(NotAllowedError, match="PO-000001 is closed"):
        receive(db, actor, ReceiptSpec(world.main, [ReceiptLineSpec(
            sku["TS-WHT-L"], D(6), bins["A-01"])], purchase_order_id=po))


def test_receipt_lines_must_match_the_order_and_go_into_its_warehouse(world: World) -> None:
    db, actor, sku, bins = world.rt.db, world.rt.actor, world.skus, world.bins
    acme = add_supplier(world, "ACME", {"TS-WHT-L": "11", "MUG-01": "8"})
    po = create_purchase_order(db, actor, acme, world.main, [PoLineSpec(sku["TS-WHT-L"], D(1)),
                                                             PoLineSpec(sku["MUG-01"], D(1))])
    send_po(db, actor, po)
    with db.reading() as session:
        mug_line = open_po_lines(session, po)[1].id

    def attempt(line: ReceiptLineSpec, warehouse: int | None = None) -> None:
        receive(db, actor, ReceiptSpec(warehouse or world.main, [line], purchase_order_id=po))

    with pytest.raises(ValidationError, match="TS-BLK-M is not on purchase order PO-000001"):
        attempt(ReceiptLineSpec(sku["TS-BLK-M"], D(1), bins["A-01"]))
    with pytest.raises(ValidationError, match="line 2 of PO-000001 is for MUG-01, not TS-WHT-L"):
        attempt(ReceiptLineSpec(sku["TS-WHT-L"], D(1), bins["A-01"], po_line_id=mug_line))
    with pytest.raises(ValidationError, match="GZ/B01 is not in warehouse SH"):
        attempt(ReceiptLineSpec(sku["MUG-01"], D(1), bins["B-01"]))
    with pytest.raises(ValidationError, match="PO-000001 is to be received at SH, not GZ"):
        attempt(ReceiptLineSpec(sku["MUG-01"], D(1), bins["B-01"]), warehouse=world.second)
    with db.reading() as session:
        root = location_tree(session, world.main)[0].id
    with pytest.raises(ValidationError, match="SH is not a place in a warehouse that holds stock"):
        attempt(ReceiptLineSpec(sku["MUG-01"], D(1), root))
    assert receive(db, actor, ReceiptSpec(world.main, [ReceiptLineSpec(
        sku["MUG-01"], D(1), bins["A-01"], po_line_id=mug_line)], purchase_order_id=po)).number == "RC-000001"


def test_a_receipt_without_an_order_with_or_without_a_supplier(world: World) -> None:
    db, actor, sku, bins = world.rt.db, world.rt.actor, world.skus, world.bins
    acme = add_supplier(world, "ACME", {"MUG-01": "7.25"})
    set_cost(world, "MUG-01", "9")
    set_cost(world, "TS-BLK-M", "13")
    with_supplier = receive(db, actor, ReceiptSpec(world.second, [
        ReceiptLineSpec(sku["MUG-01"], D(12), bins["B-01"]), ReceiptLineSpec(sku["TS-BLK-M"], D(2), bins["B-01"]),
    ], supplier_id=acme))
    anonymous = receive(db, actor, ReceiptSpec(world.second, [ReceiptLineSpec(sku["MUG-01"], D(1), bins["B-01"])]))
    assert (with_supplier.po_state, anonymous.number) == (None, "RC-000002")
    with db.reading() as session:
        costs = [session.get(StockMove, m).unit_cost for m in with_supplier.move_ids + anonymous.move_ids]
    assert costs == [D("7.25"), D(13), D(9)]  # the supplier's price, else the SKU's cost
    assert totals(world, "MUG-01", world.second) == (D(13), D(0))
    with pytest.raises(ValidationError, match="a receipt needs at least one line"):
        receive(db, actor, ReceiptSpec(world.second, []))
    with pytest.raises(ValidationError, match="names a purchase order line but the receipt has no purchase order"):
        receive(db, actor, ReceiptSpec(world.second, [ReceiptLineSpec(sku["MUG-01"], D(1), bins["B-01"], 1)]))
    with db.reading() as session:
        receipts = session.scalars(select(StockMove.reference_no).order_by(StockMove.id)).all()
    assert receipts == ["RC-000001", "RC-000001", "RC-000002"]


def test_two_clerks_receiving_the_same_line_at_once_cannot_both_book_it(world: World) -> None:
    import threading

    db, actor, sku, bins = world.rt.db, world.rt.actor, world.skus, world.bins
    acme = add_supplier(world, "ACME", {"MUG-01": "8"})
    po = create_purchase_order(db, actor, acme, world.main, [PoLineSpec(sku["MUG-01"], D(6))])
    send_po(db, actor, po)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def clerk(bin_code: str) -> None:
        barrier.wait(timeout=10)
        try:
            receive(db, actor, ReceiptSpec(world.main, [ReceiptLineSpec(sku["MUG-01"], D(6), bins[bin_code])],
                                           purchase_order_id=po))
            outcomes.append("received")
        except UserError as error:
            outcomes.append(str(error))

    threads = [threading.Thread(target=clerk, args=(b,)) for b in ("A-01", "A-02")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    # One books it; the other waited for the first and then found the order received.
    refused = [o for o in outcomes if o != "received"]
    assert len(outcomes) == 2 and len(refused) == 1
    assert refused[0].startswith("purchase order PO-000001 is received")
    assert totals(world, "MUG-01", world.main) == (D(6), D(0))
