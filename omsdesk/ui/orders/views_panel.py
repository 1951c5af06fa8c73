"""The saved views at the left of the Orders workspace: built-in and saved filters, each with its count.

The views and their counts load in the background; a change to orders (``orders_changed``) asks for
new counts after a short pause, so a burst of changes (a batch, a sync) costs one count. Clicking a
view chooses its filter; saved views can be renamed and deleted from the context menu.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omsdesk.orders.views import ViewInfo, list_views, view_counts
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count
from omsdesk.ui.tasks import TaskContext
from omsdesk.ui.widgets import RIGHT

COUNTS_DELAY_MS = 700  # wait for a burst of changes to end before counting again
KEY_ROLE = Qt.ItemDataRole.UserRole
SHORTCUT_VIEWS = 9  # Ctrl+1 … Ctrl+9


def view_name(view: ViewInfo) -> str:
    """A built-in view's name in the person's language; a saved view's name as the person wrote it."""
    if view.saved_id is None:
        return QCoreApplication.translate("OrderViews", view.name)
    return view.name


class ViewsPanel(QWidget):
    view_chosen = Signal(object)  # the ViewInfo clicked (or chosen by its shortcut)
    save_requested = Signal()
    rename_requested = Signal(object)  # a saved ViewInfo
    delete_requested = Signal(object)  # a saved ViewInfo
    loaded = Signal()  # views and counts are shown

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.views: list[ViewInfo] = []
        self.counts: dict[str, int] = {}
        self.current_key: str | None = None
        self._generation = 0
        self._timer = QTimer(self, singleShot=True, interval=COUNTS_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self._build()
        ctx.events.orders_changed.connect(self.schedule_reload)

    def _build(self) -> None:
        title = QLabel(self.tr("Views"))
        title.setStyleSheet("color: #6b7280; font-weight: 600;")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(0)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setStyleSheet("QTreeWidget { border: none; background: transparent; }"
                                " QTreeWidget::item { padding: 3px 2px; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(lambda item, _column: self._clicked(item))
        self.tree.itemActivated.connect(lambda item, _column: self._clicked(item))
        self.tree.customContextMenuRequested.connect(self._context_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(self.tree, 1)
        self.setMinimumWidth(150)

    # -- loading ---------------------------------------------------------------------------

    def schedule_reload(self) -> None:
        self._timer.start()

    def reload(self) -> None:
        """Read the views and count their orders in the background; the newest request wins."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        db = self.ctx.rt.db

        def load(_: TaskContext) -> tuple[list[ViewInfo], dict[str, int]]:
            with db.reading() as session:
                views = list_views(session)
                return views, view_counts(session, views)

        def show(found: tuple[list[ViewInfo], dict[str, int]]) -> None:
            if generation == self._generation:
                self.show_views(*found)

        self.ctx.tasks.run(load, show, owner=self, name="order views")

    def show_views(self, views: list[ViewInfo], counts: dict[str, int]) -> None:
        self.views, self.counts = views, counts
        self.tree.blockSignals(True)
        self.tree.clear()
        saved_header_added = False
        for number, view in enumerate(views):
            if view.saved_id is not None and not saved_header_added:
                self.tree.addTopLevelItem(self._section_item(self.tr("Saved views")))
                saved_header_added = True
            self.tree.addTopLevelItem(self._view_item(view, number))
        self.tree.blockSignals(False)
        self._mark_current()
        self.loaded.emit()

    def _section_item(self, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, ""])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _view_item(self, view: ViewInfo, number: int) -> QTreeWidgetItem:
        count = self.counts.get(view.key)
        item = QTreeWidgetItem([view_name(view), format_count(count) if count is not None else ""])
        item.setData(0, KEY_ROLE, view.key)
        item.setTextAlignment(1, RIGHT)
        item.setForeground(1, Qt.GlobalColor.darkGray)
        tip = view_name(view)
        if number < SHORTCUT_VIEWS:
            tip += f"  (Ctrl+{number + 1})"
        item.setToolTip(0, tip)
        return item

    # -- choosing ----------------------------------------------------------------------------

    def view(self, key: str | None) -> ViewInfo | None:
        return next((view for view in self.views if view.key == key), None)

    def item_of(self, key: str) -> QTreeWidgetItem | None:
        for number in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(number)
            if item.data(0, KEY_ROLE) == key:
                return item
        return None

    def count_of(self, key: str) -> int | None:
        return self.counts.get(key)

    def choose(self, key: str) -> bool:
        view = self.view(key)
        if view is None:
            return False
        self.current_key = key
        self._mark_current()
        self.view_chosen.emit(view)
        return True

    def choose_number(self, number: int) -> bool:
        """Ctrl+1 … Ctrl+9: the view at that place in the list (1-based)."""
        if 1 <= number <= len(self.views):
            return self.choose(self.views[number - 1].key)
        return False

    def set_current(self, key: str | None) -> None:
        """Show ``key`` as the chosen view without choosing it (``None``: none is)."""
        self.current_key = key
        self._mark_current()

    def _mark_current(self) -> None:
        item = self.item_of(self.current_key) if self.current_key else None
        self.tree.blockSignals(True)
        if item is None:
            self.tree.clearSelection()
        else:
            self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)

    def _clicked(self, item: QTreeWidgetItem) -> None:
        key = item.data(0, KEY_ROLE)
        if key:
            self.choose(key)

    def _context_menu(self, position: QPoint) -> None:
        item = self.tree.itemAt(position)
        view = self.view(item.data(0, KEY_ROLE)) if item is not None else None
        menu = QMenu(self)
        save = menu.addAction(self.tr("Save current filter as view…"))
        save.triggered.connect(self.save_requested.emit)
        if view is not None and view.saved_id is not None:
            menu.addSeparator()
            rename = menu.addAction(self.tr("Rename “%1”…").replace("%1", view.name))
            rename.triggered.connect(lambda: self.rename_requested.emit(view))
            delete = menu.addAction(self.tr("Delete “%1”").replace("%1", view.name))
            delete.triggered.connect(lambda: self.delete_requested.emit(view))
        menu.popup(self.tree.viewport().mapToGlobal(position))
