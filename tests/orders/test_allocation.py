"""Allocation (配货): the first warehouse that fills the whole order, bundles by their components, the
partial policies, deallocation, bulk order and failures, and two desktops racing for the last unit."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select, update

from omsdesk.auth.actor import Actor
from omsdesk.auth.models import AuditEntry
from omsdesk.catalog.bundles import ComponentSpec, set_bundle_components
from omsdesk.catalog.models import SkuKind
from omsdesk.catalog.services import SkuSpec, create_sku
from omsdesk.db.engine import Database
from omsdesk.errors import ConflictError, NotAllowedError, NotFoundError, ValidationError
from omsdesk.inventory.ledger import InsufficientStockError, MoveSpec, post_moves, reserve
from omsdesk.inventory.locations import add_location, create_warehouse, virtual_location, warehouse_root
from omsdesk.inventory.models import LocationKind, MoveReason, Reservation, Warehouse, WarehouseStock
from omsdesk.orders import states
from omsdesk.orders.allocation import (
    AllocationContext,
    AllocationResult,
    AllocationSettings,
    Outcome,
    allocate,
    allocate_order_in,
    allocation_settings,
    deallocate,
    save_allocation_settings,
)
from omsdesk.orders.models import Order, OrderIssue, OrderIssueKind, OrderLine, OrderState, PartialPolicy
from omsdesk.orders.states import OrderNotAllowedError
from omsdesk.runtime import Runtime
from omsdesk.sync.models import Shop
from tests.fakes import EPOCH

D = Decimal
K = OrderIssueKind
UNIT_PRICE = D("10.00")


@dataclass
class Stockroom:
    """One shop, warehouses SH (ships first) and GZ with a bin each, and SKUs: TEE, MUG, CAP (standard),
    KIT (virtual bundle: 2 TEE + 1 MUG) and BOX (pre-packed: stocked as itself)."""

    rt: Runtime
    shop_id: int
    sh: int
    gz: int
    bins: dict[int, int]
    skus: dict[str, int]
    numbers: dict[int, str] = field(default_factory=dict)

    def receive(self, sku: str, quantity: str | int, warehouse: int) -> None:
        with self.rt.db.transaction() as session:
            supplier = virtual_location(session, LocationKind.SUPPLIER)
            post_moves(session, self.rt.actor, [MoveSpec(
                self.skus[sku], D(quantity), supplier, self.bins[warehouse], MoveReason.RECEIPT)])

    def order(self, *lines: tuple[str | None, int | str], minutes: int = 0, priority: int = 0,
              state: OrderState = OrderState.APPROVED) -> int:
        """An order of (SKU code or None for an unmapped listing, quantity) lines, created ``minutes`` after EPOCH."""
        number = f"#A{len(self.numbers) + 1:03d}"
        created = EPOCH + timedelta(minutes=minutes)
        goods = sum((UNIT_PRICE * D(q) for _, q in lines), D(0))
        with self.rt.db.transaction() as session:
            order = Order(
                shop_id=self.shop_id, external_id=number[1:], number=number, channel_status="processing",
                state=state, currency="CNY", goods_subtotal=goods, discount_total=D(0), discount_tax=D(0),
                shipping_total=D(0), shipping_tax=D(0), fee_total=D(0), fee_tax=D(0), total_tax=D(0),
                total_excl_tax=goods, total=goods, refunded_total=D(0), item_count=sum(D(q) for _, q in lines),
                channel_created_at=created, channel_updated_at=created, content_hash=number, priority=priority,
                channel_order_id=number[1:], buyer_name="王小明", ship_name="王小明", ship_line1="人民路 100 号",
                ship_city="上海市", ship_country="CN",
            )
            for line_no, (sku, quantity) in enumerate(lines, start=1):
                amount = UNIT_PRICE * D(quantity)
                order.lines.append(OrderLine(
                    line_no=line_no, external_id=f"{number[1:]}-{line_no}", channel_sku=sku or "LISTING-X",
                    sku_id=self.skus[sku] if sku else None, title=sku or "unmapped listing", quantity=D(quantity),
                    unit_price=UNIT_PRICE, unit_net=UNIT_PRICE, unit_net_incl_tax=UNIT_PRICE, subtotal=amount,
                    subtotal_tax=D(0), discount=D(0), total=amount, total_tax=D(0), total_incl_tax=amount,
                    net_total=amount, net_tax=D(0), net_total_incl_tax=amount))
            session.add(order)
            session.flush()
            self.numbers[order.id] = number
            return order.id

    def policy(self, policy: PartialPolicy, warehouse_ids: list[int] | None = None) -> None:
        save_allocation_settings(self.rt.db, self.rt.actor, self.shop_id,
                                 AllocationSettings(warehouse_ids or [], policy))

    def load(self, order_id: int) -> Order:
        with self.rt.db.reading() as session:
            order = session.get(Order, order_id)
            assert order is not None
            order.lines  # noqa: B018 - loaded while the session is open
            return order

    def stock(self, sku: str, warehouse: int) -> tuple[Decimal, Decimal]:
        """(on hand, reserved)."""
        with self.rt.db.reading() as session:
            row = session.execute(select(WarehouseStock.on_hand, WarehouseStock.reserved).where(
                WarehouseStock.sku_id == self.skus[sku], WarehouseStock.warehouse_id == warehouse)).first()
        return (row.on_hand, row.reserved) if row else (D(0), D(0))

    def reservations(self, order_id: int) -> list[tuple[str, str, Decimal, int | None]]:
        """(SKU code, warehouse code, quantity, line no) of an order's reservations."""
        codes = {v: k for k, v in self.skus.items()}
        with self.rt.db.reading() as session:
            line_nos = dict(session.execute(select(OrderLine.id, OrderLine.line_no)
                                            .where(OrderLine.order_id == order_id)).all())
            warehouses = dict(session.execute(select(Warehouse.id, Warehouse.code)).all())
            rows = session.execute(select(Reservation.sku_id, Reservation.warehouse_id, Reservation.quantity,
                                          Reservation.document_line_id)
                                   .where(Reservation.document_type == "order", Reservation.document_id == order_id))
            return sorted((codes[s], warehouses[w], q, line_nos.get(line)) for s, w, q, line in rows)

    def open_flags(self, order_id: int) -> dict[OrderIssueKind, str]:
        with self.rt.db.reading() as session:
            return dict(session.execute(select(OrderIssue.kind, OrderIssue.message).where(
                OrderIssue.order_id == order_id, OrderIssue.resolved_at.is_(None))).all())

    def flag_problems(self, order_id: int, kind: OrderIssueKind) -> list[tuple[str, dict[str, Any]]]:
        """The open flag's reasons as templates and their values (what the detail panel translates)."""
        with self.rt.db.reading() as session:
            details = session.scalar(select(OrderIssue.details).where(
                OrderIssue.order_id == order_id, OrderIssue.kind == kind, OrderIssue.resolved_at.is_(None)))
        return [(p["template"], p["params"]) for p in details["problems"]]

    def flag_count(self, order_id: int, kind: OrderIssueKind) -> int:
        with self.rt.db.reading() as session:
            return session.scalar(select(func.count()).select_from(OrderIssue).where(
                OrderIssue.order_id == order_id, OrderIssue.kind == kind)) or 0

    def history(self, order_id: int) -> list[tuple[str, str, str, str]]:
        with self.rt.db.reading() as session:
            return [(t.operation, t.from_state, t.to_state, t.actor) for t in states.history(session, order_id)]

    def audit(self, entity: str, entity_id: int) -> list[tuple[str, str]]:
        with self.rt.db.reading() as session:
            return [(e.action, e.summary) for e in session.scalars(
                select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
                .order_by(AuditEntry.id))]

    def books(self) -> list[tuple[int, int, Decimal, Decimal, Decimal]]:
        """Per SKU and warehouse: on hand, reserved, and the sum of the reservations."""
        with self.rt.db.reading() as session:
            held = {(s, w): q for s, w, q in session.execute(
                select(Reservation.sku_id, Reservation.warehouse_id, func.sum(Reservation.quantity))
                .group_by(Reservation.sku_id, Reservation.warehouse_id))}
            return sorted((r.sku_id, r.warehouse_id, r.on_hand, r.reserved, held.get((r.sku_id, r.warehouse_id), D(0)))
                          for r in session.execute(select(WarehouseStock)).scalars())


