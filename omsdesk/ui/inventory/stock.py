"""Stock: what is where — per bin or per warehouse — with on hand, reserved and available."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from omsdesk.inventory.queries import (
    StockFilter, StockListRow, bin_stock_rows, stock_ids, warehouse_stock_rows, warehouses,
)
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count
from omsdesk.ui.inventory.common import (
    ALERT, HINT_STYLE, WARNING, Column, LazyRowsModel, Page, fill_combo, make_table, qty, read, selected_row,
    toolbar, warehouse_entries,
)
from omsdesk.ui.inventory.labels import translate

SEARCH_DELAY_MS = 250




def _available_colour(row: StockListRow):  # noqa: ANN202
    if row.available < 0:
        return ALERT
    return WARNING if row.available == 0 else None


STOCK_COLUMNS: tuple[Column[StockListRow], ...] = (
    Column(lambda: translate("StockTable", "SKU"), lambda r: r.sku_code, width=130),
    Column(lambda: translate("StockTable", "Name"), lambda r: r.sku_name, width=220, tooltip=lambda r: r.sku_name),
    Column(lambda: translate("StockTable", "Warehouse"), lambda r: r.warehouse_code, width=90),
    Column(lambda: translate("StockTable", "Bin"), lambda r: r.path, width=170),
    Column(lambda: translate("StockTable", "On hand"), lambda r: qty(r.on_hand), numeric=True, width=90,
           foreground=lambda r: ALERT if r.on_hand < 0 else None),
    Column(lambda: translate("StockTable", "Reserved"),
           lambda r: qty(r.reserved) if r.reserved else "–", numeric=True, width=90),
    Column(lambda: translate("StockTable", "Available"), lambda r: qty(r.available), numeric=True, width=90,
           foreground=_available_colour),
)
BIN_COLUMN = 3


class StockPage(Page):
    adjust_requested = Signal(object)  # StockListRow | None: scrap / adjust the selected stock
    movements_requested = Signal(int, object)  # sku id, location id | None

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: LazyRowsModel[StockListRow] = LazyRowsModel(ctx.rt.db, ctx.tasks, STOCK_COLUMNS,
                                                                bin_stock_rows, self)
        self.criteria = StockFilter()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._build()
        ctx.events.stock_changed.connect(self.mark_stale)

    def _build(self) -> None:
        self.view_combo = QComboBox()
        self.view_combo.addItem(self.tr("Per bin"), True)
        self.view_combo.addItem(self.tr("Per warehouse"), False)
        self.warehouse_combo = QComboBox()
        self.warehouse_combo.addItem(self.tr("All warehouses"), None)
        self.warehouse_combo.setMinimumContentsLength(16)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("SKU code, name or barcode"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: 600;")
        self.adjust_button = QPushButton(self.tr("Scrap / adjust…"))
        self.adjust_button.setToolTip(self.tr("Take stock out to scrap, return it to the supplier, "
                                              "or correct a quantity — always with a reason"))
        self.movements_button = QPushButton(self.tr("Show movements"))
        self.movements_button.setEnabled(False)
        self.table = make_table(self.model, STOCK_COLUMNS)
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar(self.search_edit, 8, QLabel(self.tr("Warehouse")), self.warehouse_combo, 8,
                                 QLabel(self.tr("Show")), self.view_combo, 8, self.count_label, None,
                                 self.movements_button, self.adjust_button))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filter)
        self.view_combo.currentIndexChanged.connect(self.apply_filter)
        self.warehouse_combo.currentIndexChanged.connect(self.apply_filter)
        self.model.refreshed.connect(self._show_count)
        self.model.refresh_failed.connect(lambda message: self.count_label.setText(message))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.adjust_button.clicked.connect(lambda: self.adjust_requested.emit(self.selected_row()))
        self.movements_button.clicked.connect(self._show_movements)
        self.table.doubleClicked.connect(lambda _: self._show_movements())

    # -- data ------------------------------------------------------------------------

    def reload(self) -> None:
        read(self.ctx, warehouses, self._fill_warehouses, self, "warehouses")
        self.model.rows_query = bin_stock_rows if self.criteria.by_bin else warehouse_stock_rows
        self.model.refresh(lambda session, c=self.criteria: stock_ids(session, c))

    def _fill_warehouses(self, found: list) -> None:
        fill_combo(self.warehouse_combo, warehouse_entries(found), first=(self.tr("All warehouses"), None))

    def current_filter(self) -> StockFilter:
        return StockFilter(by_bin=bool(self.view_combo.currentData()),
                           warehouse_id=self.warehouse_combo.currentData(), text=self.search_edit.text().strip())

    @Slot()
    def apply_filter(self) -> None:
        self._search_timer.stop()
        criteria = self.current_filter()
        if criteria == self.criteria and self.model.loaded_once:
            return
        self.criteria = criteria
        self.table.setColumnHidden(BIN_COLUMN, not criteria.by_bin)
        self.model.rows_query = bin_stock_rows if criteria.by_bin else warehouse_stock_rows
        self.model.refresh(lambda session, c=criteria: stock_ids(session, c))

    def _show_count(self, count: int) -> None:
        if self.criteria.by_bin:
            text = self.tr("1 bin row") if count == 1 else self.tr("%1 bin rows").replace("%1", format_count(count))
        else:
            text = self.tr("1 row") if count == 1 else self.tr("%1 rows").replace("%1", format_count(count))
        self.count_label.setText(text)
        if count:
            self.empty_label.setVisible(False)
        else:
            self.empty_label.setVisible(True)
            self.empty_label.setText(
                self.tr("No stock matches these filters.") if self.criteria != StockFilter(self.criteria.by_bin)
                else self.tr("No stock yet. Receive goods in Purchasing → Receive, or set up bins in Locations."))

    def selected_row(self) -> StockListRow | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def _remember_selection(self) -> None:
        row = selected_row(self.table)
        self._selected_id = self.model.ids[row] if row is not None and row < len(self.model.ids) else None

    def _restore_selection(self) -> None:
        selected, self._selected_id = getattr(self, "_selected_id", None), None
        if selected is not None and selected in self.model.ids:
            self.table.selectRow(self.model.ids.index(selected))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.movements_button.setEnabled(self.selected_row() is not None)

    def _show_movements(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.movements_requested.emit(row.sku_id, row.location_id)

    def rows(self) -> list[StockListRow]:
        """Every row of the current list (tests, small lists)."""
        return [r for r in (self.model.row_at(i) for i in range(self.model.rowCount())) if r is not None]

    def focus_search(self, text: str = "") -> None:
        self.search_edit.setText(text)
        self.apply_filter()
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
