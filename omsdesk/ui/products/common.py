"""Pieces the Products workspace shares: catalogue options (categories, brands), pickers,
amount parsing with inline errors, and the SKU picker (search as you type, or scan)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QTableWidgetItem, QVBoxLayout, QWidget,
)

from omsdesk.catalog.barcodes import SkuHit, find_sku
from omsdesk.catalog.queries import SkuFilter, SkuSortKey, matching_sku_ids, sku_rows_by_id
from omsdesk.catalog.services import BrandInfo, CategoryNode, category_tree, list_brands
from omsdesk.db.engine import Database
from omsdesk.ui.context import UiContext
from omsdesk.ui.i18n import user_message
from omsdesk.ui.tasks import TaskContext
from omsdesk.ui.widgets import RIGHT

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b91c1c;"
OK_STYLE = "color: #15803d;"
HINT_STYLE = "color: #6b7280;"
INVALID_FIELD = "border: 1px solid #dc2626; border-radius: 3px;"
PICKER_LIMIT = 20


class FieldError(ValueError):
    """A form value the UI could not even read (e.g. "12,5x" as a price); ``field`` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def parse_amount(text: str, field: str, label: str) -> Decimal | None:
    """An optional amount typed by the user: empty → ``None``; ``1,299``, ``1,299.50`` and ``1299,5`` all read."""
    value = text.strip().replace(" ", "").replace("\u00a0", "")
    if not value:
        return None
    groups = value.split(",")
    if "." in value or all(len(g) == 3 for g in groups[1:]):
        value = value.replace(",", "")  # 1,299 and 1,299.50: thousands separators
    elif len(groups) == 2:
        value = value.replace(",", ".")  # 1299,5: a decimal comma
    problem = QCoreApplication.translate("ProductForms", "%1: “%2” is not a number").replace(
        "%1", label).replace("%2", text.strip())
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise FieldError(field, problem) from None
    if not amount.is_finite():
        raise FieldError(field, problem)
    return amount


def amount_text(value: Decimal | None) -> str:
    """An amount as it goes back into an edit field: no thousands separators, no trailing zeros
    beyond two places."""
    if value is None:
        return ""
    exponent = value.normalize().as_tuple().exponent
    places = max(2, -exponent) if isinstance(exponent, int) else 2
    return f"{value:.{places}f}"


# -- catalogue options -------------------------------------------------------------------


@dataclass(frozen=True)
class CategoryOption:
    id: int
    name: str
    path: str
    depth: int


@dataclass(frozen=True)
class CatalogOptions:
    categories: list[CategoryOption]  # in tree order: a parent, then its children
    brands: list[BrandInfo]


def load_catalog_options(db: Database) -> CatalogOptions:
    with db.reading() as session:
        tree = category_tree(session)
        brands = list_brands(session)
    flat: list[CategoryOption] = []

    def walk(nodes: list[CategoryNode], depth: int) -> None:
        for node in nodes:
            flat.append(CategoryOption(node.id, node.name, node.path, depth))
            walk(node.children, depth + 1)

    walk(tree, 0)
    return CatalogOptions(flat, brands)


class CategoryCombo(QComboBox):
    """The category tree as a list: each category under its parent, indented, its full path
    shown once chosen. The first entry is "no category" (or "all categories" in a filter)."""

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.none_text = none_text
        self.addItem(none_text, None)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.currentIndexChanged.connect(self._show_path)

    def set_options(self, categories: list[CategoryOption]) -> None:
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.none_text, None)
        for option in categories:
            self.addItem("\u2003" * option.depth + option.name, option.id)
            self.setItemData(self.count() - 1, option.path, Qt.ItemDataRole.ToolTipRole)
            self.setItemData(self.count() - 1, option.path, Qt.ItemDataRole.UserRole + 1)
        self.blockSignals(False)
        self.set_category(chosen)

    def set_category(self, category_id: int | None) -> None:
        index = self.findData(category_id) if category_id is not None else 0
        self.setCurrentIndex(max(index, 0))
        self._show_path()

    def category_id(self) -> int | None:
        return self.currentData()

    def _show_path(self) -> None:
        path = self.itemData(self.currentIndex(), Qt.ItemDataRole.UserRole + 1)
        self.setToolTip(path or "")


