"""Stock sync: sellable = on hand − reserved − open demand, less the shop's buffer; only changes are queued."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from omsdesk.catalog.bundles import ComponentSpec, set_bundle_components_in
from omsdesk.catalog.mapping import map_channel_sku
from omsdesk.catalog.models import Sku, SkuKind
from omsdesk.inventory.ledger import release, reserve
from omsdesk.runtime import Runtime
from omsdesk.sync import outbox
from omsdesk.sync.models import OutboxItem, OutboxState, Shop
from omsdesk.sync.service import run_sync
from omsdesk.sync.stock_sync import StockSyncSettings, plan_stock_for
from tests.fakes import PushingScriptedConnector, make_order
from tests.inventory.conftest import World

TEE = "1001/2001/TS-BLK-M"


def enable(rt: Runtime, shop_id: int, **settings: object) -> None:
    with rt.db.transaction() as session:
        shop = session.get(Shop, shop_id)
        shop.options = {**shop.options, "stock_sync": StockSyncSettings(enabled=True, **settings).as_options()}


def map_tee(rt: Runtime, shop_id: int, world: World) -> None:
    map_channel_sku(rt.db, rt.actor, shop_id, channel_item_id="1001", channel_variant_id="2001",
                    channel_sku="TS-BLK-M", sku_id=world.skus["TS-BLK-M"])


def queued(rt: Runtime) -> dict[str, int]:
    with rt.db.reading() as session:
        rows = session.scalars(select(OutboxItem).where(OutboxItem.state == OutboxState.PENDING))
        return {item.key: item.payload["quantity"] for item in rows}


@pytest.fixture
def mapped(runtime: Runtime, shop_id: int, world: World) -> World:
    world.receive("TS-BLK-M", "10", "A-01")
    world.receive("TS-BLK-M", "4", "B-01")  # the second warehouse
    map_tee(runtime, shop_id, world)
    enable(runtime, shop_id)
    return world


def test_the_first_plan_publishes_every_mapped_listing_and_the_next_only_changes(
        runtime: Runtime, shop_id: int, mapped: World) -> None:
    first = plan_stock_for(runtime.db, runtime.actor, shop_id)
    assert (first.listings, first.queued) == (1, 1)
    assert queued(runtime) == {TEE: 14}
    again = plan_stock_for(runtime.db, runtime.actor, shop_id)
    assert (again.listings, again.queued) == (0, 0)

    mapped.receive("MUG-01", "5", "A-02")  # another SKU: nothing to publish for the tee
    assert plan_stock_for(runtime.db, runtime.actor, shop_id).queued == 0
    with runtime.db.transaction() as session:
        reserve(session, runtime.actor, mapped.skus["TS-BLK-M"], mapped.main, Decimal(3), "order", 99)
    assert plan_stock_for(runtime.db, runtime.actor, shop_id).queued == 1
    assert queued(runtime) == {TEE: 11}  # the waiting level was replaced, not queued twice


def test_buffer_percentage_maximum_and_warehouses(runtime: Runtime, shop_id: int, mapped: World) -> None:
    assert StockSyncSettings(buffer=2, percent=50).published(Decimal("14")) == 6
    assert StockSyncSettings(maximum=5).published(Decimal("14")) == 5
    assert StockSyncSettings(buffer=20).published(Decimal("14")) == 0
    assert StockSyncSettings().published(Decimal("-3")) == 0
    enable(runtime, shop_id, buffer=1, warehouse_ids=(mapped.main,))
    plan_stock_for(runtime.db, runtime.actor, shop_id)
    assert queued(runtime) == {TEE: 9}  # 10 in the main warehouse, one held back


def test_open_orders_not_yet_allocated_are_subtracted(runtime: Runtime, shop_id: int, mapped: World) -> None:
    plan_stock_for(runtime.db, runtime.actor, shop_id)
    order = make_order(1, lines=1)
    line = replace(order.lines[0], channel_item_id="1001", channel_variant_id="2001", channel_sku="TS-BLK-M",
                   quantity=Decimal(2))
    order = replace(order, lines=(line,))
    assert run_sync(runtime.db, None, runtime.actor, shop_id, connector=PushingScriptedConnector([order])).ok
    assert plan_stock_for(runtime.db, runtime.actor, shop_id).queued == 1
    assert queued(runtime) == {TEE: 12}


def test_a_virtual_bundle_publishes_complete_kits(runtime: Runtime, shop_id: int, mapped: World) -> None:
    with runtime.db.transaction() as session:
        kit = Sku(code="KIT-1", name="T恤+杯 套装", kind=SkuKind.VIRTUAL_BUNDLE, attributes={})
        session.add(kit)
        session.flush()
        set_bundle_components_in(session, runtime.actor, kit.id, [
            ComponentSpec(mapped.skus["TS-BLK-M"], Decimal(2)), ComponentSpec(mapped.skus["MUG-01"], Decimal(1))])
        kit_id = kit.id
    map_channel_sku(runtime.db, runtime.actor, shop_id, channel_sku="KIT-1", sku_id=kit_id)
    mapped.receive("MUG-01", "3", "A-02")
    plan_stock_for(runtime.db, runtime.actor, shop_id)
    assert queued(runtime)["//KIT-1"] == 3  # 14 tees make 7 kits, 3 mugs make 3

    with runtime.db.transaction() as session:  # a change to a component re-plans the kit
        reserve(session, runtime.actor, mapped.skus["MUG-01"], mapped.main, Decimal(2), "order", 5)
    plan_stock_for(runtime.db, runtime.actor, shop_id)
    assert queued(runtime)["//KIT-1"] == 1
    with runtime.db.transaction() as session:
        release(session, "order", 5)
    plan_stock_for(runtime.db, runtime.actor, shop_id)
    assert queued(runtime)["//KIT-1"] == 3


def test_a_disabled_shop_queues_nothing_and_catches_up_when_enabled(runtime: Runtime, shop_id: int,
                                                                     mapped: World) -> None:
    enable(runtime, shop_id)
    with runtime.db.transaction() as session:
        session.get(Shop, shop_id).options = {}
    assert plan_stock_for(runtime.db, runtime.actor, shop_id).queued == 0
    enable(runtime, shop_id)
    assert plan_stock_for(runtime.db, runtime.actor, shop_id).queued == 1  # never published: included


def test_levels_reach_the_channel_once(runtime: Runtime, shop_id: int, mapped: World) -> None:
    connector = PushingScriptedConnector()
    plan_stock_for(runtime.db, runtime.actor, shop_id)
    assert outbox.send_due(runtime.db, shop_id, connector).sent == 1
    assert connector.pushed_levels() == {TEE: 14}
    plan_stock_for(runtime.db, runtime.actor, shop_id)
    assert outbox.send_due(runtime.db, shop_id, connector).handled == 0


def test_planning_does_not_bump_the_shop_version_someone_may_be_editing(runtime: Runtime, shop_id: int,
                                                                         mapped: World) -> None:
    with runtime.db.reading() as session:
        version = session.get(Shop, shop_id).version
    plan_stock_for(runtime.db, runtime.actor, shop_id)
    with runtime.db.reading() as session:
        shop = session.get(Shop, shop_id)
        assert shop.version == version and shop.stock_cursor > 0


def test_notes_every_shop_has_read_are_dropped(runtime: Runtime, shop_id: int, mapped: World) -> None:
    from sqlalchemy import func

    from omsdesk.inventory.models import StockChange

    with runtime.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(StockChange)) > 0
    plan_stock_for(runtime.db, runtime.actor, shop_id)  # the only shop: it has read them all
    with runtime.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(StockChange)) == 1  # the one at its mark
    mapped.receive("TS-BLK-M", "1", "A-01")
    assert plan_stock_for(runtime.db, runtime.actor, shop_id).queued == 1  # a new note is still seen
