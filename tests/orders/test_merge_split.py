"""Merge (合单) and split (拆单): who may ship together, how money follows the lines, and what the
channel's later changes and the shipments do to merged and split orders. On SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from connectors.base import ChannelAddress, Lifecycle
from omsdesk.auth.models import AuditEntry
from omsdesk.errors import ConflictError, NotAllowedError, ValidationError
from omsdesk.fulfilment.services import ShipmentSpec, record_shipment
from omsdesk.orders import merge, operations
from omsdesk.orders.merge import MergeRefusedError, merge_group, merge_orders, merge_suggestions, unmerge
from omsdesk.orders.models import Order, OrderIssueKind, OrderLine, OrderOrigin, OrderState
from omsdesk.orders.money import allocate_prices
from omsdesk.orders.split import split_order
from omsdesk.orders.states import OrderNotAllowedError
from omsdesk.runtime import Runtime
from omsdesk.sync.models import OutboxItem
from tests.fakes import EPOCH
from tests.orders.operations_world import Desk, channel_order, make_desk

D = Decimal
S = OrderState
K = OrderIssueKind
LINE_MONEY = ("subtotal", "subtotal_tax", "discount", "total", "total_tax", "total_incl_tax", "net_total", "net_tax",
              "net_total_incl_tax")
ORDER_MONEY = ("goods_subtotal", "discount_total", "discount_tax", "shipping_total", "shipping_tax", "fee_total",
               "fee_tax", "total_tax", "total_excl_tax", "total", "residual", "item_count")


@pytest.fixture
def desk(runtime: Runtime) -> Desk:
    return make_desk(runtime)


def family(desk: Desk, root_id: int) -> list[Order]:
    """The order and every order split off it (and off those), lines loaded."""
    with desk.rt.db.reading() as session:
        found = [session.get(Order, root_id)]
        parents = [root_id]
        while parents:
            parts = list(session.scalars(select(Order).where(Order.parent_id.in_(parents)).order_by(Order.id)))
            found += parts
            parents = [part.id for part in parts]
        for order in found:
            order.lines  # noqa: B018 - loaded while the session is open
        return found


def line_of(order: Order, external_id: str) -> OrderLine:
    return next(line for line in order.lines if line.external_id == external_id)


# -- merge ------------------------------------------------------------------------------------------


def test_merge_groups_the_orders_and_keeps_each_one_whole(desk: Desk) -> None:
    ids = desk.import_orders([channel_order(1, lines=2), channel_order(2, lines=1), channel_order(3, lines=3)])
    before = [desk.order(i) for i in ids]
    group = merge_orders(desk.rt.db, desk.rt.actor, desk.versions(ids[2], ids[0], ids[1]))
    assert group == min(ids)
    after = [desk.order(i) for i in ids]
    assert [o.merge_group_id for o in after] == [group] * 3
    assert [(o.total, o.state, len(o.lines)) for o in after] == [(o.total, o.state, len(o.lines)) for o in before]
    for order_id in ids:
        [transition] = [t for t in desk.transitions(order_id) if t.operation == "merge"]
        assert transition.from_state == transition.to_state == "approved"
        assert "#1, #2, #3" in transition.reason
    with desk.rt.db.reading() as session:
        assert merge_group(session, ids[1]) == sorted(ids)
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "order.merged")).all()
    assert sorted(entry.entity_id for entry in entries) == sorted(ids)


def test_merging_into_a_group_joins_the_whole_group(desk: Desk) -> None:
    ids = desk.import_orders([channel_order(1, lines=2), channel_order(2, lines=1), channel_order(3, lines=3)])
    first = merge_orders(desk.rt.db, desk.rt.actor, desk.versions(ids[1], ids[2]))
    assert first == ids[1]
    group = merge_orders(desk.rt.db, desk.rt.actor, desk.versions(ids[0], ids[2]))  # one member is enough
    assert group == ids[0]
    assert [desk.order(i).merge_group_id for i in ids] == [group] * 3
    with pytest.raises(ValidationError, match="already merged"):
        merge_orders(desk.rt.db, desk.rt.actor, desk.versions(ids[1], ids[2]))


def test_merge_refusals_name_the_order_that_does_not_fit(desk: Desk) -> None:
    other_shop = desk.add_shop("Tmall 旗舰店", "taobao")
    ids = desk.import_orders([channel_order(1, lines=2), channel_order(2, lines=1, line1="淮海中路 8 号"),
                              channel_order(3, lines=3), channel_order(4, lines=1, buyer="张伟")])
    [elsewhere] = desk.import_orders([channel_order(5, lines=1)], shop_id=other_shop)
    desk.set_state(ids[2], S.ALLOCATED)
    cases = [
        ((ids[0], elsewhere), MergeRefusedError, "order #5 is from shop Tmall 旗舰店, order #1 from shop Web shop"),
        ((ids[0], ids[1]), MergeRefusedError, "order #2 goes to another buyer or address than order #1"),
        ((ids[0], ids[3]), MergeRefusedError, "order #4 goes to another buyer or address than order #1"),
        ((ids[0], ids[2]), OrderNotAllowedError, "cannot merge order #3: it is allocated"),
        ((ids[0],), ValidationError, "choose at least two orders to merge"),
    ]
    for chosen, error, message in cases:
        versions = desk.versions(*chosen)
        with pytest.raises(error) as refused:
            merge_orders(desk.rt.db, desk.rt.actor, versions)
        assert message in str(refused.value)
        assert desk.versions(*chosen) == versions
    assert all(desk.order(i).merge_group_id is None for i in [*ids, elsewhere])


def test_merge_refuses_a_stale_version(desk: Desk) -> None:
    ids = desk.import_orders([channel_order(1, lines=2), channel_order(2, lines=1)])
    seen = desk.versions(*ids)
    desk.touch(ids[1])
    with pytest.raises(ConflictError, match="order #2 was changed by 李娜"):
        merge_orders(desk.rt.db, desk.rt.actor, seen)
    assert desk.order(ids[0]).merge_group_id is None


def test_unmerge_takes_orders_out_and_dissolves_a_group_of_one(desk: Desk) -> None:
    ids = desk.import_orders([channel_order(1, lines=2), channel_order(2, lines=1), channel_order(3, lines=3)])
    group = merge_orders(desk.rt.db, desk.rt.actor, desk.versions(*ids))
    result = unmerge(desk.rt.db, desk.rt.actor, desk.versions(ids[0]))
    assert result.done == [ids[0]]
    assert [desk.order(i).merge_group_id for i in ids] == [None, group, group]  # the group keeps its id
    result = unmerge(desk.rt.db, desk.rt.actor, desk.versions(ids[2], ids[0]))
    assert result.done == [ids[2]]
    assert str(result.failed[0].error) == "order #1 is not merged with another order"
    assert [desk.order(i).merge_group_id for i in ids] == [None, None, None]
    assert [t.reason for t in desk.transitions(ids[1]) if t.operation == "unmerge"] == ["#3 left the group"]


def pair(number: int, buyer: str, line1: str) -> list[object]:
    """Two orders of one buyer to one address (with different goods: not duplicates)."""
    return [channel_order(number, lines=1, buyer=buyer, line1=line1),
            channel_order(number + 1, lines=2, buyer=buyer, line1=line1)]


def test_merge_suggestions_find_unallocated_orders_of_one_buyer_and_address(desk: Desk) -> None:
    later = timedelta(hours=1)
    ids = desk.import_orders([
        channel_order(1, lines=2), channel_order(2, lines=1),  # 王小明 at 人民路: a pair
        *pair(3, "张伟", "长江路 1 号"), *pair(5, "刘洋", "黄河路 2 号"), *pair(7, "陈静", "珠江路 3 号"),
    ])
    desk.set_state(ids[5], S.ALLOCATED)  # 刘洋: only one left that could merge
    merge_orders(desk.rt.db, desk.rt.actor, desk.versions(ids[6], ids[7]))  # 陈静: already one parcel
    with desk.rt.db.transaction() as session:  # 张伟 ordered most recently
        for order_id in ids[2:4]:
            session.get(Order, order_id).channel_created_at = EPOCH + later
    with desk.rt.db.reading() as session:
        suggestions = merge_suggestions(session)
        assert merge_suggestions(session, limit=1) == suggestions[:1]
        with pytest.MonkeyPatch.context() as patch:  # a backlog: walked newest first, two orders a page
            patch.setattr(merge, "GROUP_BY_UP_TO", 0)
            patch.setattr(merge, "PAGE", 2)
            assert merge_suggestions(session) == suggestions
            assert merge_suggestions(session, limit=1) == suggestions[:1]
    assert [(s.order_ids, s.numbers) for s in suggestions] == [
        ((ids[2], ids[3]), ("#3", "#4")), ((ids[0], ids[1]), ("#1", "#2"))]
    assert (suggestions[0].shop_name, suggestions[0].buyer) == ("Web shop", "张伟")
    assert suggestions[0].address == "长江路 1 号, 上海市, 上海, 200001, CN"


# -- split ------------------------------------------------------------------------------------------


def test_split_moves_lines_and_their_money_exactly(desk: Desk) -> None:
    # two lines: 1 × 10.00 and 2 × 10.00 (+1.30 tax a unit), 8.00 shipping spread 1:2 over them
    [order_id] = desk.import_orders([channel_order(1, lines=2)])
    original = desk.order(order_id)
    two = line_of(original, "1-2")
    assert (two.net_total, two.net_tax, original.total) == (D("25.33"), D("2.60"), D("41.90"))

    part_id = split_order(desk.rt.db, desk.rt.actor, order_id, original.version, {two.id: D(1)}, "second parcel")

    kept, part = desk.order(order_id), desk.order(part_id)
    assert (part.number, part.external_id, part.channel_order_id) == ("#1-2", "1~2", "1")
    assert (part.origin, part.parent_id, part.state, part.shop_id) == (
        OrderOrigin.SPLIT, order_id, S.APPROVED, kept.shop_id)
    [moved] = part.lines
    assert (moved.external_id, moved.sku_id, moved.source_line_id, moved.quantity) == ("1-2", two.sku_id, two.id, 1)
    assert (moved.subtotal, moved.total_tax, moved.net_total, moved.net_tax) == (
        D("10.00"), D("1.30"), D("12.67"), D("1.30"))
    assert moved.net_total_incl_tax == D("13.97") and moved.unit_price == two.unit_price
    rest = line_of(kept, "1-2")
    assert (rest.quantity, rest.net_total, rest.net_tax, rest.net_total_incl_tax) == (
        1, D("12.66"), D("1.30"), D("13.96"))
    assert (part.total, part.total_tax, part.total_excl_tax, part.shipping_total) == (
        D("13.97"), D("1.30"), D("12.67"), D("2.67"))  # the shipping its line carries goes with it
    assert (kept.total, kept.shipping_total, kept.item_count, part.item_count) == (D("27.93"), D("5.33"), 2, 1)
    for order in (kept, part):
        assert sum(line.net_total_incl_tax for line in order.lines) + order.residual == order.total
    assert [t.reason for t in desk.transitions(order_id) if t.operation == "split"] == [
        "split off #1-2 (SKU-002 × 1): second parcel"]
    assert [t.reason for t in desk.transitions(part_id) if t.operation == "split"] == [
        "split off order #1: second parcel"]


def test_a_whole_line_moves_with_its_id_and_parts_are_numbered_from_the_channels_order(desk: Desk) -> None:
    [order_id] = desk.import_orders([channel_order(1, lines=3)])
    lines = {line.external_id: line for line in desk.order(order_id).lines}
    second = split_order(desk.rt.db, desk.rt.actor, order_id, None, {lines["1-3"].id: D(3)})
    third = split_order(desk.rt.db, desk.rt.actor, second, None, {lines["1-3"].id: D(1)})
    assert [line.external_id for line in desk.order(order_id).lines] == ["1-1", "1-2"]
    assert [(line.id, line.line_no) for line in desk.order(second).lines] == [(lines["1-3"].id, 1)]
    part = desk.order(third)
    assert (part.number, part.external_id, part.parent_id, part.channel_order_id) == ("#1-3", "1~3", second, "1")


def test_split_refusals(desk: Desk) -> None:
    [order_id] = desk.import_orders([channel_order(1, lines=2)])
    lines = {line.external_id: line for line in desk.order(order_id).lines}
    version = desk.version(order_id)
    cases = [
        ({}, "choose the lines or quantities to split off order #1"),
        ({999_999: D(1)}, "line 999999 is not on order #1"),
        ({lines["1-2"].id: D(3)}, "line 2 of order #1: 3 cannot be split off; choose more than 0 and at most 2"),
        ({lines["1-2"].id: D("-1")}, "line 2 of order #1: -1 cannot be split off"),
        ({lines["1-1"].id: D(1), lines["1-2"].id: D(2)}, "nothing would be left on order #1"),
    ]
    for part, message in cases:
        with pytest.raises(ValidationError) as refused:
            split_order(desk.rt.db, desk.rt.actor, order_id, version, part)
        assert message in str(refused.value)
    desk.touch(order_id)
    with pytest.raises(ConflictError, match="changed by 李娜"):
        split_order(desk.rt.db, desk.rt.actor, order_id, version, {lines["1-2"].id: D(1)})
    assert len(family(desk, order_id)) == 1


def test_shipped_quantities_cannot_be_split_off(desk: Desk) -> None:
    [order_id] = desk.import_orders([channel_order(1, lines=2)])
    two = line_of(desk.order(order_id), "1-2")
    record_shipment(desk.rt.db, desk.rt.actor, ShipmentSpec(order_id, "SF", "SF9000000000001", lines={two.id: D(1)}))
    with pytest.raises(ValidationError, match="at most 1"):
        split_order(desk.rt.db, desk.rt.actor, order_id, None, {two.id: D(2)})


_numbers = itertools.count(10_000)
money = st.integers(min_value=0, max_value=50_000).map(lambda cents: D(cents) / 100)
line_specs = st.lists(st.tuples(st.integers(1, 6), money, st.integers(0, 100), money), min_size=1, max_size=4)


def insert_order(desk: Desk, number: int, specs: list[tuple[int, Decimal, int, Decimal]], shipping: Decimal,
                 fee: Decimal, order_discount: Decimal, residual: Decimal) -> int:
    """An order as an import would store it: line amounts, price allocation, channel total = ours + residual."""
    lines = []
    for n, (quantity, unit, discount_pct, tax) in enumerate(specs, start=1):
        subtotal = unit * quantity
        discount = (subtotal * discount_pct / 100).quantize(D("0.01"))
        lines.append(OrderLine(line_no=n, external_id=f"{number}-{n}", channel_sku=f"SKU-00{n % 3 + 1}", title="",
                               quantity=D(quantity), unit_price=unit, unit_net=unit, unit_net_incl_tax=unit,
                               subtotal=subtotal, subtotal_tax=tax, discount=discount, total=subtotal - discount,
                               total_tax=tax, total_incl_tax=subtotal - discount + tax))
    goods = sum((line.subtotal for line in lines), D(0))
    line_discounts = sum((line.discount for line in lines), D(0))
    order = Order(shop_id=desk.shop_id, external_id=str(number), number=f"#{number}", channel_status="processing",
                  state=S.APPROVED, currency="CNY", goods_subtotal=goods,
                  discount_total=line_discounts + order_discount,
                  discount_tax=D(0), shipping_total=shipping, shipping_tax=D(0), fee_total=fee, fee_tax=D(0),
                  total_tax=sum((line.total_tax for line in lines), D(0)), refunded_total=D(0), total=D(0),
                  total_excl_tax=D(0), item_count=sum((line.quantity for line in lines), D(0)),
                  channel_created_at=EPOCH, channel_updated_at=EPOCH, content_hash="", lines=lines)
    ours = goods - line_discounts - order_discount + shipping + fee + order.total_tax
    order.total = ours + residual
    order.total_excl_tax = order.total - order.total_tax
    allocation = allocate_prices(order, lines)
    for line, net in zip(lines, allocation.lines, strict=True):
        line.net_total, line.net_tax, line.net_total_incl_tax = net.net_total, net.net_tax, net.net_total_incl_tax
    order.residual = allocation.residual
    with desk.rt.db.transaction() as session:
        session.add(order)
        session.flush()
        return order.id


def sums(orders: list[Order]) -> dict[str, Decimal]:
    totals = {name: sum((getattr(o, name) for o in orders), D(0)) for name in ORDER_MONEY}
    for name in LINE_MONEY:
        totals[f"lines.{name}"] = sum((getattr(line, name) for o in orders for line in o.lines), D(0))
    for o in orders:
        for line in o.lines:
            key = f"quantity {line.external_id}"
            totals[key] = totals.get(key, D(0)) + line.quantity
    return totals


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=line_specs, shipping=money, fee=money, order_discount=money, residual=st.integers(-9, 9),
       draws=st.data())
def test_split_money_always_sums_exactly(desk: Desk, specs: list[tuple[int, Decimal, int, Decimal]],
                                        shipping: Decimal, fee: Decimal, order_discount: Decimal, residual: int,
                                        draws: st.DataObject) -> None:
    goods = sum((unit * quantity for quantity, unit, _, _ in specs), D(0))
    assume(order_discount <= goods)
    number = next(_numbers)
    order_id = insert_order(desk, number, specs, shipping, fee, order_discount, D(residual) / 100)
    before = sums(family(desk, order_id))
    for _ in range(2):  # split the original, then maybe split the newest part again
        target = family(desk, order_id)[-1]
        units = sum(line.quantity for line in target.lines)
        if units < 2:
            break
        part = {line.id: D(draws.draw(st.integers(0, int(line.quantity)))) for line in target.lines}
        if not 0 < sum(part.values()) < units:
            continue
        split_order(desk.rt.db, desk.rt.actor, target.id, None, {k: v for k, v in part.items() if v})
    orders = family(desk, order_id)
    assert sums(orders) == before
    for order in orders:
        assert sum(line.net_total_incl_tax for line in order.lines) + order.residual == order.total
        for line in order.lines:
            assert line.total_incl_tax == line.total + line.total_tax
            assert line.net_total_incl_tax == line.net_total + line.net_tax
        # the breakdown an accountant reads adds up on every order, the original included
        breakdown = order.goods_subtotal - order.discount_total + order.shipping_total + order.fee_total
        assert breakdown == sum(line.net_total for line in order.lines)
        breakdown_tax = sum(line.subtotal_tax for line in order.lines) - order.discount_tax + order.shipping_tax \
            + order.fee_tax
        assert breakdown_tax == sum(line.net_tax for line in order.lines)
    for part in orders[1:]:
        assert part.residual == 0 and part.total_tax == sum(line.net_tax for line in part.lines)
        assert part.total_excl_tax == sum(line.net_total for line in part.lines)


# -- the channel, the shipments ---------------------------------------------------------------------


def reimport(desk: Desk, order: object, minutes: int = 30, **changes: object) -> None:
    desk.import_orders([replace(order, updated_at=order.updated_at + timedelta(minutes=minutes), **changes)])


def test_a_channel_cancellation_cancels_the_parts_that_have_not_left(desk: Desk) -> None:
    channel = channel_order(1, lines=3)
    [order_id] = desk.import_orders([channel])
    lines = {line.external_id: line for line in desk.order(order_id).lines}
    waiting = split_order(desk.rt.db, desk.rt.actor, order_id, None, {lines["1-2"].id: D(2)})
    left = split_order(desk.rt.db, desk.rt.actor, order_id, None, {lines["1-3"].id: D(3)})
    desk.set_state(waiting, S.ALLOCATED)
    record_shipment(desk.rt.db, desk.rt.actor, ShipmentSpec(left, "SF", "SF9000000000002"))
    assert desk.reserved() == 2

    reimport(desk, channel, status="cancelled", lifecycle=Lifecycle.CANCELLED)

    assert desk.order(order_id).state is S.CANCELLED
    assert desk.order(waiting).state is S.CANCELLED and desk.reserved() == 0
    assert desk.order(left).state is S.SHIPPED
    [flag] = desk.open_issues(left)
    assert flag.kind is K.CANCELLED_AFTER_SHIPMENT and "with order #1" in flag.message
    last = desk.transitions(waiting)[-1]
    assert (last.operation, last.from_state, last.to_state) == ("channel_cancel", "allocated", "cancelled")
    assert last.reason == "cancelled on the channel with order #1"


def test_the_channel_no_longer_rewrites_a_split_order_but_says_what_it_changed(desk: Desk) -> None:
    channel = channel_order(1, lines=2)
    [order_id] = desk.import_orders([channel])
    two = line_of(desk.order(order_id), "1-2")
    part_id = split_order(desk.rt.db, desk.rt.actor, order_id, None, {two.id: D(1)})
    before = (desk.order(order_id), desk.order(part_id))

    reimport(desk, channel, buyer_remark="请用纸箱")  # nothing about lines or money: no flag
    assert desk.open_issues(order_id) == [] and desk.order(order_id).buyer_remark == "请用纸箱"
    bigger = replace(channel.lines[1], quantity=D(5), subtotal=D(50), total=D(50))
    reimport(desk, channel, minutes=60, lines=(channel.lines[0], bigger), total=channel.total + 30)

    kept, part = desk.order(order_id), desk.order(part_id)
    assert [(l.external_id, l.quantity) for l in kept.lines] == [("1-1", 1), ("1-2", 1)]
    assert (kept.total, part.total) == (before[0].total, before[1].total)
    [flag] = desk.open_issues(order_id)
    assert flag.kind is K.CHANGED_AFTER_ALLOCATION
    assert flag.message == ("The channel changed the lines (kept as split here) and the total 41.90 → 71.90 "
                            "(ours kept) after this order was split.")
    assert flag.details["lines"] == {"before": {"1-2": "SKU-002 × 2"}, "after": {"1-2": "SKU-002 × 5"}}


def test_a_merged_order_keeps_its_lines_when_the_channel_changes_them(desk: Desk) -> None:
    channel = channel_order(1, lines=2)
    ids = desk.import_orders([channel, channel_order(2, lines=1)])
    merge_orders(desk.rt.db, desk.rt.actor, desk.versions(*ids))
    reimport(desk, channel, lines=channel.lines[:1])
    assert len(desk.order(ids[0]).lines) == 2
    [flag] = desk.open_issues(ids[0])
    assert flag.message.endswith("after this order was merged.") and "the lines (kept as merged here)" in flag.message


def test_the_channel_moving_the_buyer_moves_the_parts_too(desk: Desk) -> None:
    channel = channel_order(1, lines=2)
    [order_id] = desk.import_orders([channel])
    two = line_of(desk.order(order_id), "1-2")
    part_id = split_order(desk.rt.db, desk.rt.actor, order_id, None, {two.id: D(1)})
    elsewhere = ChannelAddress(name="王小明", line1="淮海中路 8 号", city="上海市", country="CN", phone="13800001111")
    reimport(desk, channel, shipping_address=elsewhere)
    assert desk.order(part_id).ship_line1 == "淮海中路 8 号"
    assert desk.order(part_id).address_key == desk.order(order_id).address_key


def outbox(desk: Desk) -> list[OutboxItem]:
    with desk.rt.db.reading() as session:
        return list(session.scalars(select(OutboxItem).order_by(OutboxItem.id)))


def test_split_orders_confirm_to_the_channels_order_line_by_line(desk: Desk) -> None:
    ids = desk.import_orders([channel_order(1, lines=2), channel_order(2, buyer="张伟")])
    two = line_of(desk.order(ids[0]), "1-2")
    part_id = split_order(desk.rt.db, desk.rt.actor, ids[0], None, {two.id: D(1)})
    for order_id, tracking in ((part_id, "SF9000000000003"), (ids[0], "SF9000000000004"), (ids[1], "SF9000000000005")):
        record_shipment(desk.rt.db, desk.rt.actor, ShipmentSpec(order_id, "SF", tracking, "顺丰速运"))
    part_item, original_item, plain_item = outbox(desk)
    assert part_item.payload["order_external_id"] == "1"
    assert [(line["external_line_id"], D(line["quantity"])) for line in part_item.payload["lines"]] == [("1-2", 1)]
    assert original_item.payload["order_external_id"] == "1"
    assert sorted(line["external_line_id"] for line in original_item.payload["lines"]) == ["1-1", "1-2"]
    assert plain_item.payload["lines"] == []  # an unsplit order in one parcel: "the whole order"
    shipped = desk.order(part_id)
    assert shipped.state is S.SHIPPED and "SF9000000000003" in shipped.search_text
    last = desk.transitions(part_id)[-1]
    assert (last.operation, last.to_state) == ("ship", "shipped") and "SF9000000000003" in last.reason


def test_a_split_of_an_order_to_review_is_reviewed_again(desk: Desk) -> None:
    [order_id] = desk.import_orders([channel_order(1, lines=2)])
    desk.set_state(order_id, S.NEW)
    two = line_of(desk.order(order_id), "1-2")
    part_id = split_order(desk.rt.db, desk.rt.actor, order_id, None, {two.id: D(1)})
    assert desk.order(part_id).state is S.NEW  # reviewed, not approved behind the person's back
    assert operations.hold(desk.rt.db, desk.rt.actor, {part_id: None}, "later").done == [part_id]


def test_merging_is_refused_for_an_allocated_group_member(desk: Desk) -> None:
    ids = desk.import_orders([channel_order(1, lines=2), channel_order(2, lines=1), channel_order(3, lines=3)])
    merge_orders(desk.rt.db, desk.rt.actor, desk.versions(ids[0], ids[1]))
    desk.set_state(ids[1], S.ALLOCATED)
    with pytest.raises(NotAllowedError, match="cannot merge order #2: it is allocated"):
        merge.merge_orders(desk.rt.db, desk.rt.actor, desk.versions(ids[0], ids[2]))
