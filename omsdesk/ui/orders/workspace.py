"""The Orders workspace: filter bar, order count, the order table and the detail panel."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omsdesk.fulfilment.services import SHIPPABLE
from omsdesk.orders.channel_updates import resolve_issue
from omsdesk.orders.models import OrderState
from omsdesk.orders.queries import OrderDetail, OrderFilter, channel_statuses, order_detail
from omsdesk.sync.shops import ShopInfo, list_shops
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count
from omsdesk.ui.i18n import state_label
from omsdesk.ui.lazy_table import IdSelection, sortable_table
from omsdesk.ui.orders.detail import OrderDetailPanel
from omsdesk.ui.orders.model import COLUMNS, OrdersTableModel
from omsdesk.ui.orders.ship_dialog import ShipDialog
from omsdesk.ui.tasks import TaskContext

SEARCH_DELAY_MS = 250
ROW_HEIGHT = 26


class OrdersWorkspace(QWidget):
    open_channels_requested = Signal()
    detail_loaded = Signal(int)  # order id, once the detail panel shows it

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = OrdersTableModel(ctx.rt.db, ctx.tasks, self)
        self._detail_generation = 0
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._build()
        self._connect()
        self.reload_filter_options()
        self.model.refresh()

    # -- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(self._build_filter_bar())
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
        layout.addWidget(self.splitter, 1)
        saved = self.ctx.settings.orders_splitter
        if saved is not None:
            self.splitter.restoreState(saved)

    def _build_filter_bar(self) -> QHBoxLayout:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Order no., buyer, phone or SKU"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(170)
        self.state_combo = QComboBox()
        self.state_combo.addItem(self.tr("All states"), None)
        for state in OrderState:
            self.state_combo.addItem(state_label(state), state)
        self.shop_combo = QComboBox()
        self.shop_combo.addItem(self.tr("All shops"), None)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for combo in (self.state_combo, self.shop_combo, self.status_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
        self.attention_check = QCheckBox(self.tr("Needs attention"))
        self.attention_check.setToolTip(self.tr("Only orders the channel changed in a way a person must look at"))
        self.ship_button = QPushButton(self.tr("Record shipment…"))
        self.ship_button.setToolTip(self.tr("Enter the carrier and tracking number of a parcel that left; "
                                            "the channel is told in the background"))
        self.ship_button.setEnabled(False)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: 600;")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 2)
        for label, combo in ((self.tr("State"), self.state_combo), (self.tr("Shop"), self.shop_combo),
                             (self.tr("Channel status"), self.status_combo)):
            caption = QLabel(label)
            caption.setBuddy(combo)
            bar.addSpacing(6)
            bar.addWidget(caption)
            bar.addWidget(combo)
        bar.addSpacing(6)
        bar.addWidget(self.attention_check)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addSpacing(8)
        bar.addWidget(self.ship_button)
        return bar

    def _build_table(self) -> QTableView:
        return sortable_table(self.model, ROW_HEIGHT, self.ctx.settings.orders_header)

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

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filter)
        for combo in (self.state_combo, self.shop_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.attention_check.toggled.connect(self.apply_filter)
        self.ship_button.clicked.connect(self.record_shipment)
        self.detail.issues_resolved.connect(self.resolve_issues)
        self.selection = IdSelection(self.table, self.model, lambda: self.detail.show_detail(None))
        self.model.refreshed.connect(self._show_count)
        self.model.loading_changed.connect(self._show_loading)
        self.model.refresh_failed.connect(self._show_failure)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._keep_sortable_indicator)
        self.ctx.events.orders_changed.connect(self.refresh)
        self.ctx.events.shops_changed.connect(self.reload_filter_options)

    # -- filters ---------------------------------------------------------------------

    def current_filter(self) -> OrderFilter:
        state, shop, status = (self.state_combo.currentData(), self.shop_combo.currentData(),
                               self.status_combo.currentData())
        return OrderFilter(
            text=self.search_edit.text().strip(),
            states=(state,) if state else (),
            shop_ids=(shop,) if shop else (),
            channel_statuses=(status,) if status else (),
            needs_attention=self.attention_check.isChecked(),
        )

    @Slot()
    def apply_filter(self) -> None:
        self._search_timer.stop()
        criteria = self.current_filter()
        if criteria != self.model.criteria or not self.model.loaded_once:
            self.model.set_filter(criteria)

    @Slot()
    def clear_filters(self) -> None:
        for combo in (self.state_combo, self.shop_combo, self.status_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.attention_check.blockSignals(True)
        self.attention_check.setChecked(False)
        self.attention_check.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.apply_filter()

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

    # -- table state -----------------------------------------------------------------

    def _show_count(self, count: int) -> None:
        text = self.tr("1 order") if count == 1 else self.tr("%1 orders").replace("%1", format_count(count))
        self.count_label.setText(text)
        if count:
            self.stack.setCurrentWidget(self.table)
            return
        if self.model.criteria == OrderFilter():
            self.empty_label.setText(self.tr("No orders yet — add a shop in Channels and sync."))
            self.empty_button.setText(self.tr("Open Channels"))
        else:
            self.empty_label.setText(self.tr("No orders match these filters."))
            self.empty_button.setText(self.tr("Clear filters"))
        self.stack.setCurrentIndex(1)
        self.detail.show_detail(None)

    def _empty_action(self) -> None:
        if self.model.criteria == OrderFilter():
            self.open_channels_requested.emit()
        else:
            self.clear_filters()

    def _show_loading(self, loading: bool) -> None:
        if loading and not self.model.loaded_once:
            self.count_label.setText(self.tr("Loading…"))

    def _show_failure(self, message: str) -> None:
        self.count_label.setText(self.tr("The order list could not be loaded: %1").replace("%1", message))

    def _keep_sortable_indicator(self, column: int, order: Qt.SortOrder) -> None:
        if COLUMNS[column].sort is None:  # e.g. Payment: there is no SQL sort for it
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(self.model.sort_column(), order)
            header.blockSignals(False)

    def selected_order_id(self) -> int | None:
        return self.selection.current_id()

    def select_order(self, order_id: int) -> bool:
        return self.selection.select_id(order_id)

    def select_row(self, row: int) -> None:
        self.selection.select_row(row)

    # -- detail ----------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        order_id = self.model.order_id(current.row()) if current.isValid() else None
        if order_id is None:
            self.detail.show_detail(None)
            self.ship_button.setEnabled(False)
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
                self.ship_button.setEnabled(self.can_ship(detail))
                self.detail_loaded.emit(order_id)

        self.ctx.tasks.run(load, show, owner=self, name="order detail")

    def save_state(self) -> None:
        self.ctx.settings.orders_splitter = self.splitter.saveState()
        self.ctx.settings.orders_header = self.table.horizontalHeader().saveState()

    # -- actions on the selected order -------------------------------------------------------

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
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.shipped.connect(lambda _: self._load_detail(detail.id))
        dialog.open()
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
            if self.attention_check.isChecked():
                self.refresh()

        ctx.tasks.run(write, done, owner=self, name="resolve order flags")
