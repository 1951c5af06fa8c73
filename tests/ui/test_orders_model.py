"""The lazy order model: a correct Qt model, SQL sorting, blocks fetched on demand."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt

from omsdesk.orders.queries import OrderFilter, SortKey
from omsdesk.runtime import Runtime
from omsdesk.ui.context import UiContext
from omsdesk.ui.orders.model import BLOCK_SIZE, COLUMN_INDEX, ORDER_ID_ROLE, OrdersTableModel


def loaded_model(qtbot, ctx: UiContext) -> OrdersTableModel:
    model = OrdersTableModel(ctx.rt.db, ctx.tasks)
    with qtbot.waitSignal(model.refreshed, timeout=20000):
        model.refresh()
    return model


def column_texts(model: OrdersTableModel, key: str) -> list[str]:
    return [model.index(row, COLUMN_INDEX[key]).data() for row in range(model.rowCount())]


def test_qmodeltester_with_data(qtbot, qtmodeltester, orders_db: Runtime, ctx: UiContext) -> None:
    model = loaded_model(qtbot, ctx)
    assert model.rowCount() == 60
    qtmodeltester.check(model, force_py=True)


def test_rows_show_formatted_values(qtbot, orders_db: Runtime, ctx: UiContext) -> None:
    model = loaded_model(qtbot, ctx)
    newest = model.index(0, COLUMN_INDEX["number"])
    assert newest.data() == "#60"  # newest first by default
    total = model.index(0, COLUMN_INDEX["total"])
    assert total.data().startswith("¥")
    assert total.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, COLUMN_INDEX["state"]).data() == "Cancelled"
    assert model.index(1, COLUMN_INDEX["state"]).data() == "New"
    assert model.index(1, COLUMN_INDEX["ship_to"]).data() == "上海市, China"
    assert isinstance(newest.data(ORDER_ID_ROLE), int)


def test_header_click_sorts_in_sql(qtbot, orders_db: Runtime, ctx: UiContext) -> None:
    model = loaded_model(qtbot, ctx)
    with qtbot.waitSignal(model.refreshed, timeout=20000):
        model.sort(COLUMN_INDEX["total"], Qt.SortOrder.AscendingOrder)
    assert model.sort_key is SortKey.TOTAL and not model.descending
    totals = [Decimal(t.lstrip("¥").replace(",", "")) for t in column_texts(model, "total")]
    assert totals == sorted(totals) and totals[0] < totals[-1]
    with qtbot.waitSignal(model.refreshed, timeout=20000):
        model.sort(COLUMN_INDEX["payment"], Qt.SortOrder.DescendingOrder)
    assert model.sort_key is SortKey.PAYMENT and model.descending
    payments = column_texts(model, "payment")
    assert len(set(payments)) > 1 and payments == sorted(payments, key=payments.index)


def test_filter_narrows_and_newest_request_wins(qtbot, orders_db: Runtime, ctx: UiContext) -> None:
    model = loaded_model(qtbot, ctx)
    model.set_filter(OrderFilter(text="nobody"))
    with qtbot.waitSignal(model.refreshed, timeout=20000) as blocker:
        model.set_filter(OrderFilter(text="Alice"))
    qtbot.wait(100)  # a late answer to the first search must not replace the second
    assert blocker.args == [12]
    assert model.rowCount() == 12
    assert set(column_texts(model, "buyer")) == {"Alice Smith"}


def test_data_never_raises(qtbot, orders_db: Runtime, ctx: UiContext, monkeypatch) -> None:
    model = loaded_model(qtbot, ctx)

    def broken(*_args, **_kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr("omsdesk.ui.orders.model.rows_by_id", broken)
    assert model.index(0, 0).data() is None
    assert model.data(QModelIndex()) is None


def test_rows_come_in_blocks_with_a_bounded_cache(qtbot, rt: Runtime, ctx: UiContext) -> None:
    model = OrdersTableModel(rt.db, ctx.tasks)
    model._apply_ids(model._generation, list(range(1, 10 * BLOCK_SIZE)))  # ids need not exist
    model.index(0, 0).data()
    model.index(BLOCK_SIZE - 1, 0).data()
    assert model.fetched_blocks == [0]
    model.index(5 * BLOCK_SIZE + 3, 0).data()
    assert model.fetched_blocks == [0, 5]


def test_selection_survives_a_refresh_while_the_order_still_matches(qtbot, orders_db: Runtime,
                                                                    ctx: UiContext) -> None:
    from omsdesk.ui.orders.workspace import OrdersWorkspace

    workspace = OrdersWorkspace(ctx)
    qtbot.addWidget(workspace)
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 60, timeout=20000)
    with qtbot.waitSignal(workspace.detail_loaded, timeout=20000):
        workspace.select_row(7)
    chosen = workspace.selected_order_id()
    assert workspace.detail.detail is not None and workspace.detail.detail.id == chosen

    with qtbot.waitSignal(workspace.model.refreshed, timeout=20000):
        workspace.model.sort(COLUMN_INDEX["buyer"], Qt.SortOrder.AscendingOrder)
    assert workspace.selected_order_id() == chosen

    with qtbot.waitSignal(workspace.model.refreshed, timeout=20000):
        ctx.events.orders_changed.emit()
    assert workspace.selected_order_id() == chosen

    buyer = workspace.detail.detail.buyer_name
    other = "Alice" if not buyer.startswith("Alice") else "Bob"
    with qtbot.waitSignal(workspace.model.refreshed, timeout=20000):
        workspace.search_edit.setText(other)
    assert workspace.selected_order_id() is None
    assert workspace.detail.currentWidget() is workspace.detail.hint


def test_every_sortable_column_sorts_by_its_sort_key_and_flags_do_not_sort(qtbot, orders_db: Runtime,
                                                                         ctx: UiContext) -> None:
    from omsdesk.ui.orders.model import COLUMNS

    assert {column.sort for column in COLUMNS if column.sort is not None} == set(SortKey)
    assert [column.key for column in COLUMNS if column.sort is None] == ["flags"]
    model = loaded_model(qtbot, ctx)
    for number, column in enumerate(COLUMNS):
        if column.sort is None:
            model.sort(number, Qt.SortOrder.AscendingOrder)  # nothing to sort by: the list stays as it is
            assert model.sort_key is SortKey.CREATED and model.descending and not model.loading
            continue
        with qtbot.waitSignal(model.refreshed, timeout=20000):
            model.sort(number, Qt.SortOrder.AscendingOrder)
        assert model.sort_key is column.sort and not model.descending
        assert model.sort_column() == number
        model.sort(COLUMN_INDEX["created"], Qt.SortOrder.DescendingOrder)
        qtbot.waitUntil(lambda: not model.loading, timeout=20000)


def test_flags_column_shows_review_flags_merge_and_split_markers(qtbot, orders_db: Runtime, ctx: UiContext) -> None:
    from sqlalchemy import select, update

    from omsdesk.orders.models import Order

    with orders_db.db.transaction() as session:
        ids = dict(session.execute(select(Order.number, Order.id).where(Order.number.in_(["#1", "#2", "#3"]))).all())
        session.execute(update(Order).where(Order.id.in_([ids["#1"], ids["#2"]]))
                        .values(merge_group_id=ids["#1"], version=Order.version + 1))
        session.execute(update(Order).where(Order.id == ids["#3"])
                        .values(parent_id=ids["#2"], version=Order.version + 1))
    model = loaded_model(qtbot, ctx)
    flags = {model.index(row, COLUMN_INDEX["number"]).data(): model.index(row, COLUMN_INDEX["flags"])
             for row in range(model.rowCount())}
    assert flags["#1"].data() == "⛓ group · Unmapped SKU"  # nothing maps the test shop's listings
    assert flags["#3"].data() == "part of #2 · Unmapped SKU"
    assert flags["#10"].data() == ""  # cancelled on the channel: no review flags
    assert "Merged: leaves the warehouse in one parcel" in flags["#2"].data(Qt.ItemDataRole.ToolTipRole)
    assert "Split off order #2" in flags["#3"].data(Qt.ItemDataRole.ToolTipRole)
    assert flags["#1"].data(Qt.ItemDataRole.ForegroundRole).name() == "#b91c1c"  # an unmapped SKU stops it
