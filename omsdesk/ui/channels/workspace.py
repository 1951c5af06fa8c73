"""The Channels workspace: shops, adding and editing them, syncing with progress and cancel."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton,
    QSplitter, QTableView, QTableWidgetItem, QVBoxLayout, QWidget,
)

from connectors.base import OrderParseFailure
from omsdesk.sync.models import RunStatus
from omsdesk.sync.service import SyncProgress, SyncResult, last_run_errors
from omsdesk.sync.shops import LastRun, ShopInfo, list_shops, recent_runs
from omsdesk.ui.channels.shop_dialog import ShopDialog
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count, format_datetime
from omsdesk.ui.i18n import channel_label, run_status_label
from omsdesk.ui.sync import SyncManager
from omsdesk.ui.widgets import LEFT, RIGHT, read_only_table, set_column_widths, style_list_table

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
    HEADERS = ("name", "channel", "url", "orders", "last_sync", "last_result", "auto_sync")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.shops: list[ShopInfo] = []
        self.syncing: set[int] = set()

    def set_shops(self, shops: list[ShopInfo]) -> None:
        self.beginResetModel()
        self.shops = list(shops)
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
            titles = (
                QCoreApplication.translate("ShopsTable", "Shop"),
                QCoreApplication.translate("ShopsTable", "Channel"),
                QCoreApplication.translate("ShopsTable", "URL"),
                QCoreApplication.translate("ShopsTable", "Orders"),
                QCoreApplication.translate("ShopsTable", "Last sync"),
                QCoreApplication.translate("ShopsTable", "Last result"),
                QCoreApplication.translate("ShopsTable", "Automatic sync"),
            )
            return titles[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.HEADERS[section] == "orders" else LEFT
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
            return RIGHT if key == "orders" else LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            if not shop.active:
                return QColor("#8a8f98")
            if key == "last_result" and shop.last_run and shop.id not in self.syncing:
                return RUN_COLOURS.get(RunStatus(shop.last_run.status))
        if role == Qt.ItemDataRole.ToolTipRole and key == "last_result" and shop.last_run:
            return shop.last_run.message or None
        if role == Qt.ItemDataRole.UserRole:
            return shop.id
        return None

    def _display(self, shop: ShopInfo, key: str) -> str:
        match key:
            case "name":
                return shop.name
            case "channel":
                return channel_label(shop.channel)
            case "url":
                return shop.base_url
            case "orders":
                return format_count(shop.order_count)
            case "last_sync":
                return format_datetime(shop.last_sync_at) or QCoreApplication.translate("ShopsTable", "Never")
            case "last_result":
                if shop.id in self.syncing:
                    return QCoreApplication.translate("ShopsTable", "Syncing…")
                return last_run_text(shop.last_run)
            case "auto_sync":
                return auto_sync_text(shop)
        return ""


class SyncProgressRow(QWidget):
    """One running sync: what it has done so far, a progress bar, and Cancel."""

    def __init__(self, shop_id: int, shop_name: str, on_cancel: Any, parent: QWidget | None = None) -> None:
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


class ChannelsWorkspace(QWidget):
    def __init__(self, ctx: UiContext, sync: SyncManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sync_manager = sync
        self.model = ShopsTableModel(self)
        self.shop_dialog: ShopDialog | None = None
        self.progress_rows: dict[int, SyncProgressRow] = {}
        self._errors_generation = 0
        self._build()
        self._connect()
        self.reload()

    # -- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        self.banner = QLabel(self.ctx.rt.secrets.warning or "")
        self.banner.setObjectName("warningBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#warningBanner { background: #fef3c7; color: #78350f;"
                                  " border: 1px solid #f59e0b; border-radius: 4px; padding: 6px 8px; }")
        self.banner.setVisible(bool(self.ctx.rt.secrets.warning))
        layout.addWidget(self.banner)
        layout.addLayout(self._build_buttons())
        self.progress_box = QFrame()
        self.progress_box.setObjectName("progressBox")
        self.progress_box.setStyleSheet("QFrame#progressBox { background: #eff6ff; border: 1px solid #bfdbfe;"
                                        " border-radius: 4px; }")
        self.progress_layout = QVBoxLayout(self.progress_box)
        self.progress_layout.setContentsMargins(8, 6, 8, 6)
        self.progress_box.setVisible(False)
        layout.addWidget(self.progress_box)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_table())
        splitter.addWidget(self._build_result_panel())
        splitter.setSizes([180, 500])
        layout.addWidget(splitter, 1)

    def _build_buttons(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("Add shop…"))
        self.edit_button = QPushButton(self.tr("Edit shop…"))
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_all_button = QPushButton(self.tr("Sync all"))
        self.add_button.clicked.connect(self.add_shop)
        self.edit_button.clicked.connect(self.edit_shop)
        self.sync_button.clicked.connect(self.sync_selected)
        self.sync_all_button.clicked.connect(self.sync_all)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button):
            row.addWidget(button)
        row.addSpacing(16)
        row.addWidget(self.sync_button)
        row.addWidget(self.sync_all_button)
        row.addStretch(1)
        return row

    def _build_table(self) -> QTableView:
        table = style_list_table(QTableView())
        table.setModel(self.model)
        set_column_widths(table, (180, 120, 230, 80, 140, 400))
        table.doubleClicked.connect(lambda _: self.edit_shop())
        self.table = table
        return table

    def _build_result_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 8, 0, 0)
        self.result_title = QLabel(self.tr("Last sync"))
        self.result_title.setStyleSheet("font-size: 12pt; font-weight: 700;")
        self.result_label = QLabel(self.tr("Select a shop to see its last sync."))
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_label)
        layout.addLayout(self._build_tiles())
        self.errors_title = QLabel(self.tr("Orders that could not be imported"))
        self.errors_title.setStyleSheet("color: #6b7280; font-weight: 600; margin-top: 6px;")
        self.errors_table = read_only_table([self.tr("Order"), self.tr("Field"), self.tr("Problem")])
        set_column_widths(self.errors_table, (110, 220))
        self.errors_title.setVisible(False)
        self.errors_table.setVisible(False)
        layout.addWidget(self.errors_title)
        layout.addWidget(self.errors_table, 1)
        history_title = QLabel(self.tr("Recent syncs"))
        history_title.setStyleSheet("color: #6b7280; font-weight: 600; margin-top: 6px;")
        self.history_table = read_only_table([
            self.tr("Started"), self.tr("Result"), self.tr("New"), self.tr("Updated"), self.tr("Unchanged"),
            self.tr("Failed"), self.tr("Duration"),
        ], right_aligned_from=2)
        self.history_table.horizontalHeader().setStretchLastSection(False)
        set_column_widths(self.history_table, (150, 200, 90, 90, 90, 90, 90))
        layout.addWidget(history_title)
        layout.addWidget(self.history_table, 2)
        return panel

    def _build_tiles(self) -> QHBoxLayout:
        self.tiles: dict[str, QLabel] = {}
        row = QHBoxLayout()
        captions = (("new", self.tr("New")), ("updated", self.tr("Updated")),
                    ("unchanged", self.tr("Unchanged")), ("failed", self.tr("Failed")))
        for key, caption in captions:
            tile = QFrame()
            tile.setObjectName("tile")
            tile.setStyleSheet("QFrame#tile { background: palette(base); border: 1px solid palette(mid);"
                               " border-radius: 6px; }")
            number = QLabel("–")
            number.setStyleSheet("font-size: 18pt; font-weight: 700; border: none;")
            text = QLabel(caption)
            text.setStyleSheet("color: #6b7280; border: none;")
            box = QVBoxLayout(tile)
            box.setContentsMargins(14, 8, 14, 8)
            box.addWidget(number)
            box.addWidget(text)
            tile.setMinimumWidth(130)
            row.addWidget(tile)
            self.tiles[key] = number
        row.addStretch(1)
        return row

    def _connect(self) -> None:
        events = self.ctx.events
        events.shops_changed.connect(self.reload)
        events.sync_started.connect(self._sync_started)
        events.sync_progress.connect(self._sync_progress)
        events.sync_finished.connect(self._sync_finished)
        events.sync_failed.connect(self._sync_failed)
        self.sync_manager.running_changed.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._update_buttons)

    # -- data ------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        self.ctx.tasks.run(lambda _: list_shops(self.ctx.rt.db), self._show_shops, owner=self, name="list shops")

    def _show_shops(self, shops: list[ShopInfo]) -> None:
        selected = self.selected_shop()
        self.model.set_shops(shops)
        self.model.set_syncing(set(self.sync_manager.running_ids))
        row = self.model.row_of(selected.id) if selected else (0 if shops else None)
        if row is not None:
            self.table.selectRow(row)
        self._selection_changed()

    def selected_shop(self) -> ShopInfo | None:
        index = self.table.selectionModel().currentIndex() if self.table.selectionModel() else QModelIndex()
        return self.model.shop_at(index.row()) if index.isValid() else None

    def select_shop(self, shop_id: int) -> None:
        row = self.model.row_of(shop_id)
        if row is not None:
            self.table.selectRow(row)

    def _selection_changed(self) -> None:
        self._update_buttons()
        self._show_last_result(self.selected_shop())

    def _update_buttons(self) -> None:
        shop = self.selected_shop()
        self.edit_button.setEnabled(shop is not None)
        self.sync_button.setEnabled(shop is not None and not self.sync_manager.is_running(shop.id))
        self.sync_all_button.setEnabled(bool(self.model.shops))

    def _show_last_result(self, shop: ShopInfo | None) -> None:
        self._errors_generation += 1
        self._show_errors([])
        run = shop.last_run if shop else None
        self.result_title.setText(self.tr("Last sync of %1").replace("%1", shop.name) if shop else self.tr("Last sync"))
        counts = (run.new, run.updated, run.unchanged, run.failed) if run else None
        for key, value in zip(self.tiles, counts or (None,) * 4, strict=True):
            self.tiles[key].setText(format_count(value) if value is not None else "–")
        self.tiles["failed"].setStyleSheet("font-size: 18pt; font-weight: 700; border: none;"
                                           + (" color: #b91c1c;" if run and run.failed else ""))
        self._load_history(shop.id if shop else None)
        if shop is None:
            self.result_label.setText(self.tr("Select a shop to see its last sync."))
            return
        if run is None:
            self.result_label.setText(self.tr("%1 has not been synced yet. Press “Sync now” to fetch its orders.")
                                      .replace("%1", shop.name))
            return
        self.result_label.setText(self._run_summary(run))
        if run.failed:
            self._load_errors(shop.id)
        elif run.status in (RunStatus.SUCCEEDED, RunStatus.PARTIAL):
            self.errors_title.setText(self.tr("Every order of this sync was imported without errors."))
            self.errors_title.setVisible(True)

    def _run_summary(self, run: LastRun) -> str:
        text = self.tr("%1 — started %2").replace("%1", last_run_text(run)).replace(
            "%2", format_datetime(run.started_at))
        if run.finished_at:
            seconds = max((run.finished_at - run.started_at).total_seconds(), 0)
            text += self.tr(", took %1 s").replace("%1", f"{seconds:.1f}")
        if run.message and run.status != RunStatus.CANCELLED:
            text += "\n" + run.message
        return text

    def _load_history(self, shop_id: int | None) -> None:
        generation = self._errors_generation
        if shop_id is None:
            self._fill_history([])
            return

        def show(runs: list[LastRun]) -> None:
            if generation == self._errors_generation:
                self._fill_history(runs)

        self.ctx.tasks.run(lambda _: recent_runs(self.ctx.rt.db, shop_id), show, owner=self, name="recent syncs")

    def _fill_history(self, runs: list[LastRun]) -> None:
        self.history_table.setRowCount(len(runs))
        for row, run in enumerate(runs):
            took = ""
            if run.finished_at:
                seconds = max((run.finished_at - run.started_at).total_seconds(), 0)
                took = self.tr("%1 s").replace("%1", f"{seconds:.1f}")
            cells = (format_datetime(run.started_at), run_status_label(run.status), format_count(run.new),
                     format_count(run.updated), format_count(run.unchanged), format_count(run.failed), took)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(RIGHT)
                if column == 1:
                    colour = RUN_COLOURS.get(RunStatus(run.status))
                    if colour is not None:
                        item.setForeground(colour)
                    if run.message:
                        item.setToolTip(run.message)
                self.history_table.setItem(row, column, item)

    def _load_errors(self, shop_id: int) -> None:
        generation = self._errors_generation

        def show(errors: list[OrderParseFailure]) -> None:
            if generation == self._errors_generation:
                self._fill_errors(errors)

        self.ctx.tasks.run(lambda _: last_run_errors(self.ctx.rt.db, shop_id), show, owner=self,
                           name="last run errors")

    def _fill_errors(self, errors: list[OrderParseFailure]) -> None:
        self._show_errors(errors)

    def _show_errors(self, errors: list[OrderParseFailure]) -> None:
        self.errors_table.setRowCount(len(errors))
        for row, error in enumerate(errors):
            for column, text in enumerate((error.external_id or "?", error.field, error.message)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.errors_table.setItem(row, column, item)
        self.errors_table.setVisible(bool(errors))
        self.errors_title.setText(self.tr("Orders that could not be imported"))
        self.errors_title.setVisible(bool(errors))

    # -- actions ---------------------------------------------------------------------

    @Slot()
    def add_shop(self) -> ShopDialog:
        return self._open_dialog(None)

    @Slot()
    def edit_shop(self) -> ShopDialog | None:
        shop = self.selected_shop()
        return self._open_dialog(shop) if shop else None

    def _open_dialog(self, shop: ShopInfo | None) -> ShopDialog:
        dialog = ShopDialog(self.ctx, shop, self)
        dialog.saved.connect(self._select_after_reload)
        dialog.finished.connect(dialog.deleteLater)
        self.shop_dialog = dialog
        dialog.open()
        return dialog

    def _select_after_reload(self, shop_id: int) -> None:
        self.ctx.tasks.run(lambda _: list_shops(self.ctx.rt.db),
                           lambda shops: (self._show_shops(shops), self.select_shop(shop_id)), owner=self)

    @Slot()
    def sync_selected(self) -> None:
        shop = self.selected_shop()
        if shop is not None:
            self.sync_manager.sync(shop.id)

    @Slot()
    def sync_all(self) -> None:
        self.sync_manager.sync_all()

    # -- sync feedback ---------------------------------------------------------------

    def _sync_started(self, shop_id: int) -> None:
        row = self.model.row_of(shop_id)
        name = self.model.shops[row].name if row is not None else str(shop_id)
        if shop_id not in self.progress_rows:
            progress_row = SyncProgressRow(shop_id, name, self.sync_manager.cancel)
            self.progress_rows[shop_id] = progress_row
            self.progress_layout.addWidget(progress_row)
        self.progress_box.setVisible(True)
        self.model.set_syncing(set(self.sync_manager.running_ids))
        self._update_buttons()

    def _sync_progress(self, progress: SyncProgress) -> None:
        row = self.progress_rows.get(progress.shop_id)
        if row is not None:
            row.show_progress(progress)

    def _sync_finished(self, result: SyncResult) -> None:
        self._drop_progress_row(result.shop_id)

    def _sync_failed(self, shop_id: int, message: str) -> None:
        self._drop_progress_row(shop_id)
        shop = self.selected_shop()
        if shop is not None and shop.id == shop_id:
            self.result_label.setText(self.tr("The sync could not start: %1").replace("%1", message))

    def _drop_progress_row(self, shop_id: int) -> None:
        row = self.progress_rows.pop(shop_id, None)
        if row is not None:
            row.setParent(None)
            row.deleteLater()
        self.progress_box.setVisible(bool(self.progress_rows))
        self.model.set_syncing(set(self.sync_manager.running_ids))
        self._update_buttons()
