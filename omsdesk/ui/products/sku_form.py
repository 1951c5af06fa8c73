"""The fields of one SKU, for editing it in the detail panel and for the New SKU dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QVBoxLayout, QWidget,
)

from omsdesk.catalog.models import SkuKind
from omsdesk.catalog.queries import SkuDetail
from omsdesk.catalog.services import SkuSpec, create_brand_in, create_sku, create_sku_in
from omsdesk.errors import UserError, ValidationError
from omsdesk.ui.context import UiContext
from omsdesk.ui.i18n import user_message
from omsdesk.ui.products.common import (
    ERROR_STYLE, BrandCombo, CatalogOptions, CategoryCombo, FieldError, amount_text, clear_field_errors,
    load_catalog_options, parse_amount, show_field_error,
)
from omsdesk.ui.products.model import kind_label
from omsdesk.ui.products.spu_dialog import UNITS
from omsdesk.ui.tasks import TaskContext


class SkuForm(QWidget):
    """Code, name, kind, category, brand, unit, weight and size, cost, price, tax class, active."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind in SkuKind:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.category_combo = CategoryCombo(self.tr("No category"))
        self.brand_combo = BrandCombo()
        self.unit_combo = QComboBox()
        self.unit_combo.setEditable(True)
        self.unit_combo.addItems(UNITS)
        self.weight_edit = QLineEdit()
        self.length_edit = QLineEdit()
        self.width_edit = QLineEdit()
        self.height_edit = QLineEdit()
        self.cost_edit = QLineEdit()
        self.price_edit = QLineEdit()
        self.tax_edit = QLineEdit("standard")
        self.active_check = QCheckBox(self.tr("Active (can be sold, received and counted)"))
        self.active_check.setChecked(True)
        for edit in (self.weight_edit, self.length_edit, self.width_edit, self.height_edit,
                     self.cost_edit, self.price_edit):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        for edit in (self.length_edit, self.width_edit, self.height_edit):
            edit.setMaximumWidth(70)
        self.length_edit.setPlaceholderText(self.tr("L"))
        self.width_edit.setPlaceholderText(self.tr("W"))
        self.height_edit.setPlaceholderText(self.tr("H"))
        self.code_note = QLabel()
        self.code_note.setStyleSheet("color: #6b7280;")
        self.code_note.setWordWrap(True)
        self.code_note.setVisible(False)

        size = QHBoxLayout()
        size.setSpacing(4)
        for n, edit in enumerate((self.length_edit, self.width_edit, self.height_edit)):
            if n:
                size.addWidget(QLabel("×"))
            size.addWidget(edit)
        size.addStretch(1)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

        def add(row: int, column: int, text: str, widget: QWidget | None, layout: QHBoxLayout | None = None,
                span: int = 1) -> None:
            label = QLabel(text)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if widget is not None:
                label.setBuddy(widget)
                grid.addWidget(widget, row, column + 1, 1, span)
            elif layout is not None:
                grid.addLayout(layout, row, column + 1, 1, span)
            grid.addWidget(label, row, column)

        add(0, 0, self.tr("Code"), self.code_edit)
        add(0, 2, self.tr("Name"), self.name_edit, span=3)
        add(1, 0, self.tr("Kind"), self.kind_combo)
        add(1, 2, self.tr("Category"), self.category_combo)
        add(1, 4, self.tr("Brand"), self.brand_combo)
        add(2, 0, self.tr("Cost"), self.cost_edit)
        add(2, 2, self.tr("Price"), self.price_edit)
        add(2, 4, self.tr("Unit"), self.unit_combo)
        add(3, 0, self.tr("Weight (kg)"), self.weight_edit)
        add(3, 2, self.tr("Size (cm)"), None, size)
        add(3, 4, self.tr("Tax class"), self.tax_edit)
        grid.addWidget(self.active_check, 4, 1, 1, 3)
        grid.addWidget(self.code_note, 5, 1, 1, 5)

        self.fields: dict[str, QWidget] = {
            "code": self.code_edit, "name": self.name_edit, "kind": self.kind_combo,
            "category": self.category_combo, "brand": self.brand_combo, "unit": self.unit_combo,
            "weight_kg": self.weight_edit, "length_cm": self.length_edit, "width_cm": self.width_edit,
            "height_cm": self.height_edit, "cost": self.cost_edit, "list_price": self.price_edit,
            "tax class": self.tax_edit, "active": self.active_check,
        }
        for edit in (self.code_edit, self.name_edit, self.weight_edit, self.length_edit, self.width_edit,
                     self.height_edit, self.cost_edit, self.price_edit, self.tax_edit):
            edit.textEdited.connect(self.edited)
        for combo in (self.kind_combo, self.category_combo, self.brand_combo, self.unit_combo):
            combo.activated.connect(self.edited)
        self.brand_combo.editTextChanged.connect(lambda _: self.edited.emit())
        self.unit_combo.editTextChanged.connect(lambda _: self.edited.emit())
        self.active_check.toggled.connect(lambda _: self.edited.emit())

    def set_options(self, options: CatalogOptions) -> None:
        self.category_combo.set_options(options.categories)
        self.brand_combo.set_brands(options.brands)

    def load(self, detail: SkuDetail) -> None:
        self.blockSignals(True)
        try:
            self.code_edit.setText(detail.code)
            self.code_edit.setReadOnly(not detail.code_editable)
            if detail.code_editable:
                self.code_note.setVisible(False)
                self.code_edit.setToolTip("")
            else:
                note = self.tr("The code can no longer change: it is used by %1.").replace(
                    "%1", ", ".join(detail.uses))
                self.code_note.setText(note)
                self.code_note.setVisible(True)
                self.code_edit.setToolTip(note)
            self.name_edit.setText(detail.name)
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(detail.kind), 0))
            self.category_combo.set_category(detail.category_id)
            self.brand_combo.set_brand(detail.brand_id, detail.brand)
            self.unit_combo.setEditText(detail.unit)
            self.weight_edit.setText(amount_text(detail.weight_kg))
            self.length_edit.setText(amount_text(detail.length_cm))
            self.width_edit.setText(amount_text(detail.width_cm))
            self.height_edit.setText(amount_text(detail.height_cm))
            self.cost_edit.setText(amount_text(detail.cost))
            self.price_edit.setText(amount_text(detail.list_price))
            self.tax_edit.setText(detail.tax_class)
            self.active_check.setChecked(detail.active)
        finally:
            self.blockSignals(False)

    def spec(self, *, spu_id: int | None = None, attributes: dict[str, str] | None = None) -> tuple[SkuSpec, str]:
        """The SKU as the form has it, and the name of a brand to create first ("" for none)."""
        brand_id, new_brand = self.brand_combo.choice()
        spec = SkuSpec(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            kind=self.kind_combo.currentData(),
            spu_id=spu_id,
            attributes=dict(attributes or {}),
            category_id=self.category_combo.category_id(),
            brand_id=brand_id,
            unit=self.unit_combo.currentText(),
            weight_kg=parse_amount(self.weight_edit.text(), "weight_kg", self.tr("Weight")),
            length_cm=parse_amount(self.length_edit.text(), "length_cm", self.tr("Length")),
            width_cm=parse_amount(self.width_edit.text(), "width_cm", self.tr("Width")),
            height_cm=parse_amount(self.height_edit.text(), "height_cm", self.tr("Height")),
            cost=parse_amount(self.cost_edit.text(), "cost", self.tr("Cost")),
            list_price=parse_amount(self.price_edit.text(), "list_price", self.tr("Price")),
            tax_class=self.tax_edit.text(),
            active=self.active_check.isChecked(),
        )
        return spec, new_brand


