"""Hold, release, cancel, edit the address and remarks, set the priority — and what a later import
does to an address edited here. On SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from connectors.base import ChannelAddress, Lifecycle
from omsdesk.auth.actor import Actor
from omsdesk.auth.models import AuditEntry
from omsdesk.errors import ConflictError, NotAllowedError, ValidationError
from omsdesk.orders import merge, operations
from omsdesk.orders.models import OrderIssue, OrderIssueKind, OrderState
from omsdesk.orders.operations import AddressChange
from omsdesk.runtime import Runtime
from tests.orders.operations_world import Desk, channel_order, make_desk

S = OrderState
K = OrderIssueKind
LI_NA = Actor("李娜")
MOVED = AddressChange(name="王小明", line1="南京西路 99 号", city="上海市", state="上海", postcode="200040",
                      country="CN", phone="13800001111")


@pytest.fixture
def desk(runtime: Runtime) -> Desk:
    return make_desk(runtime)


def audit_actions(desk: Desk, order_id: int) -> list[str]:
    with desk.rt.db.reading() as session:
        return list(session.scalars(select(AuditEntry.action).where(
            AuditEntry.entity == "order", AuditEntry.entity_id == order_id).order_by(AuditEntry.id)))


def add_flag(desk: Desk, order_id: int, kind: OrderIssueKind) -> None:
    with desk.rt.db.transaction() as session:
        session.add(OrderIssue(order_id=order_id, kind=kind, message=f"{kind.value} (test)"))


# -- hold and release -------------------------------------------------------------------------------


def test_holding_an_allocated_order_gives_its_stock_back(desk: Desk) -> None:
    [order_id] = desk.import_orders([channel_order(1)])
    desk.set_state(order_id, S.ALLOCATED)
    add_flag(desk, order_id, K.PARTIALLY_ALLOCATED)
    assert desk.reserved(order_id) == 3

    result = operations.hold(desk.rt.db, desk.rt.actor, desk.versions(order_id), "  buyer asked to wait  ")

    assert result.done == [order_id] and not result.failed
    order = desk.order(order_id)
    assert (order.state, order.state_reason, order.warehouse_id) == (S.ON_HOLD, "buyer asked to wait", None)
    assert [line.allocated_quantity for line in order.lines] == [0, 0]
    assert desk.reserved(order_id) == 0 and desk.reserved() == 0
    assert desk.open_issues(order_id) == []  # a held order holds nothing, so nothing is short
    assert audit_actions(desk, order_id)[-1] == "order.held"


def test_a_hold_needs_a_reason_and_changes_nothing_without_one(desk: Desk) -> None:
    [order_id] = desk.import_orders([channel_order(1)])
    version = desk.version(order_id)
    with pytest.raises(ValidationError) as refused:
        operations.hold(desk.rt.db, desk.rt.actor, {order_id: version}, "   ")
    assert refused.value.field == "reason"
    assert desk.version(order_id) == version and desk.order(order_id).state is S.APPROVED


@pytest.mark.parametrize(("before", "back_to"), [(S.NEW, S.NEW), (S.APPROVED, S.APPROVED), (S.ALLOCATED, S.APPROVED)])
def test_release_returns_to_approved_only_if_it_had_been_approved(desk: Desk, before: OrderState,
                                                                   back_to: OrderState) -> None:
    [order_id] = desk.import_orders([channel_order(1)])
    desk.set_state(order_id, before)
    operations.hold(desk.rt.db, desk.rt.actor, {order_id: None}, "check the address")
    result = operations.release(desk.rt.db, desk.rt.actor, desk.versions(order_id))
    assert result.done == [order_id]
    order = desk.order(order_id)
    assert (order.state, order.state_reason) == (back_to, "")
    assert [(t.operation, t.from_state, t.to_state) for t in desk.transitions(order_id)][-2:] == [
        ("hold", before.value, "on_hold"), ("release", "on_hold", back_to.value)]


def test_a_batch_reports_the_one_order_it_could_not_hold_and_holds_the_rest(desk: Desk) -> None:
    ids = desk.import_orders([channel_order(1), channel_order(2, buyer="张伟"), channel_order(3, buyer="刘洋")])
    desk.set_state(ids[1], S.SHIPPED)
    seen: list[tuple[int, int]] = []
    result = operations.hold(desk.rt.db, desk.rt.actor, desk.versions(*ids), "stocktake",
                             progress=lambda done, total: seen.append((done, total)))
    assert result.done == [ids[0], ids[2]] and seen == [(1, 3), (2, 3), (3, 3)]
    [failure] = result.failed
    assert failure.order_id == ids[1] and failure.number == "#2"
    assert isinstance(failure.error, NotAllowedError)
    assert str(failure.error) == "cannot put on hold order #2: it is shipped"
    assert desk.order(ids[1]).state is S.SHIPPED


def test_a_batch_stops_where_the_person_cancelled_it(desk: Desk) -> None:
    ids = desk.import_orders([channel_order(1), channel_order(2, buyer="张伟"), channel_order(3, buyer="刘洋")])
    asked = iter([False, True])
    result = operations.hold(desk.rt.db, desk.rt.actor, desk.versions(*ids), "stocktake",
                             cancelled=lambda: next(asked, True))
    assert result.cancelled and result.done == [ids[0]]
    assert [desk.order(i).state for i in ids] == [S.ON_HOLD, S.APPROVED, S.APPROVED]


def test_a_stale_version_is_refused_naming_who_changed_what(desk: Desk) -> None:
    ids = desk.import_orders([channel_order(1), channel_order(2, buyer="张伟")])
    seen = desk.versions(*ids)
    desk.touch(ids[0])  # 李娜 edits the remark on her desktop meanwhile
    result = operations.hold(desk.rt.db, desk.rt.actor, seen, "stocktake")
    assert result.done == [ids[1]]
    [failure] = result.failed
    assert isinstance(failure.error, ConflictError)
    message = str(failure.error)
    assert "order #1 was changed by 李娜" in message and "seller remark of order #1 edited" in message
    assert desk.order(ids[0]).state is S.APPROVED


# -- cancel -----------------------------------------------------------------------------------------


def test_cancel_releases_stock_closes_review_flags_and_leaves_the_merge_group(desk: Desk) -> None:
    ids = desk.import_orders([channel_order(1, lines=2), channel_order(2, lines=1)])
    merge.merge_orders(desk.rt.db, desk.rt.actor, desk.versions(*ids))
    desk.set_state(ids[0], S.APPROVED)
    add_flag(desk, ids[0], K.REMARK)
    add_flag(desk, ids[0], K.CHANGED_AFTER_ALLOCATION)  # not the review's: a person must still see it

    result = operations.cancel(desk.rt.db, desk.rt.actor, desk.versions(ids[0]), "buyer cancelled by phone")

    assert result.done == [ids[0]]
    order = desk.order(ids[0])
    assert (order.state, order.state_reason, order.merge_group_id) == (S.CANCELLED, "buyer cancelled by phone", None)
    assert [issue.kind for issue in desk.open_issues(ids[0])] == [K.CHANGED_AFTER_ALLOCATION]
    assert desk.order(ids[1]).merge_group_id is None  # a group of one is no group
    assert [t.operation for t in desk.transitions(ids[1])][-1] == "unmerge"


def test_cancelling_an_allocated_order_gives_the_stock_back(desk: Desk) -> None:
    [order_id] = desk.import_orders([channel_order(1)])
    desk.set_state(order_id, S.ALLOCATED)
    operations.cancel(desk.rt.db, desk.rt.actor, {order_id: None}, "out of stock")
    assert desk.reserved() == 0 and desk.order(order_id).state is S.CANCELLED
    with desk.rt.db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "order.cancelled")).one()
    assert entry.before == {"state": "allocated"} and entry.after["released"] == "3.0000"


def test_cancel_needs_a_reason(desk: Desk) -> None:
    [order_id] = desk.import_orders([channel_order(1)])
    with pytest.raises(ValidationError, match="say why"):
        operations.cancel(desk.rt.db, desk.rt.actor, {order_id: None}, "")
    assert desk.order(order_id).state is S.APPROVED


# -- address, remarks, priority ---------------------------------------------------------------------


def test_editing_the_address_updates_the_keys_history_and_audit(desk: Desk) -> None:
    [order_id] = desk.import_orders([channel_order(1)])
    before = desk.order(order_id)
    operations.edit_address(desk.rt.db, desk.rt.actor, order_id, before.version,
                            replace(MOVED, line1="  南京西路   99 号 "))
    after = desk.order(order_id)
    assert (after.ship_line1, after.ship_postcode, after.version) == ("南京西路 99 号", "200040", before.version + 1)
    assert after.address_key != before.address_key and after.items_key != before.items_key
    [transition] = [t for t in desk.transitions(order_id) if t.operation == "edit_address"]
    assert transition.from_state == transition.to_state == "approved" and "南京西路 99 号" in transition.reason
    with desk.rt.db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "order.address_edited")).one()
    assert entry.before == {"ship_line1": "人民路 100 号 3 栋 502 室", "ship_postcode": "200001"}
    assert entry.after["ship_line1"] == "南京西路 99 号" and entry.after["local"] is True
    assert entry.after["channel_address"]["ship_line1"] == "人民路 100 号 3 栋 502 室"


def test_an_address_needs_a_name_street_and_city(desk: Desk) -> None:
    [order_id] = desk.import_orders([channel_order(1)])
    version = desk.version(order_id)
    for change, field in ((replace(MOVED, name=" "), "name"), (replace(MOVED, line1=""), "line1"),
                          (replace(MOVED, city=""), "city")):
        with pytest.raises(ValidationError) as refused:
            operations.edit_address(desk.rt.db, desk.rt.actor, order_id, version, change)
        assert refused.value.field == field
    assert desk.version(order_id) == version


def test_editing_the_address_of_a_merged_order_moves_the_whole_shipment(desk: Desk) -> None:
    ids = desk.import_orders([channel_order(1, lines=2), channel_order(2, lines=1)])
    group = merge.merge_orders(desk.rt.db, desk.rt.actor, desk.versions(*ids))
    operations.edit_address(desk.rt.db, desk.rt.actor, ids[1], desk.version(ids[1]), MOVED)
    orders = [desk.order(i) for i in ids]
    assert [o.ship_line1 for o in orders] == ["南京西路 99 号"] * 2
    assert [o.merge_group_id for o in orders] == [group, group]
    assert orders[0].address_key == orders[1].address_key


def test_an_edit_on_a_stale_version_names_who_changed_what(desk: Desk) -> None:
    [order_id] = desk.import_orders([channel_order(1)])
    version = desk.version(order_id)
    operations.hold(desk.rt.db, LI_NA, {order_id: version}, "waiting for the buyer")
    with pytest.raises(ConflictError, match=r"changed by 李娜 .* put on hold: waiting for the buyer"):
        operations.edit_address(desk.rt.db, desk.rt.actor, order_id, version, MOVED)
    with pytest.raises(ConflictError, match="changed by 李娜"):
        operations.edit_remarks(desk.rt.db, desk.rt.actor, order_id, version, "call first")
    assert desk.order(order_id).ship_line1 == "人民路 100 号 3 栋 502 室"


def test_seller_remarks(desk: Desk) -> None:
    [order_id] = desk.import_orders([channel_order(1)])
    operations.edit_remarks(desk.rt.db, desk.rt.actor, order_id, desk.version(order_id), " 发顺丰 ")
    version = desk.version(order_id)
    operations.edit_remarks(desk.rt.db, desk.rt.actor, order_id, version, "发顺丰")  # the same: nothing to do
    assert desk.order(order_id).seller_remark == "发顺丰" and desk.version(order_id) == version
    assert [t.reason for t in desk.transitions(order_id) if t.operation == "edit_remarks"] == ["发顺丰"]
    desk.set_state(order_id, S.PACKED)
    with pytest.raises(NotAllowedError, match="cannot edit the remarks of order #1: it is packed"):
        operations.edit_remarks(desk.rt.db, desk.rt.actor, order_id, None, "too late")


def test_priority(desk: Desk) -> None:
    ids = desk.import_orders([channel_order(1), channel_order(2, buyer="张伟")])
    desk.set_state(ids[1], S.COMPLETED)
    result = operations.set_priority(desk.rt.db, desk.rt.actor, desk.versions(*ids), 5)
    assert result.done == [ids[0]] and desk.order(ids[0]).priority == 5
    assert str(result.failed[0].error) == "cannot change the priority of order #2: it is completed"
    with pytest.raises(ValidationError):
        operations.set_priority(desk.rt.db, desk.rt.actor, desk.versions(ids[0]), 10_000_000)


# -- an address edited here, and the channel ----------------------------------------------------------


def reimport(desk: Desk, order: object, minutes: int = 30, **changes: object) -> None:
    desk.import_orders([replace(order, updated_at=order.updated_at + timedelta(minutes=minutes), **changes)])


def test_an_import_that_did_not_change_the_address_keeps_the_one_edited_here(desk: Desk) -> None:
    channel = channel_order(1)
    [order_id] = desk.import_orders([channel])
    operations.edit_address(desk.rt.db, desk.rt.actor, order_id, desk.version(order_id), MOVED)
    reimport(desk, channel, buyer_remark="请尽快发货")  # the channel changed something else
    order = desk.order(order_id)
    assert order.ship_line1 == "南京西路 99 号" and order.buyer_remark == "请尽快发货"


def test_a_new_address_on_the_channel_replaces_the_edit_before_allocation(desk: Desk) -> None:
    channel = channel_order(1)
    [order_id] = desk.import_orders([channel])
    operations.edit_address(desk.rt.db, desk.rt.actor, order_id, desk.version(order_id), MOVED)
    elsewhere = ChannelAddress(name="王小明", line1="淮海中路 8 号", city="上海市", country="CN", phone="13800001111")
    reimport(desk, channel, shipping_address=elsewhere)
    assert desk.order(order_id).ship_line1 == "淮海中路 8 号"
    assert [t.operation for t in desk.transitions(order_id)][-1] == "channel_address"
    reimport(desk, channel, minutes=60, shipping_address=elsewhere, buyer_remark="谢谢")
    operations.edit_address(desk.rt.db, desk.rt.actor, order_id, desk.version(order_id), MOVED)
    reimport(desk, channel, minutes=90, shipping_address=elsewhere, buyer_remark="谢谢!")
    assert desk.order(order_id).ship_line1 == "南京西路 99 号"  # the channel's is still 淮海中路: ours stays


def test_after_allocation_the_edit_stays_and_the_channel_change_is_flagged(desk: Desk) -> None:
    channel = channel_order(1)
    [order_id] = desk.import_orders([channel])
    operations.edit_address(desk.rt.db, desk.rt.actor, order_id, desk.version(order_id), MOVED)
    desk.set_state(order_id, S.ALLOCATED)
    elsewhere = ChannelAddress(name="王小明", line1="淮海中路 8 号", city="上海市", country="CN", phone="13800001111")
    reimport(desk, channel, shipping_address=elsewhere)
    assert desk.order(order_id).ship_line1 == "南京西路 99 号"
    [flag] = desk.open_issues(order_id)
    assert flag.kind is K.CHANGED_AFTER_ALLOCATION and "the one edited here is kept" in flag.message
    assert flag.details["address"]["channel"]["ship_line1"] == "淮海中路 8 号"
    reimport(desk, channel, minutes=60, shipping_address=elsewhere, buyer_remark="谢谢")
    assert desk.order(order_id).ship_line1 == "南京西路 99 号"


def test_a_persons_hold_outlasts_channel_updates_but_a_channel_hold_follows_the_channel(desk: Desk) -> None:
    mine, theirs = channel_order(1), channel_order(2, buyer="张伟", lifecycle=Lifecycle.ON_HOLD)
    ids = desk.import_orders([mine, theirs])
    operations.hold(desk.rt.db, desk.rt.actor, {ids[0]: None}, "fraud check")
    reimport(desk, mine, buyer_remark="在吗")
    reimport(desk, theirs, lifecycle=Lifecycle.OPEN, status="processing")
    assert desk.order(ids[0]).state is S.ON_HOLD
    assert [(t.operation, t.from_state, t.to_state, t.reason) for t in desk.transitions(ids[1])] == [
        ("channel", "on_hold", "new", "processing on the channel"),
        ("approve", "new", "approved", "passed review"),  # back to new, it is reviewed like any new order
    ]
