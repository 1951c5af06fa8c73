"""The order table model: holds the ids of the matching orders, fetches rows lazily.

A :class:`~omsdesk.ui.lazy_table.FilteredTableModel`: the id query is
``matching_ids`` (filtered and sorted in SQL), rows come by id in blocks from
``rows_by_id``; this module gives the columns, their colours, tooltips, the
remark marker and the Flags column (open review flags, merge group, split part).
Every sortable column sorts by its ``queries.SortKey``; the others (Flags) are not sortable.
"""

from __future__ import annotations

from array import array
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from sqlalchemy.orm import Session

from omsdesk.db.engine import Database
from omsdesk.orders.models import OrderIssueKind, OrderState, PaymentStatus
from omsdesk.orders.queries import OrderFilter, OrderRow, SortKey, matching_id_array, rows_by_id
from omsdesk.ui.formatting import format_datetime, format_destination, format_money, format_quantity
from omsdesk.ui.i18n import channel_label, payment_label, state_label
from omsdesk.ui.lazy_table import (
    BLOCK_SIZE,  # also re-exported: tests size their lists by it
    ID_ROLE,
    FilteredTableModel,
    KeyedColumn,
)
from omsdesk.ui.tasks import TaskRunner
from omsdesk.ui.widgets import RIGHT

ORDER_ID_ROLE = ID_ROLE
Column = KeyedColumn


COLUMNS: tuple[Column, ...] = (  # the columns staff look at first fit a 1280-pixel window
    Column("number", SortKey.NUMBER, lambda r: r.number, width=190),
    Column("shop", SortKey.SHOP, lambda r: r.shop_name, width=105),
    Column("created", SortKey.CREATED, lambda r: format_datetime(r.created_at), width=118),
    Column("buyer", SortKey.BUYER, lambda r: r.buyer_name, width=95),
    Column("ship_to", SortKey.DESTINATION, lambda r: format_destination(r.ship_city, r.ship_country), width=105),
    Column("items", SortKey.ITEMS, lambda r: format_quantity(r.item_count), RIGHT, 42),
    Column("total", SortKey.TOTAL, lambda r: format_money(r.total, r.currency), RIGHT, 85),
    Column("state", SortKey.STATE, lambda r: state_label(r.state), width=72),
    Column("flags", None, lambda r: flags_text(r), width=200),  # no SortKey: not sortable
    Column("payment", SortKey.PAYMENT, lambda r: payment_label(r.payment_status), width=90),
    Column("channel_status", SortKey.CHANNEL_STATUS, lambda r: r.channel_status, width=110),
)


def column_header(key: str) -> str:
    headers = {
        "number": QCoreApplication.translate("OrdersTable", "Order no."),
        "shop": QCoreApplication.translate("OrdersTable", "Shop"),
        "created": QCoreApplication.translate("OrdersTable", "Created"),
        "buyer": QCoreApplication.translate("OrdersTable", "Buyer"),
        "ship_to": QCoreApplication.translate("OrdersTable", "Ship to"),
        "items": QCoreApplication.translate("OrdersTable", "Items"),
        "total": QCoreApplication.translate("OrdersTable", "Total"),
        "channel_status": QCoreApplication.translate("OrdersTable", "Channel status"),
        "state": QCoreApplication.translate("OrdersTable", "State"),
        "payment": QCoreApplication.translate("OrdersTable", "Payment"),
        "flags": QCoreApplication.translate("OrdersTable", "Flags"),
    }
    return headers[key]


def flag_label(kind: OrderIssueKind) -> str:
    """A flag as a short label for the list (the detail panel words it in full)."""
    labels = {
        OrderIssueKind.ADDRESS_INCOMPLETE: lambda: QCoreApplication.translate("OrderFlag", "Short address"),
        OrderIssueKind.UNMAPPED_SKU: lambda: QCoreApplication.translate("OrderFlag", "Unmapped SKU"),
        OrderIssueKind.OUT_OF_STOCK: lambda: QCoreApplication.translate("OrderFlag", "Out of stock"),
        OrderIssueKind.REMARK: lambda: QCoreApplication.translate("OrderFlag", "Remark"),
        OrderIssueKind.HIGH_AMOUNT: lambda: QCoreApplication.translate("OrderFlag", "High amount"),
        OrderIssueKind.BLOCKED_BUYER: lambda: QCoreApplication.translate("OrderFlag", "Blocked buyer"),
        OrderIssueKind.SUSPECTED_DUPLICATE: lambda: QCoreApplication.translate("OrderFlag", "Duplicate"),
        OrderIssueKind.UNPAID: lambda: QCoreApplication.translate("OrderFlag", "Unpaid"),
        OrderIssueKind.PARTIALLY_ALLOCATED: lambda: QCoreApplication.translate("OrderFlag", "Partly allocated"),
        OrderIssueKind.CANCELLED_AFTER_SHIPMENT:
            lambda: QCoreApplication.translate("OrderFlag", "Cancelled after shipping"),
        OrderIssueKind.CANCELLED_WHILE_PACKING:
            lambda: QCoreApplication.translate("OrderFlag", "Cancelled while packing"),
        OrderIssueKind.CHANGED_AFTER_ALLOCATION:
            lambda: QCoreApplication.translate("OrderFlag", "Changed after allocation"),
    }
    label = labels.get(kind)
    return label() if label else str(kind)


