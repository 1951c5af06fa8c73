"""Lazy table models: the ids of the matching rows, rows fetched by id in blocks.

The pattern of Anki's browser table and calibre's library model, shared by the order,
SKU, stock and movement lists. The id query (filtered and sorted in SQL) runs in the
background and resets the model when it arrives (the newest request wins); the ids are
kept in an ``array('q')`` — 8 bytes each, 8 MB for a million orders, where a list of
Python ints takes about 40 MB — and a row is found by id with a scan of its bytes;
``data()`` fetches the block of ``BLOCK_SIZE`` rows around the row asked for (a few
milliseconds) and keeps the last blocks in a small LRU cache. ``data()`` never
raises: a failing row shows empty and the error is logged. Views keep their
selection across a refresh by id (:meth:`LazyTableModel.row_of`, ``rows_of`` for many).

* :class:`LazyTableModel` — the id list, the block cache, loading / refreshed /
  failure signals and the Qt model API; a model gives ``fetch_rows`` (``{id: row}``
  for one block), its ``columns`` (each with an ``alignment``), ``header_text`` and
  ``cell``.
* :class:`FilteredTableModel` — adds a filter (``criteria``) and a sort key chosen
  by clicking a :class:`KeyedColumn`'s header; a model gives ``matching_ids`` and
  colours, tooltips and icons by column key.
"""

from __future__ import annotations

import logging
import re
import sys
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QHeaderView, QTableView
from sqlalchemy.orm import Session

from omsdesk.db.engine import Database
from omsdesk.ui.tasks import TaskContext, TaskRunner
from omsdesk.ui.widgets import LEFT, set_column_widths, style_list_table

log = logging.getLogger(__name__)

R = TypeVar("R")  # a row
F = TypeVar("F")  # a filter
K = TypeVar("K")  # a sort key

BLOCK_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex
IdsQuery = Callable[[Session], Sequence[int]]
FEW_IDS = 40  # up to this many ids are searched for one by one; beyond, the ids are read once


def id_array(ids: Sequence[int]) -> array:
    """``ids`` as a compact ``array('q')`` (itself when it is one already)."""
    return ids if isinstance(ids, array) and ids.typecode == "q" else array("q", ids)


def position_of(ids: array, value: int) -> int | None:
    """Where ``value`` is in ``ids``: a search of its bytes in place (milliseconds over a million ids)."""
    if not -(2**63) <= value < 2**63:
        return None
    pattern = re.compile(re.escape(value.to_bytes(ids.itemsize, sys.byteorder, signed=True)))
    match = pattern.search(ids)  # type: ignore[call-overload]  # re reads any bytes-like buffer
    while match is not None:
        if match.start() % ids.itemsize == 0:
            return match.start() // ids.itemsize
        match = pattern.search(ids, match.start() + 1)  # type: ignore[call-overload]  # across two ids
    return None


def positions_of(ids: array, wanted: Iterable[int]) -> dict[int, int]:
    """``{id: row}`` for those of ``wanted`` in ``ids``: a search each for a few, one pass for many."""
    wanted = set(wanted)
    if len(wanted) <= FEW_IDS:
        found = {value: position_of(ids, value) for value in wanted}
        return {value: row for value, row in found.items() if row is not None}
    rows: dict[int, int] = {}
    for row, value in enumerate(ids):
        if value in wanted:
            rows[value] = row
            if len(rows) == len(wanted):
                break
    return rows


