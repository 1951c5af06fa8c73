"""Stocktakes: start a count, print its sheet, count by scanning or typing, review the variances, post."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QPushButton, QRadioButton, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from omsdesk.catalog.barcodes import SkuHit
from omsdesk.catalog.models import SkuKind
from omsdesk.errors import UserError
from omsdesk.documents.count_sheet import CountLine, CountSheet, count_sheet_pdf
from omsdesk.inventory.models import LocationKind, StocktakeState
from omsdesk.inventory.queries import (
    LocationNode, StocktakeRow, WarehouseInfo, location_tree, stocktake_rows, warehouses,
)
from omsdesk.inventory.stocktake import (
    StocktakeLineRow, StocktakeScope, Variance, VarianceReport, cancel_stocktake, post_stocktake, record_count,
    start_stocktake, stocktake_lines, variances,
)
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count, format_datetime
from omsdesk.ui.i18n import user_message
from omsdesk.ui.inventory.common import (
    ALERT, GOOD, HINT_STYLE, MUTED, WARNING, Column, Confirm, FilePicker, MessageLine, Page,
    RowsModel, fill_combo, make_table, parse_decimal, qty, read, selected_row, show_failure, toolbar,
    warehouse_entries,
)
from omsdesk.ui.inventory.labels import stocktake_state_label, translate
from omsdesk.ui.scan import BinHit, ScanField, ScanKind
from omsdesk.ui.tasks import TaskContext

ZERO = Decimal(0)
LONGEST_QUANTITY = 7  # more digits than this in the quantity box is a barcode scanned into the wrong field




def amount(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def signed(value: Decimal) -> str:
    return f"+{qty(value)}" if value > 0 else qty(value)


@dataclass(frozen=True)
class StocktakeListRow:
    row: StocktakeRow
    scope_text: str
    zone_path: str | None = None

    def bin_in_scope(self, path: str) -> bool:
        """The rule of ``stocktake._in_scope``, for a quick answer at the scanner."""
        scope = self.row.scope or {}
        low, high = scope.get("bin_path_from"), scope.get("bin_path_to")
        if self.zone_path and not (path == self.zone_path or path.startswith(self.zone_path + "/")):
            return False
        if low and path < low:
            return False
        return not (high and path > high and not path.startswith(high + "/"))

    def sku_in_scope(self, sku_id: int) -> bool:
        skus = (self.row.scope or {}).get("sku_ids") or ()
        return not skus or sku_id in skus


def scope_text(scope: dict, paths: dict[int, str]) -> str:
    parts = []
    zone = scope.get("zone_location_id")
    if zone:
        parts.append(translate("StocktakesTable", "zone %1").replace("%1", paths.get(zone, str(zone))))
    low, high = scope.get("bin_path_from"), scope.get("bin_path_to")
    if low and low == high:
        parts.append(translate("StocktakesTable", "bin %1").replace("%1", low))
    elif low or high:
        parts.append(translate("StocktakesTable", "bins %1 – %2").replace("%1", low or "…").replace("%2", high or "…"))
    skus = scope.get("sku_ids") or ()
    if skus:
        parts.append(translate("StocktakesTable", "1 SKU") if len(skus) == 1
                     else translate("StocktakesTable", "%1 SKUs").replace("%1", format_count(len(skus))))
    return ", ".join(parts) or translate("StocktakesTable", "whole warehouse")


def _state_colour(item: StocktakeListRow):  # noqa: ANN202
    return {StocktakeState.COUNTING: WARNING, StocktakeState.POSTED: GOOD,
            StocktakeState.CANCELLED: MUTED}.get(item.row.state)


STOCKTAKE_COLUMNS: tuple[Column[StocktakeListRow], ...] = (
    Column(lambda: translate("StocktakesTable", "Number"), lambda r: r.row.number, width=100),
    Column(lambda: translate("StocktakesTable", "Warehouse"), lambda r: r.row.warehouse_code, width=85),
    Column(lambda: translate("StocktakesTable", "Scope"), lambda r: r.scope_text, width=200),
    Column(lambda: translate("StocktakesTable", "Blind"),
           lambda r: translate("StocktakesTable", "blind") if r.row.blind else "", width=55),
    Column(lambda: translate("StocktakesTable", "State"),
           lambda r: stocktake_state_label(r.row.state), width=90, foreground=_state_colour),
    Column(lambda: translate("StocktakesTable", "Counted"),
           lambda r: f"{format_count(r.row.counted_count)} / {format_count(r.row.line_count)}",
           numeric=True, width=80),
    Column(lambda: translate("StocktakesTable", "Started"), lambda r: format_datetime(r.row.created_at), width=125),
    Column(lambda: translate("StocktakesTable", "By"), lambda r: r.row.created_by, width=90),
    Column(lambda: translate("StocktakesTable", "Posted"), lambda r: format_datetime(r.row.posted_at), width=125),
)

COUNT_COLUMNS: tuple[Column[StocktakeLineRow], ...] = (
    Column(lambda: translate("StocktakesTable", "Bin"), lambda r: r.path, width=160),
    Column(lambda: translate("StocktakesTable", "SKU"), lambda r: r.sku_code, width=130),
    Column(lambda: translate("StocktakesTable", "Name"), lambda r: r.sku_name, width=200),
    Column(lambda: translate("StocktakesTable", "Expected"),
           lambda r: translate("StocktakesTable", "hidden") if r.expected is None else qty(r.expected), numeric=True,
           width=80, foreground=lambda r: MUTED if r.expected is None else None),
    Column(lambda: translate("StocktakesTable", "Counted"),
           lambda r: "–" if r.counted is None else qty(r.counted), numeric=True, width=80,
           foreground=lambda r: MUTED if r.counted is None else
           WARNING if r.expected is not None and r.counted != r.expected else None),
    Column(lambda: translate("StocktakesTable", "Counted by"), lambda r: r.counted_by, width=90),
)

VARIANCE_COLUMNS: tuple[Column[Variance], ...] = (
    Column(lambda: translate("StocktakesTable", "Bin"), lambda r: r.bin, width=160),
    Column(lambda: translate("StocktakesTable", "SKU"), lambda r: r.sku, width=130),
    Column(lambda: translate("StocktakesTable", "Name"), lambda r: r.sku_name, width=180),
    Column(lambda: translate("StocktakesTable", "Expected"), lambda r: qty(r.expected), numeric=True, width=75),
    Column(lambda: translate("StocktakesTable", "Counted"), lambda r: qty(r.counted), numeric=True, width=75),
    Column(lambda: translate("StocktakesTable", "Difference"),
           lambda r: signed(r.difference) if r.difference else "0", numeric=True, width=85,
           foreground=lambda r: GOOD if r.difference > 0 else ALERT if r.difference < 0 else MUTED),
    Column(lambda: translate("StocktakesTable", "Unit cost"), lambda r: amount(r.unit_cost), numeric=True, width=80),
    Column(lambda: translate("StocktakesTable", "Value"),
           lambda r: amount(r.value) if r.value is not None
           else (translate("StocktakesTable", "no cost") if r.difference else ""),
           numeric=True, width=90,
           foreground=lambda r: WARNING if r.value is None and r.difference else
           GOOD if (r.value or 0) > 0 else ALERT if (r.value or 0) < 0 else None),
)


def _load_list(session, states) -> list[StocktakeListRow]:  # noqa: ANN001
    rows = stocktake_rows(session, states)
    paths: dict[int, str] = {}
    for warehouse_id in {r.warehouse_id for r in rows if (r.scope or {}).get("zone_location_id")}:
        paths.update({node.id: node.path for node in location_tree(session, warehouse_id)})
    return [StocktakeListRow(r, scope_text(r.scope, paths), paths.get((r.scope or {}).get("zone_location_id") or 0))
            for r in rows]


class StocktakesPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowsModel[StocktakeListRow] = RowsModel(STOCKTAKE_COLUMNS, self)
        self.dialog: QDialog | None = None
        self._select_after_load: int | None = None
        self._resetting = False
        self._build()
        ctx.events.stock_changed.connect(self.mark_stale)

    def _build(self) -> None:
        self.new_button = QPushButton(self.tr("New count…"))
        self.print_button = QPushButton(self.tr("Print count sheet…"))
        self.cancel_button = QPushButton(self.tr("Cancel count"))
        self.state_combo = QComboBox()
        self.state_combo.addItem(self.tr("Counting"), (StocktakeState.COUNTING,))
        self.state_combo.addItem(self.tr("All"), ())
        for state in (StocktakeState.POSTED, StocktakeState.CANCELLED):
            self.state_combo.addItem(stocktake_state_label(state), (state,))
        self.count_label = QLabel()
        self.table = make_table(self.model, STOCKTAKE_COLUMNS, stretch=2)
        self.message = MessageLine()
        self.message.setOpenExternalLinks(True)
        self.count_panel = CountPanel(self.ctx)
        self.variance_panel = VariancePanel(self.ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.count_panel, self.tr("Count"))
        self.tabs.addTab(self.variance_panel, self.tr("Variances and posting"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setSizes([170, 470])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar(self.new_button, 16, self.print_button, self.cancel_button, None,
                                 QLabel(self.tr("Show")), self.state_combo, 8, self.count_label))
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.new_button.clicked.connect(self.new_count)
        self.print_button.clicked.connect(self.print_sheet)
        self.cancel_button.clicked.connect(self.cancel)
        self.state_combo.currentIndexChanged.connect(lambda *_: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.tabs.currentChanged.connect(lambda *_: self._show_tab())
        self.count_panel.counted.connect(self._counted)
        self.variance_panel.posted.connect(self._posted)
        self._selection_changed()

    # -- data --------------------------------------------------------------------------

    def reload(self) -> None:
        states = self.state_combo.currentData() or ()
        read(self.ctx, lambda s: _load_list(s, states), self._show, self, "stocktakes")

    def _show(self, rows: list[StocktakeListRow]) -> None:
        current = self.selected()
        selected = self._select_after_load or (current.id if current else None)
        self._select_after_load = None
        self._resetting = True  # the count in progress must not lose its bin while the list refreshes
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("1 stocktake") if len(rows) == 1
                                 else self.tr("%1 stocktakes").replace("%1", format_count(len(rows))))
        row = next((i for i, r in enumerate(rows) if r.row.id == selected), 0 if rows else None)
        if row is not None:
            self.table.selectRow(row)
        self._resetting = False
        self._selection_changed()

    def selected(self) -> StocktakeRow | None:
        item = self.selected_item()
        return item.row if item else None

    def selected_item(self) -> StocktakeListRow | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def _selection_changed(self) -> None:
        if self._resetting:
            return
        stocktake = self.selected()
        counting = stocktake is not None and stocktake.state is StocktakeState.COUNTING
        self.print_button.setEnabled(stocktake is not None)
        self.cancel_button.setEnabled(counting)
        self.count_panel.set_stocktake(stocktake, self.selected_item())
        self.variance_panel.set_stocktake(stocktake)
        self._show_tab()

    def _show_tab(self) -> None:
        if self.tabs.currentWidget() is self.variance_panel:
            self.variance_panel.reload()
        else:
            self.count_panel.reload()

    def _counted(self) -> None:
        stocktake = self.selected()
        self._select_after_load = stocktake.id if stocktake else None
        self.reload()

    def _posted(self, text: str) -> None:
        self.message.ok(text, hide_after_ms=8000)
        stocktake = self.selected()
        self._select_after_load = stocktake.id if stocktake else None
        index = self.state_combo.findText(self.tr("All"))
        if self.state_combo.currentData() == (StocktakeState.COUNTING,) and index >= 0:
            self.state_combo.setCurrentIndex(index)  # keep the posted count in view; reloads
        self.ctx.events.stock_changed.emit()

    # -- actions -----------------------------------------------------------------------

    @Slot()
    def new_count(self) -> NewStocktakeDialog:
        dialog = NewStocktakeDialog(self.ctx, self)
        dialog.started.connect(self._started)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _started(self, stocktake_id: int) -> None:
        self._select_after_load = stocktake_id
        if self.state_combo.currentData() not in ((StocktakeState.COUNTING,), ()):
            self.state_combo.setCurrentIndex(0)
        self.tabs.setCurrentWidget(self.count_panel)
        self.reload()

    @Slot()
    def cancel(self) -> None:
        stocktake = self.selected()
        if stocktake is None:
            return
        if not Confirm.ask(self, self.tr("Cancel count"), self.tr("Cancel %1? The counts recorded so far are not "
                                                                  "posted.").replace("%1", stocktake.number)):
            return
        rt, stocktake_id, version, number = self.ctx.rt, stocktake.id, stocktake.version, stocktake.number

        def done(_: object) -> None:
            self.message.ok(self.tr("%1 cancelled: nothing was posted.").replace("%1", number), hide_after_ms=6000)
            self.reload()

        self.ctx.tasks.run_write(lambda _: cancel_stocktake(rt.db, rt.actor, stocktake_id, version), done,
                                 lambda error: show_failure(self.ctx, self.message, error), owner=self,
                                 name="cancel stocktake")

    @Slot()
    def print_sheet(self) -> None:
        stocktake = self.selected()
        if stocktake is None:
            return
        path = FilePicker.save(self, self.tr("Save count sheet"), f"{stocktake.number}.pdf",
                               self.tr("PDF files (*.pdf)"))
        if not path:
            return
        db, qt_translate = self.ctx.rt.db, QCoreApplication.translate

        def work(_: TaskContext) -> int:
            with db.reading() as session:
                lines = stocktake_lines(session, stocktake.id, reveal_expected=False)
                names = {w.id: w.name for w in warehouses(session, include_inactive=True)}
            sheet = CountSheet(stocktake.number, names.get(stocktake.warehouse_id, stocktake.warehouse_code),
                               stocktake.created_at, stocktake.blind,
                               [CountLine(line.path, line.sku_code, line.sku_name, line.expected) for line in lines])
            return count_sheet_pdf(sheet, Path(path), translate=qt_translate)

        def done(pages: int) -> None:
            self.print_button.setEnabled(True)
            self.last_pdf = path
            text = (self.tr("Count sheet (1 page) saved to <a href=\"%2\">%3</a>") if pages == 1
                    else self.tr("Count sheet (%1 pages) saved to <a href=\"%2\">%3</a>"))
            self.message.ok(text.replace("%1", format_count(pages)).replace("%2", Path(path).resolve().as_uri())
                            .replace("%3", path))

        def failed(error: BaseException) -> None:
            self.print_button.setEnabled(True)
            show_failure(self.ctx, self.message, error)

        self.print_button.setEnabled(False)
        self.ctx.tasks.run(work, done, failed, owner=self, name="count sheet")


# -- counting ------------------------------------------------------------------------------


class CountPanel(QWidget):
    """Scan a bin, scan (or type) a SKU, type the quantity on the shelf, Enter."""

    counted = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stocktake: StocktakeRow | None = None
        self.item: StocktakeListRow | None = None
        self.current_bin: BinHit | None = None
        self.current_sku: SkuHit | None = None
        self.model: RowsModel[StocktakeLineRow] = RowsModel(COUNT_COLUMNS, self)
        self._generation = 0
        self._build()

    def _build(self) -> None:
        self.scan = ScanField(self.ctx, (ScanKind.BIN, ScanKind.SKU),
                              self.tr("Scan the bin label, then the item — or type a bin path or SKU code"))
        self.scan.enable_search()
        self.scan.bin_scanned.connect(self._bin_scanned)
        self.scan.sku_scanned.connect(self._sku_scanned)
        self.bin_label = QLabel()
        self.sku_label = QLabel()
        for label in (self.bin_label, self.sku_label):
            label.setStyleSheet("font-size: 12pt; font-weight: 700;")
        self.quantity_edit = QLineEdit()
        self.quantity_edit.setPlaceholderText(self.tr("Counted"))
        self.quantity_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.quantity_edit.setMaximumWidth(120)
        self.quantity_edit.setStyleSheet("QLineEdit { font-size: 13pt; padding: 4px 6px; }")
        self.quantity_edit.returnPressed.connect(self.record)
        self.record_button = QPushButton(self.tr("Record count"))
        self.record_button.setAutoDefault(False)
        self.record_button.clicked.connect(self.record)
        self.progress_label = QLabel()
        self.progress_label.setStyleSheet(HINT_STYLE)
        self.table = make_table(self.model, COUNT_COLUMNS, row_height=24, stretch=2)
        self.table.clicked.connect(self._line_clicked)
        self.placeholder = QLabel(self.tr("Select a stocktake that is being counted."))
        self.placeholder.setStyleSheet(HINT_STYLE)
        grid = QGridLayout()
        grid.addWidget(self.scan, 0, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("Bin")), 1, 0)
        grid.addWidget(self.bin_label, 1, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Item")), 2, 0)
        grid.addWidget(self.sku_label, 2, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("On the shelf")), 3, 0)
        quantity_row = QHBoxLayout()
        quantity_row.addWidget(self.quantity_edit)
        quantity_row.addWidget(self.record_button)
        quantity_row.addStretch(1)
        grid.addLayout(quantity_row, 3, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        self.entry = QWidget()
        self.entry.setLayout(grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.entry)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.table, 1)
        self._show_current()

    # -- state -------------------------------------------------------------------------

    def set_stocktake(self, stocktake: StocktakeRow | None, item: StocktakeListRow | None = None) -> None:
        changed = (self.stocktake.id if self.stocktake else None) != (stocktake.id if stocktake else None)
        self.stocktake = stocktake
        self.item = item
        counting = stocktake is not None and stocktake.state is StocktakeState.COUNTING
        self.entry.setVisible(counting)
        self.placeholder.setVisible(not counting)
        if stocktake is not None and not counting:
            self.placeholder.setText(self.tr("%1 is %2: nothing more can be counted.").replace(
                "%1", stocktake.number).replace("%2", stocktake_state_label(stocktake.state)))
        elif stocktake is None:
            self.placeholder.setText(self.tr("Select a stocktake that is being counted, or start a new count."))
        self.scan.warehouse_id = stocktake.warehouse_id if stocktake else None
        if changed:
            self.current_bin, self.current_sku = None, None
            self.model.set_rows([])
            self.scan.clear_message()  # "Counted 6 × … in …" belongs to the count that was selected before
            self._show_current()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        if self.stocktake is None:
            self.model.set_rows([])
            self.progress_label.setText("")
            return
        stocktake_id = self.stocktake.id

        def show(lines: list[StocktakeLineRow]) -> None:
            if generation != self._generation:
                return
            self.model.set_rows(lines)
            counted = sum(1 for line in lines if line.counted is not None)
            self.progress_label.setText(self.tr("%1 of %2 lines counted").replace("%1", format_count(counted))
                                        .replace("%2", format_count(len(lines))))

        read(self.ctx, lambda s: stocktake_lines(s, stocktake_id, reveal_expected=False), show, self,
             "stocktake lines")

    def _show_current(self) -> None:
        self.bin_label.setText(self.current_bin.path if self.current_bin else self.tr("— scan a bin label —"))
        if self.current_sku is None:
            self.sku_label.setText(self.tr("— scan an item —"))
        else:
            self.sku_label.setText(f"{self.current_sku.code} · {self.current_sku.name}")
        ready = self.current_bin is not None and self.current_sku is not None
        self.quantity_edit.setEnabled(ready)
        self.record_button.setEnabled(ready)

    def _line(self, sku_id: int, location_id: int) -> StocktakeLineRow | None:
        return next((l for l in self.model.rows if l.sku_id == sku_id and l.location_id == location_id), None)

    # -- scanning ----------------------------------------------------------------------

    @Slot(object)
    def _bin_scanned(self, hit: BinHit) -> None:
        if self.item is not None and not self.item.bin_in_scope(hit.path):
            self.scan.reject(self.tr("%1 is not part of this count (%2). Scan a bin inside it.")
                             .replace("%1", hit.path).replace("%2", self.item.scope_text))
            return
        self.current_bin, self.current_sku = hit, None
        self._show_current()
        self.scan.confirm(self.tr("Bin %1 — scan the first item.").replace("%1", hit.path))

    @Slot(object)
    def _sku_scanned(self, sku: SkuHit) -> None:
        if self.current_bin is None:
            self.scan.reject(self.tr("%1 scanned, but in which bin? Scan the bin label first.").replace("%1", sku.code))
            return
        if self.item is not None and not self.item.sku_in_scope(sku.sku_id):
            self.scan.reject(self.tr("%1 is not one of the SKUs of this count. Put it aside.").replace("%1", sku.code))
            return
        self.current_sku = sku
        self._show_current()
        line = self._line(sku.sku_id, self.current_bin.id)
        if line is not None:
            self.table.selectRow(self.model.rows.index(line))
            self.table.scrollTo(self.model.index(self.model.rows.index(line), 0))
        self.quantity_edit.setText(qty(line.counted) if line is not None and line.counted is not None else "")
        blind = self.stocktake is not None and self.stocktake.blind
        note = "" if line is not None or blind else self.tr(" (not expected in this bin: a new line)")
        self.scan.confirm(self.tr("%1 in %2%3 — type the quantity, Enter.").replace("%1", sku.code)
                          .replace("%2", self.current_bin.path).replace("%3", note))
        self.quantity_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.quantity_edit.selectAll()

    def _line_clicked(self, index) -> None:  # noqa: ANN001
        line = self.model.row_at(index.row())
        if line is None or self.stocktake is None or self.stocktake.state is not StocktakeState.COUNTING:
            return
        self.current_bin = BinHit(line.location_id, self.stocktake.warehouse_id, LocationKind.BIN, "", line.path,
                                  "", True)
        self.current_sku = SkuHit(line.sku_id, line.sku_code, line.sku_name, SkuKind.STANDARD, True, "code")
        self._show_current()
        self.quantity_edit.setText(qty(line.counted) if line.counted is not None else "")
        self.quantity_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.quantity_edit.selectAll()

    @Slot()
    def record(self) -> None:
        text = self.quantity_edit.text().strip()
        digits = text.replace(".", "").replace(",", "")
        if text and (not digits.isdigit() or len(digits) > LONGEST_QUANTITY):
            # a barcode or a bin label scanned while the quantity box had the focus: treat it as a scan
            self.quantity_edit.clear()
            self.scan.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scan.scan(text)
            return
        counted = parse_decimal(text)
        if counted is None or counted < 0:
            self.scan.reject(self.tr("Type the quantity counted (0 or more), then Enter."))
            self.quantity_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.stocktake is None or self.current_bin is None or self.current_sku is None:
            return
        rt = self.ctx.rt
        stocktake_id, sku, bin_ = self.stocktake.id, self.current_sku, self.current_bin
        self.record_button.setEnabled(False)

        def done(_: int) -> None:
            self.quantity_edit.clear()
            self.current_sku = None
            self._show_current()
            self.scan.confirm(self.tr("Counted %1 × %2 in %3. Scan the next item, or the next bin.")
                              .replace("%1", qty(counted)).replace("%2", sku.code).replace("%3", bin_.path))
            self.scan.setFocus(Qt.FocusReason.OtherFocusReason)
            self.reload()
            self.counted.emit()

        def failed(error: BaseException) -> None:
            self._show_current()
            if isinstance(error, UserError):
                self.scan.reject(user_message(error))
            else:
                self.ctx.report(error)

        self.ctx.tasks.run_write(lambda _: record_count(rt.db, rt.actor, stocktake_id, sku.sku_id, bin_.id, counted),
                                 done, failed, owner=self, name="record count")


# -- variances -----------------------------------------------------------------------------


class VariancePanel(QWidget):
    posted = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stocktake: StocktakeRow | None = None
        self.report: VarianceReport | None = None
        self.model: RowsModel[Variance] = RowsModel(VARIANCE_COLUMNS, self)
        self._generation = 0
        self.only_differences = QCheckBox(self.tr("Only lines with a difference"))
        self.only_differences.setChecked(True)
        self.only_differences.toggled.connect(lambda *_: self._fill())
        self.table = make_table(self.model, VARIANCE_COLUMNS, row_height=24, stretch=2)
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.totals_label.setStyleSheet("font-weight: 600;")
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(HINT_STYLE)
        self.post_button = QPushButton(self.tr("Post variances…"))
        self.post_button.setToolTip(self.tr("Book each difference as an adjustment against inventory loss"))
        self.post_button.clicked.connect(self.post)
        self.message = MessageLine()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.only_differences)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.message)
        layout.addLayout(toolbar(None, self.post_button))
        self.set_stocktake(None)

    def set_stocktake(self, stocktake: StocktakeRow | None) -> None:
        self.stocktake = stocktake
        self.post_button.setEnabled(False)  # until the review shows something counted
        self.message.clear_message()
        if stocktake is None:
            self.report = None
            self._fill()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        if self.stocktake is None:
            return
        stocktake_id = self.stocktake.id

        def show(report: VarianceReport) -> None:
            if generation == self._generation:
                self.report = report
                self._fill()

        read(self.ctx, lambda s: variances(s, stocktake_id), show, self, "variances")

    def _fill(self) -> None:
        report = self.report
        if report is None:
            self.model.set_rows([])
            self.totals_label.setText("")
            self.note_label.setText(self.tr("Select a stocktake to review its variances."))
            return
        lines = [v for v in report.lines if v.difference != 0] if self.only_differences.isChecked() else report.lines
        self.model.set_rows(lines)
        counting = self.stocktake is not None and self.stocktake.state is StocktakeState.COUNTING
        self.post_button.setEnabled(counting and report.counted_lines > 0)
        self.totals_label.setText(
            self.tr("Found +%1 (value %2) · Missing −%3 (value %4) · Net value %5")
            .replace("%1", qty(report.gain_quantity)).replace("%2", amount(report.gain_value))
            .replace("%3", qty(report.loss_quantity)).replace("%4", amount(report.loss_value))
            .replace("%5", amount(report.net_value)))
        notes = [self.tr("Lines counted: %1").replace("%1", format_count(report.counted_lines))
                 if report.counted_lines else self.tr("Nothing counted yet: count in the Count tab first.")]
        if report.uncounted_lines:
            notes.append(self.tr("not counted: %1 — posting leaves them as they are")
                         .replace("%1", format_count(report.uncounted_lines)))
        if report.lines_without_cost:
            notes.append(self.tr("differences without a cost: %1 — their value is not in the totals")
                         .replace("%1", format_count(report.lines_without_cost)))
        self.note_label.setText(" · ".join(notes))

    def posted_text(self, number: str, adjustments: int) -> str:
        """What posting the stocktake did, for the message line."""
        if adjustments == 0:
            text = self.tr("%1 posted: every count matched, nothing to book.")
        elif adjustments == 1:
            text = self.tr("%1 posted: 1 adjustment booked.")
        else:
            text = self.tr("%1 posted: %2 adjustments booked.")
        return text.replace("%1", number).replace("%2", format_count(adjustments))

    @Slot()
    def post(self) -> None:
        stocktake, report = self.stocktake, self.report
        if stocktake is None:
            return
        adjustments = sum(1 for v in report.lines if v.difference != 0) if report else 0
        question = (self.tr("Post %1? Every count matches the books: nothing will be booked. This cannot be undone.")
                    if adjustments == 0 else
                    self.tr("Post %1? 1 adjustment will be booked against inventory loss (net value %3). "
                            "This cannot be undone.") if adjustments == 1 else
                    self.tr("Post %1? %2 adjustments will be booked against inventory loss (net value %3). "
                            "This cannot be undone."))
        question = question.replace("%1", stocktake.number).replace("%2", format_count(adjustments)).replace(
            "%3", amount(report.net_value if report else ZERO))
        if not Confirm.ask(self, self.tr("Post variances"), question):
            return
        rt, stocktake_id, version, number = self.ctx.rt, stocktake.id, stocktake.version, stocktake.number
        self.post_button.setEnabled(False)

        def done(move_ids: list[int]) -> None:
            self.posted.emit(self.posted_text(number, len(move_ids)))

        def failed(error: BaseException) -> None:
            self.post_button.setEnabled(True)
            show_failure(self.ctx, self.message, error)

        self.ctx.tasks.run_write(lambda _: post_stocktake(rt.db, rt.actor, stocktake_id, version), done, failed,
                                 owner=self, name="post stocktake")


# -- starting a count ------------------------------------------------------------------------


class NewStocktakeDialog(QDialog):
    started = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nodes: list[LocationNode] = []
        self.skus: list[SkuHit] = []
        self.setWindowTitle(self.tr("New count"))
        self.setMinimumWidth(560)
        self._build()
        read(ctx, warehouses, self._fill_warehouses, self, "warehouses")

    def _build(self) -> None:
        self.warehouse_combo = QComboBox()
        self.warehouse_combo.currentIndexChanged.connect(lambda *_: self._load_locations())
        self.scope_group = QButtonGroup(self)
        self.whole_radio = QRadioButton(self.tr("The whole warehouse"))
        self.zone_radio = QRadioButton(self.tr("One zone, aisle or shelf"))
        self.range_radio = QRadioButton(self.tr("A range of bins"))
        self.skus_radio = QRadioButton(self.tr("Chosen SKUs (every bin they are in)"))
        for radio in (self.whole_radio, self.zone_radio, self.range_radio, self.skus_radio):
            self.scope_group.addButton(radio)
        self.whole_radio.setChecked(True)
        self.zone_combo = QComboBox()
        self.from_combo = QComboBox()
        self.to_combo = QComboBox()
        for combo in (self.zone_combo, self.from_combo, self.to_combo):
            combo.setMinimumContentsLength(18)
            combo.activated.connect(lambda *_, c=combo: self._choose_for(c))
        self.sku_scan = ScanField(self.ctx, (ScanKind.SKU,), compact=True)
        self.sku_scan.enable_search()
        self.sku_scan.sku_scanned.connect(self._add_sku)
        self.sku_list = QListWidget()
        self.sku_list.setMaximumHeight(110)
        self.blind_check = QCheckBox(self.tr("Blind count: hide the expected quantities while counting"))
        self.blind_check.setToolTip(self.tr("Counters then count what is there, not what the books say"))
        self.message = MessageLine()
        range_row = QHBoxLayout()
        range_row.addWidget(self.from_combo, 1)
        range_row.addWidget(QLabel("–"))
        range_row.addWidget(self.to_combo, 1)
        form = QFormLayout()
        form.addRow(self.tr("Warehouse"), self.warehouse_combo)
        form.addRow(self.whole_radio)
        form.addRow(self.zone_radio, self.zone_combo)
        form.addRow(self.range_radio, range_row)
        form.addRow(self.skus_radio, self.sku_scan)
        form.addRow("", self.sku_list)
        form.addRow(self.blind_check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("Start count"))
        self.start_button.setAutoDefault(False)
        self.start_button.setDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _choose_for(self, combo: QComboBox) -> None:
        radio = self.zone_radio if combo is self.zone_combo else self.range_radio
        radio.setChecked(True)

    def _fill_warehouses(self, found: list[WarehouseInfo]) -> None:
        fill_combo(self.warehouse_combo, warehouse_entries(found))
        self._load_locations()

    def _load_locations(self) -> None:
        warehouse_id = self.warehouse_combo.currentData()
        if warehouse_id is None:
            return
        read(self.ctx, lambda s: location_tree(s, warehouse_id),
             lambda nodes: self._fill_locations(warehouse_id, nodes), self, "locations")

    def _fill_locations(self, warehouse_id: int, nodes: list[LocationNode]) -> None:
        if warehouse_id != self.warehouse_combo.currentData():
            return  # the answer for a warehouse chosen before: the current one's is on its way
        self.nodes = nodes
        areas = [(n.path, n.id) for n in nodes if n.kind in (LocationKind.ZONE, LocationKind.AISLE, LocationKind.SHELF)]
        bins = [(n.path, n.path) for n in nodes if n.kind is LocationKind.BIN]
        fill_combo(self.zone_combo, areas, keep=False)
        fill_combo(self.from_combo, bins, keep=False)
        fill_combo(self.to_combo, bins, keep=False)
        if bins:
            self.to_combo.setCurrentIndex(len(bins) - 1)
        self.zone_radio.setEnabled(bool(areas))
        self.range_radio.setEnabled(bool(bins))

    @Slot(object)
    def _add_sku(self, sku: SkuHit) -> None:
        self.skus_radio.setChecked(True)
        if any(s.sku_id == sku.sku_id for s in self.skus):
            self.sku_scan.confirm(self.tr("%1 is already on the list.").replace("%1", sku.code))
            return
        self.skus.append(sku)
        self.sku_list.addItem(f"{sku.code} · {sku.name}")
        self.sku_scan.confirm(self.tr("%1 added.").replace("%1", sku.code))

    def scope(self) -> StocktakeScope:
        if self.zone_radio.isChecked():
            return StocktakeScope(zone_location_id=self.zone_combo.currentData())
        if self.range_radio.isChecked():
            return StocktakeScope(bin_path_from=self.from_combo.currentData(), bin_path_to=self.to_combo.currentData())
        if self.skus_radio.isChecked():
            return StocktakeScope(sku_ids=tuple(s.sku_id for s in self.skus))
        return StocktakeScope()

    @Slot()
    def submit(self) -> None:
        warehouse_id = self.warehouse_combo.currentData()
        if warehouse_id is None:
            self.message.error(self.tr("Choose the warehouse to count."))
            return
        scope, blind = self.scope(), self.blind_check.isChecked()
        if self.skus_radio.isChecked() and not scope.sku_ids:
            self.sku_scan.reject(self.tr("Scan or type the SKUs to count."))
            return
        rt = self.ctx.rt
        self.start_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.start_button.setEnabled(True)
            show_failure(self.ctx, self.message, error)

        self.ctx.tasks.run_write(lambda _: start_stocktake(rt.db, rt.actor, warehouse_id, scope, blind),
                                 self._started, failed, owner=self, name="start stocktake")

    def _started(self, stocktake_id: int) -> None:
        self.started.emit(stocktake_id)
        self.accept()
