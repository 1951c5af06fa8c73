"""Channel-neutral fault injection in the simulator: transport faults and chaos."""

from __future__ import annotations

import time

import pytest
import requests

from connectors.simulator import ChannelSimulator
from connectors.simulator.faults import Fault, FaultPlan


def orders_url(shop_url: str) -> str:
    return f"{shop_url}/wp-json/wc/v3/orders"


def test_dropped_connection_gets_no_answer(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(orders=3)
    shop.faults.drop_next()

    with pytest.raises(requests.exceptions.ConnectionError):
        requests.get(orders_url(shop.url), auth=(shop.key, shop.secret), timeout=5)
    assert requests.get(orders_url(shop.url), auth=(shop.key, shop.secret), timeout=5).status_code == 200


def test_drop_after_acting_reaches_the_shop_but_not_the_client(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(orders=3)
    shop.faults.drop_next(after_acting=True)

    with pytest.raises(requests.exceptions.ConnectionError):
        requests.get(orders_url(shop.url), auth=(shop.key, shop.secret), timeout=5)
    assert [entry.status for entry in shop.requests] == [200]


def test_slow_answer_outlives_the_client_timeout(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(orders=3)
    shop.faults.slow_next(seconds=0.6)

    started = time.monotonic()
    with pytest.raises(requests.exceptions.Timeout):
        requests.get(orders_url(shop.url), auth=(shop.key, shop.secret), timeout=0.2)
    assert time.monotonic() - started < 0.6


def test_chaos_never_exceeds_its_run_length_and_is_reproducible() -> None:
    def drawn(seed: int) -> list[bool]:
        plan = FaultPlan()
        plan.chaos(0.5, seed=seed, kinds=[Fault.SERVER_ERROR], max_in_a_row=2)
        outcomes = []
        for _ in range(300):
            plan.draw()
            outcomes.append(plan.take_answer() is not None)
        return outcomes

    first = drawn(4)
    assert first == drawn(4)
    assert 60 < sum(first) < 240
    assert "TTT" not in "".join("T" if fault else "F" for fault in first)


def test_chaos_expiry_and_duplicates_are_taken_once() -> None:
    plan = FaultPlan()
    plan.chaos(1.0, kinds=[Fault.EXPIRE_TOKEN], max_in_a_row=5)
    plan.draw()
    assert plan.take_token_expiry() is True
    assert plan.take_token_expiry() is False
    plan.duplicate_on_pages(2)
    assert [plan.take_page_duplicate() for _ in range(3)] == [True, True, False]


def test_each_shop_shows_the_pushes_it_accepted(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(orders=3)
    shop.pushes.add("tracking", "1001/SF123", {"tracking_number": "SF123"}, simulator.clock())

    record = requests.get(f"{shop.url}/_record", timeout=5).json()
    assert record["kind"] == "woocommerce"
    assert [(p["kind"], p["key"]) for p in record["pushes"]] == [("tracking", "1001/SF123")]