@pytest.fixture
def room(runtime: Runtime) -> Stockroom:
    db, actor = runtime.db, runtime.actor
    sh = create_warehouse(db, actor, "SH", "上海主仓", priority=10)
    gz = create_warehouse(db, actor, "GZ", "Guangzhou DC", priority=20)
    bins = {}
    for warehouse in (sh, gz):
        with db.reading() as session:
            root = warehouse_root(session, warehouse).id
        bins[warehouse] = add_location(db, actor, root, LocationKind.BIN, "B01")
    skus = {code: create_sku(db, actor, SkuSpec(code, name, kind=kind, list_price=UNIT_PRICE)) for code, name, kind in (
        ("TEE", "T恤", SkuKind.STANDARD), ("MUG", "马克杯", SkuKind.STANDARD), ("CAP", "Cap", SkuKind.STANDARD),
        ("KIT", "Gift kit 礼盒", SkuKind.VIRTUAL_BUNDLE), ("BOX", "Boxed set", SkuKind.PREPACKED_BUNDLE))}
    set_bundle_components(db, actor, skus["KIT"], [ComponentSpec(skus["TEE"], D(2)), ComponentSpec(skus["MUG"], D(1))])
    set_bundle_components(db, actor, skus["BOX"], [ComponentSpec(skus["TEE"], D(1))])
    with db.transaction() as session:
        shop = Shop(channel="woocommerce", name="Web shop", base_url="http://127.0.0.1:1", credentials_ref="web",
                    options={"region": "cn"})
        session.add(shop)
        session.flush()
        shop_id = shop.id
    return Stockroom(runtime, shop_id, sh, gz, bins, skus)


