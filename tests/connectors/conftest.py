"""Fixtures for connector tests: a running channel simulator and injected sleeps."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from connectors.base import ShopConfig
from connectors.simulator import ChannelSimulator, WooCommerceShop
from connectors.woocommerce import WooCommerceConnector
from tests.helpers import channel_samples


class SleepRecorder:
    """Stands in for time.sleep: records each requested wait and returns at once."""

    def __init__(self) -> None:
        self.calls: list[float] = []
        self.on_sleep: Callable[[float], None] | None = None

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        if self.on_sleep is not None:
            self.on_sleep(seconds)


@pytest.fixture
def simulator() -> Iterator[ChannelSimulator]:
    with ChannelSimulator(port=0) as sim:
        yield sim


@pytest.fixture
def shop(simulator: ChannelSimulator) -> WooCommerceShop:
    """120 orders: three pages of 50."""
    return simulator.add_woocommerce_shop(slug="webshop", seed=11, orders=120)


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


ConnectorFactory = Callable[..., WooCommerceConnector]


@pytest.fixture
def connect(shop: WooCommerceShop, sleeps: SleepRecorder) -> Iterator[ConnectorFactory]:
    """Build a connector for ``shop``; keyword arguments override the ShopConfig fields/options."""
    made: list[WooCommerceConnector] = []

    def factory(*, url: str | None = None, key: str | None = None, secret: str | None = None,
                max_retries: int = 3, **options: Any) -> WooCommerceConnector:
        config = ShopConfig(
            base_url=url or shop.url,
            key=shop.key if key is None else key,
            secret=shop.secret if secret is None else secret,
            options=options,
            timeout_seconds=5.0,
            max_retries=max_retries,
        )
        connector = WooCommerceConnector(config, sleep=sleeps)
        made.append(connector)
        return connector

    yield factory
    for connector in made:
        connector.close()


@pytest.fixture
def load_sample() -> Callable[[str], Any]:
    folder: Path = channel_samples("woocommerce")

    def load(name: str) -> Any:
        return json.loads((folder / name).read_text(encoding="utf-8"))

    return load
