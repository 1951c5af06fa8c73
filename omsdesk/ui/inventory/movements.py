"""Movements: the stock ledger, newest first, filtered by SKU, location, reason, date and user; to Excel."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Slot
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from omsdesk.catalog.barcodes import SkuHit
from omsdesk.documents.excel import ColumnKind, ExcelColumn, write_table
from omsdesk.inventory.models import LocationKind, MoveReason
from omsdesk.inventory.queries import MoveFilter, MovementRow, movement_ids, movement_rows
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count, format_datetime
from omsdesk.inventory.queries import movement_actors
from omsdesk.ui.inventory.common import (
    GOOD, WARNING, Column, FilePicker, LazyRowsModel, MessageLine, Page, fill_combo, make_table, qty, read,
    show_failure, toolbar,
)
from omsdesk.ui.inventory.labels import path_label, reason_label, translate
from omsdesk.ui.scan import BinHit, ScanField, ScanKind
from omsdesk.ui.tasks import TaskContext

NO_DATE = QDate(2000, 1, 1)




MOVEMENT_COLUMNS: tuple[Column[MovementRow], ...] = (
    Column(lambda: translate("MovementsTable", "Time"), lambda r: format_datetime(r.at), width=122),
    Column(lambda: translate("MovementsTable", "SKU"), lambda r: r.sku_code, width=110),
    Column(lambda: translate("MovementsTable", "Name"), lambda r: r.sku_name, width=150, tooltip=lambda r: r.sku_name),
    Column(lambda: translate("MovementsTable", "Quantity"), lambda r: qty(r.quantity), numeric=True, width=70),
    Column(lambda: translate("MovementsTable", "From"), lambda r: path_label(r.from_path), width=120,
           foreground=lambda r: WARNING if r.from_path.startswith("@") else None),
    Column(lambda: translate("MovementsTable", "To"), lambda r: path_label(r.to_path), width=120,
           foreground=lambda r: GOOD if not r.to_path.startswith("@") else None),
    Column(lambda: translate("MovementsTable", "Reason"), lambda r: reason_label(r.reason), width=105),
    Column(lambda: translate("MovementsTable", "Reference"), lambda r: r.reference_no, width=95),
    Column(lambda: translate("MovementsTable", "User"), lambda r: r.actor, width=80),
    Column(lambda: translate("MovementsTable", "Note"), lambda r: r.note, width=120, tooltip=lambda r: r.note or None),
)


def _date_edit(tooltip: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("MovementsPage", "any day"))
    edit.setDate(NO_DATE)
    edit.setToolTip(tooltip)
    return edit


def _local_midnight_utc(day: QDate) -> datetime:
    moment = datetime.combine(day.toPython(), time()).astimezone()  # the user's midnight
    return moment


class MovementsPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: LazyRowsModel[MovementRow] = LazyRowsModel(ctx.rt.db, ctx.tasks, MOVEMENT_COLUMNS,
                                                               movement_rows, self)
        self.sku: SkuHit | None = None
        self.location: BinHit | None = None
        self.criteria = MoveFilter()
        self._build()
        ctx.events.stock_changed.connect(self.mark_stale)

    def _build(self) -> None:
        self.sku_scan = ScanField(self.ctx, (ScanKind.SKU,), self.tr("SKU or barcode, Enter"), compact=True)
        self.sku_scan.sku_scanned.connect(self.set_sku)
        self.sku_chip = QPushButton()
        self.sku_chip.setToolTip(self.tr("Remove this filter"))
        self.sku_chip.clicked.connect(lambda: self.set_sku(None))
        self.location_scan = ScanField(self.ctx, (ScanKind.BIN,), self.tr("Bin label or path, Enter"), compact=True)
        self.location_scan.bin_scanned.connect(self.set_location)
        self.location_chip = QPushButton()
        self.location_chip.setToolTip(self.tr("Remove this filter"))
        self.location_chip.clicked.connect(lambda: self.set_location(None))
        self.reason_combo = QComboBox()
        self.reason_combo.addItem(self.tr("All reasons"), None)
        for reason in MoveReason:
            self.reason_combo.addItem(reason_label(reason), reason)
        self.from_edit = _date_edit(self.tr("From this day (inclusive)"))
        self.to_edit = _date_edit(self.tr("Up to this day (inclusive)"))
        self.user_combo = QComboBox()
        self.user_combo.addItem(self.tr("All users"), None)
        self.user_combo.setMinimumContentsLength(10)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: 600;")
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.table = make_table(self.model, MOVEMENT_COLUMNS, stretch=None)
        self.message = MessageLine()
        self.message.setOpenExternalLinks(True)
        first = QHBoxLayout()
        first.addWidget(QLabel(self.tr("SKU")))
        first.addWidget(self.sku_scan, 2)
        first.addWidget(self.sku_chip)
        first.addSpacing(8)
        first.addWidget(QLabel(self.tr("Location")))
        first.addWidget(self.location_scan, 2)
        first.addWidget(self.location_chip)
        first.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(toolbar(QLabel(self.tr("Reason")), self.reason_combo, 8, QLabel(self.tr("From")),
                                 self.from_edit, QLabel(self.tr("to")), self.to_edit, 8, QLabel(self.tr("User")),
                                 self.user_combo, None, self.count_label, 8, self.export_button))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        for combo in (self.reason_combo, self.user_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.apply_filter)
        self.model.refreshed.connect(self._show_count)
        self.model.refresh_failed.connect(self.count_label.setText)
        self.export_button.clicked.connect(self.export)
        self._show_chips()

    # -- filters -----------------------------------------------------------------------

    @Slot(object)
    def set_sku(self, sku: SkuHit | None) -> None:
        self.sku = sku
        self._show_chips()
        self.apply_filter()

    @Slot(object)
    def set_location(self, location: BinHit | None) -> None:
        self.location = location
        self._show_chips()
        self.apply_filter()

    def show_for(self, sku: SkuHit | None, location: BinHit | None) -> None:
        """Open the history of one SKU (in one location): from the Stock list."""
        self.sku, self.location = sku, location
        for combo in (self.reason_combo, self.user_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(True)
            edit.setDate(NO_DATE)
            edit.blockSignals(False)
        self._show_chips()
        self.apply_filter()

    def _show_chips(self) -> None:
        self.sku_chip.setVisible(self.sku is not None)
        self.sku_scan.setVisible(self.sku is None)
        if self.sku is not None:
            self.sku_chip.setText(f"{self.sku.code} · {self.sku.name}  ✕")
        self.location_chip.setVisible(self.location is not None)
        self.location_scan.setVisible(self.location is None)
        if self.location is not None:
            self.location_chip.setText(f"{self.location.path}  ✕")

    def current_filter(self) -> MoveFilter:
        start, end = self.from_edit.date(), self.to_edit.date()
        return MoveFilter(
            sku_id=self.sku.sku_id if self.sku else None,
            location_id=self.location.id if self.location else None,
            reasons=(self.reason_combo.currentData(),) if self.reason_combo.currentData() else (),
            date_from=_local_midnight_utc(start) if start != NO_DATE else None,
            date_to=_local_midnight_utc(end) + timedelta(days=1) if end != NO_DATE else None,
            actor=self.user_combo.currentData(),
        )

    @Slot()
    def apply_filter(self) -> None:
        self.criteria = self.current_filter()
        criteria = self.criteria
        self.model.refresh(lambda session: movement_ids(session, criteria))

    def reload(self) -> None:
        read(self.ctx, movement_actors, self._fill_users, self, "movement users")
        self.apply_filter()

    def _fill_users(self, actors: list[str]) -> None:
        fill_combo(self.user_combo, [(a, a) for a in actors], first=(self.tr("All users"), None))

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("1 movement") if count == 1
                                 else self.tr("%1 movements").replace("%1", format_count(count)))
        self.export_button.setEnabled(count > 0)

    def rows(self) -> list[MovementRow]:
        return [r for r in (self.model.row_at(i) for i in range(self.model.rowCount())) if r is not None]

    # -- export ------------------------------------------------------------------------

    def excel_columns(self) -> list[ExcelColumn]:
        return [
            ExcelColumn(translate("MovementsTable", "Time"), 17, ColumnKind.DATETIME),
            ExcelColumn(translate("MovementsTable", "SKU"), 16, ColumnKind.CODE),
            ExcelColumn(translate("MovementsTable", "Name"), 28),
            ExcelColumn(translate("MovementsTable", "Quantity"), 10, ColumnKind.QUANTITY),
            ExcelColumn(translate("MovementsTable", "From"), 20), ExcelColumn(translate("MovementsTable", "To"), 20),
            ExcelColumn(translate("MovementsTable", "Reason"), 16),
            ExcelColumn(translate("MovementsTable", "Reference"), 14, ColumnKind.CODE),
            ExcelColumn(translate("MovementsTable", "Unit cost"), 12, ColumnKind.DECIMAL),
            ExcelColumn(translate("MovementsTable", "User"), 14), ExcelColumn(translate("MovementsTable", "Note"), 30),
        ]

    @Slot()
    def export(self) -> None:
        path = FilePicker.save(self, self.tr("Export movements"), "movements.xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        columns, criteria, db = self.excel_columns(), self.criteria, self.ctx.rt.db
        sheet = translate("MovementsTable", "Movements")
        # labels are translated here, on the UI thread
        reasons = {reason: reason_label(reason) for reason in MoveReason}
        paths = {f"@{kind.value}": path_label(f"@{kind.value}") for kind in LocationKind}

        def work(task: TaskContext) -> int:
            with db.reading() as session:
                ids = movement_ids(session, criteria)
                found = movement_rows(session, ids)
            rows = ((r.at, r.sku_code, r.sku_name, r.quantity, paths.get(r.from_path, r.from_path),
                     paths.get(r.to_path, r.to_path), reasons.get(r.reason, str(r.reason)), r.reference_no,
                     r.unit_cost, r.actor, r.note) for r in (found[i] for i in ids if i in found))
            return write_table(sheet, columns, rows, Path(path))

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self.message.ok(self.tr("%1 movements exported to <a href=\"%2\">%3</a>")
                            .replace("%1", format_count(count)).replace("%2", Path(path).resolve().as_uri())
                            .replace("%3", path))

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            show_failure(self.ctx, self.message, error)

        self.export_button.setEnabled(False)
        self.message.ok(self.tr("Exporting…"))
        self.ctx.tasks.run(work, done, failed, owner=self, name="export movements")