def run(room: Stockroom, *order_ids: int, **kwargs: Any) -> AllocationResult:
    return allocate(room.rt.db, room.rt.actor, {order_id: None for order_id in order_ids}, **kwargs)


# -- settings -------------------------------------------------------------------------------------


def test_settings_default_to_every_warehouse_and_wait(room: Stockroom) -> None:
    with room.rt.db.reading() as session:
        assert allocation_settings(session, room.shop_id) == AllocationSettings([], PartialPolicy.WAIT)
        with pytest.raises(NotFoundError):
            allocation_settings(session, 999_999)


def test_settings_are_saved_in_the_shop_options_with_an_audit_entry(room: Stockroom) -> None:
    room.policy(PartialPolicy.SPLIT, [room.gz, room.sh])

    with room.rt.db.reading() as session:
        assert allocation_settings(session, room.shop_id) == AllocationSettings([room.gz, room.sh], PartialPolicy.SPLIT)
        options = session.get(Shop, room.shop_id).options
    assert options["region"] == "cn"  # the shop's other options stay
    assert options["allocation"] == {"warehouse_ids": [room.gz, room.sh], "partial_policy": "split"}
    assert room.audit("shop", room.shop_id)[-1] == ("shop.allocation",
                                                    "set the allocation of shop Web shop: GZ > SH, split")


@pytest.mark.parametrize(("warehouses", "message"), [
    ([999_999], "warehouses: warehouse 999999 does not exist; choose the shop's warehouses again"),
    (["sh", "sh"], "warehouses: a warehouse is listed twice in the allocation order; list each once"),
])
def test_settings_naming_unknown_or_repeated_warehouses_are_refused(room: Stockroom, warehouses: list[Any],
                                                                      message: str) -> None:
    ids = [room.sh if w == "sh" else w for w in warehouses]
    with pytest.raises(ValidationError) as refused:
        save_allocation_settings(room.rt.db, room.rt.actor, room.shop_id, AllocationSettings(ids, PartialPolicy.WAIT))
    assert str(refused.value) == message
    with room.rt.db.reading() as session:
        assert "allocation" not in session.get(Shop, room.shop_id).options


# -- whole orders ---------------------------------------------------------------------------------


def test_a_whole_order_is_allocated_in_the_first_warehouse(room: Stockroom) -> None:
    for warehouse in (room.sh, room.gz):
        room.receive("TEE", 5, warehouse)
        room.receive("MUG", 3, warehouse)
    order_id = room.order(("TEE", 2), ("MUG", 1), ("TEE", 1))
    version = room.load(order_id).version

    result = allocate(room.rt.db, room.rt.actor, {order_id: version})

    assert (result.done, result.allocated, result.failed) == ([order_id], [order_id], [])
    order = room.load(order_id)
    assert (order.state, order.warehouse_id, order.version) == (OrderState.ALLOCATED, room.sh, version + 1)
    assert [line.allocated_quantity for line in order.lines] == [D(2), D(1), D(1)]
    assert room.reservations(order_id) == [("MUG", "SH", D(1), 2), ("TEE", "SH", D(1), 3), ("TEE", "SH", D(2), 1)]
    assert room.stock("TEE", room.sh) == (D(5), D(3)) and room.stock("TEE", room.gz) == (D(5), D(0))
    assert room.history(order_id) == [("allocate", "approved", "allocated", room.rt.actor.name)]
    assert room.audit("order", order_id) == [("order.allocate", "allocated order #A001 in SH")]


def test_the_second_warehouse_ships_when_the_first_cannot_fill_the_whole_order(room: Stockroom) -> None:
    room.receive("TEE", 5, room.sh)  # SH has the tees but no mug
    room.receive("TEE", 2, room.gz)
    room.receive("MUG", 1, room.gz)
    order_id = room.order(("TEE", 2), ("MUG", 1))

    assert run(room, order_id).allocated == [order_id]

    assert room.load(order_id).warehouse_id == room.gz
    assert room.reservations(order_id) == [("MUG", "GZ", D(1), 2), ("TEE", "GZ", D(2), 1)]
    assert room.stock("TEE", room.sh) == (D(5), D(0))  # never split over two warehouses


def test_the_shops_warehouse_order_comes_before_the_warehouses_own(room: Stockroom) -> None:
    for warehouse in (room.sh, room.gz):
        room.receive("TEE", 5, warehouse)
    room.policy(PartialPolicy.WAIT, [room.gz, room.sh])
    first = room.order(("TEE", 4))
    second = room.order(("TEE", 4), minutes=1)

    assert run(room, first, second).allocated == [first, second]

    assert (room.load(first).warehouse_id, room.load(second).warehouse_id) == (room.gz, room.sh)


