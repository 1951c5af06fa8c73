"""Transfers between warehouses through transit: drafted (reserved), shipped, received in parts."""

from __future__ import annotations

import pytest

from omsdesk.errors import ConflictError, ValidationError
from omsdesk.inventory.ledger import InsufficientStockError
from omsdesk.inventory.models import LocationKind, TransferState
from omsdesk.inventory.queries import NotAllowedError, available_stock, transfer_lines, transfer_rows
from omsdesk.inventory.transfers import (
    TransferLineSpec, cancel_transfer, create_transfer, receive_transfer, ship_transfer,
)
from tests.inventory.conftest import World
from tests.inventory.helpers import D, audit_trail, balance, everything, totals, virtual_balance


def test_a_transfer_is_shipped_then_received_in_two_parts(world: World) -> None:
    db, actor, sku, bins = world.rt.db, world.rt.actor, world.skus, world.bins
    world.receive("TS-BLK-M", "10", "A-01")
    world.receive("MUG-01", "4", "A-02")

    # Shanghai drafts a transfer to Guangzhou: the quantities are held at once.
    transfer = create_transfer(db, actor, world.main, world.second, [
        TransferLineSpec(sku["TS-BLK-M"], D(6), bins["A-01"]), TransferLineSpec(sku["MUG-01"], D(4), bins["A-02"])])
    assert totals(world, "TS-BLK-M", world.main) == (D(10), D(6))
    with db.reading() as session:
        assert available_stock(session, world.main)[sku["TS-BLK-M"]] == D(4)

    # Shipping: out of the bins, into transit, out of Shanghai's totals; nothing in Guangzhou yet.
    ship_transfer(db, actor, transfer, expected_version=1)
    assert (balance(world, "TS-BLK-M", "A-01"), virtual_balance(world, "TS-BLK-M", LocationKind.TRANSIT)) == (
        D(4), D(6))
    assert totals(world, "TS-BLK-M", world.main) == (D(4), D(0))
    assert totals(world, "TS-BLK-M", world.second) == (D(0), D(0))
    with db.reading() as session:
        lines = transfer_lines(session, transfer)
    shirts, mugs = lines[0].id, lines[1].id
    assert [(ln.sku_code, ln.in_transit) for ln in lines] == [("TS-BLK-M", D(6)), ("MUG-01", D(4))]

    # Guangzhou receives 4 shirts now; the transfer stays shipped.
    assert receive_transfer(db, actor, transfer, [(shirts, D(4), bins["B-01"])]) is TransferState.SHIPPED
    assert (balance(world, "TS-BLK-M", "B-01"), virtual_balance(world, "TS-BLK-M", LocationKind.TRANSIT)) == (
        D(4), D(2))
    assert totals(world, "TS-BLK-M", world.second) == (D(4), D(0))

    # More than is still in transit is refused, and so is a bin of the sending warehouse.
    before = everything(world)
    with pytest.raises(ValidationError, match="TS-BLK-M on TR-000001: 3 received but only 2 still in transit"):
        receive_transfer(db, actor, transfer, [(shirts, D(3), bins["B-01"])])
    with pytest.raises(ValidationError, match="SH/A/03 is not in warehouse GZ"):
        receive_transfer(db, actor, transfer, [(shirts, D(2), bins["A-03"])])
    with pytest.raises(ConflictError, match=r"transfer TR-000001 was changed by .* \(received goods of TR-000001\)"):
        receive_transfer(db, actor, transfer, [(shirts, D(2), bins["B-01"])], expected_version=2)
    assert everything(world) == before

    # The rest arrives: the transfer is received.
    assert receive_transfer(db, actor, transfer, [(shirts, D(2), bins["B-01"]), (mugs, D(4), bins["B-01"])],
                            expected_version=3) is TransferState.RECEIVED
    assert virtual_balance(world, "TS-BLK-M", LocationKind.TRANSIT) == D(0)
    assert totals(world, "MUG-01", world.second) == (D(4), D(0))
    with db.reading() as session:
        [row] = transfer_rows(session, warehouse_id=world.second)
    assert (row.number, row.state, row.quantity, row.received_quantity, row.from_warehouse_code) == (
        "TR-000001", TransferState.RECEIVED, D(10), D(10), "SH")
    assert row.shipped_at is not None and row.received_at is not None
    assert [a for a, _ in audit_trail(world, "transfer", transfer)] == [
        "transfer.create", "transfer.ship", "transfer.receive", "transfer.receive"]
    with pytest.raises(NotAllowedError, match="transfer TR-000001 is received: only a shipped transfer"):
        receive_transfer(db, actor, transfer, [(shirts, D(1), bins["B-01"])])


def test_a_draft_needs_available_stock_and_cancelling_releases_it(world: World) -> None:
    db, actor, sku, bins = world.rt.db, world.rt.actor, world.skus, world.bins
    world.receive("MUG-01", "3", "A-01")
    with pytest.raises(InsufficientStockError, match="MUG-01: only 3 available, 5 asked"):
        create_transfer(db, actor, world.main, world.second, [TransferLineSpec(sku["MUG-01"], D(5), bins["A-01"])])
    with pytest.raises(ValidationError, match="two different warehouses, not SH twice"):
        create_transfer(db, actor, world.main, world.main, [TransferLineSpec(sku["MUG-01"], D(1), bins["A-01"])])
    with pytest.raises(ValidationError, match="GZ/B01 is not in warehouse SH"):
        create_transfer(db, actor, world.main, world.second, [TransferLineSpec(sku["MUG-01"], D(1), bins["B-01"])])
    transfer = create_transfer(db, actor, world.main, world.second,
                               [TransferLineSpec(sku["MUG-01"], D(3), bins["A-01"])])
    assert totals(world, "MUG-01", world.main) == (D(3), D(3))
    cancel_transfer(db, actor, transfer)
    assert totals(world, "MUG-01", world.main) == (D(3), D(0))
    # The refused drafts gave their numbers back: this one is the first.
    with pytest.raises(NotAllowedError, match="transfer TR-000001 is cancelled: only a draft can be shipped"):
        ship_transfer(db, actor, transfer)
    assert balance(world, "MUG-01", "A-01") == D(3)
