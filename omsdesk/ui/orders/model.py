"""The order table model: holds the ids of the matching orders, fetches rows lazily.

A :class:`~omsdesk.ui.lazy_table.FilteredTableModel`: the id query is
``matching_ids`` (filtered and sorted in SQL), rows come by id in blocks from
``rows_by_id``; this module gives the columns, their colours, tooltips and the
remark marker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from sqlalchemy.orm import Session

from omsdesk.db.engine import Database
from omsdesk.orders.models import OrderState, PaymentStatus
from omsdesk.orders.queries import OrderFilter, OrderRow, SortKey, matching_ids, rows_by_id
from omsdesk.ui.formatting import format_datetime, format_destination, format_money, format_quantity
from omsdesk.ui.i18n import channel_label, payment_label, state_label
from omsdesk.ui.lazy_table import BLOCK_SIZE  # noqa: F401 - re-exported: tests size their lists by it
from omsdesk.ui.lazy_table import ID_ROLE, FilteredTableModel, KeyedColumn
from omsdesk.ui.tasks import TaskRunner
from omsdesk.ui.widgets import RIGHT

ORDER_ID_ROLE = ID_ROLE
Column = KeyedColumn


COLUMNS: tuple[Column, ...] = (
    Column("number", SortKey.NUMBER, lambda r: r.number, width=190),
    Column("shop", SortKey.SHOP, lambda r: r.shop_name, width=120),
    Column("created", SortKey.CREATED, lambda r: format_datetime(r.created_at), width=130),
    Column("buyer", SortKey.BUYER, lambda r: r.buyer_name, width=120),
    Column("ship_to", SortKey.DESTINATION, lambda r: format_destination(r.ship_city, r.ship_country), width=140),
    Column("items", SortKey.ITEMS, lambda r: format_quantity(r.item_count), RIGHT, 60),
    Column("total", SortKey.TOTAL, lambda r: format_money(r.total, r.currency), RIGHT, 110),
    Column("channel_status", SortKey.CHANNEL_STATUS, lambda r: r.channel_status, width=120),
    Column("state", SortKey.STATE, lambda r: state_label(r.state), width=90),
    Column("payment", SortKey.PAYMENT, lambda r: payment_label(r.payment_status), width=110),
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
    }
    return headers[key]


COLUMN_INDEX = {column.key: i for i, column in enumerate(COLUMNS)}

MUTED = QColor("#8a8f98")
WARNING = QColor("#b45309")
ALERT = QColor("#b91c1c")


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
    def matching_ids(self, session: Session, criteria: OrderFilter, sort: SortKey, descending: bool) -> list[int]:
        return matching_ids(session, criteria, sort, descending)

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
        return None