def test_a_warehouse_left_out_of_the_shops_list_or_inactive_is_not_used(room: Stockroom) -> None:
    room.receive("TEE", 5, room.sh)
    room.receive("TEE", 5, room.gz)
    room.policy(PartialPolicy.WAIT, [room.gz])
    order_id = room.order(("TEE", 6))
    assert run(room, order_id).waiting == [order_id]  # GZ alone has 5; SH is not this shop's

    with room.rt.db.transaction() as session:
        session.execute(update(Warehouse).where(Warehouse.id == room.gz).values(active=False))
    result = run(room, order_id)
    assert [str(f.error) for f in result.failed] == [
        "cannot allocate order #A001: its shop has no active warehouse to ship from"]


def test_a_virtual_bundle_reserves_its_components_and_a_prepacked_one_itself(room: Stockroom) -> None:
    room.receive("TEE", 10, room.sh)
    room.receive("MUG", 5, room.sh)
    room.receive("BOX", 1, room.sh)
    order_id = room.order(("KIT", 2), ("BOX", 1), ("TEE", 1))

    assert run(room, order_id).allocated == [order_id]

    assert room.reservations(order_id) == [("BOX", "SH", D(1), 2), ("MUG", "SH", D(2), 1),
                                           ("TEE", "SH", D(1), 3), ("TEE", "SH", D(4), 1)]
    assert [line.allocated_quantity for line in room.load(order_id).lines] == [D(2), D(1), D(1)]
    assert room.stock("TEE", room.sh) == (D(10), D(5))


def test_a_bundle_and_a_line_of_its_component_count_together(room: Stockroom) -> None:
    room.receive("TEE", 4, room.sh)  # the kit takes 4: nothing is left for the single tee
    room.receive("MUG", 2, room.sh)
    room.receive("TEE", 5, room.gz)
    room.receive("MUG", 2, room.gz)
    order_id = room.order(("KIT", 2), ("TEE", 1))

    assert run(room, order_id).allocated == [order_id]
    assert room.load(order_id).warehouse_id == room.gz  # SH has 4 tees, the order needs 5


# -- partial policies -------------------------------------------------------------------------------


def test_wait_reserves_nothing_and_flags_what_is_short_once(room: Stockroom) -> None:
    room.receive("TEE", 1, room.sh)
    order_id = room.order(("TEE", 3), ("MUG", 1))
    version = room.load(order_id).version

    first = run(room, order_id)
    again = run(room, order_id)

    assert (first.waiting, first.done, first.allocated, again.waiting) == ([order_id], [order_id], [], [order_id])
    order = room.load(order_id)
    assert (order.state, order.warehouse_id, order.version) == (OrderState.APPROVED, None, version)
    assert room.reservations(order_id) == []
    assert room.open_flags(order_id) == {
        K.OUT_OF_STOCK: "MUG: needs 1, 0 available in SH; TEE: needs 3, 1 available in SH"}
    assert room.flag_count(order_id, K.OUT_OF_STOCK) == 1
    assert room.flag_problems(order_id, K.OUT_OF_STOCK) == [
        ("{sku}: needs {needed}, {available} available in {warehouse}",
         {"sku": "MUG", "needed": "1", "available": "0", "warehouse": "SH"}),
        ("{sku}: needs {needed}, {available} available in {warehouse}",
         {"sku": "TEE", "needed": "3", "available": "1", "warehouse": "SH"})]
    assert room.audit("order", order_id) == [("order.allocation_waiting", "order #A001 waits for stock: MUG: needs 1, "
                                                                         "0 available in SH; TEE: needs 3, 1 available in SH")]
    assert room.history(order_id) == []

    room.receive("TEE", 2, room.sh)
    room.receive("MUG", 1, room.sh)
    assert run(room, order_id).allocated == [order_id]
    assert room.open_flags(order_id) == {}  # the flag is resolved once the stock is there


def test_split_ships_what_the_best_warehouse_has_and_the_rest_waits(room: Stockroom) -> None:
    room.policy(PartialPolicy.SPLIT)
    room.receive("TEE", 5, room.sh)  # SH: all the tees, one of two mugs, no cap
    room.receive("MUG", 1, room.sh)
    room.receive("CAP", 1, room.gz)  # GZ fills one line whole: SH fills one whole and one in part
    order_id = room.order(("TEE", 2), ("MUG", 2), ("CAP", 1))

    result = run(room, order_id)

    assert (result.done, result.waiting, result.allocated, result.failed) == ([order_id], [order_id], [], [])
    [part_id] = result.split_off
    part, original = room.load(part_id), room.load(order_id)
    assert (part.state, part.warehouse_id, part.parent_id) == (OrderState.ALLOCATED, room.sh, order_id)
    assert sorted((line.sku_id, line.quantity, line.allocated_quantity) for line in part.lines) == sorted(
        [(room.skus["TEE"], D(2), D(2)), (room.skus["MUG"], D(1), D(1))])
    assert room.reservations(part_id) == [("MUG", "SH", D(1), _line_no(part, "MUG")),
                                          ("TEE", "SH", D(2), _line_no(part, "TEE"))]
    remaining = {line.sku_id: line.quantity for line in original.lines if line.quantity > 0}
    assert remaining == {room.skus["MUG"]: D(1), room.skus["CAP"]: D(1)}
    assert (original.state, original.warehouse_id) == (OrderState.APPROVED, None)
    assert room.reservations(order_id) == []
    assert room.open_flags(order_id) == {
        K.OUT_OF_STOCK: "CAP: needs 1, 0 available in SH; MUG: needs 1, 0 available in SH"}
    assert part.total + original.total == D("50.00")  # the money followed the lines
    assert ("allocate", "approved", "allocated", room.rt.actor.name) in room.history(part_id)


