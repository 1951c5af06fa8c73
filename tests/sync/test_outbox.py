"""The outbox: written with its cause, sent in the background, never twice once acknowledged."""

from __future__ import annotations

import threading
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from connectors.base import RejectedError, StockLevel, TransientError
from omsdesk.errors import ValidationError
from omsdesk.fulfilment.models import Shipment
from omsdesk.fulfilment.services import ShipmentSpec, record_shipment
from omsdesk.orders.models import Order, OrderLine, OrderState
from omsdesk.runtime import Runtime
from omsdesk.sync import outbox
from omsdesk.sync.models import OutboxItem, OutboxState, Shop
from omsdesk.sync.service import run_sync
from tests.fakes import PushingScriptedConnector, make_order


@pytest.fixture
def channel(runtime: Runtime, shop_id: int) -> PushingScriptedConnector:
    connector = PushingScriptedConnector([make_order(n, lines=2) for n in range(1, 6)])
    assert run_sync(runtime.db, None, runtime.actor, shop_id, connector=connector).ok
    return connector


def order_id(rt: Runtime, external_id: str) -> int:
    with rt.db.reading() as session:
        return session.scalar(select(Order.id).where(Order.external_id == external_id))


def line_ids(rt: Runtime, order: int) -> list[int]:
    with rt.db.reading() as session:
        return list(session.scalars(select(OrderLine.id).where(OrderLine.order_id == order).order_by(OrderLine.line_no)))


def items(rt: Runtime) -> list[OutboxItem]:
    with rt.db.reading() as session:
        return list(session.scalars(select(OutboxItem).order_by(OutboxItem.id)))


def ship(rt: Runtime, external_id: str, tracking: str, lines: dict[int, Decimal] | None = None) -> int:
    return record_shipment(rt.db, rt.actor, ShipmentSpec(order_id(rt, external_id), "SF", tracking, "顺丰速运",
                                                         lines=lines or {}))


def test_a_shipment_and_its_confirmation_are_written_together(runtime: Runtime, channel: PushingScriptedConnector,
                                                             shop_id: int) -> None:
    with runtime.db.transaction() as session:
        session.get(Shop, shop_id).options = {"carrier_codes": {"SF": "SFEXPRESS"}}
    ship(runtime, "1", "SF001234567890")

    [item] = items(runtime)
    assert (item.kind.value, item.state, item.key) == ("tracking", OutboxState.PENDING, "SHP-000001")
    assert item.label == "#1 · 顺丰速运 SF001234567890"
    assert item.payload["carrier_code"] == "SFEXPRESS" and item.payload["completes_order"] is True
    assert item.payload["lines"] == []  # the whole order in one parcel: "everything still open"
    with runtime.db.reading() as session:
        assert session.get(Order, order_id(runtime, "1")).state is OrderState.SHIPPED


def test_a_refused_shipment_writes_nothing(runtime: Runtime, channel: PushingScriptedConnector) -> None:
    first_line = line_ids(runtime, order_id(runtime, "2"))[0]
    with pytest.raises(ValidationError, match="asked, 1 left"):
        ship(runtime, "2", "SF000000000001", {first_line: Decimal(3)})
    with pytest.raises(ValidationError, match="tracking number"):
        ship(runtime, "2", "  ")
    with pytest.raises(ValidationError, match="does not look like a SF Express tracking number"):
        ship(runtime, "2", "12345")
    assert items(runtime) == []
    with runtime.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Shipment)) == 0


def test_acknowledged_items_are_never_sent_again(runtime: Runtime, channel: PushingScriptedConnector,
                                                 shop_id: int) -> None:
    ship(runtime, "1", "SF000000000100")
    ship(runtime, "2", "SF000000000200")
    first = outbox.send_due(runtime.db, shop_id, channel)
    second = outbox.send_due(runtime.db, shop_id, channel)

    assert (first.sent, second.handled) == (2, 0)
    assert [s.tracking_number for s in channel.shipments] == ["SF000000000100", "SF000000000200"]
    assert {(i.state, i.channel_reference) for i in items(runtime)} == {(OutboxState.DONE, "F-1"),
                                                                         (OutboxState.DONE, "F-2")}


def test_partial_shipments_are_confirmed_per_package(runtime: Runtime, channel: PushingScriptedConnector,
                                                     shop_id: int) -> None:
    order = order_id(runtime, "3")
    first_line, second_line = line_ids(runtime, order)
    ship(runtime, "3", "SF000000000001", {second_line: Decimal(1)})
    with runtime.db.reading() as session:
        assert session.get(Order, order).state is OrderState.NEW  # one of 3 units still to go
    ship(runtime, "3", "SF000000000002")  # the rest
    outbox.send_due(runtime.db, shop_id, channel)

    first, second = channel.shipments
    assert [(line.external_line_id, line.quantity) for line in first.lines] == [("3-2", Decimal(1))]
    assert first.completes_order is False
    assert [(line.external_line_id, line.quantity) for line in second.lines] == [("3-1", Decimal(1)), ("3-2", Decimal(1))]
    assert second.completes_order is True