class LazyTableModel(QAbstractTableModel, Generic[R]):
    """Holds the ids of the matching rows; fetches rows by id, a block at a time, when shown."""

    loading_changed = Signal(bool)
    refreshed = Signal(int)  # number of matching rows
    refresh_failed = Signal(str)

    cached_blocks: ClassVar[int] = 25
    list_name: ClassVar[str] = "list"  # names the background task and its log lines
    columns: Sequence[Any]  # each with an ``alignment``

    def __init__(self, db: Database, tasks: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._tasks = tasks
        self._ids = array("q")
        self._rows_of: dict[int, int] | None = None  # id → row, built only after many single lookups
        self._lookups = 0
        self._blocks: OrderedDict[int, Mapping[int, R]] = OrderedDict()
        self._generation = 0
        self.loading = False
        self.loaded_once = False
        self.fetched_blocks: list[int] = []  # every block fetched since the last reset (tests, logs)

    # -- what a model gives ----------------------------------------------------------

    def fetch_rows(self, session: Session, ids: list[int]) -> Mapping[int, R]:
        """``{id: row}`` for the ids of one block (ids that no longer exist are left out)."""
        raise NotImplementedError

    def header_text(self, column: Any) -> str:
        raise NotImplementedError

    def cell(self, row_number: int, column_number: int, role: int) -> Any:
        """What ``data()`` answers; it may raise (``data()`` logs and shows nothing)."""
        raise NotImplementedError

    def failure_text(self, error: BaseException) -> str:
        """What ``refresh_failed`` says about a failed id query."""
        return str(error)

    # -- the id list -----------------------------------------------------------------

    def load(self, ids_query: IdsQuery) -> None:
        """Run ``ids_query(session)`` in the background and show its ids; the newest request wins."""
        self._generation += 1
        generation = self._generation
        self._set_loading(True)

        def query(_: TaskContext) -> array:
            with self._db.reading() as session:
                return id_array(ids_query(session))

        self._tasks.run(
            query,
            lambda ids: self._apply_ids(generation, ids),
            lambda error: self._failed(generation, error),
            owner=self, name=self.list_name,
        )

    def _apply_ids(self, generation: int, ids: Sequence[int]) -> None:
        if generation != self._generation:
            return  # a newer search has been asked for
        self.beginResetModel()
        self._ids = id_array(ids)
        self._rows_of, self._lookups = None, 0
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
        log.error("%s query failed", self.list_name, exc_info=error)
        self.refresh_failed.emit(self.failure_text(error))

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loading_changed.emit(loading)

    def reload_rows(self) -> None:
        """Drop the cached rows and repaint (a row's fields changed, its place in the list did not)."""
        self._blocks.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))

    @property
    def ids(self) -> array:
        """The ids of the rows, in row order (a read-only view of them: do not change it)."""
        return self._ids

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, row_id: int) -> int | None:
        if self._rows_of is None:
            self._lookups += 1
            if self._lookups <= FEW_IDS:
                return position_of(self._ids, row_id)
            # Looked up one by one many times since the reset (prefer rows_of): one map from here on.
            self._rows_of = {value: row for row, value in enumerate(self._ids)}
        return self._rows_of.get(row_id)

    def rows_of(self, row_ids: Iterable[int]) -> dict[int, int]:
        """``{id: row}`` for the ids still in the list (one pass for many: use it to restore a selection)."""
        if self._rows_of is not None:
            return {row_id: row for row_id in row_ids if (row := self._rows_of.get(row_id)) is not None}
        return positions_of(self._ids, row_ids)

    def row_data(self, row: int) -> R | None:
        row_id = self.id_at(row)
        if row_id is None:
            return None
        block = row // BLOCK_SIZE
        rows = self._blocks.get(block)
        if rows is None:
            rows = self._fetch_block(block)
        else:
            self._blocks.move_to_end(block)
        return rows.get(row_id)

    def _fetch_block(self, block: int) -> Mapping[int, R]:
        ids = self._ids[block * BLOCK_SIZE : (block + 1) * BLOCK_SIZE].tolist()
        with self._db.reading() as session:
            rows = self.fetch_rows(session, ids)
        self._blocks[block] = rows
        self.fetched_blocks.append(block)
        while len(self._blocks) > self.cached_blocks:
            self._blocks.popitem(last=False)
        return rows

    # -- Qt model API ----------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        try:
            return self.cell(index.row(), index.column(), role)
        except Exception:  # noqa: BLE001 - a table cell must never bring the window down
            log.exception("cannot show %s row %s column %s", self.list_name, index.row(), index.column())
            return None