def _line_no(order: Order, sku: str) -> int:
    return next(line.line_no for line in order.lines if line.channel_sku == sku)


def test_split_with_nothing_in_stock_waits_whole(room: Stockroom) -> None:
    room.policy(PartialPolicy.SPLIT)
    order_id = room.order(("TEE", 2))

    result = run(room, order_id)

    assert (result.waiting, result.split_off) == ([order_id], [])
    assert K.OUT_OF_STOCK in room.open_flags(order_id)


def test_allocate_available_reserves_what_there_is_and_flags_the_shortfall(room: Stockroom) -> None:
    room.policy(PartialPolicy.ALLOCATE_AVAILABLE)
    room.receive("TEE", 2, room.sh)
    room.receive("MUG", 1, room.sh)
    room.receive("TEE", 1, room.gz)
    order_id = room.order(("TEE", 3), ("MUG", 1), ("CAP", 2))

    result = run(room, order_id)

    assert (result.partial, result.allocated, result.waiting) == ([order_id], [], [])
    order = room.load(order_id)
    assert (order.state, order.warehouse_id) == (OrderState.ALLOCATED, room.sh)
    assert [line.allocated_quantity for line in order.lines] == [D(2), D(1), D(0)]
    assert room.reservations(order_id) == [("MUG", "SH", D(1), 2), ("TEE", "SH", D(2), 1)]
    assert room.open_flags(order_id) == {
        K.PARTIALLY_ALLOCATED: "line 1 TEE: 2 of 3 allocated in SH; line 3 CAP: 0 of 2 allocated in SH"}
    assert room.flag_problems(order_id, K.PARTIALLY_ALLOCATED)[1] == (
        "line {line} {sku}: {allocated} of {quantity} allocated in {warehouse}",
        {"line": 3, "sku": "CAP", "allocated": "0", "quantity": "2", "warehouse": "SH"})

    # topping up: deallocate, then allocate again once the stock is in
    assert deallocate(room.rt.db, room.rt.actor, {order_id: None}).done == [order_id]
    assert room.open_flags(order_id) == {}
    room.receive("TEE", 1, room.sh)
    room.receive("CAP", 2, room.sh)
    assert run(room, order_id).allocated == [order_id]
    assert [line.allocated_quantity for line in room.load(order_id).lines] == [D(3), D(1), D(2)]
    assert room.open_flags(order_id) == {}


def test_a_bundle_is_filled_in_whole_units_only_when_all_its_components_are(room: Stockroom) -> None:
    room.policy(PartialPolicy.ALLOCATE_AVAILABLE)
    room.receive("TEE", 3, room.sh)  # enough tees for one kit and a half, mugs for two
    room.receive("MUG", 2, room.sh)
    order_id = room.order(("KIT", 2))

    assert run(room, order_id).partial == [order_id]

    assert room.reservations(order_id) == [("MUG", "SH", D(1), 1), ("TEE", "SH", D(2), 1)]
    assert room.load(order_id).lines[0].allocated_quantity == D(1)


# -- deallocation -------------------------------------------------------------------------------------


def test_deallocate_gives_the_stock_back_exactly(room: Stockroom) -> None:
    room.receive("TEE", 5, room.sh)
    room.receive("MUG", 2, room.sh)
    other = room.order(("TEE", 1))
    order_id = room.order(("KIT", 1), ("TEE", 2), minutes=1)
    assert run(room, other).allocated == [other]
    before = room.books()

    assert run(room, order_id).allocated == [order_id]
    assert room.books() != before
    version = room.load(order_id).version
    result = deallocate(room.rt.db, room.rt.actor, {order_id: version})

    assert (result.done, result.failed) == ([order_id], [])
    assert room.books() == before
    order = room.load(order_id)
    assert (order.state, order.warehouse_id) == (OrderState.APPROVED, None)
    assert [line.allocated_quantity for line in order.lines] == [D(0), D(0)]
    assert room.reservations(order_id) == []
    assert [t[:3] for t in room.history(order_id)] == [("allocate", "approved", "allocated"),
                                                       ("deallocate", "allocated", "approved")]
    assert room.audit("order", order_id)[-1] == ("order.deallocate", "deallocated order #A002: 5 released in SH")


