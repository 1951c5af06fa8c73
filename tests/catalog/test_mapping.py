"""Channel SKU mappings: the unmapped list, one mapping fixing every order, auto-mapping on import."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import event, select, update

from connectors.base import ChannelOrder
from omsdesk.auth.models import AuditEntry
from omsdesk.catalog.barcodes import add_barcode
from omsdesk.catalog.mapping import (
    delete_mapping, map_channel_sku, mappings, remap, resolve_order_lines, unmapped_listings, unmapped_order_ids,
)
from omsdesk.catalog.models import ChannelSkuMapping, Sku
from omsdesk.catalog.services import SkuSpec, create_sku
from omsdesk.errors import ValidationError
from omsdesk.orders.models import Order, OrderLine, OrderState
from omsdesk.runtime import Runtime
from tests.catalog.conftest import add_shop, import_orders
from tests.fakes import make_order


def sku(rt: Runtime, code: str) -> int:
    return create_sku(rt.db, rt.actor, SkuSpec(code, f"Product {code}"))


def line_skus(rt: Runtime) -> dict[tuple[str, str], int | None]:
    """(order external id, line external id) → resolved SKU id."""
    with rt.db.reading() as session:
        rows = session.execute(select(Order.external_id, OrderLine.external_id, OrderLine.sku_id)
                               .join(Order, Order.id == OrderLine.order_id))
        return {(order, line): sku_id for order, line, sku_id in rows}


def with_ids(order: ChannelOrder, item: str, variants: list[str]) -> ChannelOrder:
    lines = tuple(replace(line, channel_item_id=item, channel_variant_id=variant)
                  for line, variant in zip(order.lines, variants, strict=True))
    return replace(order, lines=lines)


def order_ids(rt: Runtime, *external_ids: str) -> list[int]:
    with rt.db.reading() as session:
        return sorted(session.scalars(select(Order.id).where(Order.external_id.in_(external_ids))))


def test_unmapped_listings_then_one_mapping_fixes_every_affected_order(runtime: Runtime, shop_id: int) -> None:
    orders = [make_order(n, lines=2) for n in range(1, 6)] + [make_order(n, lines=3) for n in (6, 7)]
    import_orders(runtime, shop_id, orders)
    with runtime.db.reading() as session:
        listings = unmapped_listings(session)
        assert unmapped_order_ids(session) == order_ids(runtime, *map(str, range(1, 8)))
    assert [(x.channel_sku, x.order_count, x.line_count, x.shop_name) for x in listings] == [
        ("SKU-001", 7, 7, "Web shop"), ("SKU-002", 7, 7, "Web shop"), ("SKU-003", 2, 2, "Web shop")]
    assert listings[2].title == "T恤 Tee 3" and listings[2].first_seen is not None

    mug = sku(runtime, "MUG-01")
    result = map_channel_sku(runtime.db, runtime.actor, shop_id, channel_sku="SKU-003", sku_id=mug)
    assert (result.lines_resolved, result.orders_resolved) == (2, 2)
    resolved = line_skus(runtime)
    assert resolved[("6", "6-3")] == resolved[("7", "7-3")] == mug and resolved[("6", "6-1")] is None
    with runtime.db.reading() as session:
        assert [x.channel_sku for x in unmapped_listings(session)] == ["SKU-001", "SKU-002"]

    tee = sku(runtime, "TEE-01")
    assert map_channel_sku(runtime.db, runtime.actor, shop_id, channel_sku="SKU-001", sku_id=tee).orders_resolved == 7
    map_channel_sku(runtime.db, runtime.actor, shop_id, channel_sku="SKU-002", sku_id=tee)
    with runtime.db.reading() as session:
        assert unmapped_order_ids(session) == [] and unmapped_listings(session) == []
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "mapping.add")).first()
    assert entry.after["lines_resolved"] == 2 and entry.after["sku"] == "MUG-01"

    import_orders(runtime, shop_id, [make_order(8, lines=3)])  # a later order resolves on import
    assert {v for (order, _), v in line_skus(runtime).items() if order == "8"} == {tee, mug}


def test_seller_skus_match_exactly_as_the_channel_sends_them(runtime: Runtime, shop_id: int) -> None:
    lower = make_order(1, lines=1)
    lower = replace(lower, lines=(replace(lower.lines[0], channel_sku="sku-001"),))
    import_orders(runtime, shop_id, [lower, make_order(2, lines=1)])
    with runtime.db.reading() as session:
        assert [(x.channel_sku, x.order_count) for x in unmapped_listings(session)] == [("SKU-001", 1), ("sku-001", 1)]
    result = map_channel_sku(runtime.db, runtime.actor, shop_id, channel_sku="SKU-001", sku_id=sku(runtime, "MUG"))
    assert result.lines_resolved == 1
    assert line_skus(runtime)[("1", "1-1")] is None


def test_id_mappings_match_item_and_variant_and_win_over_the_seller_sku(runtime: Runtime, shop_id: int) -> None:
    import_orders(runtime, shop_id, [with_ids(make_order(n, lines=1), "100", [variant])
                                     for n, variant in ((1, "7"), (2, "8"), (3, "7"))])
    black, fallback = sku(runtime, "TS-BLK"), sku(runtime, "TS-ANY")
    by_ids = map_channel_sku(runtime.db, runtime.actor, shop_id, channel_item_id="100", channel_variant_id="7",
                             channel_sku="SKU-001", sku_id=black)
    assert (by_ids.lines_resolved, by_ids.orders_resolved) == (2, 2)
    by_sku = map_channel_sku(runtime.db, runtime.actor, shop_id, channel_sku="SKU-001", sku_id=fallback)
    assert by_sku.lines_resolved == 1  # only variant 8 was still open
    import_orders(runtime, shop_id, [with_ids(make_order(4, lines=1), "100", ["7"])])
    assert line_skus(runtime) == {("1", "1-1"): black, ("2", "2-1"): fallback, ("3", "3-1"): black,
                                  ("4", "4-1"): black}
    delete_mapping(runtime.db, runtime.actor, by_ids.mapping_id)  # the seller SKU mapping takes over
    assert set(line_skus(runtime).values()) == {fallback}


@pytest.mark.parametrize(("key", "message"), [
    ({"channel_sku": "SKU-001"}, "seller SKU SKU-001 of shop Web shop is already mapped to SKU MUG-01"),
    ({"channel_item_id": "100", "channel_variant_id": "7", "channel_sku": "other"},
     "item 100 / variant 7 of shop Web shop is already mapped"),
    ({}, "needs the channel's item id or the seller SKU"),
    ({"channel_variant_id": "7", "channel_sku": "X"}, "needs the item id it belongs to"),
])
def test_duplicate_and_empty_mappings_are_refused(runtime: Runtime, shop_id: int, key, message: str) -> None:
    mug = sku(runtime, "MUG-01")
    map_channel_sku(runtime.db, runtime.actor, shop_id, channel_sku="SKU-001", sku_id=mug)
    map_channel_sku(runtime.db, runtime.actor, shop_id, channel_item_id="100", channel_variant_id="7", sku_id=mug)
    with pytest.raises(ValidationError, match=message):
        map_channel_sku(runtime.db, runtime.actor, shop_id, sku_id=mug, **key)
    other_shop = add_shop(runtime, "Marketplace")  # the same listing in another shop is another listing
    map_channel_sku(runtime.db, runtime.actor, other_shop, channel_sku="SKU-001", sku_id=mug)
    with runtime.db.reading() as session:
        assert len(mappings(session)) == 3 and len(mappings(session, other_shop)) == 1


def test_import_maps_automatically_by_sku_code_or_barcode(runtime: Runtime, shop_id: int) -> None:
    by_code = sku(runtime, "sku-001")  # the seller SKU in another case
    by_barcode = sku(runtime, "TEE-RED-M")
    add_barcode(runtime.db, runtime.actor, by_barcode, "SKU-002")
    ambiguous_code, ambiguous_barcode = sku(runtime, "SKU-003"), sku(runtime, "MUG-9")
    add_barcode(runtime.db, runtime.actor, ambiguous_barcode, "SKU-003")
    import_orders(runtime, shop_id, [make_order(n, lines=3) for n in range(1, 5)])
    resolved = line_skus(runtime)
    assert {resolved[(str(n), f"{n}-1")] for n in range(1, 5)} == {by_code}
    assert {resolved[(str(n), f"{n}-2")] for n in range(1, 5)} == {by_barcode}
    assert {resolved[(str(n), f"{n}-3")] for n in range(1, 5)} == {None}  # names two SKUs: a person decides
    with runtime.db.reading() as session:
        rows = mappings(session, shop_id)
        assert [(m.channel_sku, m.sku_code, m.automatic) for m in rows] == [
            ("SKU-001", "sku-001", True), ("SKU-002", "TEE-RED-M", True)]
        assert [x.channel_sku for x in unmapped_listings(session, shop_id)] == ["SKU-003"]
        audited = session.scalars(select(AuditEntry).where(AuditEntry.action == "mapping.auto")).one()
    assert [m["channel_sku"] for m in audited.after["mappings"]] == ["SKU-001", "SKU-002"]
    assert (audited.entity, audited.entity_id, audited.actor) == ("shop", shop_id, runtime.actor.name)
    assert ambiguous_code != ambiguous_barcode


def test_a_channel_change_of_a_lines_listing_resolves_it_again(runtime: Runtime, shop_id: int) -> None:
    first, second = sku(runtime, "SKU-001"), sku(runtime, "SKU-009")
    original = make_order(1, lines=1)
    import_orders(runtime, shop_id, [original])
    assert line_skus(runtime)[("1", "1-1")] == first
    changed = replace(original, updated_at=original.updated_at + timedelta(minutes=5),
                      lines=(replace(original.lines[0], channel_sku="SKU-009"),))
    import_orders(runtime, shop_id, [changed])
    assert line_skus(runtime)[("1", "1-1")] == second
    unknown = replace(changed, updated_at=changed.updated_at + timedelta(minutes=5),
                      lines=(replace(original.lines[0], channel_sku="NOT-OURS"),))
    import_orders(runtime, shop_id, [unknown])
    assert line_skus(runtime)[("1", "1-1")] is None


def test_remap_and_delete_move_open_orders_only(runtime: Runtime, shop_id: int) -> None:
    import_orders(runtime, shop_id, [make_order(n, lines=1) for n in range(1, 4)])
    wrong, right = sku(runtime, "WRONG"), sku(runtime, "RIGHT")
    mapping = map_channel_sku(runtime.db, runtime.actor, shop_id, channel_sku="SKU-001", sku_id=wrong)
    with runtime.db.transaction() as session:  # order 3 is already on its way: its SKU must stay
        session.execute(update(Order).where(Order.external_id == "3").values(state=OrderState.SHIPPED))
    moved = remap(runtime.db, runtime.actor, mapping.mapping_id, right)
    assert (moved.lines_resolved, moved.orders_resolved) == (2, 2)
    assert line_skus(runtime) == {("1", "1-1"): right, ("2", "2-1"): right, ("3", "3-1"): wrong}
    with runtime.db.reading() as session:
        assert session.get(ChannelSkuMapping, mapping.mapping_id).sku_id == right
    delete_mapping(runtime.db, runtime.actor, mapping.mapping_id)
    assert line_skus(runtime) == {("1", "1-1"): None, ("2", "2-1"): None, ("3", "3-1"): wrong}
    with runtime.db.reading() as session:
        assert mappings(session) == []
        assert [x.order_count for x in unmapped_listings(session)] == [2]


def test_mapping_list_search(runtime: Runtime, shop_id: int) -> None:
    mug = create_sku(runtime.db, runtime.actor, SkuSpec("MUG-01", "马克杯"))
    map_channel_sku(runtime.db, runtime.actor, shop_id, channel_sku="WOO-MUG", sku_id=mug)
    map_channel_sku(runtime.db, runtime.actor, shop_id, channel_item_id="5501", sku_id=mug)
    with runtime.db.reading() as session:
        assert [m.channel_sku for m in mappings(session, text="woo")] == ["WOO-MUG"]
        assert [m.channel_item_id for m in mappings(session, text="55")] == ["5501"]
        assert len(mappings(session, text="马克")) == 2
        assert mappings(session, text="%") == []


def test_resolving_a_page_is_a_handful_of_queries(runtime: Runtime, shop_id: int) -> None:
    """100 orders of 3 lines, each line its own seller SKU: existing mappings, codes and barcodes."""
    orders = []
    for n in range(1, 101):
        order = make_order(n, lines=3)
        orders.append(replace(order, lines=tuple(replace(line, channel_sku=f"S{n}-{k}")
                                                 for k, line in enumerate(order.lines, start=1))))
    import_orders(runtime, shop_id, orders, page_size=100)  # nothing known yet: all unmapped
    with runtime.db.transaction() as session:
        session.add_all(Sku(code=f"s{n}-1", name=f"by code {n}") for n in range(1, 101))
        session.add_all(Sku(code=f"B{n}", name=f"by barcode {n}") for n in range(1, 101))
    for n in range(1, 51):
        with runtime.db.reading() as session:
            barcode_sku = session.scalar(select(Sku.id).where(Sku.code == f"B{n}"))
        add_barcode(runtime.db, runtime.actor, barcode_sku, f"S{n}-2")
    map_channel_sku(runtime.db, runtime.actor, shop_id, channel_sku="S1-3", sku_id=barcode_sku)
    statements: list[str] = []
    engine = runtime.db.write_engine
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        with runtime.db.transaction() as session:
            ids = list(session.scalars(select(Order.id)))
            resolved = resolve_order_lines(session, shop_id, ids, actor=runtime.actor)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert resolved == 100 + 50  # every code match and every barcode match (S1-3 was mapped by hand)
    queries = [s for s in statements if not s.startswith(("BEGIN", "SAVEPOINT", "RELEASE", "COMMIT"))]
    assert len(queries) <= 12, "\n".join(q[:150] for q in queries)
    with runtime.db.reading() as session:
        assert len(unmapped_listings(session)) == 300 - 1 - 150
