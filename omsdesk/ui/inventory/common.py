"""Pieces the Inventory and Purchasing workspaces share.

* :class:`RowsModel` — a table model over a list of plain rows (query results),
  one formatter per column, ``data()`` never raises; optional editable columns.
* :class:`LazyRowsModel` — the lazy table (``omsdesk/ui/lazy_table.py``) for lists
  that grow without bound (movements, stock per bin): the ids of the matching rows
  are fetched in the background, rows are fetched by id in blocks as they scroll
  into view.
* Small helpers: an error line for forms, a quantity spin box, warehouse combo
  filling, file-name pickers that tests can bypass.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QRegularExpression, Qt, QTimer,
)
from PySide6.QtGui import QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox, QDoubleSpinBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QStyledItemDelegate,
    QTableView,
    QWidget,
)

from omsdesk.db.engine import Database
from omsdesk.ui.formatting import format_quantity
from omsdesk.ui.i18n import user_message
from omsdesk.ui.lazy_table import LazyTableModel
from omsdesk.ui.tasks import TaskContext, TaskRunner
from omsdesk.ui.widgets import LEFT, RIGHT, set_column_widths, style_list_table

log = logging.getLogger(__name__)

R = TypeVar("R")
ModelIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

ERROR_STYLE = "color: #b91c1c; font-weight: 600;"
OK_STYLE = "color: #15803d; font-weight: 600;"
HINT_STYLE = "color: #6b7280;"
TITLE_STYLE = "font-size: 12pt; font-weight: 700;"
MUTED = QColor("#8a8f98")
ALERT = QColor("#b91c1c")
WARNING = QColor("#b45309")
GOOD = QColor("#15803d")


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its (translated, so computed late) header and how a row shows in it."""

    header: Callable[[], str]
    display: Callable[[R], str]
    numeric: bool = False
    width: int = 110
    foreground: Callable[[R], QColor | None] | None = None
    tooltip: Callable[[R], str | None] | None = None
    # editable columns: ``edit_value`` gives the editor's start value, ``set_value`` stores
    # the edited one (returns False to refuse it)
    edit_value: Callable[[R], Any] | None = None
    set_value: Callable[[R, Any], bool] | None = None

    @property
    def alignment(self) -> Qt.AlignmentFlag:
        return RIGHT if self.numeric else LEFT


def _cell(column: Column[R], row: R, role: int) -> Any:
    if role == Qt.ItemDataRole.DisplayRole:
        return column.display(row)
    if role == Qt.ItemDataRole.EditRole:
        return column.edit_value(row) if column.edit_value else column.display(row)
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return column.alignment
    if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
        return column.foreground(row)
    if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
        return column.tooltip(row)
    if role == ROW_ROLE:
        return row
    return None


def _header(columns: Sequence[Column[Any]], section: int, orientation: Qt.Orientation, role: int) -> Any:
    if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(columns):
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return columns[section].header()
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return columns[section].alignment
    return None


class RowsModel(QAbstractTableModel, Generic[R]):
    """A list of rows held in memory: for short lists (documents, their lines, suppliers)."""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[R] = []

    @property
    def rows(self) -> list[R]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def replace_row(self, row: int, value: R) -> None:
        if 0 <= row < len(self._rows):
            self._rows[row] = value
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def append_row(self, value: R) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(value)
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return _header(self.columns, section, orientation, role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and 0 <= index.column() < len(self.columns) and self.columns[index.column()].set_value:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        try:
            row = self.row_at(index.row())
            if row is None or not 0 <= index.column() < len(self.columns):
                return None
            return _cell(self.columns[index.column()], row, role)
        except Exception:  # noqa: BLE001 - a cell must never bring the window down
            log.exception("cannot show row %s column %s", index.row(), index.column())
            return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()] if 0 <= index.column() < len(self.columns) else None
        row = self.row_at(index.row())
        if column is None or column.set_value is None or row is None:
            return False
        if not column.set_value(row, value):
            return False
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(len(self.columns) - 1))
        return True


