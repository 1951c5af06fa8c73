"""The Channels workspace: shops, adding and editing them, syncing with progress and cancel,
and per shop its runs, the orders that could not be imported, the outbox and the unmapped listings."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omsdesk.orders.manual import MANUAL_CHANNEL
from omsdesk.sync import outbox
from omsdesk.sync.models import OutboxState, RunStatus
from omsdesk.sync.service import SyncProgress, SyncResult
from omsdesk.sync.shops import LastRun, ShopInfo, list_shops, recent_runs
from omsdesk.ui.channels.import_errors import ImportErrorsPanel
from omsdesk.ui.channels.outbox import OutboxPanel
from omsdesk.ui.channels.resync_dialog import ResyncDialog
from omsdesk.ui.channels.shop_dialog import ShopDialog
from omsdesk.ui.channels.shops_table import RUN_COLOURS, ShopsTableModel, SyncProgressRow, last_run_text
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count, format_datetime
from omsdesk.ui.i18n import run_status_label
from omsdesk.ui.products.unmapped import UnmappedView
from omsdesk.ui.sync import SyncManager
from omsdesk.ui.tasks import TaskContext
from omsdesk.ui.widgets import RIGHT, read_only_table, set_column_widths, style_list_table

log = logging.getLogger(__name__)

ShopRows = tuple[list[ShopInfo], dict[int, int]]  # the shops, and each one's failed pushes


class ChannelsWorkspace(QWidget):
    def __init__(self, ctx: UiContext, sync: SyncManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sync_manager = sync
        self.model = ShopsTableModel(self)
        self.shop_dialog: ShopDialog | None = None
        self.resync_dialog: ResyncDialog | None = None
        self.progress_rows: dict[int, SyncProgressRow] = {}
        self.start_failures: dict[int, str] = {}  # shop id → why its last job could not start
        self._history_generation = 0
        self._build()
        self._connect()
        self._update_buttons()
        self.reload()
        self.unmapped.refresh_count()

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
        splitter.addWidget(self._build_lower_area())
        splitter.setSizes([170, 530])
        layout.addWidget(splitter, 1)

    def _build_buttons(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("Add shop…"))
        self.edit_button = QPushButton(self.tr("Edit shop…"))
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_all_button = QPushButton(self.tr("Sync all"))
        self.resync_button = QPushButton(self.tr("Re-sync from date…"))
        self.resync_button.setToolTip(self.tr("Fetch every order changed since a date again, e.g. after the "
                                              "channel was down or orders were changed there in bulk"))
        self.add_button.clicked.connect(self.add_shop)
        self.edit_button.clicked.connect(self.edit_shop)
        self.sync_button.clicked.connect(self.sync_selected)
        self.sync_all_button.clicked.connect(self.sync_all)
        self.resync_button.clicked.connect(self.resync_selected)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button):
            row.addWidget(button)
        row.addSpacing(16)
        for button in (self.sync_button, self.sync_all_button, self.resync_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_table(self) -> QTableView:
        table = style_list_table(QTableView())
        table.setModel(self.model)
        set_column_widths(table, (190, 130, 80, 130, 140, 110))
        table.doubleClicked.connect(lambda _: self.edit_shop())
        table.clicked.connect(self._cell_clicked)
        self.table = table
        return table

    def _build_lower_area(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 8, 0, 0)
        self.result_title = QLabel(self.tr("Last sync"))
        self.result_title.setStyleSheet("font-size: 12pt; font-weight: 700;")
        self.result_label = QLabel(self.tr("Select a shop to see its last sync."))
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary = QVBoxLayout()
        summary.addWidget(self.result_title)
        summary.addWidget(self.result_label)
        summary.addStretch(1)
        header = QHBoxLayout()
        header.addLayout(summary, 1)
        header.addLayout(self._build_tiles())
        layout.addLayout(header)
        layout.addWidget(self._build_tabs(), 1)
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
            number.setStyleSheet(self._tile_style(False))
            text = QLabel(caption)
            text.setStyleSheet("color: #6b7280; border: none;")
            box = QVBoxLayout(tile)
            box.setContentsMargins(12, 6, 12, 6)
            box.setSpacing(0)
            box.addWidget(number)
            box.addWidget(text)
            tile.setMinimumWidth(104)
            row.addWidget(tile)
            self.tiles[key] = number
        return row

    @staticmethod
    def _tile_style(alarming: bool) -> str:
        return "font-size: 16pt; font-weight: 700; border: none;" + (" color: #b91c1c;" if alarming else "")

    def _build_tabs(self) -> QTabWidget:
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_runs_tab(), self.tr("Runs"))
        self.import_errors = ImportErrorsPanel(self.ctx)
        self.tabs.addTab(self.import_errors, "")
        self.outbox = OutboxPanel(self.ctx)
        self.tabs.addTab(self.outbox, "")
        self.unmapped = UnmappedView(self.ctx)
        self.tabs.addTab(self.unmapped, "")
        self._show_error_count(0)
        self._show_outbox_counts({})
        self._show_unmapped_count(0)
        return self.tabs

    def _build_runs_tab(self) -> QWidget:
        self.history_table = read_only_table([
            self.tr("Started"), self.tr("Result"), self.tr("New"), self.tr("Updated"), self.tr("Unchanged"),
            self.tr("Failed"), self.tr("Duration"),
        ], right_aligned_from=2)
        self.history_table.horizontalHeader().setStretchLastSection(False)
        set_column_widths(self.history_table, (150, 200, 90, 90, 90, 90, 90))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.history_table)
        return page

    def _connect(self) -> None:
        events = self.ctx.events
        events.shops_changed.connect(self.reload)
        events.outbox_changed.connect(lambda _shop_id: self.reload())
        events.sync_started.connect(self._sync_started)
        events.sync_progress.connect(self._sync_progress)
        events.sync_finished.connect(self._sync_finished)
        events.sync_failed.connect(self._sync_failed)
        self.sync_manager.running_changed.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._update_buttons)
        self.import_errors.count_changed.connect(self._show_error_count)
        self.import_errors.retry_button.clicked.connect(self.retry_failed_orders)
        self.outbox.counts_changed.connect(self._show_outbox_counts)
        self.outbox.retried.connect(self._send_retried)
        self.unmapped.count_changed.connect(self._show_unmapped_count)

    # -- tab titles ------------------------------------------------------------------

    def _show_error_count(self, count: int) -> None:
        title = self.tr("Import errors")
        self.tabs.setTabText(self.tabs.indexOf(self.import_errors), f"{title} ({format_count(count)})" if count
                             else title)

    def _show_outbox_counts(self, counts: dict[str, int]) -> None:
        words = {
            OutboxState.PENDING: self.tr("%1 pending"), OutboxState.SENDING: self.tr("%1 sending"),
            OutboxState.FAILED: self.tr("%1 failed"),
        }
        parts = [text.replace("%1", format_count(counts[state.value]))
                 for state, text in words.items() if counts.get(state.value)]
        title = self.tr("Outbox")
        self.tabs.setTabText(self.tabs.indexOf(self.outbox), f"{title} ({' · '.join(parts)})" if parts else title)

    def _show_unmapped_count(self, count: int) -> None:
        title = self.tr("Unmapped listings")
        self.tabs.setTabText(self.tabs.indexOf(self.unmapped), f"{title} ({format_count(count)})" if count
                             else title)

    # -- data ------------------------------------------------------------------------

    @Slot()
    def reload(self, select_id: int | None = None) -> None:
        """Load the shops again, keeping the selection (or selecting ``select_id``)."""
        db = self.ctx.rt.db

        def load(_: TaskContext) -> ShopRows:
            shops = [shop for shop in list_shops(db) if shop.channel != MANUAL_CHANNEL]  # no channel to set up
            failed = {shop.id: outbox.counts_by_state(db, shop.id).get(OutboxState.FAILED.value, 0)
                      for shop in shops}
            return shops, failed

        self.ctx.tasks.run(load, lambda rows: self._show_shops(rows, select_id), owner=self, name="list shops")

    def _show_shops(self, rows: ShopRows, select_id: int | None = None) -> None:
        shops, failed_pushes = rows
        selected = self.selected_shop()
        self.model.set_shops(shops, failed_pushes)
        self.model.set_syncing(set(self.sync_manager.running_ids))
        wanted = select_id if select_id is not None else selected.id if selected else None
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None and shops:
            row = 0
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
        shop = self.selected_shop()
        self._update_buttons()
        self._show_last_result(shop)
        self._load_history(shop.id if shop else None)
        self.import_errors.show_shop(shop.id if shop else None)
        self.outbox.show_shop(shop.id if shop else None)

    def _update_buttons(self) -> None:
        shop = self.selected_shop()
        idle = shop is not None and not self.sync_manager.is_running(shop.id)
        self.edit_button.setEnabled(shop is not None)
        self.sync_button.setEnabled(idle)
        self.resync_button.setEnabled(idle)
        self.sync_all_button.setEnabled(bool(self.model.shops))
        self.import_errors.set_busy(not idle)

    def _cell_clicked(self, index: QModelIndex) -> None:
        """A shop's failed pushes lead to them."""
        shop = self.model.shop_at(index.row())
        if shop is None or ShopsTableModel.HEADERS[index.column()] != "failed_pushes":
            return
        if self.model.failed_pushes.get(shop.id, 0):
            self.outbox.set_state_filter(OutboxState.FAILED)
            self.tabs.setCurrentWidget(self.outbox)

    def _show_last_result(self, shop: ShopInfo | None) -> None:
        run = shop.last_run if shop else None
        self.result_title.setText(self.tr("Last sync of %1").replace("%1", shop.name) if shop else self.tr("Last sync"))
        counts = (run.new, run.updated, run.unchanged, run.failed) if run else None
        for key, value in zip(self.tiles, counts or (None,) * 4, strict=True):
            self.tiles[key].setText(format_count(value) if value is not None else "–")
        self.tiles["failed"].setStyleSheet(self._tile_style(bool(run and run.failed)))
        if shop is None:
            self.result_label.setText(self.tr("Select a shop to see its last sync."))
        elif shop.id in self.start_failures:
            self.result_label.setText(self.tr("The sync could not start: %1").replace(
                "%1", self.start_failures[shop.id]))
        elif run is None:
            self.result_label.setText(self.tr("%1 has not been synced yet. Press “Sync now” to fetch its orders.")
                                      .replace("%1", shop.name))
        else:
            self.result_label.setText(self._run_summary(run))

    def _run_summary(self, run: LastRun) -> str:
        text = self.tr("%1 — started %2").replace("%1", last_run_text(run)).replace(
            "%2", format_datetime(run.started_at))
        if run.finished_at:
            seconds = max((run.finished_at - run.started_at).total_seconds(), 0)
            text += self.tr(", took %1 s").replace("%1", f"{seconds:.1f}")
        if run.status == RunStatus.PARTIAL:
            text += "\n" + self.tr("%1 orders could not be imported; see “Import errors”.").replace(
                "%1", format_count(run.failed))
        elif run.message and run.status != RunStatus.CANCELLED:
            text += "\n" + run.message
        return text

    def _load_history(self, shop_id: int | None) -> None:
        self._history_generation += 1
        generation = self._history_generation
        if shop_id is None:
            self._fill_history([])
            return

        def show(runs: list[LastRun]) -> None:
            if generation == self._history_generation:
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
        self.reload(select_id=shop_id)

    @Slot()
    def sync_selected(self) -> None:
        shop = self.selected_shop()
        if shop is not None:
            self.sync_manager.sync(shop.id)

    @Slot()
    def sync_all(self) -> None:
        self.sync_manager.sync_all()

    @Slot()
    def resync_selected(self) -> ResyncDialog | None:
        shop = self.selected_shop()
        if shop is None:
            return None
        dialog = ResyncDialog(shop.name, self)
        dialog.accepted.connect(lambda: self.sync_manager.resync_from(shop.id, dialog.since()))
        dialog.finished.connect(dialog.deleteLater)
        self.resync_dialog = dialog
        dialog.open()
        return dialog

    def _send_retried(self, shop_id: int, count: int) -> None:
        if count:
            self.sync_manager.push(shop_id)

    @Slot()
    def retry_failed_orders(self) -> None:
        shop = self.selected_shop()
        if shop is not None:
            self.sync_manager.retry_failed(shop.id)

    # -- sync feedback ---------------------------------------------------------------

    def _sync_started(self, shop_id: int) -> None:
        self.start_failures.pop(shop_id, None)
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
        self.start_failures[shop_id] = message
        self._drop_progress_row(shop_id)
        self._show_last_result(self.selected_shop())

    def _drop_progress_row(self, shop_id: int) -> None:
        row = self.progress_rows.pop(shop_id, None)
        if row is not None:
            row.setParent(None)
            row.deleteLater()
        self.progress_box.setVisible(bool(self.progress_rows))
        self.model.set_syncing(set(self.sync_manager.running_ids))
        self._update_buttons()
