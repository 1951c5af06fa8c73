"""Fixtures for catalogue tests: a shop to import orders into, helpers to import and post stock."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import pytest

from connectors.base import ChannelOrder
from omsdesk.inventory.ledger import MoveSpec, post_moves
from omsdesk.inventory.locations import add_location, create_warehouse, virtual_location, warehouse_root
from omsdesk.inventory.models import LocationKind, MoveReason
from omsdesk.runtime import Runtime
from omsdesk.sync.models import Shop
from omsdesk.sync.service import SyncResult, run_sync
from tests.fakes import ScriptedConnector
from tests.inventory.conftest import World, world  # noqa: F401  (the inventory world, reused)


def add_shop(rt: Runtime, name: str = "Web shop") -> int:
    with rt.db.transaction() as session:
        shop = Shop(channel="woocommerce", name=name, base_url="http://127.0.0.1:1", credentials_ref=name, options={})
        session.add(shop)
        session.flush()
        return shop.id


@pytest.fixture
def shop_id(runtime: Runtime) -> int:
    return add_shop(runtime)


def import_orders(rt: Runtime, shop_id: int, orders: Sequence[ChannelOrder], page_size: int = 3) -> SyncResult:
    result = run_sync(rt.db, None, rt.actor, shop_id, connector=ScriptedConnector(orders, page_size=page_size))
    assert result.ok, result.message
    return result


def a_bin(rt: Runtime, code: str = "WH") -> int:
    """A warehouse with one bin; returns the bin's location id."""
    warehouse = create_warehouse(rt.db, rt.actor, code, f"{code} warehouse")
    with rt.db.reading() as session:
        root = warehouse_root(session, warehouse).id
    return add_location(rt.db, rt.actor, root, LocationKind.BIN, "B01")


def receive(rt: Runtime, sku_id: int, quantity: str, bin_id: int) -> None:
    with rt.db.transaction() as session:
        supplier = virtual_location(session, LocationKind.SUPPLIER)
        post_moves(session, rt.actor, [MoveSpec(sku_id, Decimal(quantity), supplier, bin_id, MoveReason.RECEIPT)])


__all__ = ["World", "a_bin", "add_shop", "import_orders", "receive"]
