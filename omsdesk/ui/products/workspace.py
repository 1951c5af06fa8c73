"""The Products workspace: the SKU list with its filters and detail panel, the unmapped
listings, the channel mappings, and the catalogue's Excel and label tools."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omsdesk.catalog.barcodes import SkuHit, find_sku
from omsdesk.catalog.excel import export_catalog, export_template
from omsdesk.catalog.models import SkuKind
from omsdesk.catalog.queries import SkuFilter
from omsdesk.catalog.services import SpuCreated
from omsdesk.documents.labels import LabelSize, sku_labels_pdf
from omsdesk.errors import UserError
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count
from omsdesk.ui.i18n import user_message
from omsdesk.ui.inventory.labels import label_size_title
from omsdesk.ui.lazy_table import IdSelection, sortable_table
from omsdesk.ui.products.catalog_io import ImportDialog, open_file, sku_labels
from omsdesk.ui.products.common import CatalogOptions, CategoryCombo, load_catalog_options
from omsdesk.ui.products.detail import SkuDetailPanel
from omsdesk.ui.products.mappings import MappingsView
from omsdesk.ui.products.model import COLUMNS, SkusTableModel, kind_label
from omsdesk.ui.products.sku_form import SkuDialog
from omsdesk.ui.products.spu_dialog import SpuDialog
from omsdesk.ui.products.unmapped import UnmappedView
from omsdesk.ui.tasks import TaskContext

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250
ROW_HEIGHT = 26
EXCEL_FILTER = "Excel (*.xlsx)"
PDF_FILTER = "PDF (*.pdf)"


class ProductsWorkspace(QWidget):
    detail_loaded = Signal(int)  # SKU id, once the detail panel shows it
    scanned = Signal(object)  # SkuHit found by a scan in the search box, or None
    file_written = Signal(str)  # path of an export or label file

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = SkusTableModel(ctx.rt.db, ctx.tasks, self)
        self.options = CatalogOptions([], [])
        self._pending_select: int | None = None
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._build()
        self._connect()
        self.reload_options()
        self.model.criteria = self.current_filter()  # active SKUs, unless the user asks for others
        self.model.refresh()
        self.unmapped.refresh_count()

    # -- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        layout.addLayout(self._build_toolbar())
        self.views = QTabWidget()
        self.views.addTab(self._build_skus_page(), self.tr("SKUs"))
        self.unmapped = UnmappedView(self.ctx)
        self.mappings = MappingsView(self.ctx)
        self.views.addTab(self.unmapped, self.tr("Unmapped listings"))
        self.views.addTab(self.mappings, self.tr("Channel mappings"))
        layout.addWidget(self.views, 1)

    def _build_toolbar(self) -> QHBoxLayout:
        self.new_product_button = QPushButton(self.tr("New product…"))
        self.new_product_button.setToolTip(self.tr("A product with its sales attributes (colour, size…): "
                                                   "all its SKUs in one step"))
        self.new_sku_button = QPushButton(self.tr("New SKU…"))
        self.new_sku_button.setToolTip(self.tr("A single SKU, e.g. a bundle"))
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.export_button = QPushButton(self.tr("Export catalogue…"))
        self.template_button = QPushButton(self.tr("Export template…"))
        self.labels_button = QPushButton(self.tr("Print labels…"))
        self.labels_button.setToolTip(self.tr("Barcode labels of the selected SKUs, as a PDF"))
        self.labels_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.new_product_button)
        bar.addWidget(self.new_sku_button)
        bar.addSpacing(16)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.template_button)
        bar.addSpacing(16)
        bar.addWidget(self.labels_button)
        bar.addStretch(1)
        self.activity_label = QLabel()
        self.activity_label.setStyleSheet("color: #4b5563;")
        bar.addWidget(self.activity_label)
        return bar

    def _build_skus_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(self._build_filter_bar())
        self.table = self._build_table()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self._build_empty_page())
        self.detail = SkuDetailPanel(self.ctx)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([330, 330])
        layout.addWidget(self.splitter, 1)
        saved = self.ctx.settings.qsettings.value("products/splitter")
        if saved:
            self.splitter.restoreState(saved)
        return page

    def _build_filter_bar(self) -> QHBoxLayout:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("SKU code or name, or scan a barcode"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(200)
        self.category_combo = CategoryCombo(self.tr("All categories"))
        self.brand_combo = QComboBox()
        self.brand_combo.addItem(self.tr("All brands"), None)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in SkuKind:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.active_combo = QComboBox()
        self.active_combo.addItem(self.tr("Active"), True)
        self.active_combo.addItem(self.tr("Inactive"), False)
        self.active_combo.addItem(self.tr("Active and inactive"), None)
        for combo in (self.brand_combo, self.kind_combo, self.active_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: 600;")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 2)
        for label, combo in ((self.tr("Category"), self.category_combo), (self.tr("Brand"), self.brand_combo),
                             (self.tr("Kind"), self.kind_combo), (self.tr("Status"), self.active_combo)):
            caption = QLabel(label)
            caption.setBuddy(combo)
            bar.addSpacing(6)
            bar.addWidget(caption)
            bar.addWidget(combo)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        return bar

    def _build_table(self) -> QTableView:
        table = sortable_table(self.model, ROW_HEIGHT, self.ctx.settings.qsettings.value("products/header"))
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # labels for several SKUs
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
        self.empty_import_button = QPushButton(self.tr("Import from Excel…"))
        self.empty_import_button.clicked.connect(self.import_catalog)
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_button)
        row.addWidget(self.empty_import_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.search_entered)
        for combo in (self.category_combo, self.brand_combo, self.kind_combo, self.active_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.selection = IdSelection(self.table, self.model, lambda: self.detail.show_sku(None))
        self.model.refreshed.connect(self._show_count)
        self.model.loading_changed.connect(self._show_loading)
        self.model.refresh_failed.connect(self._show_failure)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._keep_sortable_indicator)
        self.detail.loaded.connect(self.detail_loaded)
        self.detail.changed.connect(self._sku_changed)
        self.detail.mappings_changed.connect(self.mappings.refresh)
        self.unmapped.count_changed.connect(self._show_unmapped_count)
        self.unmapped.mapped.connect(lambda _: self.model.reload_rows())
        self.mappings.changed.connect(self._reload_detail)
        self.new_product_button.clicked.connect(self.new_product)
        self.new_sku_button.clicked.connect(self.new_sku)
        self.import_button.clicked.connect(self.import_catalog)
        self.export_button.clicked.connect(self.export_catalog)
        self.template_button.clicked.connect(self.export_template)
        self.labels_button.clicked.connect(self.print_labels)
        events = self.ctx.events
        stock_changed = getattr(events, "stock_changed", None)
        if stock_changed is not None:
            stock_changed.connect(self._stock_changed)

    # -- filters ---------------------------------------------------------------------

    def reload_options(self) -> None:
        db = self.ctx.rt.db
        self.ctx.tasks.run(lambda _: load_catalog_options(db), self._set_options, owner=self,
                           name="catalogue options")

    def _set_options(self, options: CatalogOptions) -> None:
        self.options = options
        self.category_combo.blockSignals(True)
        self.category_combo.set_options(options.categories)
        self.category_combo.blockSignals(False)
        chosen = self.brand_combo.currentData()
        self.brand_combo.blockSignals(True)
        while self.brand_combo.count() > 1:
            self.brand_combo.removeItem(1)
        for brand in options.brands:
            self.brand_combo.addItem(brand.name, brand.id)
        self.brand_combo.setCurrentIndex(max(self.brand_combo.findData(chosen), 0) if chosen else 0)
        self.brand_combo.blockSignals(False)
        self.detail.set_options(options)

    def current_filter(self) -> SkuFilter:
        return SkuFilter(
            text=self.search_edit.text().strip(),
            category_id=self.category_combo.category_id(),
            brand_id=self.brand_combo.currentData(),
            kind=SkuKind(kind) if (kind := self.kind_combo.currentData()) else None,  # Qt hands back the str
            active=self.active_combo.currentData(),
        )

    @Slot()
    def apply_filter(self) -> None:
        self._search_timer.stop()
        criteria = self.current_filter()
        if criteria != self.model.criteria or not self.model.loaded_once:
            self.model.set_filter(criteria)

    @Slot()
    def clear_filters(self) -> None:
        for combo in (self.category_combo, self.brand_combo, self.kind_combo, self.active_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.apply_filter()

    @Slot()
    def search_entered(self) -> None:
        """Enter in the search box: what a scanner sends after a barcode. The SKU with that barcode
        or code is selected; the text stays selected so the next scan replaces it."""
        text = self.search_edit.text().strip()
        self.apply_filter()
        self.search_edit.selectAll()
        if not text:
            return
        db = self.ctx.rt.db

        def look_up(_: TaskContext) -> SkuHit | None:
            with db.reading() as session:
                return find_sku(session, text)

        self.ctx.tasks.run(look_up, lambda hit: self._scanned(text, hit), owner=self, name="scan in SKU list")

    def _scanned(self, text: str, hit: SkuHit | None) -> None:
        if self.search_edit.text().strip() != text:
            return  # typed on since
        if hit is not None:
            if not self.select_sku(hit.sku_id):
                self._pending_select = hit.sku_id  # the list is still being filtered
        self.search_edit.setFocus()
        self.search_edit.selectAll()  # the next scan replaces this one
        self.scanned.emit(hit)

    @Slot()
    def refresh(self) -> None:
        self.model.refresh()
        current = self.selected_sku_id()
        if current is not None:
            self.detail.show_sku(current)

    # -- table state -----------------------------------------------------------------

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("1 SKU") if count == 1
                                 else self.tr("%1 SKUs").replace("%1", format_count(count)))
        if self._pending_select is not None:
            sku_id, self._pending_select = self._pending_select, None
            self.select_sku(sku_id)
        if count:
            self.stack.setCurrentWidget(self.table)
            return
        everything = self.model.criteria in (SkuFilter(), SkuFilter(active=True))
        if everything:
            self.empty_label.setText(self.tr("No products yet. Create one with its colours and sizes, "
                                             "or import your catalogue from an Excel file."))
            self.empty_button.setText(self.tr("New product…"))
        else:
            self.empty_label.setText(self.tr("No SKU matches these filters."))
            self.empty_button.setText(self.tr("Clear filters"))
        self.empty_import_button.setVisible(everything)
        self.stack.setCurrentIndex(1)
        self.detail.show_sku(None)

    def _empty_action(self) -> None:
        if self.model.criteria in (SkuFilter(), SkuFilter(active=True)):
            self.new_product()
        else:
            self.clear_filters()

    def _show_loading(self, loading: bool) -> None:
        if loading and not self.model.loaded_once:
            self.count_label.setText(self.tr("Loading…"))

    def _show_failure(self, message: str) -> None:
        self.count_label.setText(self.tr("The SKU list could not be loaded: %1").replace("%1", message))

    def _show_unmapped_count(self, count: int) -> None:
        index = self.views.indexOf(self.unmapped)
        self.views.setTabText(index, self.tr("Unmapped listings (%1)").replace("%1", format_count(count)) if count
                              else self.tr("Unmapped listings"))

    def _keep_sortable_indicator(self, column: int, order: Qt.SortOrder) -> None:
        if COLUMNS[column].sort is None:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(self.model.sort_column(), order)
            header.blockSignals(False)

    def selected_sku_id(self) -> int | None:
        return self.selection.current_id()

    def selected_sku_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [sku_id for sku_id in (self.model.sku_id(row) for row in rows) if sku_id is not None]

    def select_sku(self, sku_id: int) -> bool:
        return self.selection.select_id(sku_id)

    def select_row(self, row: int) -> None:
        self.selection.select_row(row)

    def _selection_changed(self) -> None:
        self.labels_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        sku_id = self.model.sku_id(current.row()) if current.isValid() else None
        if sku_id is None:
            self.detail.show_sku(None)
        elif self.detail.detail is None or self.detail.detail.id != sku_id:
            self.detail.show_sku(sku_id)

    def _sku_changed(self, _sku_id: int) -> None:
        self.model.refresh()  # a barcode or code may change what the search matches

    def _reload_detail(self) -> None:
        if self.detail.detail is not None:
            self.detail.reload()

    def _stock_changed(self) -> None:
        self.model.reload_rows()
        self._reload_detail()

    # -- actions ---------------------------------------------------------------------

    @Slot()
    def new_product(self) -> SpuDialog:
        dialog = SpuDialog(self.ctx, self.options, self)
        dialog.created.connect(self._product_created)
        dialog.open()
        return dialog

    def _product_created(self, created: SpuCreated) -> None:
        self.reload_options()
        self._select_after_create(created.sku_ids[0] if created.sku_ids else None)
        self.activity_label.setText(self.tr("Created %1 SKUs.").replace("%1", str(len(created.sku_ids))))

    @Slot()
    def new_sku(self) -> SkuDialog:
        dialog = SkuDialog(self.ctx, self.options, parent=self)
        dialog.created.connect(lambda sku_id: (self.reload_options(), self._select_after_create(sku_id)))
        dialog.open()
        return dialog

    def _select_after_create(self, sku_id: int | None) -> None:
        self.views.setCurrentIndex(0)
        self._pending_select = sku_id
        self.model.refresh()

    def _save_path(self, title: str, name: str, file_filter: str, suffix: str) -> Path | None:
        folder = self.ctx.settings.qsettings.value("products/last_folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(str(folder)) / name), file_filter)
        if not path:
            return None
        chosen = Path(path)
        if chosen.suffix.lower() != suffix:
            chosen = chosen.with_name(chosen.name + suffix)
        self.ctx.settings.qsettings.setValue("products/last_folder", str(chosen.parent))
        return chosen

    def _written(self, path: Path, text: str, offer_open: bool) -> None:
        self.activity_label.setText(text)
        self.file_written.emit(str(path))
        if offer_open and QMessageBox.question(
                self, self.tr("File saved"), text + "\n\n" + self.tr("Open it now?")) == QMessageBox.StandardButton.Yes:
            open_file(path)

    def _file_failed(self, error: BaseException) -> None:
        self.activity_label.setText("")
        if isinstance(error, UserError):
            QMessageBox.warning(self, self.tr("Could not write the file"), user_message(error))
        else:
            self.ctx.report(error)

    @Slot()
    def import_catalog(self) -> ImportDialog | None:
        folder = self.ctx.settings.qsettings.value("products/last_folder", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import catalogue"), str(folder), EXCEL_FILTER)
        if not path:
            return None
        return self.open_import(Path(path))

    def open_import(self, path: Path) -> ImportDialog:
        self.ctx.settings.qsettings.setValue("products/last_folder", str(path.parent))
        dialog = ImportDialog(self.ctx, path, self)
        dialog.imported.connect(lambda _: (self.reload_options(), self.model.refresh(),
                                           self.ctx.events.orders_changed.emit()))
        dialog.open()
        dialog.run()
        return dialog

    @Slot()
    def export_catalog(self, path: Path | None = None, *, offer_open: bool = True) -> None:
        path = path or self._save_path(self.tr("Export catalogue"), "catalogue.xlsx", EXCEL_FILTER, ".xlsx")
        if path is None:
            return
        db = self.ctx.rt.db
        self.activity_label.setText(self.tr("Exporting the catalogue…"))

        def done(counts: dict[str, int]) -> None:
            self._written(path, self.tr("Exported %1 SKUs to %2.").replace("%1", format_count(counts.get("SKUs", 0)))
                          .replace("%2", str(path)), offer_open)

        self.ctx.tasks.run(lambda _: export_catalog(db, path), done, self._file_failed, owner=self,
                           name="export catalogue")

    @Slot()
    def export_template(self, path: Path | None = None, *, offer_open: bool = True) -> None:
        path = path or self._save_path(self.tr("Export import template"), "catalogue-template.xlsx",
                                       EXCEL_FILTER, ".xlsx")
        if path is None:
            return
        self.ctx.tasks.run(lambda _: export_template(path),
                           lambda _: self._written(path, self.tr("Template saved to %1.").replace("%1", str(path)),
                                                   offer_open),
                           self._file_failed, owner=self, name="export template")

    @Slot()
    def print_labels(self, path: Path | None = None, size: LabelSize | None = None, *,
                     offer_open: bool = True) -> None:
        sku_ids = self.selected_sku_ids()
        if not sku_ids:
            return
        if size is None:
            sizes = list(LabelSize)
            titles = [label_size_title(s) for s in sizes]
            last = str(self.ctx.settings.qsettings.value("products/label_size", sizes[0].name))
            names = [s.name for s in sizes]
            title, ok = QInputDialog.getItem(
                self, self.tr("Print labels"),
                self.tr("Labels for %1 SKUs on:").replace("%1", str(len(sku_ids))), titles,
                names.index(last) if last in names else 0, False)
            if not ok:
                return
            size = sizes[titles.index(title)]
            self.ctx.settings.qsettings.setValue("products/label_size", size.name)  # the same in every language
        path = path or self._save_path(self.tr("Save labels"), "labels.pdf", PDF_FILTER, ".pdf")
        if path is None:
            return
        db, chosen_size = self.ctx.rt.db, size
        self.activity_label.setText(self.tr("Drawing %1 labels…").replace("%1", str(len(sku_ids))))

        def draw(_: TaskContext) -> int:
            labels = sku_labels(db, sku_ids)
            sku_labels_pdf(labels, path, chosen_size)
            return len(labels)

        self.ctx.tasks.run(
            draw, lambda count: self._written(path, self.tr("%1 labels saved to %2.").replace("%1", str(count))
                                              .replace("%2", str(path)), offer_open),
            self._file_failed, owner=self, name="SKU labels")

    def save_state(self) -> None:
        self.ctx.settings.qsettings.setValue("products/splitter", self.splitter.saveState())
        self.ctx.settings.qsettings.setValue("products/header", self.table.horizontalHeader().saveState())
