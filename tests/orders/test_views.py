"""Views of the order list: the built-in ones and their counts, saved views as JSON, save / rename / delete."""

from __future__ import annotations

import inspect
from dataclasses import fields
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, select, update

from omsdesk.auth.audit import entries_for
from omsdesk.db.types import utc_now
from omsdesk.errors import NotFoundError, ValidationError
from omsdesk.orders import views
from omsdesk.orders.models import (
    Order,
    OrderIssue,
    OrderIssueKind,
    OrderState,
    OrderTransition,
    PaymentStatus,
    SavedOrderView,
)
from omsdesk.orders.queries import OrderFilter, count_matching, matching_ids
from omsdesk.orders.views import (
    BUILT_IN_VIEWS,
    criteria_from_json,
    criteria_to_json,
    delete_view,
    list_views,
    rename_view,
    save_view,
    view_counts,
)
from omsdesk.runtime import Runtime
from omsdesk.sync.models import Shop
from omsdesk.sync.service import run_sync
from tests.fakes import ScriptedConnector, make_order

S = OrderState
K = OrderIssueKind


@pytest.fixture
def orders(runtime: Runtime) -> dict[str, int]:
    """#1 new, #2 new + unmapped SKU, #3 approved and clean, #4 approved + out of stock, #5 allocated,
    #6 on hold + remark, #7 shipped (its unmapped flag resolved)."""
    with runtime.db.transaction() as session:
        shop = Shop(channel="woocommerce", name="Web shop", base_url="http://x", credentials_ref="w", options={})
        session.add(shop)
        session.flush()
        shop_id = shop.id
    run_sync(runtime.db, None, runtime.actor, shop_id, connector=ScriptedConnector([make_order(n) for n in range(1, 8)]))
    states = {"#1": S.NEW, "#2": S.NEW, "#3": S.APPROVED, "#4": S.APPROVED, "#5": S.ALLOCATED, "#6": S.ON_HOLD,
              "#7": S.SHIPPED}
    now = utc_now()
    with runtime.db.transaction() as session:
        session.execute(update(OrderIssue).values(resolved_at=now))  # whatever review said on import
        session.execute(delete(OrderTransition))
        ids = {number: order_id for order_id, number in session.execute(select(Order.id, Order.number))}
        for number, state in states.items():
            order = session.get(Order, ids[number])
            assert order is not None
            order.state = state
        session.add_all([
            OrderIssue(order_id=ids["#2"], kind=K.UNMAPPED_SKU, message="unmapped"),
            OrderIssue(order_id=ids["#4"], kind=K.OUT_OF_STOCK, message="short"),
            OrderIssue(order_id=ids["#6"], kind=K.REMARK, message="remark"),
            OrderIssue(order_id=ids["#7"], kind=K.UNMAPPED_SKU, message="fixed", resolved_at=now),
        ])
    return ids


def test_built_in_views_count_the_orders_they_show(runtime: Runtime, orders: dict[str, int]) -> None:
    expected = {"to_review": {"#1", "#2"}, "unmapped_sku": {"#2"}, "out_of_stock": {"#4"},
                "ready_to_allocate": {"#3"}, "allocated": {"#5"}, "on_hold": {"#6"},
                "needs_attention": {"#2", "#4", "#6"}, "all": {f"#{n}" for n in range(1, 8)}}
    numbers = {order_id: number for number, order_id in orders.items()}
    with runtime.db.reading() as session:
        shown = list_views(session)
        counts = view_counts(session, shown)
        listed = {view.key: {numbers[i] for i in matching_ids(session, view.criteria)} for view in shown}
    assert [view.key for view in shown] == list(expected)
    assert listed == expected
    assert counts == {key: len(value) for key, value in expected.items()}


def test_built_in_view_names_are_marked_for_translation() -> None:
    source = inspect.getsource(views)
    assert len({view.key for view in BUILT_IN_VIEWS}) == len(BUILT_IN_VIEWS)
    for view in BUILT_IN_VIEWS:
        assert f'QT_TRANSLATE_NOOP("OrderViews", "{view.name}")' in source
        assert view.saved_id is None
    assert [view.key for view in BUILT_IN_VIEWS if view.criteria == OrderFilter()] == ["all"]


def test_saved_views_follow_the_built_in_ones_and_count_like_them(runtime: Runtime, orders: dict[str, int]) -> None:
    db, actor = runtime.db, runtime.actor
    held = save_view(db, actor, "  Held or flagged  ", OrderFilter(states=(S.ON_HOLD,), needs_attention=True))
    approved = save_view(db, actor, "已审核", OrderFilter(states=(S.APPROVED,)))
    with db.reading() as session:
        shown = list_views(session)
        counts = view_counts(session, shown)
        stored = session.get(SavedOrderView, held)
    assert stored is not None and stored.created_by == actor.name
    saved = shown[len(BUILT_IN_VIEWS):]
    assert [(v.key, v.name, v.saved_id) for v in saved] == [
        (f"saved:{held}", "Held or flagged", held), (f"saved:{approved}", "已审核", approved)]
    assert saved[0].criteria == OrderFilter(states=(S.ON_HOLD,), needs_attention=True)
    assert counts[f"saved:{held}"] == 1 and counts[f"saved:{approved}"] == 2


