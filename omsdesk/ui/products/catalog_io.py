"""Import the catalogue from Excel, export it and its template, print SKU labels.

Every file is read or written in the background. An import is first checked as a
whole: nothing is written while any row has an error, and the dialog lists each
error by sheet, row, column and reason, offering to import only the valid rows.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from omsdesk.catalog.excel import SHEETS, ImportReport, import_catalog
from omsdesk.catalog.models import BarcodeKind
from omsdesk.catalog.queries import sku_detail
from omsdesk.db.engine import Database
from omsdesk.documents.labels import SkuLabel
from omsdesk.errors import UserError
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count
from omsdesk.ui.i18n import user_message
from omsdesk.ui.products.common import ERROR_STYLE, HINT_STYLE, OK_STYLE
from omsdesk.ui.products.model import format_amount
from omsdesk.ui.tasks import TaskContext
from omsdesk.ui.widgets import read_only_table

log = logging.getLogger(__name__)

LABEL_KINDS = {BarcodeKind.EAN13: "ean13", BarcodeKind.UPCA: "upca", BarcodeKind.OWN: "code128"}


def sku_labels(db: Database, sku_ids: Sequence[int]) -> list[SkuLabel]:
    """One label per SKU: its first barcode (or its code as Code 128) and its list price."""
    labels = []
    with db.reading() as session:
        for sku_id in sku_ids:
            detail = sku_detail(session, sku_id)
            if detail is None:
                continue
            barcode = detail.barcodes[0] if detail.barcodes else None
            labels.append(SkuLabel(
                code=detail.code, name=detail.name, barcode=barcode.code if barcode else "",
                barcode_kind=LABEL_KINDS.get(barcode.kind, "code128") if barcode else "code128",
                price_text=format_amount(detail.list_price),
            ))
    return labels


def sheet_label(sheet: str) -> str:
    names = {
        "SPUs": lambda: QCoreApplication.translate("CatalogSheets", "SPUs"),
        "SKUs": lambda: QCoreApplication.translate("CatalogSheets", "SKUs"),
        "Barcodes": lambda: QCoreApplication.translate("CatalogSheets", "Barcodes"),
        "Mappings": lambda: QCoreApplication.translate("CatalogSheets", "Mappings"),
        "Bundles": lambda: QCoreApplication.translate("CatalogSheets", "Bundles"),
        "Categories": lambda: QCoreApplication.translate("CatalogSheets", "Categories"),
        "Brands": lambda: QCoreApplication.translate("CatalogSheets", "Brands"),
    }
    name = names.get(sheet)
    return name() if name else sheet


def report_summary(report: ImportReport) -> str:
    """"SKUs: 12 created, 3 updated, 1 skipped · Barcodes: 12 created" (only what happened)."""
    parts = []
    for sheet in [*SHEETS, "Categories", "Brands"]:
        created, updated, skipped = report.count(sheet)
        if not (created or updated or skipped):
            continue
        counts = []
        if created:
            counts.append(QCoreApplication.translate("ImportDialog", "%1 created").replace("%1", format_count(created)))
        if updated:
            counts.append(QCoreApplication.translate("ImportDialog", "%1 updated").replace("%1", format_count(updated)))
        if skipped:
            counts.append(QCoreApplication.translate("ImportDialog", "%1 skipped").replace("%1", format_count(skipped)))
        parts.append(f"{sheet_label(sheet)}: {', '.join(counts)}")
    return " · ".join(parts)


class ImportDialog(QDialog):
    """Checks and imports one workbook; lists its errors; offers to import only the valid rows."""

    imported = Signal(object)  # ImportReport, once something was written

    def __init__(self, ctx: UiContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import catalogue from Excel"))
        self.setMinimumSize(760, 460)
        self.file_label = QLabel(self.tr("File: %1").replace("%1", str(path)))
        self.file_label.setWordWrap(True)
        self.update_check = QCheckBox(self.tr("Update SKUs, SPUs and mappings that already exist "
                                              "(otherwise an existing code is an error)"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors = read_only_table([self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Reason")])
        header = self.errors.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.errors.setWordWrap(True)
        self.errors.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a few rows
        self.errors.setStyleSheet("QTableView::item { padding: 4px 3px; }")
        self.errors.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = QPushButton(self.tr("Check again"))
        self.valid_button = QPushButton(self.tr("Import only the valid rows"))
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.valid_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.valid_button.setVisible(False)
        self.check_button.setVisible(False)
        self.buttons.rejected.connect(self.reject)
        self.check_button.clicked.connect(lambda: self.run(only_valid_rows=False))
        self.valid_button.clicked.connect(lambda: self.run(only_valid_rows=True))
        self.update_check.toggled.connect(lambda _: self.check_button.setVisible(self.report is not None
                                                                                 and not self.report.written))
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.update_check)
        layout.addWidget(self.status)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.buttons)

    @Slot()
    def run(self, only_valid_rows: bool = False) -> None:
        rt, path, update = self.ctx.rt, self.path, self.update_check.isChecked()
        self.status.setStyleSheet(HINT_STYLE)
        self.status.setText(self.tr("Checking every row…") if not only_valid_rows
                            else self.tr("Importing the valid rows…"))
        for button in (self.check_button, self.valid_button):
            button.setEnabled(False)

        def work(_: TaskContext) -> ImportReport:
            return import_catalog(rt.db, rt.actor, path, only_valid_rows=only_valid_rows, update_existing=update)

        self.ctx.tasks.run_write(work, self.show_report, self._failed, owner=self, name="import catalogue")

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        for button in (self.check_button, self.valid_button):
            button.setEnabled(True)
        summary = report_summary(report)
        if report.written:
            text = self.tr("Imported. %1").replace("%1", summary or self.tr("Nothing to change."))
            if report.errors:
                text += " " + self.tr("%1 rows with errors were left out; they are listed below.").replace(
                    "%1", format_count(len(report.errors)))
            self.status.setStyleSheet(OK_STYLE)
            self.imported.emit(report)
        else:
            text = self.tr("Nothing was imported: %1 problems. Correct them in the file and import it again, "
                           "or import only the valid rows.").replace("%1", format_count(len(report.errors)))
            self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)
        self.valid_button.setVisible(not report.written and bool(report.errors))
        self.check_button.setVisible(False)
        self.update_check.setEnabled(not report.written)
        self.errors.setVisible(bool(report.errors))
        self.errors.setRowCount(len(report.errors))
        for row, issue in enumerate(report.errors):
            values = (sheet_label(issue.sheet), str(issue.row) if issue.row else "", issue.column,
                      issue.localized(QCoreApplication.translate))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(value)
                self.errors.setItem(row, column, item)

    def _failed(self, error: BaseException) -> None:
        for button in (self.check_button, self.valid_button):
            button.setEnabled(True)
        self.check_button.setVisible(True)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(self.tr("The file could not be imported: %1").replace("%1", user_message(error)))
        if not isinstance(error, UserError | OSError):
            log.error("catalogue import failed", exc_info=error)


def open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
