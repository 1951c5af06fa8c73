"""The SKU table model: the ids of the matching SKUs, rows fetched by id in blocks.

Same pattern as the order list (Anki's browser table, calibre's library model): the
id query (``matching_sku_ids``, filtered and sorted in SQL) runs in the background
and resets the model when it arrives; ``data()`` fetches the block of rows around
the row asked for with ``sku_rows_by_id`` and keeps the last blocks in a small LRU
cache. ``data()`` never raises: a failing row shows empty and the error is logged.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal,
)
from PySide6.QtGui import QColor

from omsdesk.catalog.models import SkuKind
from omsdesk.catalog.queries import SkuFilter, SkuRow, SkuSortKey, matching_sku_ids, sku_rows_by_id
from omsdesk.db.engine import Database
from omsdesk.ui.formatting import format_quantity
from omsdesk.ui.tasks import TaskContext, TaskRunner

log = logging.getLogger(__name__)

BLOCK_SIZE = 200
CACHED_BLOCKS = 25
SKU_ID_ROLE = Qt.ItemDataRole.UserRole + 1

ModelIndex = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

MUTED = QColor("#8a8f98")
ALERT = QColor("#b91c1c")
BUNDLE = QColor("#6d28d9")


def format_amount(value: Decimal | None, places: int = 2) -> str:
    """A catalogue amount (cost, list price): thousands separated, at least ``places`` decimals,
    more only when they carry something (a cost of 12.3456 stays exact)."""
    if value is None:
        return ""
    exponent = value.normalize().as_tuple().exponent
    decimals = max(places, -exponent) if isinstance(exponent, int) else places
    return f"{value:,.{decimals}f}"


def kind_label(kind: SkuKind) -> str:
    labels = {
        SkuKind.STANDARD: lambda: QCoreApplication.translate("SkuKind", "Standard"),
        SkuKind.VIRTUAL_BUNDLE: lambda: QCoreApplication.translate("SkuKind", "Virtual bundle"),
        SkuKind.PREPACKED_BUNDLE: lambda: QCoreApplication.translate("SkuKind", "Pre-packed bundle"),
    }
    label = labels.get(kind)
    return label() if label else str(kind)


def active_label(active: bool) -> str:
    return (QCoreApplication.translate("SkusTable", "Active") if active
            else QCoreApplication.translate("SkusTable", "Inactive"))


@dataclass(frozen=True)
class Column:
    key: str
    sort: SkuSortKey | None
    display: Callable[[SkuRow], str]
    alignment: Qt.AlignmentFlag = LEFT
    width: int = 110


COLUMNS: tuple[Column, ...] = (
    Column("code", SkuSortKey.CODE, lambda r: r.code, width=130),
    Column("name", SkuSortKey.NAME, lambda r: r.name, width=210),
    Column("attributes", None, lambda r: r.attributes_text, width=130),
    Column("kind", SkuSortKey.KIND, lambda r: kind_label(r.kind), width=95),
    Column("category", SkuSortKey.CATEGORY, lambda r: r.category_path, width=100),
    Column("brand", SkuSortKey.BRAND, lambda r: r.brand, width=95),
    Column("barcodes", None, lambda r: r.barcodes, width=112),
    Column("cost", SkuSortKey.COST, lambda r: format_amount(r.cost), RIGHT, 70),
    Column("price", SkuSortKey.LIST_PRICE, lambda r: format_amount(r.list_price), RIGHT, 76),
    Column("on_hand", SkuSortKey.ON_HAND, lambda r: "—" if r.on_hand is None else format_quantity(r.on_hand),
           RIGHT, 66),
    Column("available", SkuSortKey.AVAILABLE, lambda r: format_quantity(r.available), RIGHT, 70),
    Column("active", SkuSortKey.ACTIVE, lambda r: active_label(r.active), width=64),
)
COLUMN_INDEX = {column.key: i for i, column in enumerate(COLUMNS)}


def column_header(key: str) -> str:
    headers = {
        "code": QCoreApplication.translate("SkusTable", "SKU code"),
        "name": QCoreApplication.translate("SkusTable", "Name"),
        "attributes": QCoreApplication.translate("SkusTable", "Attributes"),
        "kind": QCoreApplication.translate("SkusTable", "Kind"),
        "category": QCoreApplication.translate("SkusTable", "Category"),
        "brand": QCoreApplication.translate("SkusTable", "Brand"),
        "barcodes": QCoreApplication.translate("SkusTable", "Barcodes"),
        "cost": QCoreApplication.translate("SkusTable", "Cost"),
        "price": QCoreApplication.translate("SkusTable", "Price"),
        "on_hand": QCoreApplication.translate("SkusTable", "On hand"),
        "available": QCoreApplication.translate("SkusTable", "Available"),
        "active": QCoreApplication.translate("SkusTable", "Status"),
    }
    return headers[key]


class SkusTableModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    refreshed = Signal(int)  # number of matching SKUs
    refresh_failed = Signal(str)

    def __init__(self, db: Database, tasks: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._tasks = tasks
        self._ids: list[int] = []
        self._rows_of: dict[int, int] | None = None  # id → row, built on first use
        self._blocks: OrderedDict[int, dict[int, SkuRow]] = OrderedDict()
        self._generation = 0
        self.criteria = SkuFilter()
        self.sort_key = SkuSortKey.CODE
        self.descending = False
        self.loading = False
        self.loaded_once = False
        self.fetched_blocks: list[int] = []  # every block fetched since the last reset (tests, logs)

    # -- the id list -----------------------------------------------------------------

    def set_filter(self, criteria: SkuFilter) -> None:
        self.criteria = criteria
        self.refresh()

    def refresh(self) -> None:
        """Re-run the list query in the background; the newest request wins."""
        self._generation += 1
        generation = self._generation
        criteria, sort, descending = self.criteria, self.sort_key, self.descending
        self._set_loading(True)

        def query(_: TaskContext) -> list[int]:
            with self._db.reading() as session:
                return matching_sku_ids(session, criteria, sort, descending)

        self._tasks.run(
            query,
            lambda ids: self._apply_ids(generation, ids),
            lambda error: self._failed(generation, error),
            owner=self, name="SKU list",
        )

    def _apply_ids(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return  # a newer search has been asked for
        self.beginResetModel()
        self._ids = ids
        self._rows_of = None
        self._blocks.clear()
        self.fetched_blocks = []
        self.endResetModel()
        self.loaded_once = True
        self._set_loading(False)
        self.refreshed.emit(len(ids))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        log.error("SKU list query failed", exc_info=error)
        self.refresh_failed.emit(str(error))

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loading_changed.emit(loading)

    def reload_rows(self) -> None:
        """Drop the cached rows and repaint (a SKU's fields changed, its place in the list did not)."""
        self._blocks.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    @property
    def ids(self) -> list[int]:
        return self._ids

    def sku_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, sku_id: int) -> int | None:
        if self._rows_of is None:
            self._rows_of = {value: row for row, value in enumerate(self._ids)}
        return self._rows_of.get(sku_id)

    def row_data(self, row: int) -> SkuRow | None:
        sku_id = self.sku_id(row)
        if sku_id is None:
            return None
        block = row // BLOCK_SIZE
        rows = self._blocks.get(block)
        if rows is None:
            rows = self._fetch_block(block)
        else:
            self._blocks.move_to_end(block)
        return rows.get(sku_id)

    def _fetch_block(self, block: int) -> dict[int, SkuRow]:
        ids = self._ids[block * BLOCK_SIZE : (block + 1) * BLOCK_SIZE]
        with self._db.reading() as session:
            rows = sku_rows_by_id(session, ids)
        self._blocks[block] = rows
        self.fetched_blocks.append(block)
        while len(self._blocks) > CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        return rows

    # -- Qt model API ----------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column_header(column.key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        try:
            return self._data(index.row(), index.column(), role)
        except Exception:  # noqa: BLE001 - a table cell must never bring the window down
            log.exception("cannot show SKU row %s column %s", index.row(), index.column())
            return None

    def _data(self, row_number: int, column_number: int, role: int) -> Any:
        if not 0 <= column_number < len(COLUMNS):
            return None
        column = COLUMNS[column_number]
        if role == SKU_ID_ROLE:
            return self.sku_id(row_number)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_data(row_number)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(column.key, row)
        return self._tooltip(column.key, row)

    @staticmethod
    def _foreground(key: str, row: SkuRow) -> QColor | None:
        if not row.active:
            return MUTED
        if key == "available" and row.available < 0:
            return ALERT
        if key == "kind":
            return MUTED if row.kind is SkuKind.STANDARD else BUNDLE
        return None

    def _tooltip(self, key: str, row: SkuRow) -> str | None:
        if key == "name" and row.spu_code:
            return self.tr("%1 — variant of %2").replace("%1", row.name).replace("%2", row.spu_code)
        if key in ("attributes", "barcodes", "category", "brand") and COLUMNS[COLUMN_INDEX[key]].display(row):
            return COLUMNS[COLUMN_INDEX[key]].display(row)
        if key == "on_hand" and row.on_hand is None:
            return self.tr("A virtual bundle has no stock of its own; available is what its components make.")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].sort is None:
            return
        key = COLUMNS[column].sort
        descending = order == Qt.SortOrder.DescendingOrder
        if key is self.sort_key and descending == self.descending:
            return
        assert key is not None
        self.sort_key, self.descending = key, descending
        self.refresh()

    def sort_column(self) -> int:
        for number, column in enumerate(COLUMNS):
            if column.sort is self.sort_key:
                return number
        return COLUMN_INDEX["code"]
