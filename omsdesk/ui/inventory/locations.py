"""Locations: each warehouse as a tree of zones, aisles, shelves and bins; adding them; bin labels."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from omsdesk.documents.labels import BinLabel, LabelSize, bin_labels_pdf
from omsdesk.errors import UserError, ValidationError
from omsdesk.inventory.locations import CHILD_KINDS, add_location, create_warehouse
from omsdesk.inventory.models import LocationKind
from omsdesk.inventory.queries import LocationNode, WarehouseInfo, location_tree, warehouses
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count
from omsdesk.ui.inventory.common import (
    HINT_STYLE, FilePicker, MessageLine, Page, read, show_failure, toolbar,
)
from omsdesk.ui.inventory.labels import label_size_title, location_kind_label
from omsdesk.ui.tasks import TaskContext

NODE_ROLE = Qt.ItemDataRole.UserRole + 1
INVALID = "border: 2px solid #dc2626; border-radius: 3px;"


@dataclass(frozen=True)
class WarehouseTree:
    warehouse: WarehouseInfo
    nodes: list[LocationNode]


def _load_trees(session) -> list[WarehouseTree]:  # noqa: ANN001
    return [WarehouseTree(w, location_tree(session, w.id)) for w in warehouses(session)]


class LocationsPage(Page):
    warehouses_changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.trees: list[WarehouseTree] = []
        self._select_after_load: int | None = None
        self._build()

    def _build(self) -> None:
        self.add_warehouse_button = QPushButton(self.tr("Add warehouse…"))
        self.add_location_button = QPushButton(self.tr("Add location…"))
        self.add_location_button.setToolTip(self.tr("Add a zone, aisle, shelf or bin inside the selected location"))
        self.print_button = QPushButton(self.tr("Print bin labels…"))
        self.print_button.setToolTip(self.tr("Labels for the selected bins, and for every bin inside a selected "
                                             "zone, aisle, shelf or warehouse"))
        self.size_combo = QComboBox()
        for size in (LabelSize.THERMAL_100x50, LabelSize.THERMAL_60x40, LabelSize.A4_3x8):
            self.size_combo.addItem(label_size_title(size), size)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Location"), self.tr("Kind"), self.tr("Name"), self.tr("Label barcode")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((260, 90, 220)):
            header.resizeSection(column, width)
        self.hint = QLabel(self.tr("Select locations and press “Print bin labels…”; Ctrl-click selects several."))
        self.hint.setStyleSheet(HINT_STYLE)
        self.message = MessageLine()
        self.message.setOpenExternalLinks(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar(self.add_warehouse_button, self.add_location_button, 16, self.print_button,
                                 self.size_combo, None))
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        self.add_warehouse_button.clicked.connect(self.add_warehouse)
        self.add_location_button.clicked.connect(self.add_location)
        self.print_button.clicked.connect(self.print_labels)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- data ------------------------------------------------------------------------

    def reload(self) -> None:
        read(self.ctx, _load_trees, self._show, self, "location trees")

    def _show(self, trees: list[WarehouseTree]) -> None:
        selected = {n.id for n in self.selected_nodes()}
        if self._select_after_load is not None:
            selected = {self._select_after_load}
            self._select_after_load = None
        expanded = {item.data(0, NODE_ROLE).id for item in self._items() if item.isExpanded()}
        first_load = not self.trees
        self.trees = trees
        self.tree.clear()
        bold = self.tree.font()
        bold.setBold(True)
        for tree in trees:
            items: dict[int, QTreeWidgetItem] = {}
            for node in tree.nodes:
                parent = items.get(node.parent_id) if node.parent_id is not None else None
                label = node.code if node.kind is not LocationKind.VIEW else f"{tree.warehouse.code} · {tree.warehouse.name}"
                item = QTreeWidgetItem([label, location_kind_label(node.kind),
                                        node.name if node.kind is not LocationKind.VIEW else "", node.barcode])
                item.setData(0, NODE_ROLE, node)
                item.setToolTip(0, node.path)
                if node.kind is LocationKind.VIEW:
                    item.setFont(0, bold)
                if not node.active:
                    for column in range(4):
                        item.setForeground(column, Qt.GlobalColor.gray)
                if parent is None:
                    self.tree.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                items[node.id] = item
                if node.id in expanded or (first_load and node.depth < 2) or node.id in selected:
                    item.setExpanded(True)
                if node.id in selected:
                    item.setSelected(True)
                    parent_item = item.parent()
                    while parent_item is not None:
                        parent_item.setExpanded(True)
                        parent_item = parent_item.parent()
        self.hint.setText(self.tr("No warehouse yet: press “Add warehouse…” to create the first one.") if not trees
                          else self.tr("Select locations and press “Print bin labels…”; Ctrl-click selects several."))
        self._update_buttons()

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    def item_for(self, location_id: int) -> QTreeWidgetItem | None:
        return next((i for i in self._items() if i.data(0, NODE_ROLE).id == location_id), None)

    def selected_nodes(self) -> list[LocationNode]:
        return [item.data(0, NODE_ROLE) for item in self.tree.selectedItems()]

    def _update_buttons(self) -> None:
        nodes = self.selected_nodes()
        self.add_location_button.setEnabled(len(nodes) == 1 and bool(CHILD_KINDS.get(nodes[0].kind)))
        self.print_button.setEnabled(bool(nodes))

    def _warehouse_of(self, node: LocationNode) -> WarehouseInfo | None:
        return next((t.warehouse for t in self.trees if any(n.id == node.id for n in t.nodes)), None)

    # -- actions -----------------------------------------------------------------------

    @Slot()
    def add_warehouse(self) -> WarehouseDialog:
        dialog = WarehouseDialog(self.ctx, self)
        dialog.saved.connect(lambda _: self.reload())
        dialog.saved.connect(lambda _: self.warehouses_changed.emit())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @Slot()
    def add_location(self) -> LocationDialog | None:
        nodes = self.selected_nodes()
        if len(nodes) != 1:
            return None
        dialog = LocationDialog(self.ctx, nodes[0], self)
        dialog.saved.connect(self._added)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _added(self, location_id: int) -> None:
        self._select_after_load = location_id
        self.reload()

    def labels_for_selection(self) -> list[BinLabel]:
        """Bins selected, and every bin below a selected zone / aisle / shelf / warehouse, in path order."""
        chosen: dict[int, BinLabel] = {}
        for node in self.selected_nodes():
            warehouse = self._warehouse_of(node)
            tree = next((t for t in self.trees if t.warehouse is warehouse), None)
            name = warehouse.name if warehouse else ""
            inside = [n for n in (tree.nodes if tree else []) if n.kind is LocationKind.BIN and n.active
                      and (n.id == node.id or n.path.startswith(node.path + "/"))]
            if not inside and node.kind is not LocationKind.VIEW:
                inside = [node]
            for n in inside:
                chosen[n.id] = BinLabel(n.path, n.barcode, name)
        return sorted(chosen.values(), key=lambda label: label.path)

    @Slot()
    def print_labels(self) -> None:
        labels = self.labels_for_selection()
        if not labels:
            self.message.error(self.tr("The selection holds no bins to label."))
            return
        path = FilePicker.save(self, self.tr("Save bin labels"), "bin-labels.pdf", self.tr("PDF files (*.pdf)"))
        if not path:
            return
        size = self.size_combo.currentData()
        self.print_button.setEnabled(False)
        self.message.ok(self.tr("Writing %1 labels…").replace("%1", format_count(len(labels))))

        def write(_: TaskContext) -> int:
            return bin_labels_pdf(labels, Path(path), size)

        def done(pages: int) -> None:
            self._update_buttons()
            url = Path(path).resolve().as_uri()
            if len(labels) == 1:
                text = self.tr("1 label saved to <a href=\"%3\">%4</a>")
            elif pages == 1:
                text = self.tr("%1 labels on 1 page saved to <a href=\"%3\">%4</a>")
            else:
                text = self.tr("%1 labels on %2 pages saved to <a href=\"%3\">%4</a>")
            self.message.ok(text.replace("%1", format_count(len(labels))).replace("%2", format_count(pages))
                            .replace("%3", url).replace("%4", path))
            self.last_pdf = path

        def failed(error: BaseException) -> None:
            self._update_buttons()
            show_failure(self.ctx, self.message, error)

        self.ctx.tasks.run(write, done, failed, owner=self, name="bin labels")


class _FormDialog(QDialog):
    saved = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.message = MessageLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.fields: dict[str, QWidget] = {}

    def save(self) -> None:  # pragma: no cover - each dialog has its own
        raise NotImplementedError

    def _run(self, write) -> None:  # noqa: ANN001
        for widget in self.fields.values():
            widget.setStyleSheet("")
        self.message.clear_message()
        self.buttons.setEnabled(False)
        self.ctx.tasks.run_write(write, self._saved, self._failed, owner=self, name=self.windowTitle())

    def _saved(self, new_id: int) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(new_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            widget = self.fields.get(error.field)
            if widget is not None:
                widget.setStyleSheet(INVALID)
                widget.setFocus()
        if isinstance(error, UserError):
            self.message.error(error)
        else:
            show_failure(self.ctx, self.message, error)


class WarehouseDialog(_FormDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Add warehouse"))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("e.g. SH — short, printed on every bin label"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. 上海主仓"))
        self.address_edit = QLineEdit()
        self.negative_check = QCheckBox(self.tr("Allow negative stock (not recommended)"))
        self.form.addRow(self.tr("Code"), self.code_edit)
        self.form.addRow(self.tr("Name"), self.name_edit)
        self.form.addRow(self.tr("Address"), self.address_edit)
        self.form.addRow("", self.negative_check)
        self.fields = {"code": self.code_edit, "name": self.name_edit}

    @Slot()
    def save(self) -> None:
        rt = self.ctx.rt
        code, name, address = self.code_edit.text(), self.name_edit.text(), self.address_edit.text()
        negative = self.negative_check.isChecked()
        self._run(lambda _: create_warehouse(rt.db, rt.actor, code, name, address=address, allow_negative=negative))


class LocationDialog(_FormDialog):
    def __init__(self, ctx: UiContext, parent_node: LocationNode, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.parent_node = parent_node
        self.setWindowTitle(self.tr("Add location"))
        self.kind_combo = QComboBox()
        order = (LocationKind.ZONE, LocationKind.AISLE, LocationKind.SHELF, LocationKind.BIN)
        allowed = CHILD_KINDS.get(parent_node.kind, set())
        for kind in order:
            if kind in allowed:
                self.kind_combo.addItem(location_kind_label(kind), kind)
        # the next level down is the usual choice: a zone holds aisles, a shelf holds bins
        below = {LocationKind.VIEW: LocationKind.ZONE, LocationKind.ZONE: LocationKind.AISLE,
                 LocationKind.AISLE: LocationKind.SHELF, LocationKind.SHELF: LocationKind.BIN}
        index = self.kind_combo.findData(below.get(parent_node.kind))
        self.kind_combo.setCurrentIndex(max(index, 0))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("e.g. A, 03 or B07 — no spaces or “/”"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("optional, e.g. 小件区"))
        self.path_label = QLabel()
        self.path_label.setStyleSheet(HINT_STYLE)
        self.code_edit.textChanged.connect(self._show_path)
        self.form.addRow(self.tr("Inside"), QLabel(parent_node.path))
        self.form.addRow(self.tr("Kind"), self.kind_combo)
        self.form.addRow(self.tr("Code"), self.code_edit)
        self.form.addRow(self.tr("Name"), self.name_edit)
        self.form.addRow(self.tr("Path"), self.path_label)
        self.fields = {"code": self.code_edit, "kind": self.kind_combo}
        self._show_path()

    def _show_path(self) -> None:
        code = self.code_edit.text().strip().upper() or "…"
        self.path_label.setText(f"{self.parent_node.path}/{code}")

    @Slot()
    def save(self) -> None:
        rt = self.ctx.rt
        parent_id, kind = self.parent_node.id, LocationKind(self.kind_combo.currentData())
        code, name = self.code_edit.text(), self.name_edit.text()
        self._run(lambda _: add_location(rt.db, rt.actor, parent_id, kind, code, name))