def test_deallocate_refuses_an_order_that_is_not_allocated(room: Stockroom) -> None:
    order_id = room.order(("TEE", 1))

    result = deallocate(room.rt.db, room.rt.actor, {order_id: None})

    assert [(f.order_id, f.number, str(f.error)) for f in result.failed] == [
        (order_id, "#A001", "cannot deallocate order #A001: it is approved")]


# -- refusals -----------------------------------------------------------------------------------------


def test_only_an_approved_order_is_allocated(room: Stockroom) -> None:
    room.receive("TEE", 5, room.sh)
    new = room.order(("TEE", 1), state=OrderState.NEW)
    held = room.order(("TEE", 1), state=OrderState.ON_HOLD)

    result = run(room, new, held)

    assert [str(f.error) for f in result.failed] == ["cannot allocate order #A001: it is new (to review)",
                                                     "cannot allocate order #A002: it is on hold"]
    assert result.done == [] and room.stock("TEE", room.sh) == (D(5), D(0))
    with room.rt.db.transaction() as session:
        order = session.get(Order, new)
        with pytest.raises(OrderNotAllowedError):
            allocate_order_in(session, room.rt.actor, order)


def test_an_unmapped_line_is_refused_by_name_and_nothing_is_reserved(room: Stockroom) -> None:
    room.receive("TEE", 5, room.sh)
    order_id = room.order(("TEE", 1), (None, 1))

    result = run(room, order_id)

    [failure] = result.failed
    assert isinstance(failure.error, NotAllowedError)
    assert str(failure.error) == "cannot allocate order #A001: line 2 (LISTING-X) is not mapped to a SKU yet"
    assert room.reservations(order_id) == [] and room.load(order_id).state is OrderState.APPROVED


def test_a_bundle_without_components_is_refused(room: Stockroom) -> None:
    empty = create_sku(room.rt.db, room.rt.actor, SkuSpec("EMPTY-KIT", "Empty kit", kind=SkuKind.VIRTUAL_BUNDLE))
    room.skus["EMPTY-KIT"] = empty
    order_id = room.order(("EMPTY-KIT", 1))

    [failure] = run(room, order_id).failed

    assert str(failure.error) == "cannot allocate order #A001: bundle EMPTY-KIT on line 1 has no components"


# -- many orders ----------------------------------------------------------------------------------------


def test_every_approved_order_highest_priority_first_then_oldest(room: Stockroom) -> None:
    room.receive("TEE", 2, room.sh)
    old = room.order(("TEE", 1), minutes=0)
    new = room.order(("TEE", 1), minutes=10)
    urgent = room.order(("TEE", 1), minutes=20, priority=5)
    room.order(("TEE", 1), state=OrderState.NEW)  # not approved: not taken

    result = allocate(room.rt.db, room.rt.actor)

    assert (result.allocated, result.waiting, result.failed) == ([urgent, old], [new], [])


def test_newest_first_when_asked(room: Stockroom) -> None:
    room.receive("TEE", 2, room.sh)
    old = room.order(("TEE", 1), minutes=0)
    new = room.order(("TEE", 1), minutes=10)
    urgent = room.order(("TEE", 1), minutes=20, priority=5)

    result = allocate(room.rt.db, room.rt.actor, oldest_first=False)

    assert (result.allocated, result.waiting) == ([urgent, new], [old])


def test_a_selection_is_allocated_in_priority_order_whatever_order_it_comes_in(room: Stockroom) -> None:
    room.receive("TEE", 1, room.sh)
    old = room.order(("TEE", 1), minutes=0)
    new = room.order(("TEE", 1), minutes=10, priority=1)
    room.order(("TEE", 1), minutes=5)  # not selected

    result = run(room, old, new)

    assert (result.allocated, result.waiting) == ([new], [old])


