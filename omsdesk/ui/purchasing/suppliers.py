"""Suppliers: the list, adding and editing them, and what each calls and charges for our SKUs."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QSplitter,
    QVBoxLayout, QWidget,
)

from omsdesk.catalog.barcodes import SkuHit
from omsdesk.errors import UserError, ValidationError
from omsdesk.inventory.purchasing import (
    SupplierInfo, SupplierItemInfo, SupplierSpec, create_supplier, list_suppliers, set_supplier_item,
    supplier_items, update_supplier,
)
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count
from omsdesk.ui.inventory.common import (
    MUTED, TITLE_STYLE, Column, MessageLine, Page, RowsModel, cost_text, make_table, parse_decimal, qty, read,
    selected_row, show_failure, toolbar,
)
from omsdesk.ui.inventory.labels import translate
from omsdesk.ui.scan import ScanField, ScanKind
from omsdesk.ui.tasks import TaskContext

INVALID = "border: 2px solid #dc2626; border-radius: 3px;"




SUPPLIER_COLUMNS: tuple[Column[SupplierInfo], ...] = (
    Column(lambda: translate("SuppliersTable", "Code"),
           lambda r: r.code, width=90, foreground=lambda r: None if r.active else MUTED),
    Column(lambda: translate("SuppliersTable", "Name"),
           lambda r: r.name, width=220, foreground=lambda r: None if r.active else MUTED),
    Column(lambda: translate("SuppliersTable", "Contact"), lambda r: r.contact, width=110),
    Column(lambda: translate("SuppliersTable", "Phone"), lambda r: r.phone, width=120),
    Column(lambda: translate("SuppliersTable", "Currency"), lambda r: r.currency, width=70),
    Column(lambda: translate("SuppliersTable", "Lead time"),
           lambda r: translate("SuppliersTable", "%1 days").replace("%1", str(r.lead_time_days)), numeric=True,
           width=80),
    Column(lambda: translate("SuppliersTable", "SKUs"), lambda r: format_count(r.item_count), numeric=True, width=60),
    Column(lambda: translate("SuppliersTable", "Active"),
           lambda r: "" if r.active else translate("SuppliersTable", "inactive"), width=70),
)

ITEM_COLUMNS: tuple[Column[SupplierItemInfo], ...] = (
    Column(lambda: translate("SuppliersTable", "SKU"), lambda r: r.sku_code, width=130),
    Column(lambda: translate("SuppliersTable", "Name"), lambda r: r.sku_name, width=220),
    Column(lambda: translate("SuppliersTable", "Supplier's code"), lambda r: r.supplier_code, width=130),
    Column(lambda: translate("SuppliersTable", "Unit cost"), lambda r: cost_text(r.unit_cost), numeric=True, width=90),
    Column(lambda: translate("SuppliersTable", "Min. order"),
           lambda r: qty(r.min_order_quantity), numeric=True, width=80),
    Column(lambda: translate("SuppliersTable", "Preferred"), lambda r: "★" if r.preferred else "", width=70),
)


class SuppliersPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowsModel[SupplierInfo] = RowsModel(SUPPLIER_COLUMNS, self)
        self.items_model: RowsModel[SupplierItemInfo] = RowsModel(ITEM_COLUMNS, self)
        self.dialog: QDialog | None = None
        self._select_after_load: int | None = None
        self._items_generation = 0
        self._build()
        ctx.events.purchasing_changed.connect(self.mark_stale)

    def _build(self) -> None:
        self.add_button = QPushButton(self.tr("Add supplier…"))
        self.edit_button = QPushButton(self.tr("Edit supplier…"))
        self.inactive_check = QCheckBox(self.tr("Show inactive"))
        self.count_label = QLabel()
        self.table = make_table(self.model, SUPPLIER_COLUMNS)
        self.items_title = QLabel()
        self.items_title.setStyleSheet(TITLE_STYLE)
        self.add_item_button = QPushButton(self.tr("Add item…"))
        self.edit_item_button = QPushButton(self.tr("Edit item…"))
        self.items_table = make_table(self.items_model, ITEM_COLUMNS)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        bottom_layout.addLayout(toolbar(self.items_title, None, self.add_item_button, self.edit_item_button))
        bottom_layout.addWidget(self.items_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar(self.add_button, self.edit_button, 16, self.inactive_check, None, self.count_label))
        layout.addWidget(splitter, 1)
        self.add_button.clicked.connect(self.add_supplier)
        self.edit_button.clicked.connect(self.edit_supplier)
        self.add_item_button.clicked.connect(self.add_item)
        self.edit_item_button.clicked.connect(self.edit_item)
        self.inactive_check.toggled.connect(lambda *_: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _: self.edit_supplier())
        self.items_table.doubleClicked.connect(lambda _: self.edit_item())
        self.items_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._selection_changed()

    def reload(self) -> None:
        inactive = self.inactive_check.isChecked()
        read(self.ctx, lambda s: list_suppliers(s, include_inactive=inactive), self._show, self, "suppliers")

    def _show(self, suppliers: list[SupplierInfo]) -> None:
        current = self.selected()
        wanted = self._select_after_load or (current.id if current else None)
        self._select_after_load = None
        self.model.set_rows(suppliers)
        self.count_label.setText(self.tr("1 supplier") if len(suppliers) == 1
                                 else self.tr("%1 suppliers").replace("%1", format_count(len(suppliers))))
        row = next((i for i, s in enumerate(suppliers) if s.id == wanted), 0 if suppliers else None)
        if row is not None:
            self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> SupplierInfo | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def selected_item(self) -> SupplierItemInfo | None:
        row = selected_row(self.items_table)
        return self.items_model.row_at(row) if row is not None else None

    def _selection_changed(self) -> None:
        supplier = self.selected()
        self._items_generation += 1
        generation = self._items_generation
        self._update_buttons()
        if supplier is None:
            self.items_title.setText(self.tr("Items"))
            self.items_model.set_rows([])
            return
        self.items_title.setText(self.tr("What %1 supplies").replace("%1", supplier.name))
        supplier_id = supplier.id

        def show(items: list[SupplierItemInfo]) -> None:
            if generation == self._items_generation:
                self.items_model.set_rows(items)
                self._update_buttons()

        read(self.ctx, lambda s: supplier_items(s, supplier_id=supplier_id), show, self, "supplier items")

    def _update_buttons(self) -> None:
        supplier = self.selected()
        self.edit_button.setEnabled(supplier is not None)
        self.add_item_button.setEnabled(supplier is not None)
        self.edit_item_button.setEnabled(self.selected_item() is not None)

    # -- dialogs -----------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.saved.connect(self._saved)  # type: ignore[attr-defined]
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, supplier_id: int) -> None:
        self._select_after_load = supplier_id
        self.ctx.events.purchasing_changed.emit()
        self.reload()

    @Slot()
    def add_supplier(self) -> QDialog:
        return self._open(SupplierDialog(self.ctx, None, self))

    @Slot()
    def edit_supplier(self) -> QDialog | None:
        supplier = self.selected()
        return self._open(SupplierDialog(self.ctx, supplier, self)) if supplier else None

    @Slot()
    def add_item(self) -> QDialog | None:
        supplier = self.selected()
        return self._open(SupplierItemDialog(self.ctx, supplier, None, self)) if supplier else None

    @Slot()
    def edit_item(self) -> QDialog | None:
        supplier, item = self.selected(), self.selected_item()
        return self._open(SupplierItemDialog(self.ctx, supplier, item, self)) if supplier and item else None


class _Form(QDialog):
    saved = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumWidth(480)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.message = MessageLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.fields: dict[str, QWidget] = {}

    def save(self) -> None:  # pragma: no cover
        raise NotImplementedError

    def _run(self, write) -> None:  # noqa: ANN001
        for widget in self.fields.values():
            widget.setStyleSheet("")
        self.message.clear_message()
        self.save_button.setEnabled(False)
        self.ctx.tasks.run_write(write, self._done, self._failed, owner=self, name=self.windowTitle())

    def _done(self, entity_id: int) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(entity_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            widget = self.fields.get(error.field)
            if widget is not None:
                widget.setStyleSheet(INVALID)
                widget.setFocus()
        if isinstance(error, UserError):
            self.message.error(error)
        else:
            show_failure(self.ctx, self.message, error)


class SupplierDialog(_Form):
    def __init__(self, ctx: UiContext, supplier: SupplierInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.supplier = supplier
        self.setWindowTitle(self.tr("Edit supplier") if supplier else self.tr("Add supplier"))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("short code, e.g. ACME"))
        self.name_edit = QLineEdit()
        self.contact_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.currency_edit = QLineEdit("CNY")
        self.currency_edit.setMaximumWidth(80)
        self.lead_spin = QSpinBox()
        self.lead_spin.setRange(0, 365)
        self.lead_spin.setValue(7)
        self.lead_spin.setSuffix(self.tr(" days"))
        self.active_check = QCheckBox(self.tr("In use"))
        self.active_check.setChecked(True)
        for caption, widget in ((self.tr("Code"), self.code_edit), (self.tr("Name"), self.name_edit),
                                (self.tr("Contact"), self.contact_edit), (self.tr("Phone"), self.phone_edit),
                                (self.tr("Email"), self.email_edit), (self.tr("Address"), self.address_edit),
                                (self.tr("Currency"), self.currency_edit), (self.tr("Lead time"), self.lead_spin),
                                ("", self.active_check)):
            self.form.addRow(caption, widget)
        self.fields = {"code": self.code_edit, "name": self.name_edit, "currency": self.currency_edit,
                       "lead time": self.lead_spin}
        if supplier is not None:
            self.code_edit.setText(supplier.code)
            self.name_edit.setText(supplier.name)
            self.contact_edit.setText(supplier.contact)
            self.phone_edit.setText(supplier.phone)
            self.email_edit.setText(supplier.email)
            self.address_edit.setText(supplier.address)
            self.currency_edit.setText(supplier.currency)
            self.lead_spin.setValue(supplier.lead_time_days)
            self.active_check.setChecked(supplier.active)

    def spec(self) -> SupplierSpec:
        return SupplierSpec(self.code_edit.text(), self.name_edit.text(), self.contact_edit.text(),
                            self.phone_edit.text(), self.email_edit.text(), self.address_edit.text(),
                            self.currency_edit.text(), self.lead_spin.value(), self.active_check.isChecked())

    @Slot()
    def save(self) -> None:
        rt, spec, supplier = self.ctx.rt, self.spec(), self.supplier

        def write(_: TaskContext) -> int:
            if supplier is None:
                return create_supplier(rt.db, rt.actor, spec)
            update_supplier(rt.db, rt.actor, supplier.id, spec)
            return supplier.id

        self._run(write)


class SupplierItemDialog(_Form):
    """What one supplier calls one SKU, its price there, the minimum order, preferred or not."""

    def __init__(self, ctx: UiContext, supplier: SupplierInfo, item: SupplierItemInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.supplier = supplier
        self.sku: SkuHit | None = None
        self.sku_id: int | None = item.sku_id if item else None
        self.setWindowTitle(self.tr("Item of %1").replace("%1", supplier.name))
        self.sku_scan = ScanField(ctx, (ScanKind.SKU,), compact=True)
        self.sku_scan.enable_search()
        self.sku_scan.sku_scanned.connect(self._sku_chosen)
        self.sku_label = QLabel(self.tr("Scan or type the SKU"))
        self.sku_label.setStyleSheet("font-weight: 600;")
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("the supplier's article number"))
        self.cost_edit = QLineEdit()
        self.cost_edit.setPlaceholderText(self.tr("e.g. 22.50 (%1)").replace("%1", supplier.currency))
        self.cost_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.minimum_edit = QLineEdit("1")
        self.minimum_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.preferred_check = QCheckBox(self.tr("Preferred supplier of this SKU (purchase suggestions order here)"))
        if item is None:
            self.form.addRow(self.tr("SKU"), self.sku_scan)
        self.form.addRow("" if item is None else self.tr("SKU"), self.sku_label)
        self.form.addRow(self.tr("Supplier's code"), self.code_edit)
        self.form.addRow(self.tr("Unit cost"), self.cost_edit)
        self.form.addRow(self.tr("Minimum order"), self.minimum_edit)
        self.form.addRow("", self.preferred_check)
        self.fields = {"unit cost": self.cost_edit, "quantity": self.minimum_edit, "SKU": self.sku_scan}
        self.save_button.setAutoDefault(False)
        self.save_button.setDefault(False)
        if item is not None:
            self.sku_label.setText(f"{item.sku_code} · {item.sku_name}")
            self.code_edit.setText(item.supplier_code)
            self.cost_edit.setText("" if item.unit_cost is None else format(item.unit_cost.normalize(), "f"))
            self.minimum_edit.setText(format(item.min_order_quantity.normalize(), "f"))
            self.preferred_check.setChecked(item.preferred)

    @Slot(object)
    def _sku_chosen(self, sku: SkuHit) -> None:
        self.sku, self.sku_id = sku, sku.sku_id
        self.sku_label.setText(f"{sku.code} · {sku.name}")
        self.code_edit.setFocus()

    @Slot()
    def save(self) -> None:
        if self.sku_id is None:
            self.sku_scan.reject(self.tr("Scan or type the SKU first."))
            return
        cost_text_ = self.cost_edit.text().strip()
        cost = parse_decimal(cost_text_) if cost_text_ else None
        if cost_text_ and cost is None:
            self.cost_edit.setStyleSheet(INVALID)
            self.message.error(self.tr("The unit cost must be a number, e.g. 22.50."))
            return
        minimum = parse_decimal(self.minimum_edit.text()) or Decimal(0)
        rt, supplier_id, sku_id = self.ctx.rt, self.supplier.id, self.sku_id
        code, preferred = self.code_edit.text(), self.preferred_check.isChecked()
        self._run(lambda _: (set_supplier_item(rt.db, rt.actor, supplier_id, sku_id, code, cost, minimum, preferred),
                             supplier_id)[1])
