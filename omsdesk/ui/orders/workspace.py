"""The Orders workspace: saved views, filter bar, actions, the order table and the detail panel.

Keyboard first: every action has a shortcut (listed under F1), J/K move, Space toggles a row in the
selection, Ctrl+F searches, Esc clears the search, Enter goes to the detail. Batch actions work on the
selected rows with the versions those rows showed (someone else's change makes that order fail with a
conflict, never overwritten), run in the background with progress, and after an action on one order
the cursor moves to the next row, so staff can work down the list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from omsdesk.fulfilment.services import SHIPPABLE
from omsdesk.orders import allocation, merge, operations, review
from omsdesk.orders.batch import BatchResult, Cancelled, Progress
from omsdesk.orders.channel_updates import resolve_issue
from omsdesk.orders.models import OrderIssueKind, OrderState
from omsdesk.orders.queries import OrderDetail, OrderFilter, OrderRow, channel_statuses, order_detail
from omsdesk.orders.states import OrderOperation, allowed_operations
from omsdesk.orders.views import ViewInfo, delete_view, rename_view, save_view
from omsdesk.sync.shops import ShopInfo, list_shops
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count
from omsdesk.ui.i18n import state_label
from omsdesk.ui.lazy_table import IdSelection, LazyTableModel, sortable_table
from omsdesk.ui.orders.actions import BatchRun, Headline, ShortcutsDialog, allocation_headline, counted, review_headline
from omsdesk.ui.orders.address_dialog import AddressDialog, RemarksDialog
from omsdesk.ui.orders.detail import OrderDetailPanel
from omsdesk.ui.orders.manual_order_dialog import ManualOrderDialog
from omsdesk.ui.orders.merge_dialog import MergeDialog
from omsdesk.ui.orders.model import COLUMNS, OrdersTableModel, flag_label
from omsdesk.ui.orders.reason_dialog import ask_reason, cancel_reasons, hold_reasons
from omsdesk.ui.orders.ship_dialog import ShipDialog
from omsdesk.ui.orders.split_dialog import SplitDialog
from omsdesk.ui.orders.views_panel import ViewsPanel, view_name
from omsdesk.ui.tasks import TaskContext

SEARCH_DELAY_MS = 250
ROW_HEIGHT = 26
STATE_SAMPLE = 500  # selected rows looked at to decide which actions apply (a big selection is not read whole)
Versions = dict[int, int | None]
FLAGGED, UNFLAGGED = "any_flag", "no_flag"  # the flag filter's first choices (then one per kind)
KIND_VALUES = frozenset(kind.value for kind in OrderIssueKind)


def created_range(key: str | None, now: datetime | None = None) -> tuple[datetime | None, datetime | None]:
    """The order dates a choice of the date filter stands for, from midnight in the person's time zone."""
    if key is None:
        return None, None
    local_now = (now or datetime.now(UTC)).astimezone()
    midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    starts = {"today": midnight, "7d": midnight - timedelta(days=6), "30d": midnight - timedelta(days=29)}
    if key == "older":
        return None, (midnight - timedelta(days=29)).astimezone(UTC)
    return starts[key].astimezone(UTC), None
Service = Callable[[Versions, Progress, Cancelled], BatchResult]


def key_names(sequences: Iterable[QKeySequence]) -> str:
    """"A, Ctrl+Enter": the keys as the platform writes them (Return and Enter may read the same)."""
    names = (sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence in sequences)
    return ", ".join(dict.fromkeys(names))