def test_paging_through_many_approved_orders_passes_over_those_that_wait(room: Stockroom,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from omsdesk.orders import allocation

    monkeypatch.setattr(allocation, "PAGE", 3)
    monkeypatch.setattr(allocation, "GROUP", 2)
    room.receive("TEE", 4, room.sh)
    ids = [room.order(("TEE", 2 if n % 2 else 1), minutes=n % 4, priority=n % 3) for n in range(10)]
    seen: list[tuple[int, int]] = []

    result = allocate(room.rt.db, room.rt.actor, progress=lambda done, total: seen.append((done, total)))

    expected = sorted(ids, key=lambda i: (-(ids.index(i) % 3), ids.index(i) % 4, i))
    assert result.done == expected  # each once, in allocation order
    assert seen == [(n, 10) for n in range(1, 11)]
    assert sum(room.load(i).lines[0].quantity for i in result.allocated) == D(4)
    assert room.stock("TEE", room.sh) == (D(4), D(4))


def test_the_summary_names_each_failure_and_the_rest_are_allocated(room: Stockroom) -> None:
    room.receive("TEE", 10, room.sh)
    good = room.order(("TEE", 1))
    stale = room.order(("TEE", 1), minutes=1)
    cancelled = room.order(("TEE", 1), minutes=2, state=OrderState.CANCELLED)
    unmapped = room.order((None, 1), minutes=3)
    also_good = room.order(("TEE", 2), minutes=4)
    seen_version = room.load(stale).version
    with room.rt.db.transaction() as session:  # someone else changes it meanwhile
        session.get(Order, stale).seller_remark = "call the buyer first"

    result = allocate(room.rt.db, room.rt.actor, {good: None, stale: seen_version, cancelled: None,
                                                  unmapped: None, also_good: None, 999_999: None})

    assert result.allocated == [good, also_good]
    failures = {f.order_id: (f.number, type(f.error)) for f in result.failed}
    assert failures == {stale: ("#A002", ConflictError), cancelled: ("#A003", OrderNotAllowedError),
                        unmapped: ("#A004", NotAllowedError), 999_999: ("999999", NotFoundError)}
    assert "reload it and try again" in str(next(f.error for f in result.failed if f.order_id == stale))
    assert result.total == 6
    assert room.stock("TEE", room.sh) == (D(10), D(3))


def test_cancelling_stops_between_orders_and_keeps_what_was_done(room: Stockroom) -> None:
    room.receive("TEE", 10, room.sh)
    ids = [room.order(("TEE", 1), minutes=n) for n in range(5)]
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    result = run(room, *ids, cancelled=cancelled)

    assert result.cancelled and result.allocated == ids[:2]
    assert room.load(ids[2]).state is OrderState.APPROVED
    assert room.stock("TEE", room.sh) == (D(10), D(2))


def test_a_refusal_while_writing_rolls_the_group_back_and_each_order_goes_again_alone(
        room: Stockroom, monkeypatch: pytest.MonkeyPatch) -> None:
    from omsdesk.orders import allocation

    room.receive("TEE", 5, room.sh)
    ids = [room.order(("TEE", 1), minutes=n) for n in range(3)]
    real_reserve, calls = allocation.reserve, []

    def reserve_refusing_once(*args: Any, **kwargs: Any) -> int:
        calls.append(args[2])
        if len(calls) == 2:  # as when another desktop took the stock after we read it
            raise InsufficientStockError("{sku}: someone may have just taken it", sku="TEE")
        return real_reserve(*args, **kwargs)

    monkeypatch.setattr(allocation, "reserve", reserve_refusing_once)
    result = run(room, *ids)

    assert (result.allocated, result.failed) == (ids, [])
    assert len(calls) == 2 + 3  # the one-go pass reached the second order; then each order on its own
    assert room.stock("TEE", room.sh) == (D(5), D(3))
    for order_id in ids:  # nothing of the rolled-back pass is left twice
        assert room.reservations(order_id) == [("TEE", "SH", D(1), 1)]
        assert len(room.history(order_id)) == 1 and len(room.audit("order", order_id)) == 1


def test_a_deadlock_ended_by_the_database_sends_each_order_of_the_group_alone(
        room: Stockroom, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError

    from omsdesk.orders import allocation

    class Deadlock(Exception):
        sqlstate = "40P01"  # what PostgreSQL says when it ends a deadlock by failing one transaction

    room.receive("TEE", 5, room.sh)
    ids = [room.order(("TEE", 1), minutes=n) for n in range(3)]
    real_alone, alone_calls = allocation._group_order_by_order, []

    def deadlocked(*args: Any, **kwargs: Any) -> Any:
        raise OperationalError("UPDATE warehouse_stock …", {}, Deadlock("deadlock detected"))

    def alone(db: Any, actor: Any, group: Any, *rest: Any) -> Any:
        alone_calls.append([order_id for order_id, _ in group])
        if len(alone_calls) == 2:  # the other desktop wins once more: this one is tried again
            raise OperationalError("UPDATE warehouse_stock …", {}, Deadlock("deadlock detected"))
        return real_alone(db, actor, group, *rest)

    monkeypatch.setattr(allocation, "_group_in_one_go", deadlocked)
    monkeypatch.setattr(allocation, "_group_order_by_order", alone)
    result = run(room, *ids)

    assert (result.allocated, result.failed) == (ids, [])
    assert alone_calls == [[ids[0]], [ids[1]], [ids[1]], [ids[2]]]
    assert room.stock("TEE", room.sh) == (D(5), D(3))

    def not_a_deadlock(*args: Any, **kwargs: Any) -> Any:
        raise OperationalError("SELECT 1", {}, Exception("the server closed the connection"))

    monkeypatch.setattr(allocation, "_group_in_one_go", not_a_deadlock)
    with pytest.raises(OperationalError):  # anything else is not ours to hide
        run(room, room.order(("TEE", 1)))


# -- racing for the last unit -------------------------------------------------------------------------------


def test_stock_taken_after_our_reading_is_planned_again_on_fresh_figures(room: Stockroom) -> None:
    room.receive("TEE", 1, room.sh)
    room.receive("TEE", 1, room.gz)
    ours = room.order(("TEE", 1))
    theirs = room.order(("TEE", 1))
    with room.rt.db.reading() as session:
        context = AllocationContext(session)
        context.prepare(session, [room.load(ours)])  # we saw one tee in SH
    with room.rt.db.transaction() as session:  # another desktop takes it
        reserve(session, Actor("other desk"), room.skus["TEE"], room.sh, D(1), "order", theirs)

    with room.rt.db.transaction() as session:
        order = states.load_for_change(session, ours)
        allocation = allocate_order_in(session, room.rt.actor, order, context)

    assert (allocation.outcome, allocation.warehouse_id) == (Outcome.ALLOCATED, room.gz)
    assert room.stock("TEE", room.sh) == (D(1), D(1)) and room.stock("TEE", room.gz) == (D(1), D(1))


def test_two_desktops_allocating_the_last_unit_never_both_get_it(room: Stockroom) -> None:
    other_desk = Database(room.rt.db.url)
    desks = [(room.rt.db, Actor("desk one")), (other_desk, Actor("desk two"))]
    try:
        for round_no in range(5):
            room.receive("TEE", 1, room.sh)
            pair = [room.order(("TEE", 1), minutes=round_no), room.order(("TEE", 1), minutes=round_no)]
            barrier = threading.Barrier(2)
            results: list[AllocationResult | BaseException] = [None, None]  # type: ignore[list-item]

            def desk(index: int, pair: list[int] = pair, barrier: threading.Barrier = barrier,
                     results: list[Any] = results) -> None:
                db, actor = desks[index]
                barrier.wait()
                try:
                    results[index] = allocate(db, actor, {pair[index]: None})
                except BaseException as error:  # noqa: BLE001 - reported by the assertion below
                    results[index] = error

            threads = [threading.Thread(target=desk, args=(i,)) for i in range(2)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(60)
            assert all(isinstance(r, AllocationResult) for r in results), results
            allocated = [i for r in results for i in r.allocated]
            others = [i for r in results for i in r.waiting] + [f.order_id for r in results for f in r.failed]
            assert len(allocated) == 1 and sorted(allocated + others) == sorted(pair)
            for r in results:
                assert all(isinstance(f.error, InsufficientStockError) for f in r.failed)
            on_hand, reserved = room.stock("TEE", room.sh)
            assert (on_hand, reserved) == (D(round_no + 1), D(round_no + 1))
        for _, _, on_hand, reserved, held in room.books():
            assert reserved == held and on_hand - reserved >= 0
    finally:
        other_desk.dispose()


def test_two_desktops_allocating_everything_at_once_keep_the_books_straight(room: Stockroom) -> None:
    import random

    rng = random.Random(5)
    for sku in ("TEE", "MUG", "CAP"):
        room.receive(sku, 12, room.sh)
        room.receive(sku, 4, room.gz)
    kinds = ("TEE", "MUG", "CAP", "KIT")
    ids = [room.order(*[(sku, rng.choice((1, 2))) for sku in rng.sample(kinds, rng.choice((1, 2, 3)))],
                      minutes=n % 7, priority=n % 2) for n in range(40)]
    other_desk = Database(room.rt.db.url)
    desks = [(room.rt.db, Actor("desk one")), (other_desk, Actor("desk two"))]
    barrier = threading.Barrier(2)
    results: list[Any] = [None, None]

    def desk(index: int) -> None:
        db, actor = desks[index]
        barrier.wait()
        try:
            results[index] = allocate(db, actor)
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            results[index] = error

    threads = [threading.Thread(target=desk, args=(i,)) for i in range(2)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    finally:
        other_desk.dispose()

    assert all(isinstance(r, AllocationResult) for r in results), results
    for r in results:  # what one desk could not do, the other had done
        assert all(isinstance(f.error, NotAllowedError | ConflictError) for f in r.failed), r.failed
    allocated = [i for r in results for i in r.allocated]
    assert len(allocated) == len(set(allocated))  # never allocated twice
    for _, _, on_hand, reserved, held in room.books():
        assert reserved == held and 0 <= reserved <= on_hand
    for order_id in ids:
        order = room.load(order_id)
        held = room.reservations(order_id)
        if order.state is OrderState.ALLOCATED:
            assert order_id in allocated and held
            assert {line.line_no: line.allocated_quantity for line in order.lines} == {
                line.line_no: line.quantity for line in order.lines}
            assert {w for _, w, _, _ in held} == {"SH" if order.warehouse_id == room.sh else "GZ"}
        else:
            assert order.state is OrderState.APPROVED and held == [] and K.OUT_OF_STOCK in room.open_flags(order_id)