class LazyRowsModel(LazyTableModel[R]):
    """A :class:`~omsdesk.ui.lazy_table.LazyTableModel` over :class:`Column` columns.

    ``ids_query(session)`` runs in the background on :meth:`refresh` (the newest request
    wins); ``rows_query(session, ids)`` returns ``{id: row}`` for one block (a few ms).
    """

    cached_blocks = 20

    def __init__(self, db: Database, tasks: TaskRunner, columns: Sequence[Column[R]],
                 rows_query: Callable[[Any, list[int]], dict[int, R]], parent: Any = None) -> None:
        super().__init__(db, tasks, parent)
        self.columns = tuple(columns)
        self.rows_query = rows_query

    def refresh(self, ids_query: Callable[[Any], list[int]]) -> None:
        self.load(ids_query)

    def fetch_rows(self, session: Any, ids: list[int]) -> dict[int, R]:
        return dict(self.rows_query(session, ids))

    def failure_text(self, error: BaseException) -> str:
        return user_message(error)

    def header_text(self, column: Column[R]) -> str:
        return column.header()

    def row_at(self, row: int) -> R | None:
        return self.row_data(row)

    def cell(self, row_number: int, column_number: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole, ROW_ROLE):
            return None
        if not 0 <= column_number < len(self.columns):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.columns[column_number].alignment
        row = self.row_data(row_number)
        return None if row is None else _cell(self.columns[column_number], row, role)


# -- widgets ---------------------------------------------------------------------------


def make_table(model: QAbstractTableModel, columns: Sequence[Column[Any]], *, row_height: int = 26,
               stretch: int | None = 1) -> QTableView:
    """A list table; column ``stretch`` (the name, usually) takes the spare width, so numbers stay
    next to their labels instead of drifting to the far right."""
    table = style_list_table(QTableView(), row_height)
    table.setModel(model)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    set_column_widths(table, [c.width for c in columns])
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def selected_row(table: QTableView) -> int | None:
    selection = table.selectionModel()
    if selection is None:
        return None
    index = selection.currentIndex()
    if not index.isValid() or not selection.isRowSelected(index.row(), QModelIndex()):
        return None
    return index.row()


class MessageLine(QLabel):
    """A line under a form or a toolbar: red for what went wrong, green for what went right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(lambda: self.setVisible(False))

    def error(self, error: BaseException | str) -> None:
        self._timer.stop()
        self.setStyleSheet(ERROR_STYLE)
        self.setText(error if isinstance(error, str) else user_message(error))
        self.setVisible(True)

    def ok(self, text: str, *, hide_after_ms: int = 0) -> None:
        self.setStyleSheet(OK_STYLE)
        self.setText(text)
        self.setVisible(True)
        if hide_after_ms:
            self._timer.start(hide_after_ms)

    def clear_message(self) -> None:
        self._timer.stop()
        self.setText("")
        self.setVisible(False)


def quantity_spin(maximum: float = 1_000_000, decimals: int = 0, minimum: float = 0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(decimals)
    spin.setRange(minimum, maximum)
    spin.setAlignment(RIGHT)
    spin.setMinimumWidth(90)
    return spin


def spin_decimal(spin: QDoubleSpinBox) -> Decimal:
    """The spin box value as the Decimal it shows (never a float's binary tail)."""
    return Decimal(f"{spin.value():.{spin.decimals()}f}")


def parse_decimal(text: Any) -> Decimal | None:
    try:
        value = Decimal(str(text).strip().replace(",", ""))
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def qty(value: Decimal | None) -> str:
    return format_quantity(value) if value is not None else ""


def fill_combo(combo: QComboBox, entries: Sequence[tuple[str, Any]], *, keep: bool = True,
               first: tuple[str, Any] | None = None) -> None:
    """Refill ``combo`` with (text, data) entries, keeping the chosen entry when it is still there."""
    chosen = combo.currentData() if keep else None
    combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(*first)
    for text, data in entries:
        combo.addItem(text, data)
    index = combo.findData(chosen) if chosen is not None else -1
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)
    if combo.currentData() != chosen:
        combo.currentIndexChanged.emit(combo.currentIndex())


