"""The stock ledger: balances follow moves, negative stock and over-reservation are refused."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from omsdesk.errors import ValidationError
from omsdesk.inventory.ledger import InsufficientStockError, MoveSpec, post_moves, release, reserve
from omsdesk.inventory.locations import virtual_location
from omsdesk.inventory.models import LocationKind, MoveReason, StockBalance, StockMove, WarehouseStock
from tests.inventory.conftest import World


def balance(world: World, sku: str, bin_code: str) -> Decimal:
    with world.rt.db.reading() as session:
        return session.scalar(select(StockBalance.on_hand).where(
            StockBalance.sku_id == world.skus[sku], StockBalance.location_id == world.bins[bin_code])) or Decimal(0)


def warehouse_stock(world: World, sku: str, warehouse: int) -> tuple[Decimal, Decimal]:
    with world.rt.db.reading() as session:
        row = session.execute(select(WarehouseStock.on_hand, WarehouseStock.reserved).where(
            WarehouseStock.sku_id == world.skus[sku], WarehouseStock.warehouse_id == warehouse)).one_or_none()
    return (row.on_hand, row.reserved) if row else (Decimal(0), Decimal(0))


def test_a_receipt_raises_the_bin_and_the_warehouse(world: World) -> None:
    world.receive("TS-BLK-M", "10", "A-01")
    assert balance(world, "TS-BLK-M", "A-01") == Decimal(10)
    assert warehouse_stock(world, "TS-BLK-M", world.main) == (Decimal(10), Decimal(0))
    with world.rt.db.reading() as session:
        move = session.scalars(select(StockMove)).one()
    assert (move.reason, move.actor, move.quantity) == (MoveReason.RECEIPT, world.rt.actor.name, Decimal(10))


def test_moving_between_bins_keeps_the_warehouse_total(world: World) -> None:
    world.receive("MUG-01", "5", "A-01")
    with world.rt.db.transaction() as session:
        post_moves(session, world.rt.actor, [MoveSpec(
            world.skus["MUG-01"], Decimal(2), world.bins["A-01"], world.bins["A-02"], MoveReason.INTERNAL)])
    assert (balance(world, "MUG-01", "A-01"), balance(world, "MUG-01", "A-02")) == (Decimal(3), Decimal(2))
    assert warehouse_stock(world, "MUG-01", world.main)[0] == Decimal(5)


def test_negative_stock_is_refused_and_nothing_is_half_applied(world: World) -> None:
    world.receive("MUG-01", "1", "A-01")
    with pytest.raises(InsufficientStockError, match=r"MUG-01: only 1 on hand at SH/A/01, 2 asked"):
        with world.rt.db.transaction() as session:
            scrap = virtual_location(session, LocationKind.SCRAP)
            post_moves(session, world.rt.actor, [
                MoveSpec(world.skus["TS-BLK-M"], Decimal(1), virtual_location(session, LocationKind.SUPPLIER),
                         world.bins["A-02"], MoveReason.RECEIPT),
                MoveSpec(world.skus["MUG-01"], Decimal(2), world.bins["A-01"], scrap, MoveReason.SCRAP),
            ])
    assert balance(world, "MUG-01", "A-01") == Decimal(1)
    assert balance(world, "TS-BLK-M", "A-02") == Decimal(0)  # the first move of the batch was undone too
    with world.rt.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(StockMove)) == 1


def test_a_warehouse_that_allows_negative_stock_accepts_it(world: World) -> None:
    from omsdesk.inventory.models import Warehouse

    with world.rt.db.transaction() as session:
        session.get(Warehouse, world.main).allow_negative = True
    with world.rt.db.transaction() as session:
        post_moves(session, world.rt.actor, [MoveSpec(
            world.skus["MUG-01"], Decimal(3), world.bins["A-01"], virtual_location(session, LocationKind.CUSTOMER),
            MoveReason.SHIPMENT)])
    assert balance(world, "MUG-01", "A-01") == Decimal(-3)


@pytest.mark.parametrize(("quantity", "same_place"), [(Decimal(0), False), (Decimal(-1), False), (Decimal(1), True)])
def test_malformed_moves_are_refused(world: World, quantity: Decimal, same_place: bool) -> None:
    target = world.bins["A-01"] if same_place else world.bins["A-02"]
    with pytest.raises(ValidationError):
        with world.rt.db.transaction() as session:
            post_moves(session, world.rt.actor, [MoveSpec(
                world.skus["MUG-01"], quantity, world.bins["A-01"], target, MoveReason.INTERNAL)])


def test_reservations_limit_what_is_available_and_release_gives_it_back(world: World) -> None:
    world.receive("TS-BLK-M", "3", "A-01")
    actor = world.rt.actor
    with world.rt.db.transaction() as session:
        reserve(session, actor, world.skus["TS-BLK-M"], world.main, Decimal(2), "order", 1)
    with pytest.raises(InsufficientStockError, match="only 1 available, 2 asked"):
        with world.rt.db.transaction() as session:
            reserve(session, actor, world.skus["TS-BLK-M"], world.main, Decimal(2), "order", 2)
    assert warehouse_stock(world, "TS-BLK-M", world.main) == (Decimal(3), Decimal(2))
    with pytest.raises(InsufficientStockError, match="are reserved"):
        with world.rt.db.transaction() as session:  # scrapping reserved stock would break the reservation
            post_moves(session, actor, [MoveSpec(world.skus["TS-BLK-M"], Decimal(2), world.bins["A-01"],
                                                 virtual_location(session, LocationKind.SCRAP), MoveReason.SCRAP)])
    with world.rt.db.transaction() as session:
        assert release(session, "order", 1) == Decimal(2)
    assert warehouse_stock(world, "TS-BLK-M", world.main) == (Decimal(3), Decimal(0))


def test_two_desktops_reserving_the_last_unit_at_once_exactly_one_succeeds(world: World) -> None:
    world.receive("MUG-01", "1", "A-01")
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def desktop(document_id: int) -> None:
        try:
            with world.rt.db.transaction() as session:
                barrier.wait(timeout=10)
                reserve(session, world.rt.actor, world.skus["MUG-01"], world.main, Decimal(1), "order", document_id)
            outcomes.append("reserved")
        except InsufficientStockError as error:
            outcomes.append(f"refused: {error}")

    threads = [threading.Thread(target=desktop, args=(n,)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(outcomes)[1].startswith("reserved") and sorted(outcomes)[0].startswith("refused: MUG-01: only 0")
    assert warehouse_stock(world, "MUG-01", world.main) == (Decimal(1), Decimal(1))


def test_virtual_bundles_hold_no_stock(world: World) -> None:
    from omsdesk.catalog.models import Sku, SkuKind

    with world.rt.db.transaction() as session:
        kit = Sku(code="KIT-1", name="Gift set", kind=SkuKind.VIRTUAL_BUNDLE, attributes={})
        session.add(kit)
        session.flush()
        kit_id = kit.id
    with pytest.raises(ValidationError, match="virtual bundle"):
        with world.rt.db.transaction() as session:
            post_moves(session, world.rt.actor, [MoveSpec(
                kit_id, Decimal(1), virtual_location(session, LocationKind.SUPPLIER), world.bins["A-01"],
                MoveReason.RECEIPT)])


def test_the_same_code_may_repeat_in_different_zones(world: World) -> None:
    from omsdesk.inventory.locations import add_location, warehouse_root

    with world.rt.db.reading() as session:
        root = warehouse_root(session, world.main).id
    zone_b = add_location(world.rt.db, world.rt.actor, root, LocationKind.ZONE, "B")
    bin_b01 = add_location(world.rt.db, world.rt.actor, zone_b, LocationKind.BIN, "01")  # A/01 exists too
    assert bin_b01 != world.bins["A-01"]
    with pytest.raises(ValidationError, match="SH/B/01 already exists"):
        add_location(world.rt.db, world.rt.actor, zone_b, LocationKind.BIN, "01")
