"""New product (SPU): its fields, its sales attributes, and the live matrix of the SKUs they make.

The user types attributes ("颜色" with "黑, 白, 灰"; "尺码" with "S, M, L, XL") and sees
every combination at once with the SKU code and name it will get. A combination can be
unticked, and a code edited, before anything is written; a value may carry its own short
code ("黑=BK") that goes into every generated code. Create runs in the background, in one
transaction: the new brand if one was typed, the SPU with its SKUs (``create_spu``),
then the user's changes to single variants.
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass, field, replace

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QInputDialog, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
    QToolButton, QVBoxLayout, QWidget,
)

from sqlalchemy.orm import Session

from omsdesk.auth.actor import Actor
from omsdesk.catalog.services import (
    MAX_VARIANTS, SalesAttribute, SkuSpec, SpuCreated, SpuSpec, create_brand_in, create_category,
    create_spu, create_spu_in, default_value_code, update_sku_in,
)
from omsdesk.errors import UserError, ValidationError
from omsdesk.ui.context import UiContext
from omsdesk.ui.i18n import user_message
from omsdesk.ui.products.common import (
    ERROR_STYLE, HINT_STYLE, BrandCombo, CatalogOptions, CategoryCombo, FieldError, clear_field_errors,
    load_catalog_options, parse_amount, show_field_error,
)
from omsdesk.ui.tasks import TaskContext

log = logging.getLogger(__name__)

VALUE_SEPARATORS = re.compile(r"[,，、;；\n]+")
UNITS = ("pcs", "件", "套", "双", "盒", "箱", "kg", "m")
PREVIEW_DELAY_MS = 120
MUTED = QColor("#9ca3af")


def parse_values(text: str) -> tuple[list[str], list[str] | None]:
    """``"黑=BK, 白=WH, 灰"`` → values and their codes (``None`` when no value names a code;
    an unnamed code in a list that names some is the default one)."""
    values: list[str] = []
    given: list[str | None] = []
    for part in VALUE_SEPARATORS.split(text):
        part = part.strip()
        if not part:
            continue
        value, _, code = part.partition("=")
        values.append(value.strip())
        given.append(code.strip() or None)
    if all(code is None for code in given):
        return values, None
    pairs = enumerate(zip(values, given, strict=True), start=1)
    return values, [code or default_value_code(value, n) for n, (value, code) in pairs]


@dataclass
class Variant:
    """One combination of attribute values as the dialog shows it."""

    values: tuple[str, ...]
    generated_code: str
    name: str
    attributes: dict[str, str]
    code: str = ""  # as the user wants it (the generated one unless edited)
    create: bool = True

    @property
    def adjusted(self) -> bool:
        return not self.create or self.code != self.generated_code


@dataclass
class VariantPlan:
    spec: SpuSpec
    variants: list[Variant]
    new_brand: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def chosen(self) -> list[Variant]:
        return [v for v in self.variants if v.create]


def generate_variants(spu_code: str, spu_name: str, attributes: list[SalesAttribute]) -> list[Variant]:
    """The combinations ``create_spu`` makes, in its order, with the codes and names it gives."""
    per_attribute = []
    for attribute in attributes:
        codes = attribute.codes or [default_value_code(v, n) for n, v in enumerate(attribute.values, 1)]
        per_attribute.append(list(zip(attribute.values, codes, strict=True)))
    variants = []
    for combination in itertools.product(*per_attribute):
        code = "-".join([spu_code.strip(), *(c for _, c in combination)])
        name = " ".join([spu_name.strip(), *(v for v, _ in combination)])
        values = tuple(v for v, _ in combination)
        chosen = {a.name.strip(): v for a, v in zip(attributes, values, strict=True)}
        variants.append(Variant(values, code, name, chosen, code))
    return variants


class AttributeRow(QWidget):
    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Attribute, e.g. 颜色 / Colour"))
        self.name_edit.setMaximumWidth(200)
        self.values_edit = QLineEdit()
        self.values_edit.setPlaceholderText(self.tr("Values separated by commas, e.g. 黑, 白, 灰 — or 黑=BK to set a code"))
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove this attribute"))
        self.remove_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_edit, 1)
        layout.addWidget(self.values_edit, 3)
        layout.addWidget(self.remove_button)
        self.name_edit.textChanged.connect(self.changed)
        self.values_edit.textChanged.connect(self.changed)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def attribute(self) -> SalesAttribute | None:
        name = self.name_edit.text().strip()
        values, codes = parse_values(self.values_edit.text())
        if not name and not values:
            return None
        return SalesAttribute(name, values, codes)


class SpuDialog(QDialog):
    created = Signal(object)  # SpuCreated

    CODE_COLUMN_OFFSET = 1  # after the tick column and one column per attribute

    def __init__(self, ctx: UiContext, options: CatalogOptions | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New product"))
        self.setMinimumSize(900, 640)
        self.resize(1000, 700)
        self.attribute_rows: list[AttributeRow] = []
        self.variants: list[Variant] = []
        self._unticked: set[tuple[str, ...]] = set()
        self._codes: dict[tuple[str, ...], str] = {}  # codes the user typed, by combination
        self._attributes: list[SalesAttribute] = []
        self._filling = False
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self._build()
        self.add_attribute_row()
        self.add_attribute_row()
        if options is not None:
            self.set_options(options)
        else:
            self.reload_options()
        self.update_preview()

    # -- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("e.g. TS01"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. 纯棉圆领T恤 Cotton crew-neck tee"))
        self.category_combo = CategoryCombo(self.tr("No category"))
        self.new_category_button = QPushButton(self.tr("New…"))
        self.new_category_button.setToolTip(self.tr("Add a category under the chosen one"))
        self.new_category_button.clicked.connect(self.new_category)
        self.brand_combo = BrandCombo()
        self.unit_combo = QComboBox()
        self.unit_combo.setEditable(True)
        self.unit_combo.addItems(UNITS)
        self.cost_edit = QLineEdit()
        self.cost_edit.setPlaceholderText(self.tr("per unit, excl. tax"))
        self.price_edit = QLineEdit()
        self.price_edit.setPlaceholderText(self.tr("excl. tax"))
        self.weight_edit = QLineEdit()
        self.weight_edit.setPlaceholderText("kg")
        for edit in (self.cost_edit, self.price_edit, self.weight_edit):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(130)

        category_row = QHBoxLayout()
        category_row.setSpacing(4)
        category_row.addWidget(self.category_combo, 1)
        category_row.addWidget(self.new_category_button)
        numbers = QHBoxLayout()
        numbers.setSpacing(6)
        for caption, widget in ((self.tr("Cost"), self.cost_edit), (self.tr("Price"), self.price_edit),
                                (self.tr("Weight (kg)"), self.weight_edit)):
            label = QLabel(caption)
            label.setBuddy(widget)
            numbers.addWidget(label)
            numbers.addWidget(widget)
            numbers.addSpacing(8)
        numbers.addStretch(1)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)

        def caption(text: str, buddy: QWidget) -> QLabel:
            label = QLabel(text)
            label.setBuddy(buddy)
            return label

        grid.addWidget(caption(self.tr("Code"), self.code_edit), 0, 0)
        grid.addWidget(self.code_edit, 0, 1)
        grid.addWidget(caption(self.tr("Name"), self.name_edit), 0, 2)
        grid.addWidget(self.name_edit, 0, 3)
        grid.addWidget(caption(self.tr("Category"), self.category_combo), 1, 0)
        grid.addLayout(category_row, 1, 1)
        grid.addWidget(caption(self.tr("Brand"), self.brand_combo), 1, 2)
        grid.addWidget(self.brand_combo, 1, 3)
        grid.addWidget(caption(self.tr("Unit"), self.unit_combo), 2, 0)
        grid.addWidget(self.unit_combo, 2, 1)
        grid.addLayout(numbers, 2, 2, 1, 2)

        attributes_box = QGroupBox(self.tr("Sales attributes"))
        self.attributes_layout = QVBoxLayout()
        self.attributes_layout.setSpacing(4)
        self.add_attribute_button = QPushButton(self.tr("Add attribute"))
        self.add_attribute_button.clicked.connect(lambda: self.add_attribute_row().name_edit.setFocus())
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_attribute_button)
        hint = QLabel(self.tr("Every combination of the values becomes a SKU."))
        hint.setStyleSheet(HINT_STYLE)
        add_row.addWidget(hint, 1)
        box_layout = QVBoxLayout(attributes_box)
        box_layout.addLayout(self.attributes_layout)
        box_layout.addLayout(add_row)

        variants_box = QGroupBox(self.tr("SKUs to create"))
        self.matrix_label = QLabel()
        self.matrix_label.setStyleSheet("font-weight: 600;")
        self.tick_all_button = QPushButton(self.tr("Tick all"))
        self.tick_all_button.clicked.connect(lambda: self.set_all_ticked(True))
        self.untick_all_button = QPushButton(self.tr("Untick all"))
        self.untick_all_button.clicked.connect(lambda: self.set_all_ticked(False))
        head = QHBoxLayout()
        head.addWidget(self.matrix_label, 1)
        head.addWidget(self.tick_all_button)
        head.addWidget(self.untick_all_button)
        self.matrix = QTableWidget(0, 0)
        self.matrix.setAlternatingRowColors(True)
        self.matrix.setShowGrid(False)
        self.matrix.setWordWrap(False)
        self.matrix.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed
                                    | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.matrix.verticalHeader().setVisible(False)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix.verticalHeader().setDefaultSectionSize(24)
        self.matrix.itemChanged.connect(self._matrix_edited)
        self.matrix_hint = QLabel(self.tr("Untick what you do not sell (kept as an inactive SKU, its code reserved). "
                                          "Double-click a code to change it."))
        self.matrix_hint.setWordWrap(True)
        self.matrix_hint.setStyleSheet(HINT_STYLE)
        variants_layout = QVBoxLayout(variants_box)
        variants_layout.addLayout(head)
        variants_layout.addWidget(self.matrix, 1)
        variants_layout.addWidget(self.matrix_hint)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(False)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(attributes_box)
        layout.addWidget(variants_box, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        # Enter in any field means Create: only now, inside the dialog, does setDefault stick (before,
        # the dialog made the first auto-default button in the focus chain, "New…" category, the default)
        for button in (self.new_category_button, self.add_attribute_button, self.tick_all_button,
                       self.untick_all_button):
            button.setAutoDefault(False)
        self.create_button.setDefault(True)

        self.fields: dict[str, QWidget] = {
            "code": self.code_edit, "name": self.name_edit, "category": self.category_combo,
            "brand": self.brand_combo, "unit": self.unit_combo, "cost": self.cost_edit,
            "list_price": self.price_edit, "weight_kg": self.weight_edit, "sales attributes": attributes_box,
            "variants": self.matrix,
        }
        self.code_edit.textChanged.connect(self._schedule_preview)
        self.name_edit.textChanged.connect(self._schedule_preview)

    def add_attribute_row(self) -> AttributeRow:
        row = AttributeRow()
        row.changed.connect(self._schedule_preview)
        row.remove_requested.connect(self.remove_attribute_row)
        self.attribute_rows.append(row)
        self.attributes_layout.addWidget(row)
        self._schedule_preview()
        return row

    @Slot(object)
    def remove_attribute_row(self, row: AttributeRow) -> None:
        if row in self.attribute_rows:
            self.attribute_rows.remove(row)
            self.attributes_layout.removeWidget(row)
            row.deleteLater()
            self._schedule_preview()

    # -- options ---------------------------------------------------------------------

    def reload_options(self, select_category: int | None = None) -> None:
        db = self.ctx.rt.db

        def show(options: CatalogOptions) -> None:
            self.set_options(options)
            if select_category is not None:
                self.category_combo.set_category(select_category)

        self.ctx.tasks.run(lambda _: load_catalog_options(db), show, owner=self, name="catalogue options")

    def set_options(self, options: CatalogOptions) -> None:
        self.category_combo.set_options(options.categories)
        self.brand_combo.set_brands(options.brands)

    @Slot()
    def new_category(self) -> None:
        parent_id = self.category_combo.category_id()
        parent_path = self.category_combo.toolTip()
        prompt = (self.tr("Name of the new category under %1:").replace("%1", parent_path) if parent_id
                  else self.tr("Name of the new top-level category:"))
        name, ok = QInputDialog.getText(self, self.tr("New category"), prompt)
        if not ok or not name.strip():
            return
        rt = self.ctx.rt

        def write(_: TaskContext) -> int:
            return create_category(rt.db, rt.actor, name, parent_id)

        self.ctx.tasks.run_write(write, lambda new_id: self.reload_options(new_id),
                                 lambda error: self._failed(error), owner=self, name="new category")

    # -- the matrix ------------------------------------------------------------------

    def _schedule_preview(self) -> None:
        self._preview_timer.start()

    def attributes(self) -> list[SalesAttribute]:
        return [a for a in (row.attribute() for row in self.attribute_rows) if a is not None]

    @Slot()
    def update_preview(self) -> None:
        self._preview_timer.stop()
        self._attributes = [a for a in self.attributes() if a.name and a.values]
        count = 1
        for attribute in self._attributes:
            count *= len(attribute.values)
        if not self._attributes:
            self.variants = []
        elif count > MAX_VARIANTS:
            self.variants = []
            self.matrix_label.setText(self.tr("%1 combinations: more than the %2 a product may have")
                                      .replace("%1", f"{count:,}").replace("%2", f"{MAX_VARIANTS:,}"))
            self._fill_matrix()
            return
        else:
            self.variants = generate_variants(self.code_edit.text(), self.name_edit.text(), self._attributes)
        for variant in self.variants:
            variant.create = variant.values not in self._unticked
            variant.code = self._codes.get(variant.values, variant.generated_code)
        self._fill_matrix()
        self._show_count()

    def _show_count(self) -> None:
        total = len(self.variants)
        chosen = sum(1 for v in self.variants if v.create)
        if not total:
            self.matrix_label.setText(self.tr("Add an attribute and its values to see the SKUs."))
        elif chosen == total:
            self.matrix_label.setText(self.tr("%1 SKUs").replace("%1", str(total)) if total != 1
                                      else self.tr("1 SKU"))
        else:
            self.matrix_label.setText(self.tr("%1 of %2 combinations ticked").replace("%1", str(chosen))
                                      .replace("%2", str(total)))
        self.create_button.setText(self.tr("Create %1 SKUs").replace("%1", str(chosen)) if chosen > 1
                                   else self.tr("Create"))

    def code_column(self) -> int:
        return 1 + len(self._attributes)

    def _fill_matrix(self) -> None:
        self._filling = True
        try:
            headers = ["", *(a.name for a in self._attributes), self.tr("SKU code"), self.tr("Name")]
            self.matrix.clear()
            self.matrix.setColumnCount(len(headers))
            self.matrix.setHorizontalHeaderLabels(headers)
            self.matrix.setRowCount(len(self.variants))
            editable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            for row, variant in enumerate(self.variants):
                tick = QTableWidgetItem()
                tick.setFlags(editable | Qt.ItemFlag.ItemIsUserCheckable)
                tick.setCheckState(Qt.CheckState.Checked if variant.create else Qt.CheckState.Unchecked)
                self.matrix.setItem(row, 0, tick)
                for column, value in enumerate(variant.values, start=1):
                    item = QTableWidgetItem(value)
                    item.setFlags(editable)
                    self.matrix.setItem(row, column, item)
                code = QTableWidgetItem(variant.code)
                code.setFlags(editable | Qt.ItemFlag.ItemIsEditable)
                if variant.code != variant.generated_code:
                    font = code.font()
                    font.setBold(True)
                    code.setFont(font)
                    code.setToolTip(self.tr("Changed by you; generated: %1").replace("%1", variant.generated_code))
                self.matrix.setItem(row, self.code_column(), code)
                name = QTableWidgetItem(variant.name)
                name.setFlags(editable)
                self.matrix.setItem(row, self.code_column() + 1, name)
                if not variant.create:
                    for column in range(1, self.matrix.columnCount()):
                        self.matrix.item(row, column).setForeground(MUTED)
            header = self.matrix.horizontalHeader()
            header.setMinimumSectionSize(28)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            self.matrix.resizeColumnsToContents()
            last = self.matrix.columnCount() - 1
            for column in range(1, last):  # air between the columns
                header.resizeSection(column, header.sectionSize(column) + 18)
            header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
        finally:
            self._filling = False

    @Slot(QTableWidgetItem)
    def _matrix_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or not 0 <= item.row() < len(self.variants):
            return
        variant = self.variants[item.row()]
        if item.column() == 0:
            variant.create = item.checkState() == Qt.CheckState.Checked
            (self._unticked.discard if variant.create else self._unticked.add)(variant.values)
        elif item.column() == self.code_column():
            code = item.text().strip()
            if not code or code == variant.generated_code:
                self._codes.pop(variant.values, None)
                code = variant.generated_code
            else:
                self._codes[variant.values] = code
            variant.code = code
        else:
            return
        QTimer.singleShot(0, self.update_preview)  # repaint outside the item's own signal

    def set_ticked(self, row: int, ticked: bool) -> None:
        self.matrix.item(row, 0).setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def set_code(self, row: int, code: str) -> None:
        self.matrix.item(row, self.code_column()).setText(code)

    def set_all_ticked(self, ticked: bool) -> None:
        if ticked:
            self._unticked.clear()
        else:
            self._unticked = {v.values for v in self.variants}
        self.update_preview()

    # -- creating --------------------------------------------------------------------

    def plan(self) -> VariantPlan:
        """What Create will do; raises :class:`FieldError` for what the form cannot even read."""
        self.update_preview()
        brand_id, new_brand = self.brand_combo.choice()
        spec = SpuSpec(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            sales_attributes=self.attributes(),
            category_id=self.category_combo.category_id(),
            brand_id=brand_id,
            unit=self.unit_combo.currentText(),
            cost=parse_amount(self.cost_edit.text(), "cost", self.tr("Cost")),
            list_price=parse_amount(self.price_edit.text(), "list_price", self.tr("Price")),
            weight_kg=parse_amount(self.weight_edit.text(), "weight_kg", self.tr("Weight")),
        )
        plan = VariantPlan(spec, [replace(v) for v in self.variants], new_brand)
        if self.variants and not plan.chosen:
            raise FieldError("variants", self.tr("Tick at least one combination to create."))
        seen: dict[str, str] = {}
        for variant in plan.chosen:
            if not variant.code or any(c.isspace() for c in variant.code):
                raise FieldError("variants", self.tr("“%1” is not a usable SKU code: no spaces, not empty.")
                                 .replace("%1", variant.code))
            other = seen.get(variant.code.casefold())
            if other is not None:
                raise FieldError("variants", self.tr("Two SKUs would get the code %1 (%2 and %3).")
                                 .replace("%1", variant.code).replace("%2", other).replace("%3", variant.name))
            seen[variant.code.casefold()] = variant.name
        return plan

    @Slot()
    def create(self) -> None:
        try:
            plan = self.plan()
        except FieldError as error:
            show_field_error(self.error_label, self.fields, error.message, error.field)
            return
        clear_field_errors(self.error_label, self.fields)
        self.create_button.setEnabled(False)
        rt = self.ctx.rt
        adjusted = any(v.adjusted for v in plan.variants)

        def write(_: TaskContext) -> SpuCreated:
            if not adjusted and not plan.new_brand:
                return create_spu(rt.db, rt.actor, plan.spec)
            with rt.db.transaction() as session:
                spec = plan.spec
                if plan.new_brand:
                    spec = replace(spec, brand_id=create_brand_in(session, rt.actor, plan.new_brand))
                created = create_spu_in(session, rt.actor, spec)
                if adjusted:
                    _apply_variant_choices(session, rt.actor, spec, created, plan.variants)
                return created

        self.ctx.tasks.run_write(write, self._created, self._failed, owner=self, name="create product")

    def _created(self, created: SpuCreated) -> None:
        self.create_button.setEnabled(True)
        self.created.emit(created)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.create_button.setEnabled(True)
        if isinstance(error, UserError):
            field_name = error.field if isinstance(error, ValidationError) else None
            show_field_error(self.error_label, self.fields, user_message(error), field_name)
        else:
            self.ctx.report(error)


def _apply_variant_choices(session: Session, actor: Actor, spec: SpuSpec, created: SpuCreated,
                           variants: list[Variant]) -> None:
    """The user's changes to single combinations, in the same transaction as the SPU: an edited
    code is set on its SKU; an unticked combination is kept as an inactive SKU, so the product's
    matrix stays whole and its code is not generated again later."""
    if len(created.sku_ids) != len(variants):  # the service made other combinations than we showed
        raise RuntimeError(f"create_spu made {len(created.sku_ids)} SKUs, the dialog showed {len(variants)}")
    for sku_id, variant in zip(created.sku_ids, variants, strict=True):
        if not variant.adjusted:
            continue
        update_sku_in(session, actor, sku_id, SkuSpec(
            code=variant.code if variant.create else variant.generated_code, name=variant.name, spu_id=created.spu_id,
            attributes=variant.attributes, category_id=spec.category_id, brand_id=spec.brand_id, unit=spec.unit,
            weight_kg=spec.weight_kg, cost=spec.cost, list_price=spec.list_price, tax_class=spec.tax_class,
            active=variant.create,
        ), None)
