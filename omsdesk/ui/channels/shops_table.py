"""The shops table of the Channels workspace, and the progress row of a running sync."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from omsdesk.sync.models import RunStatus
from omsdesk.sync.service import SyncProgress
from omsdesk.sync.shops import LastRun, ShopInfo
from omsdesk.ui.formatting import format_count, format_datetime
from omsdesk.ui.i18n import channel_label, run_status_label
from omsdesk.ui.widgets import LEFT, RIGHT

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
RUN_COLOURS = {
    RunStatus.SUCCEEDED: QColor("#15803d"), RunStatus.PARTIAL: QColor("#b45309"),
    RunStatus.FAILED: QColor("#b91c1c"), RunStatus.CANCELLED: QColor("#6b7280"),
    RunStatus.INTERRUPTED: QColor("#b45309"),
}


def run_counts(new: int, updated: int, unchanged: int, failed: int) -> str:
    return (QCoreApplication.translate("ShopsTable", "%1 new, %2 updated, %3 unchanged, %4 failed")
            .replace("%1", format_count(new)).replace("%2", format_count(updated))
            .replace("%3", format_count(unchanged)).replace("%4", format_count(failed)))


def last_run_text(run: LastRun | None) -> str:
    if run is None:
        return QCoreApplication.translate("ShopsTable", "Never synced")
    status = run_status_label(run.status)
    if run.status in (RunStatus.FAILED, RunStatus.RUNNING, RunStatus.INTERRUPTED):
        return status
    return f"{status} · {run_counts(run.new, run.updated, run.unchanged, run.failed)}"


def auto_sync_text(shop: ShopInfo) -> str:
    if not shop.active:
        return QCoreApplication.translate("ShopsTable", "Inactive")
    if shop.auto_sync_minutes <= 0:
        return QCoreApplication.translate("ShopsTable", "Off")
    return QCoreApplication.translate("ShopsTable", "Every %1 min").replace("%1", str(shop.auto_sync_minutes))


class ShopsTableModel(QAbstractTableModel):
    HEADERS = ("name", "channel", "orders", "auto_sync", "last_sync", "failed_pushes", "last_result")
    NUMBERS = ("orders", "failed_pushes")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.shops: list[ShopInfo] = []
        self.failed_pushes: dict[int, int] = {}
        self.syncing: set[int] = set()

    def set_shops(self, shops: list[ShopInfo], failed_pushes: dict[int, int] | None = None) -> None:
        self.beginResetModel()
        self.shops = list(shops)
        self.failed_pushes = dict(failed_pushes or {})
        self.endResetModel()

    def set_syncing(self, shop_ids: set[int]) -> None:
        self.syncing = set(shop_ids)
        if self.shops:
            column = self.HEADERS.index("last_result")
            self.dataChanged.emit(self.index(0, column), self.index(len(self.shops) - 1, column))

    def shop_at(self, row: int) -> ShopInfo | None:
        return self.shops[row] if 0 <= row < len(self.shops) else None

    def row_of(self, shop_id: int) -> int | None:
        for row, shop in enumerate(self.shops):
            if shop.id == shop_id:
                return row
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shops)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = {
                "name": QCoreApplication.translate("ShopsTable", "Shop"),
                "channel": QCoreApplication.translate("ShopsTable", "Channel"),
                "orders": QCoreApplication.translate("ShopsTable", "Orders"),
                "auto_sync": QCoreApplication.translate("ShopsTable", "Automatic sync"),
                "last_sync": QCoreApplication.translate("ShopsTable", "Last sync"),
                "failed_pushes": QCoreApplication.translate("ShopsTable", "Failed pushes"),
                "last_result": QCoreApplication.translate("ShopsTable", "Last result"),
            }
            return titles[self.HEADERS[section]]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.HEADERS[section] in self.NUMBERS else LEFT
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        try:
            return self._data(index.row(), self.HEADERS[index.column()], role)
        except Exception:  # noqa: BLE001 - a cell must never bring the window down
            log.exception("cannot show shop row %s", index.row())
            return None

    def _data(self, row: int, key: str, role: int) -> Any:
        shop = self.shop_at(row)
        if shop is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(shop, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in self.NUMBERS else LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(shop, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(shop, key)
        if role == Qt.ItemDataRole.UserRole:
            return shop.id
        return None

    def _display(self, shop: ShopInfo, key: str) -> str:
        match key:
            case "name":
                return shop.name
            case "channel":
                return channel_label(shop.channel)
            case "orders":
                return format_count(shop.order_count)
            case "last_sync":
                return format_datetime(shop.last_sync_at) or QCoreApplication.translate("ShopsTable", "Never")
            case "failed_pushes":
                return format_count(self.failed_pushes.get(shop.id, 0))
            case "last_result":
                if shop.id in self.syncing:
                    return QCoreApplication.translate("ShopsTable", "Syncing…")
                return last_run_text(shop.last_run)
            case "auto_sync":
                return auto_sync_text(shop)
        return ""

    def _colour(self, shop: ShopInfo, key: str) -> QColor | None:
        if not shop.active:
            return QColor("#8a8f98")
        if key == "last_result" and shop.last_run and shop.id not in self.syncing:
            return RUN_COLOURS.get(RunStatus(shop.last_run.status))
        if key == "failed_pushes" and self.failed_pushes.get(shop.id, 0):
            return RUN_COLOURS[RunStatus.FAILED]
        return None

    def _tooltip(self, shop: ShopInfo, key: str) -> str | None:
        if key == "name":
            return shop.base_url
        if key == "last_result" and shop.last_run:
            return shop.last_run.message or None
        if key == "failed_pushes" and self.failed_pushes.get(shop.id, 0):
            return QCoreApplication.translate("ShopsTable", "Tracking numbers or stock levels the channel refused; "
                                                            "click to see them in the Outbox tab")
        return None


class SyncProgressRow(QWidget):
    """One running sync: what it has done so far, a progress bar, and Cancel."""

    def __init__(self, shop_id: int, shop_name: str, on_cancel: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop_id = shop_id
        self.shop_name = shop_name
        self.label = QLabel(self.tr("Syncing %1…").replace("%1", shop_name))
        self.label.setMinimumWidth(360)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first page tells the total
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        self._on_cancel = on_cancel
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 2)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)

    def show_progress(self, progress: SyncProgress) -> None:
        if progress.total_pages:
            self.bar.setRange(0, progress.total_pages)
            self.bar.setValue(min(progress.page, progress.total_pages))
            self.bar.setFormat(self.tr("Page %1 of %2").replace("%1", str(progress.page))
                               .replace("%2", str(progress.total_pages)))
        else:
            self.bar.setRange(0, 0)
        counts = run_counts(progress.new, progress.updated, progress.unchanged, progress.failed)
        self.label.setText(self.tr("Syncing %1: %2").replace("%1", self.shop_name).replace("%2", counts))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))
        self._on_cancel(self.shop_id)