def toolbar(*widgets: QWidget | int | None) -> QHBoxLayout:
    """A row of buttons; an int adds that much space, ``None`` a stretch."""
    row = QHBoxLayout()
    for widget in widgets:
        if widget is None:
            row.addStretch(1)
        elif isinstance(widget, int):
            row.addSpacing(widget)
        else:
            row.addWidget(widget)
    return row


class FilePicker:
    """Where to save a file: a dialog, or a path set by a test (``FilePicker.next_path``)."""

    next_path: str | None = None

    @classmethod
    def save(cls, parent: QWidget, title: str, suggested: str, pattern: str) -> str | None:
        if cls.next_path is not None:
            path, cls.next_path = cls.next_path, None
            return path
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
        return path or None


class Page(QWidget):
    """A sub-view of a workspace: reloads when it is shown after a change that concerns it."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True

    def mark_stale(self) -> None:
        if self.isVisible():
            self._stale = False
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:  # pragma: no cover - every page has its own
        raise NotImplementedError


def read(ctx: Any, query: Callable[[Any], R], on_done: Callable[[R], None], owner: Any, name: str,
         on_error: Callable[[BaseException], None] | None = None) -> None:
    """Run ``query(session)`` in a read session in the background; ``on_done`` gets its result."""
    db = ctx.rt.db

    def work(_: TaskContext) -> R:
        with db.reading() as session:
            return query(session)

    ctx.tasks.run(work, on_done, on_error, owner=owner, name=name)


def warehouse_entries(warehouses: Sequence[Any]) -> list[tuple[str, int]]:
    return [(f"{w.code} · {w.name}", w.id) for w in warehouses]


def show_failure(ctx: Any, line: MessageLine, error: BaseException) -> None:
    """A refused operation on the message line; a bug (not a ``UserError``) in the error dialog."""
    from omsdesk.errors import UserError

    if isinstance(error, UserError):
        line.error(error)
    else:
        line.error(QCoreApplication.translate("Inventory", "That did not work: an unexpected error, "
                                                           "reported with its details."))
        ctx.report(error)


class QuantityDelegate(QStyledItemDelegate):
    """Edits a quantity as text (exact decimals, at most 4 places), never through a float."""

    def __init__(self, parent: Any = None, *, signed: bool = False) -> None:
        super().__init__(parent)
        pattern = r"^-?\d{0,9}([.,]\d{0,4})?$" if signed else r"^\d{0,9}([.,]\d{0,4})?$"
        self._pattern = QRegularExpression(pattern)

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(self._pattern, editor))
        editor.setAlignment(RIGHT)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText("" if value is None else str(value))  # type: ignore[attr-defined]
        editor.selectAll()  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:  # noqa: N802
        value = parse_decimal(editor.text().replace(",", "."))  # type: ignore[attr-defined]
        if value is not None:
            model.setData(index, value, Qt.ItemDataRole.EditRole)


def edit_quantity(row_value: Decimal | None) -> str:
    return "" if row_value is None else format(row_value.normalize(), "f")


class Confirm:
    """Yes/no questions before something that cannot be undone; tests set ``auto`` to answer them."""

    auto: bool | None = None

    @classmethod
    def ask(cls, parent: QWidget, title: str, text: str) -> bool:
        if cls.auto is not None:
            return cls.auto
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def cost_text(value: Decimal | None) -> str:
    """A unit cost: two decimal places, or up to four when it has them (12.50, 0.0125)."""
    if value is None:
        return ""
    exponent = value.normalize().as_tuple().exponent
    places = min(max(2, -exponent if isinstance(exponent, int) and exponent < 0 else 0), 4)
    return f"{value:,.{places}f}"


def amount_text(value: Decimal | None) -> str:
    """An amount to the cent, without a currency sign (the costs carry none)."""
    return "" if value is None else f"{value:,.2f}"
