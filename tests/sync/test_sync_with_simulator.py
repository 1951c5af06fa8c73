"""The sync engine against the channel simulator over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from connectors.base import ShopConfig
from connectors.simulator import ChannelSimulator
from connectors.woocommerce import WooCommerceConnector
from omsdesk.orders.models import Order
from omsdesk.runtime import Runtime
from omsdesk.sync.models import RunStatus
from omsdesk.sync.service import run_errors, run_sync
from omsdesk.sync.shops import ShopSpec, add_shop


@pytest.fixture
def simulator() -> Iterator[ChannelSimulator]:
    with ChannelSimulator(port=0) as sim:
        sim.add_woocommerce_shop(slug="webshop", seed=11, orders=45, key="ck_sim", secret="cs_sim")
        sim.start()
        yield sim


def connector(simulator: ChannelSimulator, per_page: int = 10) -> WooCommerceConnector:
    shop = simulator.shops[0]
    return WooCommerceConnector(ShopConfig(shop.url, shop.key, shop.secret, {"per_page": per_page}),
                                sleep=lambda seconds: None)


@pytest.fixture
def shop_id(runtime: Runtime, simulator: ChannelSimulator) -> int:
    shop = simulator.shops[0]
    return add_shop(runtime.db, runtime.secrets, runtime.actor,
                    ShopSpec("woocommerce", "Web shop", shop.url, shop.key, shop.secret))


def stored_ids(runtime: Runtime) -> list[str]:
    with runtime.db.reading() as session:
        return sorted(session.scalars(select(Order.external_id)), key=int)


def test_a_malformed_order_mid_page_is_reported_and_the_rest_of_the_page_imports(
        runtime: Runtime, simulator: ChannelSimulator, shop_id: int) -> None:
    shop = simulator.shops[0]
    bad_id = shop.store.ids()[4]  # the fifth order: the middle of the first page
    shop.faults.malform_order(bad_id, field="line_items[0].total", value="twelve")

    result = run_sync(runtime.db, runtime.secrets, runtime.actor, shop_id, connector=connector(simulator))

    assert (result.status, result.new, result.failed) == (RunStatus.PARTIAL, 44, 1)
    [error] = run_errors(runtime.db, result.run_id)
    assert (error.external_id, error.field) == (str(bad_id), "line_items[0].total")
    assert "twelve" in error.message
    assert str(bad_id) not in stored_ids(runtime) and len(stored_ids(runtime)) == 44

    shop.faults.clear()
    shop.store.modify_orders(ids=[bad_id])  # the merchant fixes it; it changes, so it comes again
    again = run_sync(runtime.db, runtime.secrets, runtime.actor, shop_id, connector=connector(simulator))
    assert again.status is RunStatus.SUCCEEDED and again.new == 1
    assert len(stored_ids(runtime)) == 45


def test_orders_modified_while_paging_are_caught_by_the_next_sync(
        runtime: Runtime, simulator: ChannelSimulator, shop_id: int) -> None:
    shop = simulator.shops[0]
    shop.faults.modify_during_paging(after_page=2, count=3)
    first = run_sync(runtime.db, runtime.secrets, runtime.actor, shop_id, connector=connector(simulator))
    assert first.new == 45
    changed = {str(o["id"]): o["status"] for o in (shop.store.order(int(i)) for i in stored_ids(runtime))}

    second = run_sync(runtime.db, runtime.secrets, runtime.actor, shop_id, connector=connector(simulator))

    assert second.status is RunStatus.SUCCEEDED and second.new == 0
    with runtime.db.reading() as session:
        stored = dict(session.execute(select(Order.external_id, Order.channel_status)).all())
    assert stored == changed  # every order as the shop has it now, including the three changed mid-sync
    assert second.updated >= 1


def test_syncing_twice_over_http_changes_nothing_and_counts_match(
        runtime: Runtime, simulator: ChannelSimulator, shop_id: int) -> None:
    first = run_sync(runtime.db, runtime.secrets, runtime.actor, shop_id)
    second = run_sync(runtime.db, runtime.secrets, runtime.actor, shop_id)
    assert (first.new, first.failed) == (45, 0)
    assert (second.new, second.updated, second.failed) == (0, 0, 0)
    with runtime.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Order)) == 45


def test_a_server_error_mid_sync_fails_the_run_and_the_retry_completes_it(
        runtime: Runtime, simulator: ChannelSimulator, shop_id: int) -> None:
    shop = simulator.shops[0]
    flaky = WooCommerceConnector(ShopConfig(shop.url, shop.key, shop.secret, {"per_page": 10}, max_retries=1),
                                 sleep=lambda seconds: None)
    pages = iter(flaky.iter_order_pages(None))
    first_page = next(pages)
    assert len(first_page.orders) == 10
    shop.faults.fail_next(status=503, times=5)

    failed = run_sync(runtime.db, runtime.secrets, runtime.actor, shop_id, connector=flaky)
    assert failed.status is RunStatus.FAILED and "503" in failed.message

    shop.faults.clear()
    retried = run_sync(runtime.db, runtime.secrets, runtime.actor, shop_id, connector=connector(simulator))
    assert retried.status is RunStatus.SUCCEEDED
    assert len(stored_ids(runtime)) == 45