class BrandCombo(QComboBox):
    """Pick a brand or type a new one (created when the form is saved)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setPlaceholderText(self.tr("Pick or type a new brand"))
        self.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.brands: list[BrandInfo] = []
        self.addItem("", None)

    def set_brands(self, brands: list[BrandInfo]) -> None:
        text = self.currentText()
        self.brands = list(brands)
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        for brand in brands:
            self.addItem(brand.name, brand.id)
        self.blockSignals(False)
        self.setEditText(text)

    def set_brand(self, brand_id: int | None, name: str = "") -> None:
        index = self.findData(brand_id) if brand_id is not None else 0
        if index >= 0:
            self.setCurrentIndex(index)
        self.setEditText(name if brand_id is not None else "")

    def choice(self) -> tuple[int | None, str]:
        """(existing brand id, "") or (None, a new name to create) or (None, "") for no brand."""
        text = self.currentText().strip()
        if not text:
            return None, ""
        for brand in self.brands:
            if brand.name.casefold() == text.casefold():
                return brand.id, ""
        return None, text


def show_field_error(label: QLabel, fields: dict[str, QWidget], message: str, field: str | None) -> None:
    clear_field_errors(label, fields)
    label.setStyleSheet(ERROR_STYLE)
    label.setText(message)
    label.setVisible(True)
    widget = fields.get(field or "")
    if widget is not None:
        widget.setStyleSheet(INVALID_FIELD)
        widget.setFocus()


def clear_field_errors(label: QLabel, fields: dict[str, QWidget]) -> None:
    label.setVisible(False)
    label.setText("")
    for widget in fields.values():
        widget.setStyleSheet("")


def table_item(text: str, align_right: bool = False, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
    if align_right:
        item.setTextAlignment(RIGHT)
    return item


def say(label: QLabel, text: str, ok: bool) -> None:
    """A short outcome under a panel: green when it worked, red when not."""
    label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
    label.setText(text)
    label.setVisible(bool(text))


# -- the SKU picker -------------------------------------------------------------------------


@dataclass(frozen=True)
class PickedSku:
    id: int
    code: str
    name: str


class SkuPicker(QWidget):
    """Type the start of a SKU code or name and pick from the suggestions, or scan a barcode
    (Enter looks the exact code or barcode up). Lookups run in the background."""

    picked = Signal(object)  # PickedSku, or None when the text no longer names the picked SKU
    failed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sku: PickedSku | None = None
        self._suggestions: dict[str, PickedSku] = {}
        self._generation = 0
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder or self.tr("SKU code, name or barcode — type or scan"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(240)
        self._list = QStringListModel(self)
        self.completer = QCompleter(self._list, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        self.completer.activated[str].connect(self._chosen)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self._suggest)
        self.edit.textEdited.connect(self._typed)
        self.edit.returnPressed.connect(self._entered)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.setFocusProxy(self.edit)

    @staticmethod
    def display(sku: PickedSku) -> str:
        return f"{sku.code} — {sku.name}"

    def clear(self) -> None:
        self.edit.clear()
        self.status.setVisible(False)
        self._set(None)

    def set_sku(self, sku: PickedSku | None) -> None:
        self.edit.setText(self.display(sku) if sku else "")
        self._set(sku)

    def _set(self, sku: PickedSku | None) -> None:
        if sku != self.sku:
            self.sku = sku
            self.picked.emit(sku)

    @Slot(str)
    def _typed(self, text: str) -> None:
        if self.sku is not None and text != self.display(self.sku):
            self._set(None)
        self.status.setVisible(False)
        if text.strip():
            self._timer.start()

    def _suggest(self) -> None:
        text = self.edit.text().strip()
        if not text or " — " in text:
            return
        self._generation += 1
        generation = self._generation
        db = self.ctx.rt.db

        def look_up(_: TaskContext) -> list[PickedSku]:
            with db.reading() as session:
                ids = matching_sku_ids(session, SkuFilter(text=text, active=True), SkuSortKey.CODE)[:PICKER_LIMIT]
                rows = sku_rows_by_id(session, ids)
            return [PickedSku(i, rows[i].code, rows[i].name) for i in ids if i in rows]

        def show(found: list[PickedSku]) -> None:
            if generation != self._generation:
                return
            self._suggestions = {self.display(s): s for s in found}
            self._list.setStringList(list(self._suggestions))
            if found and self.edit.hasFocus():
                self.completer.complete()

        self.ctx.tasks.run(look_up, show, lambda error: self._fail(user_message(error)), owner=self,
                           name="SKU suggestions")

    @Slot(str)
    def _chosen(self, text: str) -> None:
        sku = self._suggestions.get(text)
        if sku is not None:
            self._timer.stop()
            self._generation += 1
            QTimer.singleShot(0, lambda: self.edit.setText(self.display(sku)))
            self._set(sku)

    @Slot()
    def _entered(self) -> None:
        text = self.edit.text().strip()
        if not text:
            return
        if self.sku is not None and text == self.display(self.sku):
            return
        self.look_up(text)

    def look_up(self, text: str) -> None:
        """Find the SKU with this barcode or code exactly (what a scanner sends)."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        db = self.ctx.rt.db

        def find(_: TaskContext) -> SkuHit | None:
            with db.reading() as session:
                return find_sku(session, text)

        def found(hit: SkuHit | None) -> None:
            if generation != self._generation:
                return
            self.completer.popup().hide()
            if hit is None:
                if len(self._suggestions) == 1:  # a typed prefix that names one SKU
                    self._chosen(next(iter(self._suggestions)))
                    return
                self._fail(self.tr("No SKU has the code or barcode %1.").replace("%1", text))
                return
            sku = PickedSku(hit.sku_id, hit.code, hit.name)
            self.edit.setText(self.display(sku))
            self.status.setVisible(False)
            self._set(sku)

        self.ctx.tasks.run(find, found, lambda error: self._fail(user_message(error)), owner=self, name="find SKU")

    def _fail(self, message: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(message)
        self.status.setVisible(True)
        self._set(None)
        self.failed.emit(message)