def test_a_retryable_failure_backs_off_then_succeeds(runtime: Runtime, channel: PushingScriptedConnector,
                                                     shop_id: int) -> None:
    ship(runtime, "1", "SF000000000100")
    channel.failing = [TransientError("the channel is down")]
    outcome = outbox.send_due(runtime.db, shop_id, channel)
    [item] = items(runtime)
    assert (outcome.retrying, item.state, item.attempts) == (1, OutboxState.PENDING, 1)
    assert item.last_error == "the channel is down" and item.next_attempt_at > item.created_at
    assert outbox.send_due(runtime.db, shop_id, channel).handled == 0  # not due yet

    with runtime.db.transaction() as session:
        session.execute(update(OutboxItem).values(next_attempt_at=item.created_at))
    assert outbox.send_due(runtime.db, shop_id, channel).sent == 1
    assert len(channel.shipments) == 1


def test_refusals_wait_for_a_person_and_bulk_retry_sends_them(runtime: Runtime, channel: PushingScriptedConnector,
                                                              shop_id: int) -> None:
    ship(runtime, "1", "SF000000000100")
    ship(runtime, "2", "SF000000000200")
    channel.refused_packages = {"SHP-000002"}
    channel.failing = [RejectedError("HTTP 422: tracking number invalid")]
    outcome = outbox.send_due(runtime.db, shop_id, channel)
    assert (outcome.failed, outcome.sent) == (2, 0)
    assert {i.key: i.last_error for i in items(runtime)} == {
        "SHP-000001": "HTTP 422: tracking number invalid", "SHP-000002": "order is cancelled on the channel"}
    assert outbox.counts_by_state(runtime.db) == {"failed": 2}

    channel.refused_packages = set()
    assert outbox.retry(runtime.db, runtime.actor, shop_id=shop_id) == 2
    assert outbox.send_due(runtime.db, shop_id, channel).sent == 2
    assert outbox.counts_by_state(runtime.db, shop_id) == {"done": 2}


def test_a_stale_claim_is_taken_over(runtime: Runtime, channel: PushingScriptedConnector, shop_id: int) -> None:
    ship(runtime, "1", "SF000000000100")
    claimed = outbox.claim(runtime.db, shop_id)  # a sender that then died
    assert len(claimed) == 1 and outbox.send_due(runtime.db, shop_id, channel).handled == 0
    later = items(runtime)[0].claimed_at + outbox.CLAIM_STALE_AFTER + timedelta(seconds=1)
    assert [c.id for c in outbox.claim(runtime.db, shop_id, now=later)] == [claimed[0].id]


def test_stock_levels_coalesce_and_an_old_level_never_overwrites_a_new_one(runtime: Runtime, shop_id: int) -> None:
    connector = PushingScriptedConnector()
    level = StockLevel(5, "TS-BLK-M", "77", "701")
    with runtime.db.transaction() as session:
        first = outbox.enqueue_stock(session, runtime.actor, shop_id, level, sku_id=1, label="TS-BLK-M → 5")
        again = outbox.enqueue_stock(session, runtime.actor, shop_id, StockLevel(4, "TS-BLK-M", "77", "701"),
                                     sku_id=1, label="TS-BLK-M → 4")
    assert first == again and items(runtime)[0].payload["quantity"] == 4

    stale = outbox.claim(runtime.db, shop_id)  # claimed, then the sender died
    with runtime.db.transaction() as session:
        outbox.enqueue_stock(session, runtime.actor, shop_id, StockLevel(3, "TS-BLK-M", "77", "701"),
                             sku_id=1, label="TS-BLK-M → 3")
    with runtime.db.transaction() as session:
        session.execute(update(OutboxItem).where(OutboxItem.id == stale[0].id)
                        .values(claimed_at=items(runtime)[0].created_at - outbox.CLAIM_STALE_AFTER * 2))
    outcome = outbox.send_due(runtime.db, shop_id, connector)
    assert connector.pushed_levels() == {"77/701/TS-BLK-M": 3}
    assert outcome.sent == 1 and [i.last_error for i in items(runtime)] == ["superseded by a newer level", ""]


def test_stock_batches_follow_the_connector_and_refusals_are_per_listing(runtime: Runtime, shop_id: int) -> None:
    connector = PushingScriptedConnector()  # max_stock_batch = 2
    connector.refused_listings = {"2//B"}
    with runtime.db.transaction() as session:
        for n, sku in enumerate("ABC", start=1):
            outbox.enqueue_stock(session, runtime.actor, shop_id, StockLevel(n, sku, str(n)), sku_id=n, label=sku)
    outcome = outbox.send_due(runtime.db, shop_id, connector)
    assert [len(call) for call in connector.stock_calls] == [2, 1]
    assert (outcome.sent, outcome.failed) == (2, 1)
    assert {i.key: i.state for i in items(runtime)}["2//B"] is OutboxState.FAILED


def test_two_senders_at_once_send_each_item_exactly_once(runtime: Runtime, channel: PushingScriptedConnector,
                                                         shop_id: int) -> None:
    for n in range(1, 6):
        ship(runtime, str(n), f"SF{n:010d}00")
    start = threading.Barrier(2)

    def sender() -> None:
        start.wait()
        outbox.send_due(runtime.db, shop_id, channel, limit=2)

    threads = [threading.Thread(target=sender) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(s.tracking_number for s in channel.shipments) == [f"SF{n:010d}00" for n in range(1, 6)]
    assert outbox.counts_by_state(runtime.db) == {"done": 5}
