"""A small world for inventory tests: two warehouses with bins and a few SKUs."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from omsdesk.catalog.models import Sku, SkuKind
from omsdesk.inventory.ledger import MoveSpec, post_moves
from omsdesk.inventory.locations import add_location, create_warehouse, virtual_location
from omsdesk.inventory.models import LocationKind, MoveReason
from omsdesk.runtime import Runtime


@dataclass
class World:
    rt: Runtime
    main: int  # warehouse ids
    second: int
    bins: dict[str, int]  # "A-01" → location id in main, "B-01" in second
    skus: dict[str, int]

    def receive(self, sku: str, quantity: str, bin_code: str) -> None:
        with self.rt.db.transaction() as session:
            supplier = virtual_location(session, LocationKind.SUPPLIER)
            post_moves(session, self.rt.actor, [MoveSpec(
                self.skus[sku], Decimal(quantity), supplier, self.bins[bin_code], MoveReason.RECEIPT)])


@pytest.fixture
def world(runtime: Runtime) -> World:
    db, actor = runtime.db, runtime.actor
    main = create_warehouse(db, actor, "SH", "上海主仓")
    second = create_warehouse(db, actor, "GZ", "Guangzhou DC")
    bins: dict[str, int] = {}
    with db.reading() as session:
        from omsdesk.inventory.locations import warehouse_root

        roots = {main: warehouse_root(session, main).id, second: warehouse_root(session, second).id}
    zone = add_location(db, actor, roots[main], LocationKind.ZONE, "A")
    for code in ("01", "02", "03"):
        bins[f"A-{code}"] = add_location(db, actor, zone, LocationKind.BIN, code)
    bins["B-01"] = add_location(db, actor, roots[second], LocationKind.BIN, "B01")
    skus: dict[str, int] = {}
    with db.transaction() as session:
        for code, name in (("TS-BLK-M", "T恤 黑 M"), ("TS-WHT-L", "T-shirt white L"), ("MUG-01", "马克杯")):
            sku = Sku(code=code, name=name, kind=SkuKind.STANDARD, attributes={})
            session.add(sku)
            session.flush()
            skus[code] = sku.id
    return World(runtime, main, second, bins, skus)
