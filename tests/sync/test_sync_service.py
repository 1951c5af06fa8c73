"""The sync engine: idempotent, overlapping, isolating bad orders, safe to kill."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import func, select

from connectors.base import Lifecycle, OrderParseFailure
from omsdesk.auth.models import AuditEntry
from omsdesk.orders.models import (
    Order,
    OrderLine,
    OrderPayload,
    OrderState,
    PaymentStatus,
)
from omsdesk.runtime import Runtime
from omsdesk.sync.models import RunStatus, Shop, SyncError, SyncRun
from omsdesk.sync.service import DEFAULT_OVERLAP, run_errors, run_sync
from tests.fakes import EPOCH, ScriptedConnector, make_order


def snapshot(rt: Runtime) -> list[tuple]:
    """Everything an import writes about orders, in a comparable form."""
    with rt.db.reading() as session:
        orders = session.execute(
            select(Order.external_id, Order.number, Order.channel_status, Order.state, Order.total,
                   Order.content_hash, Order.version).order_by(Order.external_id)
        ).all()
        lines = session.execute(
            select(OrderLine.order_id, OrderLine.external_id, OrderLine.quantity, OrderLine.total)
            .order_by(OrderLine.order_id, OrderLine.line_no)
        ).all()
        payloads = session.scalar(select(func.count()).select_from(OrderPayload))
    return [tuple(orders), tuple(lines), payloads]


def sync(rt: Runtime, shop_id: int, connector: ScriptedConnector, **kwargs):
    return run_sync(rt.db, None, rt.actor, shop_id, connector=connector, **kwargs)


def test_first_sync_imports_every_order_with_its_lines_and_payload(runtime: Runtime, shop_id: int) -> None:
    connector = ScriptedConnector([make_order(n) for n in range(1, 8)], page_size=3)
    result = sync(runtime, shop_id, connector)
    assert (result.status, result.new, result.updated, result.unchanged, result.failed) == (RunStatus.SUCCEEDED, 7, 0, 0, 0)
    assert result.pages == 3
    with runtime.db.reading() as session:
        order = session.scalars(select(Order).where(Order.external_id == "3")).one()
        assert order.total == Decimal("41.90") and order.total_excl_tax == Decimal("38.00")
        assert [line.channel_sku for line in order.lines] == ["SKU-001", "SKU-002"]
        assert order.lines[1].unit_net_incl_tax == Decimal("11.3000")
        assert order.state is OrderState.NEW and order.payment_status is PaymentStatus.PAID
        assert session.get(OrderPayload, order.id).payload == {"id": 3, "status": "processing"}


def test_running_twice_changes_nothing(runtime: Runtime, shop_id: int) -> None:
    connector = ScriptedConnector([make_order(n) for n in range(1, 8)])
    sync(runtime, shop_id, connector)
    before = snapshot(runtime)
    again = sync(runtime, shop_id, connector)
    assert (again.new, again.updated, again.unchanged, again.failed) == (0, 0, 7, 0)
    assert snapshot(runtime) == before


def test_full_reimport_from_scratch_is_idempotent_too(runtime: Runtime, shop_id: int) -> None:
    connector = ScriptedConnector([make_order(n) for n in range(1, 8)])
    sync(runtime, shop_id, connector)
    before = snapshot(runtime)
    with runtime.db.transaction() as session:  # forget the cursor: everything comes again
        session.get(Shop, shop_id).sync_cursor = None
    again = sync(runtime, shop_id, connector)
    assert again.unchanged == 7 and again.new == 0
    assert snapshot(runtime) == before


def test_next_run_fetches_from_the_cursor_minus_the_overlap(runtime: Runtime, shop_id: int) -> None:
    connector = ScriptedConnector([make_order(n) for n in range(1, 5)])
    sync(runtime, shop_id, connector)
    sync(runtime, shop_id, connector)
    newest = max(o.updated_at for o in connector.orders)
    assert connector.requested_from == [None, newest - DEFAULT_OVERLAP]


def test_an_order_changed_inside_the_overlap_window_is_picked_up(runtime: Runtime, shop_id: int) -> None:
    """An order modified during paging may carry a timestamp older than the newest one seen."""
    connector = ScriptedConnector([make_order(n) for n in range(1, 10)])
    sync(runtime, shop_id, connector)
    newest = max(o.updated_at for o in connector.orders)
    connector.change("2", status="cancelled", lifecycle=Lifecycle.CANCELLED, updated_at=newest - timedelta(minutes=5))
    result = sync(runtime, shop_id, connector)
    assert result.updated == 1
    with runtime.db.reading() as session:
        order = session.scalars(select(Order).where(Order.external_id == "2")).one()
        assert (order.channel_status, order.state) == ("cancelled", OrderState.CANCELLED)


def test_the_cursor_never_passes_the_start_of_the_run(runtime: Runtime, shop_id: int) -> None:
    future = make_order(1, minutes=60 * 24 * 365 * 5)  # a channel clock years ahead
    sync(runtime, shop_id, ScriptedConnector([future]))
    with runtime.db.reading() as session:
        cursor = session.scalar(select(Shop.sync_cursor).where(Shop.id == shop_id))
    assert cursor < future.updated_at


def test_an_update_rewrites_the_lines_and_is_audited(runtime: Runtime, shop_id: int) -> None:
    connector = ScriptedConnector([make_order(1, lines=3)])
    sync(runtime, shop_id, connector)
    changed = make_order(1, lines=1, minutes=30, status="completed", lifecycle=Lifecycle.COMPLETED)
    connector.orders = [changed]
    result = sync(runtime, shop_id, connector)
    assert result.updated == 1
    with runtime.db.reading() as session:
        order = session.scalars(select(Order).where(Order.external_id == "1")).one()
        assert len(order.lines) == 1 and order.total == changed.total
        assert order.version == 2
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "order.channel_update")).one()
        assert entry.before["channel_status"] == "processing" and entry.after["channel_status"] == "completed"
        assert entry.actor == runtime.actor.name


def test_an_older_copy_of_an_order_does_not_overwrite_a_newer_one(runtime: Runtime, shop_id: int) -> None:
    newer = make_order(1, minutes=30, status="completed", lifecycle=Lifecycle.COMPLETED)
    connector = ScriptedConnector([newer])
    sync(runtime, shop_id, connector)
    connector.orders = [make_order(1, minutes=0)]
    with runtime.db.transaction() as session:
        session.get(Shop, shop_id).sync_cursor = None
    result = sync(runtime, shop_id, connector)
    assert (result.updated, result.unchanged) == (0, 1)
    with runtime.db.reading() as session:
        assert session.scalar(select(Order.channel_status)) == "completed"


def test_a_bad_order_in_the_middle_of_a_page_is_recorded_and_the_rest_import(runtime: Runtime, shop_id: int) -> None:
    bad = replace(make_order(2), total=Decimal("10.005"))  # not storable without rounding
    parse_failure = OrderParseFailure("99", "line_items[0].quantity", "'abc' is not a number", {"id": 99})
    connector = ScriptedConnector([make_order(1), bad, make_order(3)], page_size=3, failures=[parse_failure])
    result = sync(runtime, shop_id, connector)
    assert (result.status, result.new, result.failed) == (RunStatus.PARTIAL, 2, 2)
    errors = {(e.external_id, e.field) for e in run_errors(runtime.db, result.run_id)}
    assert errors == {("2", "total"), ("99", "line_items[0].quantity")}
    with runtime.db.reading() as session:
        assert sorted(session.scalars(select(Order.external_id))) == ["1", "3"]
        stored = session.scalars(select(SyncError).where(SyncError.external_id == "99")).one()
        assert stored.payload == {"id": 99}  # the payload as received is kept


def test_a_sync_killed_midway_and_restarted_loses_and_duplicates_nothing(runtime: Runtime, shop_id: int) -> None:
    orders = [make_order(n) for n in range(1, 11)]
    broken = ScriptedConnector(orders, page_size=3, fail_after_pages=2)
    first = sync(runtime, shop_id, broken)
    assert first.status is RunStatus.FAILED and first.new == 6
    assert "stopped answering" in first.message
    with runtime.db.reading() as session:
        assert session.scalar(select(Shop.sync_cursor).where(Shop.id == shop_id)) is None
    second = sync(runtime, shop_id, ScriptedConnector(orders, page_size=3))
    assert (second.new, second.unchanged) == (4, 6)
    with runtime.db.reading() as session:
        ids = list(session.scalars(select(Order.external_id)))
    assert sorted(ids, key=int) == [str(n) for n in range(1, 11)]


def test_cancel_stops_between_pages_and_keeps_what_was_imported(runtime: Runtime, shop_id: int) -> None:
    pages_seen: list[int] = []
    result = sync(
        runtime, shop_id, ScriptedConnector([make_order(n) for n in range(1, 10)], page_size=3),
        progress=lambda p: pages_seen.append(p.page), cancelled=lambda: len(pages_seen) >= 1,
    )
    assert result.status is RunStatus.CANCELLED and result.new == 3
    assert pages_seen == [1]


def test_every_run_is_logged_with_counts_and_audited(runtime: Runtime, shop_id: int) -> None:
    connector = ScriptedConnector([make_order(n) for n in range(1, 4)])
    sync(runtime, shop_id, connector)
    sync(runtime, shop_id, connector)
    with runtime.db.reading() as session:
        runs = session.scalars(select(SyncRun).order_by(SyncRun.id)).all()
        assert [(r.status, r.new_count, r.unchanged_count) for r in runs] == [
            (RunStatus.SUCCEEDED, 3, 0), (RunStatus.SUCCEEDED, 0, 3)]
        assert all(r.finished_at and r.finished_at >= r.started_at for r in runs)
        audits = session.scalars(select(AuditEntry).where(AuditEntry.action == "shop.sync")).all()
        assert [a.after["new"] for a in audits] == [3, 0]


def test_cancelled_and_refunded_orders_import_as_cancelled(runtime: Runtime, shop_id: int) -> None:
    orders = [
        make_order(1, status="cancelled", lifecycle=Lifecycle.CANCELLED),
        replace(make_order(2, status="refunded", lifecycle=Lifecycle.REFUNDED), refunded_total=Decimal("41.90")),
        make_order(3, status="pending", lifecycle=Lifecycle.AWAITING_PAYMENT),
    ]
    sync(runtime, shop_id, ScriptedConnector(orders))
    with runtime.db.reading() as session:
        rows = dict(session.execute(select(Order.external_id, Order.payment_status)).all())
        states = dict(session.execute(select(Order.external_id, Order.state)).all())
    assert states == {"1": OrderState.CANCELLED, "2": OrderState.CANCELLED, "3": OrderState.NEW}
    assert rows == {"1": PaymentStatus.UNPAID, "2": PaymentStatus.REFUNDED, "3": PaymentStatus.UNPAID}


def test_the_same_order_twice_in_one_page_is_stored_once(runtime: Runtime, shop_id: int) -> None:
    older, newer = make_order(1), make_order(1, minutes=9, status="completed", lifecycle=Lifecycle.COMPLETED)
    connector = ScriptedConnector([older, newer, make_order(2)], page_size=3)
    result = sync(runtime, shop_id, connector)
    assert result.new == 2
    with runtime.db.reading() as session:
        assert session.scalar(select(Order.channel_status).where(Order.external_id == "1")) == "completed"


def test_the_cursor_starts_at_the_epoch_of_the_data(runtime: Runtime, shop_id: int) -> None:
    sync(runtime, shop_id, ScriptedConnector([make_order(1)]))
    with runtime.db.reading() as session:
        assert session.scalar(select(Shop.sync_cursor)) == EPOCH + timedelta(minutes=1)


def test_two_desktops_importing_the_same_orders_at_once_store_each_once(runtime: Runtime, shop_id: int) -> None:
    import threading

    from omsdesk.sync.importer import PageImporter

    orders = [make_order(n) for n in range(1, 21)]
    barrier = threading.Barrier(2)
    outcomes = []

    def desktop() -> None:
        with runtime.db.transaction() as session:
            barrier.wait()
            outcomes.append(PageImporter(session, shop_id, runtime.actor).apply(orders))

    threads = [threading.Thread(target=desktop) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sum(o.new for o in outcomes) == 20
    assert sum(o.unchanged for o in outcomes) == 20
    assert not any(o.failures for o in outcomes)
    with runtime.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Order)) == 20
