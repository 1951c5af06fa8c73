"""The order table model: holds the ids of the matching orders, fetches rows lazily.

The full list query (``matching_ids``) runs in the background and resets the
model when it arrives; ``data()`` fetches the block of ~200 rows around the row
asked for with ``rows_by_id`` (a few milliseconds) and keeps the last blocks in a
small LRU cache (Anki's browser table, calibre's library model). Sorting runs in
SQL. ``data()`` never raises: a failing row shows empty and the error is logged.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from omsdesk.db.engine import Database
from omsdesk.orders.models import OrderState, PaymentStatus
from omsdesk.orders.queries import OrderFilter, OrderRow, SortKey, matching_ids, rows_by_id
from omsdesk.ui.formatting import format_datetime, format_destination, format_money, format_quantity
from omsdesk.ui.i18n import channel_label, payment_label, state_label
from omsdesk.ui.tasks import TaskContext, TaskRunner

log = logging.getLogger(__name__)

BLOCK_SIZE = 200
CACHED_BLOCKS = 25
ORDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1

ModelIndex = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter



@dataclass(frozen=True)
class Column:
    key: str
    sort: SortKey | None
    display: Callable[[OrderRow], str]
    alignment: Qt.AlignmentFlag = LEFT
    width: int = 110


COLUMNS: tuple[Column, ...] = (
    Column("number", SortKey.NUMBER, lambda r: r.number, width=110),
    Column("shop", SortKey.SHOP, lambda r: r.shop_name, width=130),
    Column("created", SortKey.CREATED, lambda r: format_datetime(r.created_at), width=130),
    Column("buyer", SortKey.BUYER, lambda r: r.buyer_name, width=140),
    Column("ship_to", SortKey.DESTINATION, lambda r: format_destination(r.ship_city, r.ship_country), width=160),
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


class OrdersTableModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    refreshed = Signal(int)  # number of matching orders
    refresh_failed = Signal(str)

    def __init__(self, db: Database, tasks: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._tasks = tasks
        self._ids: list[int] = []
        self._blocks: OrderedDict[int, dict[int, OrderRow]] = OrderedDict()
        self._generation = 0
        self._icons: dict[bool, QIcon] = {}
        self.criteria = OrderFilter()
        self.sort_key = SortKey.CREATED
        self.descending = True
        self.loading = False
        self.loaded_once = False
        self.fetched_blocks: list[int] = []  # every block fetched since the last reset (tests, logs)

    # -- the id list -----------------------------------------------------------------

    def set_filter(self, criteria: OrderFilter) -> None:
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
                return matching_ids(session, criteria, sort, descending)

        self._tasks.run(
            query,
            lambda ids: self._apply_ids(generation, ids),
            lambda error: self._failed(generation, error),
            owner=self, name="order list",
        )

    def _apply_ids(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return  # a newer search has been asked for
        self.beginResetModel()
        self._ids = ids
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
        log.error("order list query failed", exc_info=error)
        self.refresh_failed.emit(str(error))

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loading_changed.emit(loading)

    @property
    def ids(self) -> list[int]:
        return self._ids

    def order_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, order_id: int) -> int | None:
        try:
            return self._ids.index(order_id)
        except ValueError:
            return None

    def row_data(self, row: int) -> OrderRow | None:
        order_id = self.order_id(row)
        if order_id is None:
            return None
        block = row // BLOCK_SIZE
        rows = self._blocks.get(block)
        if rows is None:
            rows = self._fetch_block(block)
        else:
            self._blocks.move_to_end(block)
        return rows.get(order_id)

    def _fetch_block(self, block: int) -> dict[int, OrderRow]:
        ids = self._ids[block * BLOCK_SIZE : (block + 1) * BLOCK_SIZE]
        with self._db.reading() as session:
            rows = rows_by_id(session, ids)
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
            log.exception("cannot show row %s column %s", index.row(), index.column())
            return None

    def _data(self, row_number: int, column_number: int, role: int) -> Any:
        if not 0 <= column_number < len(COLUMNS):
            return None
        column = COLUMNS[column_number]
        if role == ORDER_ID_ROLE:
            return self.order_id(row_number)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole):
            return None
        row = self.row_data(row_number)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(column.key, row)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(column.key, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column.key, row)
        return None

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
        return COLUMN_INDEX["created"]