@dataclass(frozen=True)
class KeyedColumn(Generic[R, K]):
    """A column of a :class:`FilteredTableModel`: its key (for header, colours, tooltips), the
    sort key its header click chooses (``None``: not sortable) and how a row shows in it."""

    key: str
    sort: K | None
    display: Callable[[R], str]
    alignment: Qt.AlignmentFlag = LEFT
    width: int = 110


class FilteredTableModel(LazyTableModel[R], Generic[R, F, K]):
    """A lazy table over a filter and a sort key, both applied in SQL; ``ID_ROLE`` gives a row's id."""

    columns: Sequence[KeyedColumn[R, K]]
    default_sort_column: ClassVar[str]  # the key of the column shown as sorted when none matches
    row_roles: ClassVar[tuple[Qt.ItemDataRole, ...]] = (
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
    )

    def __init__(self, db: Database, tasks: TaskRunner, criteria: F, sort_key: K, descending: bool,
                 parent: Any = None) -> None:
        super().__init__(db, tasks, parent)
        self.criteria = criteria
        self.sort_key = sort_key
        self.descending = descending

    def matching_ids(self, session: Session, criteria: F, sort: K, descending: bool) -> Sequence[int]:
        """The ids in row order; an ``array('q')`` is kept as it is, a list is packed into one."""
        raise NotImplementedError

    def column_header(self, key: str) -> str:
        raise NotImplementedError

    def header_text(self, column: KeyedColumn[R, K]) -> str:
        return self.column_header(column.key)

    def _foreground(self, key: str, row: R) -> QColor | None:
        return None

    def _tooltip(self, key: str, row: R) -> str | None:
        return None

    def _decoration(self, key: str, row: R) -> QIcon | None:
        return None

    def set_filter(self, criteria: F) -> None:
        self.criteria = criteria
        self.refresh()

    def refresh(self) -> None:
        """Re-run the id query with the current filter and sort in the background; the newest request wins."""
        criteria, sort, descending = self.criteria, self.sort_key, self.descending
        self.load(lambda session: self.matching_ids(session, criteria, sort, descending))

    def cell(self, row_number: int, column_number: int, role: int) -> Any:
        if not 0 <= column_number < len(self.columns):
            return None
        column = self.columns[column_number]
        if role == ID_ROLE:
            return self.id_at(row_number)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role not in self.row_roles:
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        key = self.columns[column].sort
        descending = order == Qt.SortOrder.DescendingOrder
        if key is self.sort_key and descending == self.descending:
            return
        assert key is not None
        self.sort_key, self.descending = key, descending
        self.refresh()

    def sort_column(self) -> int:
        for number, column in enumerate(self.columns):
            if column.sort is self.sort_key:
                return number
        return next(n for n, column in enumerate(self.columns) if column.key == self.default_sort_column)


class IdSelection:
    """The selected row of a view over a :class:`LazyTableModel`, kept by id across model resets
    (a refresh, a new filter, a re-sort): the same record stays selected wherever it moved."""

    def __init__(self, table: QTableView, model: LazyTableModel[Any], on_lost: Callable[[], None]) -> None:
        self.table = table
        self.model = model
        self._on_lost = on_lost  # the record is gone from the list
        self._before_reset: int | None = None
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)

    def current_id(self) -> int | None:
        selection = self.table.selectionModel()
        index = selection.currentIndex()
        if not index.isValid() or not selection.isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.id_at(index.row())

    def select_id(self, row_id: int) -> bool:
        row = self.model.row_of(row_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _remember(self) -> None:
        self._before_reset = self.current_id()

    def _restore(self) -> None:
        row_id, self._before_reset = self._before_reset, None
        if row_id is not None and not self.select_id(row_id):
            self._on_lost()


def sortable_table(model: FilteredTableModel[Any, Any, Any], row_height: int, saved_header: Any = None) -> QTableView:
    """A list view over ``model``: column widths from its columns (or the user's saved header), sorted
    by clicking a header, the sort indicator where the model sorts."""
    table = style_list_table(QTableView(), row_height)
    table.setModel(model)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    set_column_widths(table, [column.width for column in model.columns])
    if saved_header:
        header.restoreState(saved_header)
    header.setSortIndicator(model.sort_column(),
                            Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    return table
