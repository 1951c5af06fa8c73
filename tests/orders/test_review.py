"""Order review (审单): each rule flags the right order with its reason, clean orders arrive approved,
re-importing changes nothing, a person approves over the flags or has the orders reviewed again."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event, func, select, update

from connectors.base import ChannelAddress, ChannelOrder, ChannelOrderLine, Lifecycle
from omsdesk.auth.actor import Actor
from omsdesk.auth.models import AuditEntry
from omsdesk.catalog.bundles import ComponentSpec, set_bundle_components
from omsdesk.catalog.mapping import map_channel_sku
from omsdesk.catalog.models import SkuKind
from omsdesk.catalog.services import SkuSpec, create_sku
from omsdesk.errors import ValidationError
from omsdesk.inventory.ledger import MoveSpec, post_moves, reserve
from omsdesk.inventory.locations import add_location, create_warehouse, virtual_location, warehouse_root
from omsdesk.inventory.models import LocationKind, MoveReason, Warehouse
from omsdesk.orders import keys
from omsdesk.orders.models import (
    Order,
    OrderIssue,
    OrderIssueKind,
    OrderState,
    OrderTransition,
    PaymentStatus,
)
from omsdesk.orders.review import (
    ReviewRules,
    address_finding,
    approve,
    load_rules,
    review_again,
    review_in,
    save_rules,
)
from omsdesk.runtime import Runtime
from omsdesk.sync.importer import PageImporter
from omsdesk.sync.models import Shop
from omsdesk.sync.service import run_sync
from tests.fakes import EPOCH, ScriptedConnector

K = OrderIssueKind
HOME = ChannelAddress(name="王小明", line1="上海市黄浦区人民路 100 号", city="上海市", postcode="200001",
                      country="CN", phone="13800001111")


@dataclass
class Shopfront:
    rt: Runtime
    shop_id: int
    main: int  # warehouse ids
    second: int
    skus: dict[str, int]
    bins: dict[int, int]  # warehouse → a bin in it

    def receive(self, sku: str, quantity: str, warehouse: int | None = None) -> None:
        with self.rt.db.transaction() as session:
            supplier = virtual_location(session, LocationKind.SUPPLIER)
            post_moves(session, self.rt.actor, [MoveSpec(self.skus[sku], Decimal(quantity), supplier,
                                                         self.bins[warehouse or self.main], MoveReason.RECEIPT)])

    def apply(self, *orders: ChannelOrder) -> None:
        with self.rt.db.transaction() as session:
            outcome = PageImporter(session, self.shop_id, self.rt.actor).apply(list(orders))
        assert not outcome.failures, outcome.failures


@pytest.fixture
def front(runtime: Runtime) -> Shopfront:
    db, actor = runtime.db, runtime.actor
    with db.transaction() as session:
        shop = Shop(channel="woocommerce", name="Web shop", base_url="http://127.0.0.1:1", credentials_ref="t",
                    options={})
        session.add(shop)
        session.flush()
        shop_id = shop.id
    main = create_warehouse(db, actor, "SH", "上海主仓")
    second = create_warehouse(db, actor, "GZ", "Guangzhou DC")
    bins = {}
    for warehouse in (main, second):
        with db.reading() as session:
            root = warehouse_root(session, warehouse).id
        bins[warehouse] = add_location(db, actor, root, LocationKind.BIN, "01")
    skus = {code: create_sku(db, actor, SkuSpec(code, name)) for code, name in (
        ("TS-BLK-M", "T恤 黑 M"), ("MUG-01", "马克杯"))}
    skus["SET-01"] = create_sku(db, actor, SkuSpec("SET-01", "礼盒 Gift set", kind=SkuKind.VIRTUAL_BUNDLE))
    set_bundle_components(db, actor, skus["SET-01"], [ComponentSpec(skus["MUG-01"], Decimal(2)),
                                                      ComponentSpec(skus["TS-BLK-M"], Decimal(1))])
    world = Shopfront(runtime, shop_id, main, second, skus, bins)
    world.receive("TS-BLK-M", "10")
    world.receive("MUG-01", "5")
    return world


def channel_order(number: int, *lines: tuple[str, int], minutes: int = 0, buyer: str = "王小明",
                  address: ChannelAddress = HOME, remark: str = "", price: str = "50.00",
                  lifecycle: Lifecycle = Lifecycle.OPEN, updated: int = 0, email: str = "") -> ChannelOrder:
    """Order ``number`` created ``minutes`` after EPOCH; its seller SKUs equal our SKU codes, so they map."""
    order_lines = tuple(
        ChannelOrderLine(external_id=f"{number}-{n}", channel_sku=sku, title=f"item {sku}", quantity=Decimal(qty),
                         unit_price=Decimal(price), subtotal=Decimal(price) * qty, subtotal_tax=Decimal(0),
                         total=Decimal(price) * qty, total_tax=Decimal(0))
        for n, (sku, qty) in enumerate(lines or (("TS-BLK-M", 1),), start=1))
    created = EPOCH + timedelta(minutes=minutes)
    return ChannelOrder(
        external_id=str(number), number=f"#{number}", status="processing", currency="CNY", created_at=created,
        updated_at=created + timedelta(minutes=updated), lines=order_lines,
        total=sum((line.total for line in order_lines), Decimal(0)), total_tax=Decimal(0), lifecycle=lifecycle,
        buyer_name=buyer, buyer_phone=address.phone, buyer_email=email, shipping_address=address,
        buyer_remark=remark, paid_at=None if lifecycle is Lifecycle.AWAITING_PAYMENT else created,
        raw={"id": number})


def order_id(rt: Runtime, external_id: str) -> int:
    with rt.db.reading() as session:
        return session.scalar(select(Order.id).where(Order.external_id == external_id))


def state(rt: Runtime, external_id: str) -> OrderState:
    with rt.db.reading() as session:
        return session.scalar(select(Order.state).where(Order.external_id == external_id))


def open_flags(rt: Runtime, external_id: str) -> dict[OrderIssueKind, str]:
    with rt.db.reading() as session:
        rows = session.execute(select(OrderIssue.kind, OrderIssue.message).join(Order, Order.id == OrderIssue.order_id)
                               .where(Order.external_id == external_id, OrderIssue.resolved_at.is_(None)))
        return dict(rows.all())


def transitions(rt: Runtime, external_id: str) -> list[tuple[str, str, str, str]]:
    with rt.db.reading() as session:
        return [tuple(row) for row in session.execute(
            select(OrderTransition.operation, OrderTransition.from_state, OrderTransition.to_state,
                   OrderTransition.reason).join(Order, Order.id == OrderTransition.order_id)
            .where(Order.external_id == external_id).order_by(OrderTransition.id))]


def set_rules(rt: Runtime, **changes: object) -> None:
    with rt.db.reading() as session:
        rules = load_rules(session)
    save_rules(rt.db, rt.actor, replace(rules, **changes))


# -- the issue's first done-when item ------------------------------------------------------------


def test_import_approves_clean_orders_and_flags_unmapped_short_address_and_duplicate(front: Shopfront) -> None:
    rt = front.rt
    other = replace(HOME, name="Alice Smith", line1="12 Baker Street", city="London", postcode="NW1 6XE",
                    country="GB", phone="+44 20 7946 0000")
    orders = [
        channel_order(1, ("TS-BLK-M", 1), ("MUG-01", 2)),
        channel_order(2, ("MUG-01", 1), buyer="Alice Smith", address=other, minutes=10),
        channel_order(3, ("TS-BLK-M", 1), ("NOPE-1", 1), buyer="李娜", address=replace(HOME, name="李娜"), minutes=20),
        channel_order(4, buyer="张伟", address=replace(HOME, name="张伟", line1="1号"), minutes=30),
        channel_order(5, ("TS-BLK-M", 1), ("MUG-01", 2), minutes=180),  # #1 again, 3 hours later
    ]
    result = run_sync(rt.db, None, rt.actor, front.shop_id, connector=ScriptedConnector(orders, page_size=2))
    assert result.ok and result.new == 5

    assert (state(rt, "1"), state(rt, "2")) == (OrderState.APPROVED, OrderState.APPROVED)
    assert transitions(rt, "1") == [("approve", "new", "approved", "passed review")]
    with rt.db.reading() as session:
        approved = session.scalars(select(Order).where(Order.external_id == "1")).one()
        assert approved.version == 2 and approved.state_changed_at is not None
    assert open_flags(rt, "1") == {} and open_flags(rt, "2") == {}
    with rt.db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity_id == order_id(rt, "1"),
                                                         AuditEntry.action == "order.review")).one()
    assert (entry.summary, entry.after) == ("order #1 approved: passed review", {"state": "approved"})
    assert state(rt, "3") is OrderState.NEW
    assert open_flags(rt, "3") == {K.UNMAPPED_SKU: "line 2 (NOPE-1): no SKU mapped"}
    assert state(rt, "4") is OrderState.NEW
    assert open_flags(rt, "4") == {K.ADDRESS_INCOMPLETE: 'street address "1号" is too short'}
    assert state(rt, "5") is OrderState.NEW  # imported on a later page than #1: still found
    assert open_flags(rt, "5") == {K.SUSPECTED_DUPLICATE: "same goods as order #1 from 3 h earlier"}
    assert transitions(rt, "5") == []


# -- each rule -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("country", "postcode", "plausible"), [
    ("CN", "200001", True), ("CN", "12", False), ("中国", "20000A", False), ("US", "94105", True),
    ("US", "94105-1234", True), ("USA", "9410", False), ("GB", "SW1A 1AA", True), ("UK", "nw16xe", True),
    ("GB", "12345", False), ("DE", "10115", True), ("DE", "1011", False), ("FR", "75001", True),
    ("JP", "100-0001", True), ("JP", "1000001", True), ("JP", "100-001", False), ("NL", "1012 AB", True),
])
def test_postcode_must_fit_the_country_where_its_format_is_known(country: str, postcode: str,
                                                                  plausible: bool) -> None:
    from omsdesk.orders.review import _Order

    order = _Order(1, 1, "#1", None, Decimal(0), "CNY", "", "", "", "王小明", "人民路 100 号", "上海市", postcode,
                   country, "138", "", "", "", "", EPOCH, None, None, "1")
    finding = address_finding(order, ReviewRules())
    if plausible:
        assert finding is None
    else:
        code = {"中国": "CN", "USA": "US"}.get(country, country)
        assert finding is not None and finding.message == f"postcode {postcode} is not a {code} postcode"


def test_address_rule_names_what_is_missing(front: Shopfront) -> None:
    front.apply(channel_order(1, address=replace(HOME, city="", phone="")),
                channel_order(2, address=replace(HOME, postcode=""), minutes=5, buyer="Bob"))
    assert open_flags(front.rt, "1") == {K.ADDRESS_INCOMPLETE: "missing city, phone"}
    assert state(front.rt, "2") is OrderState.APPROVED  # no postcode is fine unless required
    set_rules(front.rt, require_postcode=True)
    front.apply(channel_order(3, address=replace(HOME, postcode=""), minutes=10, buyer="Carol"))
    assert open_flags(front.rt, "3") == {K.ADDRESS_INCOMPLETE: "missing postcode"}


def test_stock_rule_counts_reservations_both_warehouses_and_bundle_components(front: Shopfront) -> None:
    rt = front.rt
    front.receive("TS-BLK-M", "3", front.second)  # 13 shirts over the two warehouses
    with rt.db.transaction() as session:  # 2 of the main warehouse's are held for something else
        reserve(session, rt.actor, front.skus["TS-BLK-M"], front.main, Decimal(2), "transfer", 1)
    front.apply(
        channel_order(1, ("TS-BLK-M", 11)),  # 11 available: fits exactly
        channel_order(2, ("TS-BLK-M", 12), buyer="B", minutes=1),
        channel_order(3, ("SET-01", 2), buyer="C", minutes=2),  # 4 mugs, 2 shirts: fits
        channel_order(4, ("SET-01", 3), buyer="D", minutes=3),  # 6 mugs of 5
        channel_order(5, ("SET-01", 2), ("MUG-01", 2), buyer="E", minutes=4),  # 6 mugs again, over two lines
    )
    assert state(rt, "1") is OrderState.APPROVED
    assert open_flags(rt, "2") == {K.OUT_OF_STOCK: "TS-BLK-M: needs 12, 11 available in the shop's warehouses"}
    assert state(rt, "3") is OrderState.APPROVED
    assert open_flags(rt, "4") == {K.OUT_OF_STOCK: "MUG-01: needs 6, 5 available in the shop's warehouses"}
    assert open_flags(rt, "5") == {K.OUT_OF_STOCK: "MUG-01: needs 6, 5 available in the shop's warehouses"}
    with rt.db.reading() as session:
        details = session.scalar(select(OrderIssue.details).where(OrderIssue.order_id == order_id(rt, "4")))
    assert details["shortages"] == [{"sku_id": front.skus["MUG-01"], "sku": "MUG-01", "needed": "6",
                                     "available": "5"}]


def test_stock_of_an_inactive_warehouse_does_not_count(front: Shopfront) -> None:
    front.receive("MUG-01", "10", front.second)
    with front.rt.db.transaction() as session:
        session.execute(update(Warehouse).where(Warehouse.id == front.second).values(active=False))
    front.apply(channel_order(1, ("MUG-01", 6)))
    assert open_flags(front.rt, "1") == {K.OUT_OF_STOCK: "MUG-01: needs 6, 5 available in the shop's warehouses"}


def test_only_the_shops_allocation_warehouses_count(front: Shopfront) -> None:
    from omsdesk.orders.allocation import AllocationSettings, save_allocation_settings

    front.receive("MUG-01", "10", front.second)
    front.apply(channel_order(1, ("MUG-01", 6)))
    assert state(front.rt, "1") is OrderState.APPROVED  # 15 over both warehouses
    save_allocation_settings(front.rt.db, front.rt.actor, front.shop_id, AllocationSettings([front.main]))
    front.apply(channel_order(2, ("MUG-01", 6), buyer="B", minutes=1))
    assert open_flags(front.rt, "2") == {K.OUT_OF_STOCK: "MUG-01: needs 6, 5 available in the shop's warehouses"}


def test_remark_amount_block_list_and_unpaid_rules(front: Shopfront) -> None:
    rt = front.rt
    set_rules(rt, block_list=("138 0000 2222", "Fraud@Example.com", "  "))
    front.receive("TS-BLK-M", "200")
    front.apply(
        channel_order(1, remark="请 发顺丰，不要 发 邮政"),
        channel_order(2, ("TS-BLK-M", 100), buyer="B", minutes=1),  # 5,000.00: not above
        channel_order(3, ("TS-BLK-M", 101), buyer="C", minutes=2),  # 5,050.00
        channel_order(4, buyer="D", address=replace(HOME, name="D", phone="138-0000-2222"), minutes=3),
        channel_order(5, buyer="E", email="fraud@example.COM", minutes=4),
        channel_order(6, buyer="F", lifecycle=Lifecycle.AWAITING_PAYMENT, minutes=5),
    )
    assert open_flags(rt, "1") == {K.REMARK: 'buyer remark: "请 发顺丰，不要 发 邮政"'}
    assert state(rt, "2") is OrderState.APPROVED
    assert open_flags(rt, "3") == {K.HIGH_AMOUNT: "total 5,050.00 CNY is above 5,000.00"}
    assert open_flags(rt, "4") == {K.BLOCKED_BUYER: "buyer 138 0000 2222 is on the block list"}
    assert open_flags(rt, "5") == {K.BLOCKED_BUYER: "buyer Fraud@Example.com is on the block list"}
    assert open_flags(rt, "6") == {K.UNPAID: "not paid yet"}


def test_paid_on_the_channel_later_clears_the_unpaid_flag_and_approves(front: Shopfront) -> None:
    rt = front.rt
    waiting = channel_order(1, lifecycle=Lifecycle.AWAITING_PAYMENT)
    front.apply(waiting)
    assert open_flags(rt, "1") == {K.UNPAID: "not paid yet"}
    front.apply(replace(waiting, lifecycle=Lifecycle.OPEN, paid_at=EPOCH, updated_at=EPOCH + timedelta(hours=1)))
    assert open_flags(rt, "1") == {} and state(rt, "1") is OrderState.APPROVED
    with rt.db.reading() as session:
        flag = session.scalars(select(OrderIssue).where(OrderIssue.order_id == order_id(rt, "1"))).one()
        summaries = list(session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "order.review")
                                         .order_by(AuditEntry.id)))
    assert (flag.kind, flag.resolved_by) == (K.UNPAID, rt.actor.name) and flag.resolved_at is not None
    assert summaries == ["order #1 flagged for review: not paid yet",
                         "order #1 review flags cleared: unpaid; approved: passed review"]


def test_duplicate_is_the_later_order_within_the_window_only(front: Shopfront) -> None:
    rt = front.rt
    front.apply(channel_order(1, ("MUG-01", 1)),
                channel_order(2, ("MUG-01", 1), minutes=45),  # 45 minutes after #1
                channel_order(3, ("MUG-01", 1), minutes=45 + 24 * 60 + 1),  # a day and a minute after #2
                channel_order(4, ("MUG-01", 2), minutes=50),  # other goods
                channel_order(5, ("MUG-01", 1), buyer="李娜", minutes=55))  # another buyer
    assert state(rt, "1") is OrderState.APPROVED
    assert open_flags(rt, "2") == {K.SUSPECTED_DUPLICATE: "same goods as order #1 from 45 min earlier"}
    assert [state(rt, n) for n in "345"] == [OrderState.APPROVED] * 3
    with rt.db.reading() as session:
        details = session.scalar(select(OrderIssue.details).where(OrderIssue.order_id == order_id(rt, "2")))
    assert (details["order_id"], details["minutes"]) == (order_id(rt, "1"), 45)


def test_an_earlier_order_imported_later_is_not_flagged(front: Shopfront) -> None:
    front.apply(channel_order(2, minutes=60))
    front.apply(channel_order(1))
    assert open_flags(front.rt, "1") == {} and state(front.rt, "1") is OrderState.APPROVED


def test_cancelled_merged_or_split_orders_are_not_duplicates(front: Shopfront) -> None:
    rt = front.rt
    front.apply(channel_order(1, lifecycle=Lifecycle.CANCELLED), channel_order(2, minutes=10))
    assert state(rt, "2") is OrderState.APPROVED  # the only earlier one is cancelled
    held = Lifecycle.ON_HOLD  # stored on hold: not reviewed until they are made parts of one purchase below
    front.apply(channel_order(3, ("MUG-01", 1), minutes=20, lifecycle=held),
                channel_order(4, ("MUG-01", 1), minutes=30, lifecycle=held),
                channel_order(5, minutes=40, lifecycle=held))  # #2's goods again
    three, four, five = order_id(rt, "3"), order_id(rt, "4"), order_id(rt, "5")
    with rt.db.transaction() as session:  # #3 and #4 merged; #5 split off #2
        session.execute(update(Order).where(Order.id.in_([three, four]))
                        .values(merge_group_id=three, state=OrderState.NEW))
        session.execute(update(Order).where(Order.id == five)
                        .values(parent_id=order_id(rt, "2"), state=OrderState.NEW))
        outcome = review_in(session, rt.actor, [four, five])
    assert sorted(outcome.approved) == [four, five] and outcome.flagged == {}
    with rt.db.transaction() as session:  # the same orders as strangers: both are duplicates
        session.execute(update(Order).where(Order.id.in_([four, five]))
                        .values(merge_group_id=None, parent_id=None, state=OrderState.NEW))
        outcome = review_in(session, rt.actor, [four, five], approve_clean=False)
    assert outcome.flagged == {four: [K.SUSPECTED_DUPLICATE], five: [K.SUSPECTED_DUPLICATE]}


def test_switched_off_rules_do_not_flag(front: Shopfront) -> None:
    rt = front.rt
    save_rules(rt.db, rt.actor, ReviewRules(
        address=False, unmapped_sku=False, out_of_stock=False, remark=False, high_amount=False,
        blocked_buyer=False, block_list=("王小明",), suspected_duplicate=False, unpaid=False))
    front.apply(channel_order(1, ("NOPE-1", 1), ("MUG-01", 99), address=replace(HOME, line1="1号", city=""),
                              remark="urgent", price="9999.00", lifecycle=Lifecycle.AWAITING_PAYMENT),
                channel_order(2, ("NOPE-1", 1), ("MUG-01", 99), minutes=1, address=replace(HOME, line1="1号", city=""),
                              remark="urgent", price="9999.00", lifecycle=Lifecycle.AWAITING_PAYMENT))
    assert (state(rt, "1"), state(rt, "2")) == (OrderState.APPROVED, OrderState.APPROVED)
    assert open_flags(rt, "1") == {} and open_flags(rt, "2") == {}


def test_a_rule_switched_off_resolves_its_open_flags_on_the_next_review(front: Shopfront) -> None:
    rt = front.rt
    front.apply(channel_order(1, remark="gift wrap please", price="6000.00"))
    assert set(open_flags(rt, "1")) == {K.REMARK, K.HIGH_AMOUNT}
    set_rules(rt, high_amount=False)
    result = review_again(rt.db, rt.actor, {order_id(rt, "1"): None})
    assert result.flagged == {order_id(rt, "1"): [K.REMARK]} and result.approved == []
    assert set(open_flags(rt, "1")) == {K.REMARK}


# -- idempotency ---------------------------------------------------------------------------------


def review_snapshot(rt: Runtime) -> list[object]:
    with rt.db.reading() as session:
        return [
            session.execute(select(Order.external_id, Order.state, Order.version).order_by(Order.id)).all(),
            session.execute(select(OrderIssue.id, OrderIssue.order_id, OrderIssue.kind, OrderIssue.message,
                                   OrderIssue.resolved_at).order_by(OrderIssue.id)).all(),
            session.scalar(select(func.count()).select_from(OrderTransition)),
            session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "order.review")),
        ]


def test_reimporting_the_same_data_changes_nothing(front: Shopfront) -> None:
    rt = front.rt
    orders = [channel_order(1), channel_order(2, ("NOPE-1", 1), buyer="B", minutes=1, remark="call me"),
              channel_order(3, minutes=30)]
    connector = ScriptedConnector(orders, page_size=2)
    run_sync(rt.db, None, rt.actor, front.shop_id, connector=connector)
    before = review_snapshot(rt)
    assert [row.state for row in before[0]] == [OrderState.APPROVED, OrderState.NEW, OrderState.NEW]
    with rt.db.transaction() as session:
        session.get(Shop, front.shop_id).sync_cursor = None  # everything comes again
    again = run_sync(rt.db, None, rt.actor, front.shop_id, connector=connector)
    assert again.unchanged == 3 and review_snapshot(rt) == before


def test_a_channel_update_of_a_flagged_order_keeps_its_flags_without_repeats(front: Shopfront) -> None:
    rt = front.rt
    flagged = channel_order(2, ("NOPE-1", 1), remark="call me")
    front.apply(flagged)
    before = review_snapshot(rt)
    front.apply(replace(flagged, status="processing-2", updated_at=flagged.updated_at + timedelta(hours=1)))
    after = review_snapshot(rt)
    assert after[1] == before[1] and after[2:] == before[2:]  # same open flags, no transition, no review entry
    assert set(open_flags(rt, "2")) == {K.UNMAPPED_SKU, K.REMARK}


# -- a person's decisions ------------------------------------------------------------------------


def test_approve_overrides_review_flags_but_refuses_unmapped_lines(front: Shopfront) -> None:
    rt = front.rt
    front.apply(channel_order(1, remark="leave at the door", price="6000.00"),
                channel_order(2, ("TS-BLK-M", 1), ("NOPE-1", 1), ("NOPE-2", 2), buyer="B", minutes=1))
    one, two = order_id(rt, "1"), order_id(rt, "2")
    staff = Actor("审单员 Li")
    with rt.db.reading() as session:
        versions = dict(session.execute(select(Order.id, Order.version).where(Order.id.in_([one, two]))).all())
    result = approve(rt.db, staff, versions)
    assert result.done == [one]
    assert [(f.order_id, str(f.error)) for f in result.failed] == [
        (two, "cannot approve order #2: map its listings first: NOPE-1, NOPE-2")]
    assert state(rt, "1") is OrderState.APPROVED and state(rt, "2") is OrderState.NEW
    assert transitions(rt, "1") == [("approve", "new", "approved",
                                     "approved by 审单员 Li, overriding: high_amount, remark")]
    with rt.db.reading() as session:
        resolved = session.execute(select(OrderIssue.kind, OrderIssue.resolved_by).where(OrderIssue.order_id == one)
                                   .order_by(OrderIssue.kind)).all()
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "order.approve")).one()
    assert resolved == [(K.HIGH_AMOUNT, "审单员 Li"), (K.REMARK, "审单员 Li")]
    assert entry.entity_id == one and "overriding" in entry.summary
    assert set(open_flags(rt, "2")) == {K.UNMAPPED_SKU}  # refused: nothing changed


def test_approve_refuses_an_order_changed_since_it_was_seen(front: Shopfront) -> None:
    rt = front.rt
    front.apply(channel_order(1, remark="x"))
    one = order_id(rt, "1")
    result = approve(rt.db, rt.actor, {one: 99})
    assert result.done == [] and "changed" in str(result.failed[0].error)
    assert state(rt, "1") is OrderState.NEW


def test_review_again_after_fixing_the_address_or_mapping_the_listing_approves(front: Shopfront) -> None:
    rt = front.rt
    front.apply(channel_order(1, address=replace(HOME, line1="1号")),
                channel_order(2, ("NOPE-1", 1), buyer="B", minutes=1),
                channel_order(3, remark="call first", buyer="C", minutes=2))
    one, two, three = order_id(rt, "1"), order_id(rt, "2"), order_id(rt, "3")
    with rt.db.transaction() as session:  # the person fixes the street (H1's edit_address does this)
        order = session.get(Order, one)
        order.ship_line1 = "上海市黄浦区人民路 1 号"
        keys.refresh_keys(order)
    map_channel_sku(rt.db, rt.actor, front.shop_id, channel_sku="NOPE-1", sku_id=front.skus["MUG-01"])
    result = review_again(rt.db, rt.actor, {one: None, two: None, three: None})
    assert sorted(result.done) == [one, two, three] and result.failed == []
    assert sorted(result.approved) == [one, two]
    assert result.flagged == {three: [K.REMARK]}
    assert (state(rt, "1"), state(rt, "2"), state(rt, "3")) == (
        OrderState.APPROVED, OrderState.APPROVED, OrderState.NEW)
    assert open_flags(rt, "1") == {} and open_flags(rt, "2") == {}
    with rt.db.reading() as session:
        cleared = session.execute(select(OrderIssue.kind, OrderIssue.resolved_by)
                                  .where(OrderIssue.order_id.in_([one, two])).order_by(OrderIssue.order_id)).all()
    assert cleared == [(K.ADDRESS_INCOMPLETE, rt.actor.name), (K.UNMAPPED_SKU, rt.actor.name)]


def test_review_again_refuses_an_order_that_is_no_longer_new(front: Shopfront) -> None:
    front.apply(channel_order(1))
    assert state(front.rt, "1") is OrderState.APPROVED
    result = review_again(front.rt.db, front.rt.actor, {order_id(front.rt, "1"): None})
    assert [str(f.error) for f in result.failed] == ["cannot approve order #1: it is approved"]


def test_review_in_without_approving_leaves_clean_orders_new(front: Shopfront) -> None:
    rt = front.rt
    front.apply(channel_order(1, lifecycle=Lifecycle.AWAITING_PAYMENT))
    one = order_id(rt, "1")
    with rt.db.transaction() as session:
        session.execute(update(Order).where(Order.id == one).values(payment_status=PaymentStatus.PAID))
        outcome = review_in(session, rt.actor, [one], approve_clean=False)
    assert outcome.approved == [] and outcome.flagged == {}
    assert state(rt, "1") is OrderState.NEW and open_flags(rt, "1") == {}


def test_an_order_loaded_by_the_caller_follows_its_approval(front: Shopfront) -> None:
    rt = front.rt
    front.apply(channel_order(1, lifecycle=Lifecycle.ON_HOLD))  # stored on hold: not reviewed yet
    with rt.db.transaction() as session:
        order = session.scalars(select(Order).where(Order.external_id == "1")).one()
        order.state = OrderState.NEW  # released (H1's release does this through states.move)
        session.flush()
        assert review_in(session, rt.actor, [order.id]).approved == [order.id]
        assert (order.state, order.version) == (OrderState.APPROVED, 3)  # read again, not the stale copy
        order.seller_remark = "checked by phone"  # a later change in the same transaction is not refused
    with rt.db.reading() as session:
        stored = session.scalars(select(Order).where(Order.external_id == "1")).one()
        assert (stored.state, stored.version, stored.seller_remark) == (OrderState.APPROVED, 4, "checked by phone")


# -- scale: the number of queries does not grow with the batch ----------------------------------


def count_statements(rt: Runtime, order_ids: list[int]) -> int:
    statements: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(rt.db.write_engine, "before_cursor_execute", note)
    try:
        with rt.db.transaction() as session:
            review_in(session, rt.actor, order_ids, approve_clean=False)
            session.rollback()
    finally:
        event.remove(rt.db.write_engine, "before_cursor_execute", note)
    return len(statements)


def test_review_costs_the_same_number_of_queries_for_5_or_300_orders(front: Shopfront) -> None:
    rt = front.rt
    set_rules(rt, block_list=("nobody",))  # every rule at work
    front.apply(*[channel_order(n, ("TS-BLK-M", 1), ("SET-01", 1), ("NOPE-1", 1), buyer=f"buyer {n % 7}",
                                minutes=n, remark="x" if n % 3 else "") for n in range(1, 301)])
    with rt.db.reading() as session:
        ids = list(session.scalars(select(Order.id).order_by(Order.id)))
    with rt.db.transaction() as session:  # back to new, without flags, so that both runs find the same work
        session.execute(update(Order).values(state=OrderState.NEW))
        session.execute(OrderIssue.__table__.delete())
    few, many = count_statements(rt, ids[:5]), count_statements(rt, ids)
    assert many == few, (few, many)
    assert many <= 16


# -- the rules as stored -------------------------------------------------------------------------


def test_rules_are_stored_checked_and_read_back(runtime: Runtime) -> None:
    with runtime.db.reading() as session:
        assert load_rules(session) == ReviewRules()
    stored = save_rules(runtime.db, runtime.actor, ReviewRules(
        amount_threshold=Decimal("8000.5"), duplicate_hours=48, block_list=(" 13800001111 ", "138 0000 1111", "",
                                                                            "Bad Buyer"), remark=False))
    assert stored.block_list == ("13800001111", "Bad Buyer") and stored.amount_threshold == Decimal("8000.50")
    with runtime.db.reading() as session:
        assert load_rules(session) == stored
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "settings.order_review")).one()
    assert entry.after["remark"] is False and entry.after["duplicate_hours"] == 48


@pytest.mark.parametrize(("changes", "field_name"), [
    ({"amount_threshold": Decimal("-1")}, "amount_threshold"),
    ({"amount_threshold": Decimal("10.005")}, "amount_threshold"),
    ({"duplicate_hours": 0}, "duplicate_hours"),
    ({"duplicate_hours": 10_000}, "duplicate_hours"),
    ({"block_list": ("x" * 201,)}, "block_list"),
])
def test_rules_out_of_range_are_refused(runtime: Runtime, changes: dict, field_name: str) -> None:
    with pytest.raises(ValidationError) as refused:
        save_rules(runtime.db, runtime.actor, replace(ReviewRules(), **changes))
    assert refused.value.field == field_name
    with runtime.db.reading() as session:
        assert load_rules(session) == ReviewRules()


def test_unreadable_stored_values_fall_back_to_the_defaults() -> None:
    rules = ReviewRules.from_json({"amount_threshold": "lots", "duplicate_hours": "12", "remark": False,
                                   "future_rule": True, "block_list": ["a", 5]})
    assert rules == ReviewRules(duplicate_hours=12, remark=False, block_list=("a", "5"))


def test_review_flags_are_settled_when_the_order_leaves_review_but_kept_on_hold(front: Shopfront) -> None:
    from omsdesk.fulfilment.services import ShipmentSpec, record_shipment
    from omsdesk.orders.operations import hold

    rt = front.rt
    front.apply(channel_order(1, remark="leave at the door"),
                channel_order(2, remark="call first", buyer="B", minutes=1))
    shipped, held = order_id(rt, "1"), order_id(rt, "2")
    record_shipment(rt.db, rt.actor, ShipmentSpec(shipped, "SF", "SF1234567890123"))  # shipped by hand from new
    assert hold(rt.db, rt.actor, {held: None}, "buyer asked to wait").done == [held]
    assert open_flags(rt, "1") == {}  # no "to review" banner on a parcel that has left
    assert set(open_flags(rt, "2")) == {K.REMARK}  # released, it comes back to review with its reason