def test_saving_renaming_and_deleting_are_audited(runtime: Runtime, orders: dict[str, int]) -> None:
    db, actor = runtime.db, runtime.actor
    view_id = save_view(db, actor, "Big orders", OrderFilter(payment_statuses=(PaymentStatus.PAID,)))
    rename_view(db, actor, view_id, "Paid orders")
    with db.reading() as session:
        assert [v.name for v in list_views(session) if v.saved_id == view_id] == ["Paid orders"]
    delete_view(db, actor, view_id)
    with db.reading() as session:
        assert all(v.saved_id is None for v in list_views(session))
        trail = entries_for(session, "order_view", view_id)
    assert [(e.action, e.summary, e.actor) for e in trail] == [
        ("order_view.save", "saved the order view Big orders", actor.name),
        ("order_view.rename", "renamed the order view Big orders to Paid orders", actor.name),
        ("order_view.delete", "deleted the order view Paid orders", actor.name),
    ]
    assert trail[0].after == {"name": "Big orders", "criteria": {"payment_statuses": ["paid"]}}
    assert trail[1].before == {"name": "Big orders"} and trail[1].after == {"name": "Paid orders"}


def test_bad_names_and_missing_views_are_refused_with_nothing_changed(runtime: Runtime) -> None:
    db, actor = runtime.db, runtime.actor
    first = save_view(db, actor, "Paid", OrderFilter(payment_statuses=(PaymentStatus.PAID,)))
    other = save_view(db, actor, "Unpaid", OrderFilter(payment_statuses=(PaymentStatus.UNPAID,)))
    for name, words in (("   ", "needs a name"), ("x" * 81, "longer than 80"), ("PAID", "already a saved view")):
        with pytest.raises(ValidationError, match=words) as refused:
            save_view(db, actor, name, OrderFilter())
        assert refused.value.field == "name"
    with pytest.raises(ValidationError, match="already a saved view named “paid”"):
        rename_view(db, actor, other, "paid")
    rename_view(db, actor, first, "paid")  # its own name in another case is fine
    with pytest.raises(NotFoundError, match="no longer exists"):
        rename_view(db, actor, 999_999, "Gone")
    with pytest.raises(NotFoundError, match="no longer exists"):
        delete_view(db, actor, 999_999)
    with db.reading() as session:
        assert [(v.saved_id, v.name) for v in list_views(session) if v.saved_id] == [(first, "paid"), (other, "Unpaid")]


# -- a filter as JSON ------------------------------------------------------------------------------


EVERY_FIELD = {
    "text": "张伟",
    "states": (S.NEW, S.ON_HOLD),
    "shop_ids": (3, 1),
    "channel_statuses": ("processing", "on-hold"),
    "created_from": datetime(2026, 1, 31, 16, 0, tzinfo=UTC),
    "created_to": datetime(2026, 2, 1, 8, 30, tzinfo=timezone(timedelta(hours=8))),
    "needs_attention": True,
    "issue_kinds": (K.UNMAPPED_SKU, K.OUT_OF_STOCK),
    "payment_statuses": (PaymentStatus.UNPAID,),
    "warehouse_ids": (7,),
    "merged_only": True,
    "without_flags": True,
}


def test_every_field_of_a_filter_survives_json_both_ways() -> None:
    assert set(EVERY_FIELD) == {f.name for f in fields(OrderFilter)}, "a new OrderFilter field needs a value here"
    criteria = OrderFilter(**EVERY_FIELD)
    stored = criteria_to_json(criteria)
    assert stored["states"] == ["new", "on_hold"] and stored["issue_kinds"] == ["unmapped_sku", "out_of_stock"]
    assert stored["created_to"] == "2026-02-01T00:30:00+00:00"  # in UTC
    assert criteria_from_json(stored) == criteria
    assert criteria_to_json(OrderFilter()) == {}
    assert criteria_from_json({}) == OrderFilter()


def test_a_stored_filter_from_another_version_still_loads() -> None:
    loaded = criteria_from_json({
        "states": ["approved", "teleported"], "issue_kinds": "unmapped_sku", "shop_ids": ["2", "x"],
        "created_from": "2026-03-01T00:00:00", "colour": "blue", "text": None,
    })
    assert loaded == OrderFilter(states=(S.APPROVED,), issue_kinds=(K.UNMAPPED_SKU,), shop_ids=(2,),
                                 created_from=datetime(2026, 3, 1, tzinfo=UTC))


def test_a_saved_filter_with_dates_counts_the_same_as_the_filter(runtime: Runtime, orders: dict[str, int]) -> None:
    with runtime.db.reading() as session:
        created = sorted(session.scalars(select(Order.channel_created_at)))
    criteria = OrderFilter(created_from=created[2], created_to=created[5], states=(S.APPROVED, S.ALLOCATED))
    view_id = save_view(runtime.db, runtime.actor, "Middle", criteria)
    with runtime.db.reading() as session:
        saved = next(v for v in list_views(session) if v.saved_id == view_id)
        assert saved.criteria == criteria
        assert view_counts(session, [saved]) == {saved.key: count_matching(session, criteria)} == {saved.key: 3}
