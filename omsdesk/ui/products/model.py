"""The SKU table model: the ids of the matching SKUs, rows fetched by id in blocks.

A :class:`~omsdesk.ui.lazy_table.FilteredTableModel`, like the order list: the id
query is ``matching_sku_ids`` (filtered and sorted in SQL), rows come by id in
blocks from ``sku_rows_by_id``; this module gives the columns, their labels,
colours and tooltips.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from sqlalchemy.orm import Session

from omsdesk.catalog.models import SkuKind
from omsdesk.catalog.queries import SkuFilter, SkuRow, SkuSortKey, matching_sku_ids, sku_rows_by_id
from omsdesk.db.engine import Database
from omsdesk.ui.formatting import format_quantity
from omsdesk.ui.lazy_table import BLOCK_SIZE  # noqa: F401 - re-exported: tests size their lists by it
from omsdesk.ui.lazy_table import ID_ROLE, FilteredTableModel, KeyedColumn
from omsdesk.ui.tasks import TaskRunner
from omsdesk.ui.widgets import RIGHT

SKU_ID_ROLE = ID_ROLE
Column = KeyedColumn


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


class SkusTableModel(FilteredTableModel[SkuRow, SkuFilter, SkuSortKey]):
    list_name = "SKU list"
    columns = COLUMNS
    default_sort_column = "code"

    def __init__(self, db: Database, tasks: TaskRunner, parent: Any = None) -> None:
        super().__init__(db, tasks, SkuFilter(), SkuSortKey.CODE, False, parent)

    def sku_id(self, row: int) -> int | None:
        return self.id_at(row)

    # the module's functions are looked up on each call (tests replace them)
    def matching_ids(self, session: Session, criteria: SkuFilter, sort: SkuSortKey, descending: bool) -> list[int]:
        return matching_sku_ids(session, criteria, sort, descending)

    def fetch_rows(self, session: Session, ids: list[int]) -> dict[int, SkuRow]:
        return sku_rows_by_id(session, ids)

    def column_header(self, key: str) -> str:
        return column_header(key)

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