class SkuDialog(QDialog):
    """A single SKU without an SPU: a bundle, or a product without variants."""

    created = Signal(int)  # SKU id

    def __init__(self, ctx: UiContext, options: CatalogOptions | None = None, kind: SkuKind = SkuKind.STANDARD,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New SKU"))
        self.setMinimumWidth(760)
        self.form = SkuForm()
        self.form.kind_combo.setCurrentIndex(max(self.form.kind_combo.findData(kind), 0))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(False)
        hint = QLabel(self.tr("For a product in several colours or sizes use New product instead: it makes all "
                              "the variants at once. A bundle gets its components once it is created."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b7280;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        if options is not None:
            self.form.set_options(options)
        else:
            db = ctx.rt.db
            ctx.tasks.run(lambda _: load_catalog_options(db), self.form.set_options, owner=self,
                          name="catalogue options")

    def create(self) -> None:
        try:
            spec, new_brand = self.form.spec()
        except FieldError as error:
            show_field_error(self.error_label, self.form.fields, error.message, error.field)
            return
        clear_field_errors(self.error_label, self.form.fields)
        self.create_button.setEnabled(False)
        rt = self.ctx.rt

        def write(_: TaskContext) -> int:
            if not new_brand:
                return create_sku(rt.db, rt.actor, spec)
            with rt.db.transaction() as session:
                spec.brand_id = create_brand_in(session, rt.actor, new_brand)
                return create_sku_in(session, rt.actor, spec)

        def failed(error: BaseException) -> None:
            self.create_button.setEnabled(True)
            if isinstance(error, UserError):
                show_field_error(self.error_label, self.form.fields, user_message(error),
                                 error.field if isinstance(error, ValidationError) else None)
            else:
                self.ctx.report(error)

        def done(sku_id: int) -> None:
            self.create_button.setEnabled(True)
            self.created.emit(sku_id)
            self.accept()

        self.ctx.tasks.run_write(write, done, failed, owner=self, name="create SKU")