# Flags that stop an order until a person acts: shown red; the others amber.
BLOCKING_FLAGS = frozenset({
    OrderIssueKind.UNMAPPED_SKU, OrderIssueKind.BLOCKED_BUYER, OrderIssueKind.CANCELLED_AFTER_SHIPMENT,
    OrderIssueKind.CANCELLED_WHILE_PACKING, OrderIssueKind.CHANGED_AFTER_ALLOCATION,
})
FLAG_SEPARATOR = " · "


def link_labels(row: OrderRow) -> list[str]:
    """The merge group and split markers of a row."""
    labels = []
    if row.merge_group_id is not None:
        labels.append(QCoreApplication.translate("OrdersTable", "⛓ group"))
    if row.parent_number:
        labels.append(QCoreApplication.translate("OrdersTable", "part of %1").replace("%1", row.parent_number))
    return labels


def flags_text(row: OrderRow) -> str:
    return FLAG_SEPARATOR.join([*link_labels(row), *(flag_label(kind) for kind in row.flags)])


COLUMN_INDEX = {column.key: i for i, column in enumerate(COLUMNS)}

MUTED = QColor("#8a8f98")
WARNING = QColor("#b45309")
ALERT = QColor("#b91c1c")
LINKED = QColor("#1d4ed8")


def _dot_icon(colour: QColor | None) -> QIcon:
    """A remark marker; the empty one keeps order numbers aligned in rows without a remark."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    if colour is not None:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(2, 2, 8, 8)
        painter.end()
    return QIcon(pixmap)


class OrdersTableModel(FilteredTableModel[OrderRow, OrderFilter, SortKey]):
    list_name = "order list"
    columns = COLUMNS
    default_sort_column = "created"
    row_roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                 Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole)

    def __init__(self, db: Database, tasks: TaskRunner, parent: Any = None) -> None:
        super().__init__(db, tasks, OrderFilter(), SortKey.CREATED, True, parent)
        self._icons: dict[bool, QIcon] = {}

    def order_id(self, row: int) -> int | None:
        return self.id_at(row)

    # the module's functions are looked up on each call (tests replace them)
    def matching_ids(self, session: Session, criteria: OrderFilter, sort: SortKey, descending: bool) -> array:
        return matching_id_array(session, criteria, sort, descending)

    def fetch_rows(self, session: Session, ids: list[int]) -> dict[int, OrderRow]:
        return rows_by_id(session, ids)

    def column_header(self, key: str) -> str:
        return column_header(key)

    def _foreground(self, key: str, row: OrderRow) -> QColor | None:
        if row.state is OrderState.CANCELLED:
            return MUTED
        if key == "state" and row.state is OrderState.ON_HOLD:
            return WARNING
        if key == "payment" and row.payment_status is PaymentStatus.UNPAID:
            return ALERT
        if key == "payment" and row.payment_status in (PaymentStatus.REFUNDED, PaymentStatus.PARTIALLY_REFUNDED):
            return WARNING
        if key == "flags" and row.flags:
            return ALERT if BLOCKING_FLAGS.intersection(row.flags) else WARNING
        if key == "flags":
            return LINKED
        return None

    def _decoration(self, key: str, row: OrderRow) -> QIcon | None:
        if key != "number":
            return None
        if not self._icons:
            self._icons = {True: _dot_icon(QColor("#f59e0b")), False: _dot_icon(None)}
        return self._icons[row.has_remark]

    def _tooltip(self, key: str, row: OrderRow) -> str | None:
        if key == "number" and row.has_remark:
            return self.tr("The buyer left a remark")
        if key == "shop":
            return f"{row.shop_name} · {channel_label(row.channel)}"
        if key == "channel_status":
            return self.tr("The channel's own status, as it sent it")
        if key == "state" and row.warehouse_code:
            return self.tr("Stock reserved in warehouse %1").replace("%1", row.warehouse_code)
        if key == "flags":
            return self._flags_tooltip(row)
        return None

    def _flags_tooltip(self, row: OrderRow) -> str | None:
        parts = []
        if row.merge_group_id is not None:
            parts.append(self.tr("Merged: leaves the warehouse in one parcel with the other orders of its group"))
        if row.parent_number:
            parts.append(self.tr("Split off order %1").replace("%1", row.parent_number))
        parts.extend(flag_label(kind) for kind in row.flags)
        return "\n".join(parts) or None

    def order_row(self, row: int) -> OrderRow | None:
        return self.row_data(row)

    def cached_row(self, row: int) -> OrderRow | None:
        """The row if its block is loaded, without asking the database (for big selections)."""
        row_id = self.id_at(row)
        block = self._blocks.get(row // BLOCK_SIZE) if row_id is not None else None
        return block.get(row_id) if block is not None and row_id is not None else None
