"""The main window: one tab per workspace, menus, and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from omsdesk import __version__
from omsdesk.ui.channels.workspace import ChannelsWorkspace
from omsdesk.ui.context import UiContext
from omsdesk.sync.service import SyncResult
from omsdesk.ui.i18n import resources_dir, run_status_label
from omsdesk.ui.orders.workspace import OrdersWorkspace
from omsdesk.ui.products.workspace import ProductsWorkspace
from omsdesk.ui.inventory.workspace import InventoryWorkspace
from omsdesk.ui.purchasing.workspace import PurchasingWorkspace
from omsdesk.ui.settings_dialog import SettingsDialog
from omsdesk.ui.sync import SyncManager

TAB_KEYS = ("orders", "products", "inventory", "purchasing", "channels")


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "omsdesk.svg"))


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext, *, demo: bool = False, sync: SyncManager | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.demo = demo
        self.sync_manager = sync or SyncManager(ctx, self)
        self.setWindowTitle(self.tr("omsdesk — demo") if demo else self.tr("omsdesk"))
        self.setWindowIcon(app_icon())
        self.resize(1280, 800)
        self.orders = OrdersWorkspace(ctx)
        self.channels = ChannelsWorkspace(ctx, self.sync_manager)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.orders, self.tr("Orders"))
        self.products = ProductsWorkspace(ctx)
        self.tabs.addTab(self.products, self.tr("Products"))
        self.inventory = InventoryWorkspace(ctx)
        self.tabs.addTab(self.inventory, self.tr("Inventory"))
        self.purchasing = PurchasingWorkspace(ctx)
        self.tabs.addTab(self.purchasing, self.tr("Purchasing"))
        self.tabs.addTab(self.channels, self.tr("Channels"))
        self.setCentralWidget(self.tabs)
        self.orders.open_channels_requested.connect(lambda: self.tabs.setCurrentWidget(self.channels))
        self._build_menus()
        self._build_status_bar()
        self._restore_state()
        self.sync_manager.start_automatic()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.orders_menu = self.menuBar().addMenu(self.tr("&Orders"))
        self.orders.fill_menu(self.orders_menu)
        self.tabs.currentChanged.connect(self._show_orders_menu)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.orders.shortcuts_action)
        about_action = QAction(self.tr("&About omsdesk"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)
        help_menu.addSeparator()
        data_action = QAction(self.tr("Open &data folder"), self)
        data_action.triggered.connect(lambda: self._open_folder(str(self.ctx.rt.paths.data_dir)))
        log_action = QAction(self.tr("Open &log folder"), self)
        log_action.triggered.connect(lambda: self._open_folder(str(self.ctx.rt.paths.log_dir)))
        help_menu.addAction(data_action)
        help_menu.addAction(log_action)

    def _show_orders_menu(self) -> None:
        self.orders_menu.menuAction().setVisible(self.tabs.currentWidget() is self.orders)

    def _build_status_bar(self) -> None:
        rt = self.ctx.rt
        self.database_label = QLabel(self.tr("Database: %1").replace("%1", rt.db.display_url))
        self.user_label = QLabel(self.tr("User: %1").replace("%1", rt.actor.name))
        self.activity_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.database_label, 1)
        bar.addPermanentWidget(self.activity_label)
        bar.addPermanentWidget(self.user_label)
        self.ctx.events.sync_started.connect(lambda _: self._show_activity())
        self.ctx.events.sync_finished.connect(self._show_sync_result)
        self.ctx.events.sync_failed.connect(lambda *_: self._show_activity())

    def _show_activity(self) -> None:
        running = len(self.sync_manager.running_ids)
        if running == 1:
            self.activity_label.setText(self.tr("Syncing 1 shop…"))
        elif running:
            self.activity_label.setText(self.tr("Syncing %1 shops…").replace("%1", str(running)))

    def _show_sync_result(self, result: SyncResult) -> None:
        self.activity_label.setText(self.tr("Last sync: %1 — %2").replace("%1", result.shop_name).replace(
            "%2", run_status_label(result.status)))
        self._show_activity()

    # -- state -----------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = self.ctx.settings
        if settings.window_geometry is not None:
            self.restoreGeometry(settings.window_geometry)
        if settings.window_state is not None:
            self.restoreState(settings.window_state)
        key = settings.last_tab
        self.tabs.setCurrentIndex(TAB_KEYS.index(key) if key in TAB_KEYS else 0)
        self._show_orders_menu()

    def save_state(self) -> None:
        settings = self.ctx.settings
        settings.window_geometry = self.saveGeometry()
        settings.window_state = self.saveState()
        settings.last_tab = TAB_KEYS[self.tabs.currentIndex()]
        self.orders.save_state()
        self.products.save_state()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.sync_manager.auto_timer.stop()
        self.sync_manager.cancel_all()
        super().closeEvent(event)

    # -- menu actions ----------------------------------------------------------------

    @Slot()
    def open_settings(self) -> None:
        SettingsDialog(self.ctx.settings, self, ctx=self.ctx).exec()

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About omsdesk"),
            self.tr("<h3>omsdesk %1</h3><p>One order list for the own web shop and the marketplaces.</p>"
                    "<p>Free software under the GNU GPL, version 3 or later.</p>").replace("%1", __version__),
        )

    def _open_folder(self, path: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
