"""Bundles: components, virtual availability from real stock, the price split, assembly."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from omsdesk.catalog.bundles import (
    ComponentSpec, PricedComponent, assemble, bundle_price_split, disassemble, set_bundle_components,
    split_bundle_price, virtual_available,
)
from omsdesk.catalog.models import SkuKind
from omsdesk.catalog.services import SkuSpec, create_sku
from omsdesk.errors import ValidationError
from omsdesk.inventory.ledger import InsufficientStockError, MoveSpec, post_moves, reserve
from omsdesk.inventory.locations import virtual_location
from omsdesk.inventory.models import LocationKind, MoveReason, StockBalance, StockMove
from tests.inventory.conftest import World

D = Decimal


def bundle(world: World, kind: SkuKind, code: str = "KIT-1", list_price: str | None = None) -> int:
    rt = world.rt
    bundle_id = create_sku(rt.db, rt.actor, SkuSpec(code, f"套装 {code}", kind=kind,
                                                     list_price=D(list_price) if list_price else None))
    set_bundle_components(rt.db, rt.actor, bundle_id, [ComponentSpec(world.skus["TS-BLK-M"], D(2)),
                                                       ComponentSpec(world.skus["MUG-01"], D(1))])
    return bundle_id


def available(world: World, bundle_id: int, warehouse: int | None = None) -> Decimal:
    with world.rt.db.reading() as session:
        return virtual_available(session, bundle_id, warehouse)


def balance(world: World, sku_id: int, location_id: int) -> Decimal:
    with world.rt.db.reading() as session:
        return session.scalar(select(StockBalance.on_hand).where(
            StockBalance.sku_id == sku_id, StockBalance.location_id == location_id)) or D(0)


def move_count(world: World) -> int:
    with world.rt.db.reading() as session:
        return session.scalar(select(func.count(StockMove.id)))


def test_a_virtual_kit_sells_what_its_scarcest_component_allows(world: World) -> None:
    kit = bundle(world, SkuKind.VIRTUAL_BUNDLE)
    assert available(world, kit) == 0
    world.receive("TS-BLK-M", "5", "A-01")
    world.receive("MUG-01", "3", "A-02")
    assert available(world, kit) == 2  # floor(5 / 2) = 2 tees-pairs, 3 mugs
    with world.rt.db.transaction() as session:
        reserve(session, world.rt.actor, world.skus["MUG-01"], world.main, D(2), "order", 1)
    assert available(world, kit) == 1  # only one mug left unreserved
    world.receive("TS-BLK-M", "4", "B-01")
    world.receive("MUG-01", "4", "B-01")
    assert (available(world, kit, world.main), available(world, kit, world.second)) == (1, 2)
    assert available(world, kit) == 4  # summed: 9 tees → 4, 5 mugs → 5


def test_fractional_quantities_floor(world: World) -> None:
    rt = world.rt
    kit = create_sku(rt.db, rt.actor, SkuSpec("HALF", "Half mug kit", kind=SkuKind.VIRTUAL_BUNDLE))
    set_bundle_components(rt.db, rt.actor, kit, [ComponentSpec(world.skus["MUG-01"], D("1.5"))])
    world.receive("MUG-01", "4", "A-01")
    assert available(world, kit) == 2


@pytest.mark.parametrize(("case", "message"), [
    ("standard", "not a bundle"),
    ("self", "cannot contain itself"),
    ("nested", "is itself a bundle"),
    ("zero", "more than zero"),
    ("twice", "listed twice"),
    ("empty", "at least one component"),
])
def test_bad_components_are_refused(world: World, case: str, message: str) -> None:
    rt = world.rt
    kit = bundle(world, SkuKind.VIRTUAL_BUNDLE)
    other = create_sku(rt.db, rt.actor, SkuSpec("KIT-2", "Kit 2", kind=SkuKind.PREPACKED_BUNDLE))
    tee, mug = world.skus["TS-BLK-M"], world.skus["MUG-01"]
    target, components = {
        "standard": (tee, [ComponentSpec(mug, D(1))]),
        "self": (kit, [ComponentSpec(kit, D(1))]),
        "nested": (other, [ComponentSpec(kit, D(1))]),
        "zero": (kit, [ComponentSpec(mug, D(0))]),
        "twice": (kit, [ComponentSpec(mug, D(1)), ComponentSpec(mug, D(2))]),
        "empty": (kit, []),
    }[case]
    with pytest.raises(ValidationError, match=message):
        set_bundle_components(rt.db, rt.actor, target, components)
    world.receive("TS-BLK-M", "2", "A-01")
    world.receive("MUG-01", "1", "A-01")
    assert available(world, kit) == 1  # the kit kept its components


# -- price split -------------------------------------------------------------------------------


def test_split_by_list_price_times_quantity(world: World) -> None:
    rt = world.rt
    from omsdesk.catalog.services import update_sku

    update_sku(rt.db, rt.actor, world.skus["TS-BLK-M"], SkuSpec("TS-BLK-M", "T恤 黑 M", list_price=D("30.00")), 1)
    update_sku(rt.db, rt.actor, world.skus["MUG-01"], SkuSpec("MUG-01", "马克杯", list_price=D("20.00")), 1)
    kit = bundle(world, SkuKind.VIRTUAL_BUNDLE)
    with rt.db.reading() as session:
        split = bundle_price_split(session, kit, D("70.00"))  # weights 60 : 20
    assert split == [(world.skus["TS-BLK-M"], D("52.50")), (world.skus["MUG-01"], D("17.50"))]


@pytest.mark.parametrize(("total", "weights", "expected"), [
    ("100.00", ["1", "1", "1"], ["33.34", "33.33", "33.33"]),
    ("0.05", ["1", "1", "1"], ["0.02", "0.02", "0.01"]),
    ("10.00", ["0", "0"], ["5.00", "5.00"]),  # no prices: equal shares
    ("10.01", ["3", "1"], ["7.51", "2.50"]),
    ("-10.00", ["1", "2"], ["-3.33", "-6.67"]),  # a refund splits the same way
    ("9.99", ["0", "5"], ["0.00", "9.99"]),
])
def test_split_examples(total: str, weights: list[str], expected: list[str]) -> None:
    components = [PricedComponent(n, D(1), price_weight=D(w)) for n, w in enumerate(weights)]
    assert split_bundle_price(D(total), components) == [D(e) for e in expected]


def test_split_refuses_unrounded_totals_and_negative_weights() -> None:
    with pytest.raises(ValidationError, match="more than 2 decimal places"):
        split_bundle_price(D("1.005"), [PricedComponent(1, D(1))])
    with pytest.raises(ValidationError, match="cannot be negative"):
        split_bundle_price(D("1.00"), [PricedComponent(1, D(1), price_weight=D(-1))])


weights = st.decimals(min_value=0, max_value=100_000, places=4, allow_nan=False, allow_infinity=False)


@given(cents=st.integers(min_value=-10_000_000, max_value=10_000_000),
       parts=st.lists(st.tuples(weights, st.decimals(min_value="0.0001", max_value=50, places=4)), min_size=1,
                      max_size=8))
def test_the_parts_always_sum_exactly_to_the_total(cents: int, parts: list[tuple[Decimal, Decimal]]) -> None:
    total = D(cents).scaleb(-2)
    components = [PricedComponent(n, quantity, list_price=price) for n, (price, quantity) in enumerate(parts)]
    split = split_bundle_price(total, components)
    assert sum(split) == total
    assert all(s == s.quantize(D("0.01")) for s in split)
    whole = sum(c.weight for c in components)
    for share, component in zip(split, components, strict=True):
        exact = total * component.weight / whole if whole else total / len(components)
        assert abs(share - exact) < D("0.01")  # never more than a cent from its exact share


# -- assembly ----------------------------------------------------------------------------------


def test_assembly_turns_components_into_prepacked_bundles_and_back(world: World) -> None:
    rt = world.rt
    kit = bundle(world, SkuKind.PREPACKED_BUNDLE)
    tee, mug = world.skus["TS-BLK-M"], world.skus["MUG-01"]
    a1, a2 = world.bins["A-01"], world.bins["A-02"]
    world.receive("TS-BLK-M", "7", "A-01")
    world.receive("MUG-01", "3", "A-01")
    ids = assemble(rt.db, rt.actor, kit, D(3), a1, a2)
    assert (balance(world, tee, a1), balance(world, mug, a1), balance(world, kit, a2)) == (D(1), D(0), D(3))
    with rt.db.reading() as session:
        workshop = virtual_location(session, LocationKind.ASSEMBLY)
        moves = session.scalars(select(StockMove).where(StockMove.id.in_(ids)).order_by(StockMove.id)).all()
    assert [(m.sku_id, m.quantity, m.from_location_id, m.to_location_id, m.reason) for m in moves] == [
        (tee, D(6), a1, workshop, MoveReason.ASSEMBLY),
        (mug, D(3), a1, workshop, MoveReason.ASSEMBLY),
        (kit, D(3), workshop, a2, MoveReason.ASSEMBLY),
    ]
    disassemble(rt.db, rt.actor, kit, D(1), a2, a1)
    assert (balance(world, tee, a1), balance(world, mug, a1), balance(world, kit, a2)) == (D(3), D(1), D(2))
    with rt.db.reading() as session:
        reasons = session.scalars(select(StockMove.reason).where(StockMove.id > ids[-1])).all()
    assert reasons == [MoveReason.DISASSEMBLY] * 3


def test_assembly_without_enough_components_posts_nothing(world: World) -> None:
    rt = world.rt
    kit = bundle(world, SkuKind.PREPACKED_BUNDLE)
    world.receive("TS-BLK-M", "10", "A-01")
    world.receive("MUG-01", "1", "A-01")
    before = move_count(world)
    with pytest.raises(InsufficientStockError, match="MUG-01: only 1 on hand at SH/A/01, 2 asked"):
        assemble(rt.db, rt.actor, kit, D(2), world.bins["A-01"], world.bins["A-02"])
    assert move_count(world) == before
    assert balance(world, world.skus["TS-BLK-M"], world.bins["A-01"]) == D(10)


def test_only_prepacked_bundles_are_assembled_and_only_inside_warehouses(world: World) -> None:
    rt = world.rt
    virtual_kit = bundle(world, SkuKind.VIRTUAL_BUNDLE)
    prepacked = bundle(world, SkuKind.PREPACKED_BUNDLE, code="KIT-2")
    with pytest.raises(ValidationError, match="not a bundle of the kind needed here"):
        assemble(rt.db, rt.actor, virtual_kit, D(1), world.bins["A-01"], world.bins["A-02"])
    with rt.db.transaction() as session:
        scrap = virtual_location(session, LocationKind.SCRAP)
    with pytest.raises(ValidationError, match="@scrap is not a place in a warehouse"):
        assemble(rt.db, rt.actor, prepacked, D(1), world.bins["A-01"], scrap)


def test_a_virtual_bundle_still_cannot_be_moved_itself(world: World) -> None:
    kit = bundle(world, SkuKind.VIRTUAL_BUNDLE)
    with pytest.raises(ValidationError, match="virtual bundle"):
        with world.rt.db.transaction() as session:
            supplier = virtual_location(session, LocationKind.SUPPLIER)
            post_moves(session, world.rt.actor, [MoveSpec(kit, D(1), supplier, world.bins["A-01"], MoveReason.RECEIPT)])