class OrderSelection(IdSelection):
    """The selected orders, kept by id across model resets (a refresh, a new filter, a re-sort), and the
    current one as :class:`IdSelection` keeps it."""

    def __init__(self, table: QTableView, model: LazyTableModel[OrderRow], on_lost: Callable[[], None]) -> None:
        super().__init__(table, model, on_lost)
        self._ids_before: list[int] = []

    def selected_rows(self) -> list[int]:
        rows: set[int] = set()
        for selected in self.table.selectionModel().selection():
            rows.update(range(selected.top(), selected.bottom() + 1))
        return sorted(rows)

    def selected_ids(self) -> list[int]:
        ids = (self.model.id_at(row) for row in self.selected_rows())
        return [order_id for order_id in ids if order_id is not None]

    def select_ids(self, ids: Iterable[int], current: int | None = None) -> int:
        """Select the rows of ``ids`` still in the list (the others are gone); returns how many."""
        found = self.model.rows_of(ids)
        rows = sorted(found.values())
        if not rows:
            return 0
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        start = previous = rows[0]
        for row in [*rows[1:], None]:
            if row is not None and row == previous + 1:
                previous = row
                continue
            selection.select(self.model.index(start, 0), self.model.index(previous, last_column))
            if row is not None:
                start = previous = row
        current_row = found.get(current, rows[0]) if current is not None else rows[0]
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        model.setCurrentIndex(self.model.index(current_row, 0), flags.NoUpdate)
        model.select(selection, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(self.model.index(current_row, 0))
        return len(rows)

    def toggle_current(self) -> None:
        index = self.table.selectionModel().currentIndex()
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.Toggle | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().select(index, flags)

    def _remember(self) -> None:
        super()._remember()
        self._ids_before = self.selected_ids()
        if self._before_reset is None and self._ids_before:
            index = self.table.selectionModel().currentIndex()
            self._before_reset = self.model.id_at(index.row()) if index.isValid() else None

    def _restore(self) -> None:
        ids, self._ids_before = self._ids_before, []
        if len(ids) <= 1:
            super()._restore()
            return
        current, self._before_reset = self._before_reset, None
        if not self.select_ids(ids, current):
            self._on_lost()


@dataclass(frozen=True)
class BatchSpec:
    """What the person reads about one batch action."""

    title: str
    label: str  # while it runs
    headline: Headline  # "12 approved", when it is done


class OrdersWorkspace(QWidget):
    open_channels_requested = Signal()
    detail_loaded = Signal(int)  # order id, once the detail panel shows it
    batch_started = Signal(object)  # the BatchRun
    batch_finished = Signal(str, object)  # action key, BatchResult (the summary, if any, is open)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = OrdersTableModel(ctx.rt.db, ctx.tasks, self)
        self.view_key: str | None = None
        self.view_criteria = OrderFilter()
        self.batches: list[BatchRun] = []
        self.last_batch: BatchRun | None = None
        self.last_dialog: QWidget | None = None  # the dialog an action opened last
        self._detail_generation = 0
        self._select_after_refresh: list[int] | None = None
        self._pending_view: int | None = None  # a view just saved: chosen once the list shows it
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._build()
        self._build_actions()
        self._connect()
        self.reload_filter_options()
        self.views_panel.reload()
        self.model.refresh()

    # -- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        self.views_panel = ViewsPanel(self.ctx)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(4, 0, 0, 0)
        column.addLayout(self._build_filter_bar())
        self.toolbar = QToolBar()  # too narrow a window: the last buttons go under its » button
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setStyleSheet("QToolBar { border: none; spacing: 2px; }")
        self.note_label = QLabel()  # what the last action did
        self.note_label.setStyleSheet("color: #0f766e;")
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.toolbar, 1)
        actions_row.addWidget(self.note_label)
        column.addLayout(actions_row)
        self.table = self._build_table()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self._build_empty_page())
        self.detail = OrderDetailPanel()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([370, 350])
        column.addWidget(self.splitter, 1)
        saved = self.ctx.settings.orders_splitter
        if saved is not None:
            self.splitter.restoreState(saved)
        self.sides = QSplitter(Qt.Orientation.Horizontal)
        self.sides.addWidget(self.views_panel)
        self.sides.addWidget(right)
        self.sides.setChildrenCollapsible(False)
        self.sides.setStretchFactor(0, 0)
        self.sides.setStretchFactor(1, 1)
        self.sides.setSizes([212, 1068])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.sides, 1)

    def _build_filter_bar(self) -> QHBoxLayout:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Order no., buyer, phone or SKU"))
        self.search_edit.setToolTip(self.tr("Three characters or more find any part of an order number, buyer, "
                                            "phone, recipient, SKU or tracking number (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(120)
        self.state_combo = QComboBox()
        self.state_combo.addItem(self.tr("All states"), None)
        for state in OrderState:
            self.state_combo.addItem(state_label(state), state)
        self.shop_combo = QComboBox()
        self.shop_combo.addItem(self.tr("All shops"), None)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All channel statuses"), None)
        self.status_combo.setToolTip(self.tr("The channel's own status, as it sent it"))
        self.flag_combo = QComboBox()
        self.flag_combo.addItem(self.tr("Flags: any"), None)
        self.flag_combo.addItem(self.tr("With a flag"), FLAGGED)
        self.flag_combo.addItem(self.tr("Without flags"), UNFLAGGED)
        for kind in OrderIssueKind:
            self.flag_combo.addItem(flag_label(kind), kind)
        self.flag_combo.setToolTip(self.tr("Open flags: review reasons and channel changes a person must look at"))
        self.created_combo = QComboBox()
        for label, key in ((self.tr("Any date"), None), (self.tr("Today"), "today"),
                           (self.tr("Last 7 days"), "7d"), (self.tr("Last 30 days"), "30d"),
                           (self.tr("Older than 30 days"), "older")):
            self.created_combo.addItem(label, key)
        self.created_combo.setToolTip(self.tr("When the buyer placed the order"))
        for combo, characters in zip(self.filter_combos(), (6, 7, 12, 7, 7), strict=True):  # they grow with room
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(characters)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: 600;")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.search_edit, 3)
        for combo in self.filter_combos():
            bar.addWidget(combo, 1)
        bar.addSpacing(6)
        bar.addWidget(self.count_label)
        return bar

    def filter_combos(self) -> tuple[QComboBox, ...]:
        return self.state_combo, self.shop_combo, self.status_combo, self.flag_combo, self.created_combo

    def _build_table(self) -> QTableView:
        table = sortable_table(self.model, ROW_HEIGHT, self.ctx.settings.orders_header)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        return table

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("font-size: 13pt; color: #4b5563;")
        self.empty_button = QPushButton()
        self.empty_button.clicked.connect(self._empty_action)
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    # -- actions ---------------------------------------------------------------------

    def _action(self, key: str, text: str, shortcuts: Iterable[str], tip: str,
                slot: Callable[[], object], widget: QWidget | None = None) -> QAction:
        """An action whose shortcuts work while the focus is anywhere in the workspace (not on other tabs)."""
        action = QAction(text, self)
        sequences = [QKeySequence(shortcut) for shortcut in shortcuts]
        action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if widget is not None
                                  else Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = key_names(sequences)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)
        action.setObjectName(key)
        action.triggered.connect(lambda _checked=False: slot())
        (widget or self).addAction(action)
        self.actions_by_key[key] = action
        return action

    def _build_actions(self) -> None:
        self.actions_by_key: dict[str, QAction] = {}
        a = self._action
        a("approve", self.tr("Approve"), ("A", "Ctrl+Return", "Ctrl+Enter"),
          self.tr("Approve the selected orders; their review flags count as checked"), self.approve_selected)
        a("review_again", self.tr("Review again"), ("Shift+R",),
          self.tr("Run the review rules again on the selected new orders (after fixing them): clean ones are "
                  "approved"), self.review_selected)
        a("hold", self.tr("Hold…"), ("H",), self.tr("Put the selected orders on hold, with a reason"),
          self.hold_selected)
        a("release", self.tr("Release"), ("R",), self.tr("Take the selected orders off hold"), self.release_selected)
        a("cancel", self.tr("Cancel orders…"), ("Del",),
          self.tr("Cancel the selected orders, with a reason; their reserved stock goes back"), self.cancel_selected)
        a("merge", self.tr("Merge…"), ("M",),
          self.tr("Merge orders of the same buyer and address into one parcel (suggestions)"), self.merge_selected)
        a("unmerge", self.tr("Unmerge"), ("Shift+M",), self.tr("Take the selected orders out of their merge group"),
          self.unmerge_selected)
        a("split", self.tr("Split…"), ("S",), self.tr("Move some lines or quantities of this order into a new order"),
          self.split_current)
        a("allocate", self.tr("Allocate"), ("Ctrl+L",), self.tr("Reserve stock for the selected approved orders"),
          self.allocate_selected)
        a("allocate_all", self.tr("Allocate all approved, oldest first"), ("Ctrl+Shift+L",),
          self.tr("Reserve stock for every approved order, the oldest first"), lambda: self.allocate_all(True))
        a("allocate_priority", self.tr("Allocate all approved, by priority"), (),
          self.tr("Reserve stock for every approved order, the highest priority first"),
          lambda: self.allocate_all(False))
        a("deallocate", self.tr("Deallocate"), ("Ctrl+Shift+D",),
          self.tr("Give the selected orders' reserved stock back; they return to approved"), self.deallocate_selected)
        a("edit_address", self.tr("Edit address…"), ("F2", "E"), self.tr("Fix the shipping address of this order"),
          self.edit_address)
        a("edit_remarks", self.tr("Edit remark…"), ("Shift+E",), self.tr("Write the seller remark of this order"),
          self.edit_remarks)
        a("new_order", self.tr("New manual order…"), ("Ctrl+N",),
          self.tr("Enter an order taken by phone or for a B2B buyer"), self.new_manual_order)
        a("ship", self.tr("Record shipment…"), ("Ctrl+Shift+S",),
          self.tr("Enter the carrier and tracking number of a parcel that left; the channel is told in the "
                  "background"), self.record_shipment)
        a("save_view", self.tr("Save current filter as view…"), ("Ctrl+S",),
          self.tr("Keep the current filter as a view in the list at the left"), self.save_current_view)
        a("shortcuts", self.tr("Keyboard shortcuts"), ("F1", "?"), self.tr("List every keyboard shortcut"),
          self.show_shortcuts)
        a("next", self.tr("Next order"), ("J",), self.tr("Move to the next order"), lambda: self.move_cursor(1))
        a("previous", self.tr("Previous order"), ("K",), self.tr("Move to the previous order"),
          lambda: self.move_cursor(-1))
        a("toggle", self.tr("Select or unselect this order"), ("Space",),
          self.tr("Add the current order to the selection, or take it out"), self.toggle_current, self.table)
        a("search", self.tr("Search"), ("Ctrl+F",), self.tr("Go to the search field"), self.focus_search)
        a("clear_search", self.tr("Clear search"), ("Esc",), self.tr("Clear the search and go back to the list"),
          self.clear_search)
        a("refresh", self.tr("Refresh"), ("F5",), self.tr("Read the list again"), self.refresh)
        for number in range(1, 10):
            a(f"view_{number}", self.tr("View %1").replace("%1", str(number)), (f"Ctrl+{number}",),
              self.tr("Show the view at this place in the list at the left"),
              lambda n=number: self.views_panel.choose_number(n))
        for key, short in (("cancel", self.tr("Cancel")), ("new_order", self.tr("New order"))):
            self.actions_by_key[key].setIconText(short)  # the toolbar's shorter words
        self.ship_action = self.actions_by_key["ship"]
        self.shortcuts_action = self.actions_by_key["shortcuts"]
        self._fill_toolbar()

    def _fill_toolbar(self) -> None:
        act = self.actions_by_key
        bar = self.toolbar
        for key in ("approve", "hold", "release", "cancel"):
            bar.addAction(act[key])
        bar.addSeparator()
        for key in ("merge", "split"):
            bar.addAction(act[key])
        bar.addSeparator()
        allocate_menu = QMenu(self)
        for key in ("allocate", "allocate_all", "allocate_priority", "deallocate"):
            allocate_menu.addAction(act[key])
        allocate_menu.setToolTipsVisible(True)
        self.allocate_button = QToolButton()  # its menu also holds "allocate all", which needs no selection
        self.allocate_button.setText(self.tr("Allocate"))
        self.allocate_button.setToolTip(self.tr("Reserve stock: for the selection (Ctrl+L) or every approved order"))
        self.allocate_button.setMenu(allocate_menu)
        self.allocate_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(self.allocate_button)
        bar.addSeparator()
        for key in ("edit_address", "new_order", "ship"):
            bar.addAction(act[key])
        more_menu = QMenu(self)
        for key in ("review_again", "unmerge", "edit_remarks"):
            more_menu.addAction(act[key])
        more_menu.addSeparator()
        more_menu.addAction(act["save_view"])
        more_menu.addAction(act["shortcuts"])
        more_menu.setToolTipsVisible(True)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setMenu(more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(self.more_button)
        self.ship_button = bar.widgetForAction(act["ship"])

    def fill_menu(self, menu: QMenu) -> None:
        """The main window's Orders menu: the same actions (their shortcuts work inside the workspace)."""
        act = self.actions_by_key
        groups = (("approve", "review_again", "hold", "release", "cancel"), ("merge", "unmerge", "split"),
                  ("allocate", "allocate_all", "allocate_priority", "deallocate"),
                  ("edit_address", "edit_remarks", "new_order", "ship"), ("save_view", "refresh", "shortcuts"))
        for number, keys in enumerate(groups):
            if number:
                menu.addSeparator()
            for key in keys:
                menu.addAction(act[key])
        menu.setToolTipsVisible(True)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every action with its keys, for the shortcuts list."""
        rows = []
        for action in self.actions_by_key.values():
            keys = key_names(action.shortcuts())
            if keys and not action.objectName().startswith("view_"):
                rows.append((action.text().replace("&", ""), keys))
        rows.append((self.tr("Show view 1 … 9 of the list at the left"), self.tr("Ctrl+1 … Ctrl+9")))
        rows.append((self.tr("Move up / down"), self.tr("Up / Down")))
        rows.append((self.tr("Extend the selection"), self.tr("Shift+Up / Shift+Down, Shift+click")))
        rows.append((self.tr("Add to or take from the selection"), self.tr("Ctrl+click")))
        rows.append((self.tr("Go to the order's details"), self.tr("Enter")))
        return rows

    # -- wiring ----------------------------------------------------------------------

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_entered)
        for combo in self.filter_combos():
            combo.currentIndexChanged.connect(self.apply_filter)
        self.detail.issues_resolved.connect(self.resolve_issues)
        self.detail.edit_address_requested.connect(lambda _order_id: self.edit_address())
        self.detail.edit_remarks_requested.connect(lambda _order_id: self.edit_remarks())
        self.detail.open_order_requested.connect(self.open_order)
        self.selection = OrderSelection(self.table, self.model, lambda: self.detail.show_detail(None))
        self.model.refreshed.connect(self._refreshed)
        self.model.loading_changed.connect(self._show_loading)
        self.model.refresh_failed.connect(self._show_failure)
        self.model.modelReset.connect(self.update_actions)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.table.activated.connect(lambda _index: self.focus_detail())
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._keep_sortable_indicator)
        self.views_panel.view_chosen.connect(self.show_view)
        self.views_panel.loaded.connect(self._views_loaded)
        self.views_panel.save_requested.connect(self.save_current_view)
        self.views_panel.rename_requested.connect(self.rename_view)
        self.views_panel.delete_requested.connect(self.delete_view)
        self.ctx.events.orders_changed.connect(self.refresh)
        self.ctx.events.shops_changed.connect(self.reload_filter_options)
        self.update_actions()

    # -- views and filters -----------------------------------------------------------

    def current_filter(self) -> OrderFilter:
        """The chosen view's filter, narrowed (or overridden, field by field) by the filter bar."""
        base = self.view_criteria
        # Qt hands enum members back as plain strings: turned into members again here.
        state, shop, status, flag = (self.state_combo.currentData(), self.shop_combo.currentData(),
                                     self.status_combo.currentData(), self.flag_combo.currentData())
        kind = OrderIssueKind(flag) if flag in KIND_VALUES else None
        created_from, created_to = created_range(self.created_combo.currentData())
        return replace(
            base,
            text=self.search_edit.text().strip() or base.text,
            states=(OrderState(state),) if state else base.states,
            shop_ids=(shop,) if shop else base.shop_ids,
            channel_statuses=(status,) if status else base.channel_statuses,
            needs_attention=flag == FLAGGED or base.needs_attention,
            without_flags=flag == UNFLAGGED or base.without_flags,
            issue_kinds=(kind,) if kind is not None else base.issue_kinds,
            created_from=created_from or base.created_from,
            created_to=created_to or base.created_to,
        )

    def bar_is_clear(self) -> bool:
        return not self.search_edit.text().strip() and all(
            combo.currentIndex() == 0 for combo in self.filter_combos())

    @Slot()
    def apply_filter(self) -> None:
        self._search_timer.stop()
        criteria = self.current_filter()
        if criteria != self.model.criteria or not self.model.loaded_once:
            self.model.set_filter(criteria)

    def _search_entered(self) -> None:
        self.apply_filter()
        if self.model.rowCount():
            self.table.setFocus()

    @Slot(object)
    def show_view(self, view: ViewInfo) -> None:
        """Show a view's orders: the filter bar starts clear again."""
        self.view_key, self.view_criteria = view.key, view.criteria
        self._clear_bar()
        self.views_panel.set_current(view.key)
        self.apply_filter()

    def _views_loaded(self) -> None:
        if self._pending_view is not None:  # a view just saved here: show it
            saved = next((view for view in self.views_panel.views if view.saved_id == self._pending_view), None)
            if saved is not None:
                self._pending_view = None
                self.show_view(saved)
                return
        if self.view_key is None:  # at start the list shows every order: that is the "all orders" view
            all_orders = self._all_orders_view()
            self.view_key = all_orders.key if all_orders is not None else None
            self.views_panel.set_current(self.view_key)
        elif self.views_panel.view(self.view_key) is None:  # deleted (here or on another desktop)
            self.show_all_orders()

    def _all_orders_view(self) -> ViewInfo | None:
        return next((view for view in self.views_panel.views if view.criteria == OrderFilter()), None)

    def _clear_bar(self) -> None:
        for combo in self.filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self._search_timer.stop()

    @Slot()
    def clear_filters(self) -> None:
        """Clear the filter bar (the chosen view stays)."""
        self._clear_bar()
        self.apply_filter()

    def show_all_orders(self) -> None:
        all_orders = self._all_orders_view()
        if all_orders is not None:
            self.show_view(all_orders)
        else:
            self.view_key, self.view_criteria = None, OrderFilter()
            self.views_panel.set_current(None)
            self.clear_filters()

    @Slot()
    def refresh(self) -> None:
        self.model.refresh()
        self.reload_filter_options()
        current = self.selected_order_id()
        if current is not None:
            self._load_detail(current)

    @Slot()
    def reload_filter_options(self) -> None:
        def load(_: TaskContext) -> tuple[list[ShopInfo], list[str]]:
            with self.ctx.rt.db.reading() as session:
                statuses = channel_statuses(session)
            return list_shops(self.ctx.rt.db), statuses

        self.ctx.tasks.run(load, self._fill_filter_options, owner=self, name="order filter options")

    def _fill_filter_options(self, options: tuple[list[ShopInfo], list[str]]) -> None:
        shops, statuses = options
        self._refill(self.shop_combo, [(shop.name, shop.id) for shop in shops])
        self._refill(self.status_combo, [(status, status) for status in statuses])

    @staticmethod
    def _refill(combo: QComboBox, entries: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in entries:
            combo.addItem(text, data)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # -- saved views -----------------------------------------------------------------

    @Slot()
    def save_current_view(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save view"),
                                        self.tr("Name of the view (every desktop sees it):"))
        name = " ".join(name.split())
        if not ok or not name:
            return
        criteria, ctx = self.current_filter(), self.ctx

        def saved(view_id: int) -> None:
            self._pending_view = view_id
            self.views_panel.reload()

        ctx.tasks.run_write(lambda _: save_view(ctx.rt.db, ctx.rt.actor, name, criteria), saved,
                            owner=self, name="save order view")

    @Slot(object)
    def rename_view(self, view: ViewInfo) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Rename view"), self.tr("New name of “%1”:").replace(
            "%1", view.name), text=view.name)
        name = " ".join(name.split())
        if not ok or not name or name == view.name or view.saved_id is None:
            return
        ctx, view_id = self.ctx, view.saved_id
        ctx.tasks.run_write(lambda _: rename_view(ctx.rt.db, ctx.rt.actor, view_id, name),
                            lambda _: self.views_panel.reload(), owner=self, name="rename order view")

    @Slot(object)
    def delete_view(self, view: ViewInfo) -> None:
        if view.saved_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete view"), self.tr(
            "Delete the view “%1” for everyone? The orders stay as they are.").replace("%1", view.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx, view_id = self.ctx, view.saved_id
        ctx.tasks.run_write(lambda _: delete_view(ctx.rt.db, ctx.rt.actor, view_id),
                            lambda _: self.views_panel.reload(), owner=self, name="delete order view")

    # -- table state -----------------------------------------------------------------

    def _refreshed(self, count: int) -> None:
        self._show_count(count)
        pending, self._select_after_refresh = self._select_after_refresh, None
        if pending:
            self.selection.select_ids(pending)

    def _count_text(self, count: int, selected: int) -> str:
        text = self.tr("1 order") if count == 1 else self.tr("%1 orders").replace("%1", format_count(count))
        if selected > 1:
            text = self.tr("%1 · %2 selected").replace("%1", text).replace("%2", format_count(selected))
        return text

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self._count_text(count, len(self._rows()) if count else 0))
        if count:
            self.stack.setCurrentWidget(self.table)
            return
        if self.model.criteria == OrderFilter():
            self.empty_label.setText(self.tr("No orders yet — add a shop in Channels and sync."))
            self.empty_button.setText(self.tr("Open Channels"))
        elif self.bar_is_clear() and self.view_key is not None:
            view = self.views_panel.view(self.view_key)
            name = view_name(view) if view is not None else ""
            self.empty_label.setText(self.tr("No orders in “%1” right now.").replace("%1", name))
            self.empty_button.setText(self.tr("Show all orders"))
        else:
            self.empty_label.setText(self.tr("No orders match these filters."))
            self.empty_button.setText(self.tr("Clear filters"))
        self.stack.setCurrentIndex(1)
        self.detail.show_detail(None)

    def _empty_action(self) -> None:
        if self.model.criteria == OrderFilter():
            self.open_channels_requested.emit()
        elif self.bar_is_clear():
            self.show_all_orders()
        else:
            self.clear_filters()

    def _show_loading(self, loading: bool) -> None:
        if loading and not self.model.loaded_once:
            self.count_label.setText(self.tr("Loading…"))

    def _show_failure(self, message: str) -> None:
        self.count_label.setText(self.tr("The order list could not be loaded: %1").replace("%1", message))

    def _keep_sortable_indicator(self, column: int, order: Qt.SortOrder) -> None:
        if COLUMNS[column].sort is None:  # e.g. Flags: there is no SQL sort for it
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(self.model.sort_column(), order)
            header.blockSignals(False)

    # -- selection and keyboard ------------------------------------------------------

    def selected_order_id(self) -> int | None:
        return self.selection.current_id()

    def selected_ids(self) -> list[int]:
        return self.selection.selected_ids()

    def select_order(self, order_id: int) -> bool:
        return self.selection.select_id(order_id)

    def select_orders(self, order_ids: Iterable[int]) -> int:
        return self.selection.select_ids(order_ids)

    def select_row(self, row: int) -> None:
        self.selection.select_row(row)

    def move_cursor(self, step: int) -> None:
        if not self.model.rowCount():
            return
        index = self.table.selectionModel().currentIndex()
        row = index.row() + step if index.isValid() else 0
        self.select_row(min(max(row, 0), self.model.rowCount() - 1))
        self.table.setFocus()

    def toggle_current(self) -> None:
        self.selection.toggle_current()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def clear_search(self) -> None:
        if self.search_edit.text():
            self.search_edit.clear()
            self.apply_filter()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_detail(self) -> None:
        """Enter on a row: the detail panel takes the keyboard (Esc comes back to the list)."""
        if self.detail.currentWidget() is self.detail.hint:
            return
        target = self.detail.currentWidget()
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        target.focusNextChild()

    def open_order(self, order_id: int) -> None:
        """Show an order (a related one clicked in the detail); if the view hides it, show all orders."""
        if self.select_order(order_id):
            return
        self._select_after_refresh = [order_id]
        self.show_all_orders()

    def _rows(self) -> list[int]:
        return self.selection.selected_rows()

    def _row_objects(self, rows: list[int]) -> list[OrderRow]:
        sample = rows[:STATE_SAMPLE]
        found = (self.model.order_row(row) for row in sample)
        return [row for row in found if row is not None]

    def versions(self, rows: list[int] | None = None) -> Versions:
        """Order id → the version its row showed (``None`` for a row never shown: nothing to compare)."""
        versions: Versions = {}
        for row in self._rows() if rows is None else rows:
            order_id = self.model.id_at(row)
            if order_id is None:
                continue
            shown = self.model.cached_row(row)
            versions[order_id] = shown.version if shown is not None else None
        return versions

    @Slot()
    def update_actions(self) -> None:
        rows = self._rows()
        shown = self._row_objects(rows)
        allowed: set[OrderOperation] = set()
        for row in shown:
            allowed.update(allowed_operations(row.state))
        unknown = bool(rows) and not shown  # rows not read: let the service decide
        act = self.actions_by_key

        def enable(key: str, operation: OrderOperation, single: bool = False) -> None:
            fits = (len(rows) == 1) if single else bool(rows)
            act[key].setEnabled(fits and (unknown or operation in allowed))

        enable("approve", OrderOperation.APPROVE)
        enable("review_again", OrderOperation.APPROVE)
        enable("hold", OrderOperation.HOLD)
        enable("release", OrderOperation.RELEASE)
        enable("cancel", OrderOperation.CANCEL)
        enable("split", OrderOperation.SPLIT, single=True)
        enable("allocate", OrderOperation.ALLOCATE)
        enable("deallocate", OrderOperation.DEALLOCATE)
        enable("edit_address", OrderOperation.EDIT_ADDRESS, single=True)
        enable("edit_remarks", OrderOperation.EDIT_REMARKS, single=True)
        act["merge"].setEnabled(not rows or unknown or OrderOperation.MERGE in allowed)
        act["unmerge"].setEnabled(unknown or any(
            row.merge_group_id is not None and OrderOperation.UNMERGE in allowed_operations(row.state)
            for row in shown))
        act["ship"].setEnabled(len(rows) == 1 and self.can_ship(self.detail.detail)
                               and self.detail.detail is not None
                               and self.detail.detail.id == self.model.id_at(rows[0]))
        if self.model.loaded_once and self.model.rowCount():
            self.count_label.setText(self._count_text(self.model.rowCount(), len(rows)))

    # -- detail ----------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        order_id = self.model.order_id(current.row()) if current.isValid() else None
        if order_id is None:
            self.detail.show_detail(None)
            self.update_actions()
            return
        if self.detail.detail is None or self.detail.detail.id != order_id:
            self._load_detail(order_id)

    def _load_detail(self, order_id: int) -> None:
        self._detail_generation += 1
        generation = self._detail_generation

        def load(_: TaskContext) -> OrderDetail | None:
            with self.ctx.rt.db.reading() as session:
                return order_detail(session, order_id)

        def show(detail: OrderDetail | None) -> None:
            if generation == self._detail_generation:
                self.detail.show_detail(detail)
                self.update_actions()
                self.detail_loaded.emit(order_id)

        self.ctx.tasks.run(load, show, owner=self, name="order detail")

    def _with_current_detail(self, then: Callable[[OrderDetail], None]) -> None:
        """``then(detail)`` of the current order, read again so that a dialog starts from its latest version."""
        order_id = self.selected_order_id()
        if order_id is None:
            return
        db = self.ctx.rt.db

        def load(_: TaskContext) -> OrderDetail | None:
            with db.reading() as session:
                return order_detail(session, order_id)

        def show(detail: OrderDetail | None) -> None:
            if detail is not None and self.selected_order_id() == order_id:
                then(detail)

        self.ctx.tasks.run(load, show, owner=self, name="order for a dialog")

    def save_state(self) -> None:
        self.ctx.settings.orders_splitter = self.splitter.saveState()
        self.ctx.settings.orders_header = self.table.horizontalHeader().saveState()

    # -- batch actions ---------------------------------------------------------------

    def run_batch(self, key: str, spec: BatchSpec, service: Service, versions: Versions | None = None,
                  move_on: bool = True) -> BatchRun | None:
        """Run ``service`` on the selection (or ``versions``) in the background, with progress and summary."""
        rows = self._rows()
        if versions is None:
            versions = self.versions(rows)
            if not versions:
                return None
            if move_on and len(rows) == 1:
                self._move_past(rows[0])
        chosen = dict(versions)
        run = BatchRun(self.ctx, self, spec.title, spec.label, spec.headline,
                       lambda progress, cancelled: service(chosen, progress, cancelled), len(chosen))
        self.batches.append(run)
        self.last_batch = run
        run.finished.connect(lambda result: self._batch_done(key, run, result))
        run.failed.connect(lambda _error: self._batch_ended(run))
        self.note_label.setText(spec.label)
        self.batch_started.emit(run)
        return run.start()

    def _move_past(self, row: int) -> None:
        """After an action on the current order, go on to the next one (the last row: the one before)."""
        count = self.model.rowCount()
        if count > 1:
            self.select_row(row + 1 if row + 1 < count else row - 1)

    def _batch_done(self, key: str, run: BatchRun, result: BatchResult) -> None:
        self._batch_ended(run)
        self.note_label.setText(run.message)
        if run.summary is not None:
            run.summary.select_requested.connect(self.select_orders)
            run.summary.reload_requested.connect(self._reload_and_select)
        self.batch_finished.emit(key, result)

    def _batch_ended(self, run: BatchRun) -> None:
        if run in self.batches:
            self.batches.remove(run)
        self.note_label.setText(run.message)

    def _reload_and_select(self, order_ids: list[int]) -> None:
        self._select_after_refresh = list(order_ids)
        self.refresh()

    @Slot()
    def approve_selected(self) -> BatchRun | None:
        db, actor = self.ctx.rt.db, self.ctx.rt.actor
        spec = BatchSpec(self.tr("Approve orders"), self.tr("Approving orders…"), counted(self.tr("%1 approved")))
        return self.run_batch("approve", spec, lambda v, p, c: review.approve(db, actor, v, p, c))

    @Slot()
    def review_selected(self) -> BatchRun | None:
        db, actor = self.ctx.rt.db, self.ctx.rt.actor
        spec = BatchSpec(self.tr("Review orders again"), self.tr("Reviewing orders…"), review_headline)
        return self.run_batch("review_again", spec, lambda v, p, c: review.review_again(db, actor, v, p, c))

    @Slot()
    def hold_selected(self) -> BatchRun | None:
        count = len(self._rows())
        if not count:
            return None
        reason = ask_reason(self, self.tr("Put on hold"), self._prompt(
            count, self.tr("Why is order %1 put on hold?"), self.tr("Why are these %1 orders put on hold?")),
            hold_reasons())
        if reason is None:
            return None
        db, actor = self.ctx.rt.db, self.ctx.rt.actor
        spec = BatchSpec(self.tr("Put orders on hold"), self.tr("Putting orders on hold…"),
                         counted(self.tr("%1 put on hold")))
        return self.run_batch("hold", spec, lambda v, p, c: operations.hold(db, actor, v, reason, p, c))

    @Slot()
    def release_selected(self) -> BatchRun | None:
        db, actor = self.ctx.rt.db, self.ctx.rt.actor
        spec = BatchSpec(self.tr("Release orders"), self.tr("Releasing orders…"), counted(self.tr("%1 released")))
        return self.run_batch("release", spec, lambda v, p, c: operations.release(db, actor, v, p, c))

    @Slot()
    def cancel_selected(self) -> BatchRun | None:
        count = len(self._rows())
        if not count:
            return None
        reason = ask_reason(self, self.tr("Cancel orders"), self._prompt(
            count, self.tr("Why is order %1 cancelled?"), self.tr("Why are these %1 orders cancelled?")),
            cancel_reasons())
        if reason is None:
            return None
        question = self._prompt(count, self.tr("Cancel order %1? Its reserved stock goes back; this cannot be "
                                               "undone."),
                                self.tr("Cancel these %1 orders? Their reserved stock goes back; this cannot be "
                                        "undone."))
        answer = QMessageBox.question(self, self.tr("Cancel orders"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        db, actor = self.ctx.rt.db, self.ctx.rt.actor
        spec = BatchSpec(self.tr("Cancel orders"), self.tr("Cancelling orders…"), counted(self.tr("%1 cancelled")))
        return self.run_batch("cancel", spec, lambda v, p, c: operations.cancel(db, actor, v, reason, p, c))

    def _prompt(self, count: int, one: str, many: str) -> str:
        """``one`` with the current order's number, or ``many`` with the count, as ``%1``."""
        if count == 1:
            rows = self._rows()
            shown = self.model.order_row(rows[0]) if rows else None
            return one.replace("%1", shown.number if shown is not None else "")
        return many.replace("%1", format_count(count))

    @Slot()
    def allocate_selected(self) -> BatchRun | None:
        db, actor = self.ctx.rt.db, self.ctx.rt.actor
        spec = self._allocation_spec()
        return self.run_batch("allocate", spec, lambda v, p, c: allocation.allocate(
            db, actor, v, progress=p, cancelled=c))

    def allocate_all(self, oldest_first: bool = True) -> BatchRun | None:
        db, actor = self.ctx.rt.db, self.ctx.rt.actor
        spec = self._allocation_spec()
        return self.run_batch("allocate_all", spec, lambda _v, p, c: allocation.allocate(
            db, actor, None, oldest_first=oldest_first, progress=p, cancelled=c), versions={}, move_on=False)

    def _allocation_spec(self) -> BatchSpec:
        return BatchSpec(self.tr("Allocate stock"), self.tr("Reserving stock…"), allocation_headline)

    @Slot()
    def deallocate_selected(self) -> BatchRun | None:
        db, actor = self.ctx.rt.db, self.ctx.rt.actor
        spec = BatchSpec(self.tr("Deallocate"), self.tr("Giving stock back…"), counted(self.tr("%1 deallocated")))
        return self.run_batch("deallocate", spec, lambda v, p, c: allocation.deallocate(db, actor, v, p, c))

    @Slot()
    def unmerge_selected(self) -> BatchRun | None:
        db, actor = self.ctx.rt.db, self.ctx.rt.actor
        spec = BatchSpec(self.tr("Unmerge orders"), self.tr("Unmerging orders…"), counted(self.tr("%1 unmerged")))
        return self.run_batch("unmerge", spec, lambda v, p, c: merge.unmerge(db, actor, v, p, c), move_on=False)

    # -- dialogs ---------------------------------------------------------------------

    def _open(self, dialog: QWidget) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    @Slot()
    def merge_selected(self) -> MergeDialog:
        ids = self.selected_ids()
        dialog = MergeDialog(self.ctx, self, ids or None)
        dialog.saved.connect(lambda _group: self._reload_and_select(ids))
        self._open(dialog)
        return dialog

    @Slot()
    def split_current(self) -> None:
        if self.actions_by_key["split"].isEnabled():
            self._with_current_detail(lambda detail: self._open(SplitDialog(self.ctx, detail, self)))

    @Slot()
    def edit_address(self) -> None:
        if self.actions_by_key["edit_address"].isEnabled():
            self._with_current_detail(lambda detail: self._open(AddressDialog(self.ctx, detail, self)))

    @Slot()
    def edit_remarks(self) -> None:
        if self.actions_by_key["edit_remarks"].isEnabled():
            self._with_current_detail(lambda detail: self._open(RemarksDialog(self.ctx, detail, self)))

    @Slot()
    def new_manual_order(self) -> ManualOrderDialog:
        dialog = ManualOrderDialog(self.ctx, self)
        dialog.saved.connect(self.open_order_after_refresh)
        self._open(dialog)
        return dialog

    def open_order_after_refresh(self, order_id: int) -> None:
        self._select_after_refresh = [order_id]

    @Slot()
    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.shortcut_rows(), self)
        self._open(dialog)
        return dialog

    def can_ship(self, detail: OrderDetail | None) -> bool:
        return (detail is not None and detail.state in SHIPPABLE
                and any(line.left_to_ship > 0 for line in detail.lines))

    @Slot()
    def record_shipment(self) -> ShipDialog | None:
        detail = self.detail.detail
        if not self.can_ship(detail):
            return None
        assert detail is not None
        dialog = ShipDialog(self.ctx, detail, self)
        dialog.shipped.connect(lambda _: self._load_detail(detail.id))
        self._open(dialog)
        return dialog

    @Slot(list)
    def resolve_issues(self, issue_ids: list[int]) -> None:
        detail = self.detail.detail
        ctx = self.ctx

        def write(_: TaskContext) -> None:
            for issue_id in issue_ids:
                resolve_issue(ctx.rt.db, ctx.rt.actor, issue_id)

        def done(_: None) -> None:
            if detail is not None:
                self._load_detail(detail.id)
            ctx.events.orders_changed.emit()

        ctx.tasks.run_write(write, done, owner=self, name="resolve order flags")
