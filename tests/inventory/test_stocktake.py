"""Stocktakes: snapshot, count (blind or not), review the variances, post the differences."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from omsdesk.errors import ConflictError, ValidationError
from omsdesk.inventory.ledger import InsufficientStockError, MoveSpec, post_moves
from omsdesk.inventory.locations import virtual_location
from omsdesk.inventory.models import LocationKind, MoveReason, StockMove, StocktakeState
from omsdesk.inventory.queries import NotAllowedError, stocktake_rows
from omsdesk.inventory.stocktake import (
    StocktakeScope, cancel_stocktake, post_stocktake, record_count, start_stocktake, stocktake_lines, variances,
)
from tests.inventory.conftest import World
from tests.inventory.helpers import D, audit_trail, balance, everything, set_cost, totals, virtual_balance


def sheet(world: World, stocktake: int, reveal: bool = False) -> list[tuple[str, str, object, object]]:
    with world.rt.db.reading() as session:
        return [(ln.path, ln.sku_code, ln.expected, ln.counted)
                for ln in stocktake_lines(session, stocktake, reveal_expected=reveal)]


@pytest.fixture
def stocked(world: World) -> World:
    """Zone A of Shanghai: A-01 has 10 black T-shirts and 3 mugs, A-02 has 7 white T-shirts; Guangzhou 4 mugs."""
    world.receive("TS-BLK-M", "10", "A-01")
    world.receive("MUG-01", "3", "A-01")
    world.receive("TS-WHT-L", "7", "A-02")
    world.receive("MUG-01", "4", "B-01")
    set_cost(world, "TS-BLK-M", "12.50")
    set_cost(world, "TS-WHT-L", "11")
    set_cost(world, "MUG-01", "8")
    return world


def test_a_blind_count_with_goods_arriving_during_it(stocked: World) -> None:
    world = stocked
    db, actor, sku, bins = world.rt.db, world.rt.actor, world.skus, world.bins
    with db.reading() as session:
        from omsdesk.inventory.models import Location

        zone = session.scalar(select(Location.id).where(Location.path == "SH/A"))

    # The clerk starts a blind count of zone A: the sheet lists what to count, not how many.
    count = start_stocktake(db, actor, world.main, StocktakeScope(zone_location_id=zone), blind=True)
    assert sheet(world, count) == [("SH/A/01", "MUG-01", None, None), ("SH/A/01", "TS-BLK-M", None, None),
                                   ("SH/A/02", "TS-WHT-L", None, None)]

    # While counting, 5 more black T-shirts are received into A-01, after the snapshot.
    world.receive("TS-BLK-M", "5", "A-01")

    # The shelf held 9 black T-shirts when counted (one missing), 7 white ones recounted as 8,
    # 2 mugs found in A-03 where none were expected; the mugs of A-01 are never counted.
    record_count(db, actor, count, sku["TS-BLK-M"], bins["A-01"], D(9))
    record_count(db, actor, count, sku["TS-WHT-L"], bins["A-02"], D(7))
    record_count(db, actor, count, sku["TS-WHT-L"], bins["A-02"], D(8))
    record_count(db, actor, count, sku["MUG-01"], bins["A-03"], D(2))
    trail = audit_trail(world, "stocktake", count)
    assert trail[3] == ("stocktake.count", "replaced the count of TS-WHT-L at SH/A/02: 7 → 8")
    with pytest.raises(ValidationError, match="GZ/B01 is not in warehouse SH"):
        record_count(db, actor, count, sku["MUG-01"], bins["B-01"], D(4))

    # Review: expected quantities are revealed, variances valued at cost.
    assert sheet(world, count, reveal=True) == [
        ("SH/A/01", "MUG-01", D(3), None), ("SH/A/01", "TS-BLK-M", D(10), D(9)),
        ("SH/A/02", "TS-WHT-L", D(7), D(8)), ("SH/A/03", "MUG-01", D(0), D(2))]
    with db.reading() as session:
        report = variances(session, count)
    assert [(v.bin, v.sku, v.difference, v.value) for v in report.lines] == [
        ("SH/A/01", "TS-BLK-M", D(-1), D("-12.50")), ("SH/A/02", "TS-WHT-L", D(1), D("11.00")),
        ("SH/A/03", "MUG-01", D(2), D("16.00"))]
    assert (report.counted_lines, report.uncounted_lines, report.gain_quantity, report.loss_quantity) == (
        3, 1, D(3), D(1))
    assert (report.gain_value, report.loss_value, report.net_value) == (D("27.00"), D("12.50"), D("14.50"))

    # Posting books the differences: the 5 received during the count stay; uncounted mugs are untouched.
    with db.reading() as session:
        version = stocktake_rows(session)[0].version
    move_ids = post_stocktake(db, actor, count, expected_version=version)
    assert balance(world, "TS-BLK-M", "A-01") == D(14)
    assert (balance(world, "TS-WHT-L", "A-02"), balance(world, "MUG-01", "A-03")) == (D(8), D(2))
    assert balance(world, "MUG-01", "A-01") == D(3)
    assert totals(world, "TS-BLK-M", world.main) == (D(14), D(0))
    assert virtual_balance(world, "TS-BLK-M", LocationKind.INVENTORY_LOSS) == D(1)
    with db.reading() as session:
        moves = session.scalars(select(StockMove).where(StockMove.id.in_(move_ids))).all()
        [row] = stocktake_rows(session)
    assert {m.reason for m in moves} == {MoveReason.STOCKTAKE} and len(moves) == 3
    assert {m.reference_no for m in moves} == {"ST-000001"}
    assert (row.state, row.line_count, row.counted_count) == (StocktakeState.POSTED, 4, 3)
    with pytest.raises(NotAllowedError, match="stocktake ST-000001 is posted: counts can be recorded only while"):
        record_count(db, actor, count, sku["MUG-01"], bins["A-01"], D(3))


def test_an_open_count_shows_expected_and_a_late_count_conflicts_with_the_review(stocked: World) -> None:
    world = stocked
    db, actor, sku, bins = world.rt.db, world.rt.actor, world.skus, world.bins
    count = start_stocktake(db, actor, world.main, StocktakeScope(bin_path_from="sh/a/02", bin_path_to="SH/A/03"))
    assert sheet(world, count) == [("SH/A/02", "TS-WHT-L", D(7), None)]
    with pytest.raises(ValidationError, match="SH/A/01 is outside the scope of stocktake ST-000001"):
        record_count(db, actor, count, sku["MUG-01"], bins["A-01"], D(3))
    with pytest.raises(ValidationError, match="nothing has been counted on stocktake ST-000001"):
        post_stocktake(db, actor, count)
    record_count(db, actor, count, sku["TS-WHT-L"], bins["A-02"], D(6))
    with db.reading() as session:
        reviewed = stocktake_rows(session)[0].version
    record_count(db, actor, count, sku["TS-WHT-L"], bins["A-02"], D(5))  # a recount after the review
    before = everything(world)
    with pytest.raises(ConflictError, match=r"ST-000001 was changed by .*replaced the count of TS-WHT-L"):
        post_stocktake(db, actor, count, expected_version=reviewed)
    assert everything(world) == before
    post_stocktake(db, actor, count)
    assert balance(world, "TS-WHT-L", "A-02") == D(5)


def test_a_count_of_chosen_skus_lists_every_bin_they_sit_in(stocked: World) -> None:
    world = stocked
    db, actor, sku, bins = world.rt.db, world.rt.actor, world.skus, world.bins
    with db.transaction() as session:  # every mug leaves A-01: its balance row stays, at zero
        post_moves(session, actor, [MoveSpec(sku["MUG-01"], D(3), bins["A-01"], bins["A-03"], MoveReason.INTERNAL)])
    count = start_stocktake(db, actor, world.main, StocktakeScope(sku_ids=(sku["MUG-01"],)))
    assert sheet(world, count) == [("SH/A/01", "MUG-01", D(0), None), ("SH/A/03", "MUG-01", D(3), None)]
    with pytest.raises(ValidationError, match="TS-BLK-M is not one of the SKUs counted in stocktake ST-000001"):
        record_count(db, actor, count, sku["TS-BLK-M"], bins["A-01"], D(10))
    cancel_stocktake(db, actor, count)
    with pytest.raises(NotAllowedError, match="ST-000001 is cancelled: only a count in progress can be posted"):
        post_stocktake(db, actor, count)
    assert balance(world, "MUG-01", "A-03") == D(3)


def test_a_loss_larger_than_what_is_left_is_refused(stocked: World) -> None:
    world = stocked
    db, actor, sku, bins = world.rt.db, world.rt.actor, world.skus, world.bins
    count = start_stocktake(db, actor, world.main, StocktakeScope(bin_path_from="SH/A/01", bin_path_to="SH/A/01"))
    with db.transaction() as session:  # 9 shirts are shipped during the count
        post_moves(session, actor, [MoveSpec(sku["TS-BLK-M"], D(9), bins["A-01"],
                                             virtual_location(session, LocationKind.CUSTOMER), MoveReason.SHIPMENT)])
    record_count(db, actor, count, sku["TS-BLK-M"], bins["A-01"], D(5))  # counted 5 of the 10 expected
    with pytest.raises(InsufficientStockError, match="TS-BLK-M: only 1 on hand at SH/A/01, 5 asked"):
        post_stocktake(db, actor, count)
    with db.reading() as session:
        assert stocktake_rows(session)[0].state is StocktakeState.COUNTING
