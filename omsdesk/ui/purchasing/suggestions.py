"""Purchase suggestions: low stock grouped by supplier, quantities editable, turned into orders in one go."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QSpinBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from omsdesk.catalog.barcodes import SkuHit
from omsdesk.catalog.models import SkuKind
from omsdesk.inventory.queries import WarehouseInfo, money, warehouses
from omsdesk.inventory.replenishment import (
    ReorderRuleInfo, SupplierSuggestion, SuggestionLine, create_purchase_orders, purchase_suggestions,
    remove_reorder_rule, reorder_rules, set_reorder_rule,
)
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count
from omsdesk.ui.inventory.common import (
    ALERT, HINT_STYLE, WARNING, Column, MessageLine, Page, RowsModel, amount_text, cost_text, fill_combo,
    make_table, parse_decimal, qty, read, selected_row, show_failure, toolbar, warehouse_entries,
)
from omsdesk.ui.inventory.labels import translate
from omsdesk.ui.scan import ScanField, ScanKind
from omsdesk.ui.tasks import TaskContext

ZERO = Decimal(0)
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
LINE_ROLE = Qt.ItemDataRole.UserRole + 2
QUANTITY_ROLE = Qt.ItemDataRole.UserRole + 3  # the last valid quantity, as text
SKU, NAME, AVAILABLE, ON_ORDER, POINT, SUGGESTED, COST, VALUE = range(8)




class SuggestionsPage(Page):
    orders_created = Signal(list)  # purchase order ids

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.groups: list[SupplierSuggestion] = []
        self.dialog: QDialog | None = None
        self._filling = False
        self._build()
        ctx.events.purchasing_changed.connect(self.mark_stale)
        ctx.events.stock_changed.connect(self.mark_stale)

    def _build(self) -> None:
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.rules_button = QPushButton(self.tr("Reorder rules…"))
        self.rules_button.setToolTip(self.tr("When a SKU is low in a warehouse, and how much to order"))
        self.create_button = QPushButton(self.tr("Create purchase orders"))
        self.create_button.setStyleSheet("QPushButton { font-weight: 700; padding: 4px 16px; }")
        self.create_button.setToolTip(self.tr("One draft order per supplier and warehouse, from the ticked lines"))
        self.count_label = QLabel()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(8)
        self.tree.setHeaderLabels([self.tr("SKU"), self.tr("Name"), self.tr("Available"), self.tr("On order"),
                                   self.tr("Reorder point"), self.tr("Order"), self.tr("Unit cost"), self.tr("Value")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, width in enumerate((150, 220, 85, 85, 100, 85, 90, 100)):
            header.resizeSection(column, width)
            if column >= AVAILABLE:
                self.tree.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet(HINT_STYLE)
        self.empty_label.setWordWrap(True)
        hint = QLabel(self.tr("Untick what you do not want; double-click a quantity in “Order” to change it."))
        hint.setStyleSheet(HINT_STYLE)
        self.message = MessageLine()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar(self.refresh_button, self.rules_button, None, self.count_label, 12,
                                 self.create_button))
        layout.addWidget(self.message)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(hint)
        self.refresh_button.clicked.connect(self.reload)
        self.rules_button.clicked.connect(self.open_rules)
        self.create_button.clicked.connect(self.create_orders)
        self.tree.itemChanged.connect(self._item_changed)

    # -- data --------------------------------------------------------------------------

    def reload(self) -> None:
        read(self.ctx, purchase_suggestions, self._show, self, "purchase suggestions")

    def _show(self, groups: list[SupplierSuggestion]) -> None:
        self.groups = groups
        self._filling = True
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for index, group in enumerate(groups):
            top = QTreeWidgetItem()
            if group.supplier_id is None:
                top.setToolTip(SKU, self.tr("Add these SKUs to a supplier in Suppliers; then they can be ordered"))
                top.setForeground(SKU, QBrush(WARNING))
            top.setFont(SKU, bold)
            top.setData(SKU, GROUP_ROLE, index)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for line_index, line in enumerate(group.lines):
                item = QTreeWidgetItem()
                item.setData(SKU, LINE_ROLE, (index, line_index))
                item.setText(SKU, line.code)
                item.setText(NAME, line.name)
                item.setToolTip(NAME, line.name + (f" — {line.supplier_code}" if line.supplier_code else ""))
                item.setText(AVAILABLE, qty(line.available))
                if line.available < 0:
                    item.setForeground(AVAILABLE, QBrush(ALERT))
                item.setText(ON_ORDER, qty(line.on_order) if line.on_order else "–")
                item.setText(POINT, qty(line.reorder_point))
                item.setText(SUGGESTED, qty(line.suggested_quantity))
                item.setData(SUGGESTED, QUANTITY_ROLE, str(line.suggested_quantity))
                item.setFont(SUGGESTED, bold)
                item.setText(COST, cost_text(line.unit_cost))
                for column in (AVAILABLE, ON_ORDER, POINT, SUGGESTED, COST, VALUE):
                    item.setTextAlignment(column, right)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if group.supplier_id is not None:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
                    item.setCheckState(SKU, Qt.CheckState.Checked)
                item.setFlags(flags)
                top.addChild(item)
            top.setExpanded(True)
        self._filling = False
        for index in range(len(groups)):
            self._update_group(index)
        lines = sum(len(g.lines) for g in groups)
        self.count_label.setText(self.tr("Low SKUs: %1 · suppliers: %2").replace("%1", format_count(lines))
                                 .replace("%2", format_count(sum(1 for g in groups if g.supplier_id is not None))))
        self.empty_label.setVisible(not groups)
        self.empty_label.setText(self.tr("Nothing to order: no SKU is at or below its reorder point. "
                                         "Set reorder points with “Reorder rules…”."))
        self._update_button()

    def _line_item(self, group: int, line: int) -> QTreeWidgetItem:
        return self.tree.topLevelItem(group).child(line)

    def quantity(self, group: int, line: int) -> Decimal:
        return Decimal(self._line_item(group, line).data(SUGGESTED, QUANTITY_ROLE))

    def is_chosen(self, group: int, line: int) -> bool:
        item = self._line_item(group, line)
        return self.groups[group].supplier_id is not None and item.checkState(SKU) == Qt.CheckState.Checked

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling:
            return
        where = item.data(SKU, LINE_ROLE)
        if where is None:
            return
        group, line = where
        if column == SUGGESTED:
            value = parse_decimal(item.text(SUGGESTED))
            self._filling = True
            if value is None or value < 0 or value != value.quantize(Decimal("0.0001")):
                self.message.error(self.tr("“%1” is not a quantity.").replace("%1", item.text(SUGGESTED)))
                item.setText(SUGGESTED, qty(self.quantity(group, line)))  # back to the last good one
            else:
                self.message.clear_message()
                item.setData(SUGGESTED, QUANTITY_ROLE, str(value))
                item.setText(SUGGESTED, qty(value))
            self._filling = False
        self._update_group(group)
        self._update_button()

    def _update_group(self, index: int) -> None:
        group = self.groups[index]
        total = ZERO
        self._filling = True
        for line_index, line in enumerate(group.lines):
            item = self._line_item(index, line_index)
            quantity = self.quantity(index, line_index)
            value = money(quantity * line.unit_cost) if line.unit_cost is not None else None
            item.setText(VALUE, amount_text(value))
            chosen = group.supplier_id is None or self.is_chosen(index, line_index)
            for column in range(8):
                font = item.font(column)
                font.setStrikeOut(not chosen)
                item.setFont(column, font)
            if value is not None and self.is_chosen(index, line_index):
                total += value
        top = self.tree.topLevelItem(index)
        if group.supplier_id is None:
            title = self.tr("No supplier known → %1 — add these SKUs to a supplier first").replace(
                "%1", group.warehouse_code)
        else:
            chosen = sum(1 for i in range(len(group.lines)) if self.is_chosen(index, i))
            title = (self.tr("%1 → %2 · lines: %3 · value %4").replace("%1", group.supplier_name)
                     .replace("%2", group.warehouse_code).replace("%3", format_count(chosen))
                     .replace("%4", amount_text(total)))
        top.setText(SKU, title)
        self._filling = False

    def chosen_suggestions(self) -> list[SupplierSuggestion]:
        """The groups as edited: ticked lines with their (possibly changed) quantities."""
        chosen = []
        for index, group in enumerate(self.groups):
            if group.supplier_id is None:
                continue
            lines: list[SuggestionLine] = [
                replace(line, suggested_quantity=self.quantity(index, line_index))
                for line_index, line in enumerate(group.lines)
                if self.is_chosen(index, line_index) and self.quantity(index, line_index) > 0
            ]
            if lines:
                chosen.append(replace(group, lines=lines))
        return chosen

    def _update_button(self) -> None:
        self.create_button.setEnabled(bool(self.chosen_suggestions()))

    # -- actions -----------------------------------------------------------------------

    @Slot()
    def create_orders(self) -> None:
        suggestions = self.chosen_suggestions()
        if not suggestions:
            return
        rt = self.ctx.rt
        self.create_button.setEnabled(False)

        def done(ids: list[int]) -> None:
            self.message.ok(self.tr("Draft purchase orders created: %1. Check them in Purchase orders, then mark "
                                    "them as sent.").replace("%1", format_count(len(ids))))
            self.orders_created.emit(ids)
            self.ctx.events.purchasing_changed.emit()

        def failed(error: BaseException) -> None:
            self._update_button()
            show_failure(self.ctx, self.message, error)

        self.ctx.tasks.run_write(lambda _: create_purchase_orders(rt.db, rt.actor, suggestions), done, failed,
                                 owner=self, name="create purchase orders")

    @Slot()
    def open_rules(self) -> ReorderRulesDialog:
        dialog = ReorderRulesDialog(self.ctx, self)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog


RULE_COLUMNS: tuple[Column[ReorderRuleInfo], ...] = (
    Column(lambda: translate("SuggestionsTable", "SKU"), lambda r: r.sku_code, width=140),
    Column(lambda: translate("SuggestionsTable", "Warehouse"), lambda r: r.warehouse_code, width=90),
    Column(lambda: translate("SuggestionsTable", "Reorder point"),
           lambda r: qty(r.reorder_point), numeric=True, width=100),
    Column(lambda: translate("SuggestionsTable", "Reorder quantity"),
           lambda r: qty(r.reorder_quantity), numeric=True, width=110),
    Column(lambda: translate("SuggestionsTable", "Days of cover"),
           lambda r: str(r.days_of_cover) if r.days_of_cover else "–", numeric=True,
           width=100),
)


class ReorderRulesDialog(QDialog):
    """Per SKU and warehouse: order when available + on order falls to the point."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sku: SkuHit | None = None
        self.setWindowTitle(self.tr("Reorder rules"))
        self.setMinimumSize(640, 520)
        self.model: RowsModel[ReorderRuleInfo] = RowsModel(RULE_COLUMNS, self)
        self.table = make_table(self.model, RULE_COLUMNS, stretch=0)
        self.sku_scan = ScanField(ctx, (ScanKind.SKU,), compact=True)
        self.sku_scan.enable_search()
        self.sku_scan.sku_scanned.connect(self._sku_chosen)
        self.sku_label = QLabel(self.tr("Scan or type the SKU"))
        self.sku_label.setStyleSheet("font-weight: 600;")
        self.warehouse_combo = QComboBox()
        self.point_edit = QLineEdit()
        self.quantity_edit = QLineEdit()
        for edit in (self.point_edit, self.quantity_edit):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(120)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, 365)
        self.days_spin.setSpecialValueText(self.tr("off"))
        self.days_spin.setToolTip(self.tr("Order enough for this many days of recent shipments instead"))
        form = QFormLayout()
        form.addRow(self.tr("SKU"), self.sku_scan)
        form.addRow("", self.sku_label)
        form.addRow(self.tr("Warehouse"), self.warehouse_combo)
        form.addRow(self.tr("Reorder point"), self.point_edit)
        form.addRow(self.tr("Reorder quantity"), self.quantity_edit)
        form.addRow(self.tr("Days of cover"), self.days_spin)
        self.save_button = QPushButton(self.tr("Save rule"))
        self.remove_button = QPushButton(self.tr("Remove selected rule"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.save_button, self.remove_button, self.close_button):
            button.setAutoDefault(False)
        self.message = MessageLine()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.close_button.clicked.connect(self.accept)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._rule_selected())
        read(ctx, warehouses, self._fill_warehouses, self, "warehouses")
        self.reload()

    def reload(self) -> None:
        read(self.ctx, reorder_rules, self.model.set_rows, self, "reorder rules")

    def _fill_warehouses(self, found: list[WarehouseInfo]) -> None:
        fill_combo(self.warehouse_combo, warehouse_entries(found))

    @Slot(object)
    def _sku_chosen(self, sku: SkuHit) -> None:
        self.sku = sku
        self.sku_label.setText(f"{sku.code} · {sku.name}")
        self.point_edit.setFocus()

    def _rule_selected(self) -> None:
        row = selected_row(self.table)
        rule = self.model.row_at(row) if row is not None else None
        if rule is None:
            return
        self.sku = SkuHit(rule.sku_id, rule.sku_code, rule.sku_code, SkuKind.STANDARD, True, "code")
        self.sku_label.setText(rule.sku_code)
        self.warehouse_combo.setCurrentIndex(max(self.warehouse_combo.findData(rule.warehouse_id), 0))
        self.point_edit.setText(qty(rule.reorder_point).replace(",", ""))
        self.quantity_edit.setText(qty(rule.reorder_quantity).replace(",", ""))
        self.days_spin.setValue(rule.days_of_cover or 0)

    def _after_write(self, _: object) -> None:
        self.message.ok(self.tr("Saved."), hide_after_ms=3000)
        self.reload()
        self.ctx.events.purchasing_changed.emit()

    @Slot()
    def save(self) -> None:
        if self.sku is None:
            self.sku_scan.reject(self.tr("Scan or type the SKU first."))
            return
        point, quantity = parse_decimal(self.point_edit.text()), parse_decimal(self.quantity_edit.text())
        if point is None or quantity is None:
            self.message.error(self.tr("Enter the reorder point and the reorder quantity as numbers."))
            return
        warehouse_id = self.warehouse_combo.currentData()
        if warehouse_id is None:
            self.message.error(self.tr("Choose the warehouse."))
            return
        rt, sku_id, days = self.ctx.rt, self.sku.sku_id, self.days_spin.value() or None

        def write(_: TaskContext) -> int:
            return set_reorder_rule(rt.db, rt.actor, sku_id, warehouse_id, point, quantity, days)

        self.ctx.tasks.run_write(write, self._after_write,
                                 lambda error: show_failure(self.ctx, self.message, error), owner=self,
                                 name="set reorder rule")

    @Slot()
    def remove(self) -> None:
        row = selected_row(self.table)
        rule = self.model.row_at(row) if row is not None else None
        if rule is None:
            return
        rt = self.ctx.rt
        self.ctx.tasks.run_write(lambda _: remove_reorder_rule(rt.db, rt.actor, rule.sku_id, rule.warehouse_id),
                                 self._after_write, lambda error: show_failure(self.ctx, self.message, error),
                                 owner=self, name="remove reorder rule")
