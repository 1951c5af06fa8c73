"""Small widget builders shared by the workspaces, so every list looks and behaves alike."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QHeaderView, QLabel, QTableView, QTableWidget

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def style_list_table(table: QTableView, row_height: int = 26) -> QTableView:
    """Whole-row selection, zebra rows, no grid, one line per row of a fixed height."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measure every row
    vertical.setDefaultSectionSize(row_height)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def set_column_widths(table: QTableView, widths: Sequence[int]) -> None:
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        header.resizeSection(column, width)


def read_only_table(headers: Sequence[str], *, right_aligned_from: int | None = None,
                    row_height: int = 24) -> QTableWidget:
    """A small table of text for details and histories; columns from ``right_aligned_from`` on are numbers."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    for column in range(len(headers)):
        numeric = right_aligned_from is not None and column >= right_aligned_from
        table.horizontalHeaderItem(column).setTextAlignment(RIGHT if numeric else LEFT)
    return style_list_table(table, row_height)  # type: ignore[return-value]


def fill_amount_grid(grid: QGridLayout, captions: Sequence[tuple[str, str]], *, amount_width: int,
                     caption_style: str = "", total_key: str = "total",
                     total_amount_style: str = "font-weight: 700;") -> tuple[dict[str, QLabel], dict[str, QLabel]]:
    """Caption / right-aligned amount rows (a money breakdown); the total row in bold.

    Returns the amount labels and the caption labels by key, to fill and show / hide later.
    """
    amounts: dict[str, QLabel] = {}
    names: dict[str, QLabel] = {}
    for row, (key, text) in enumerate(captions):
        caption = QLabel(text)
        caption.setStyleSheet("font-weight: 700;" if key == total_key else caption_style)
        amount = QLabel()
        amount.setAlignment(RIGHT)
        amount.setMinimumWidth(amount_width)
        amount.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if key == total_key:
            amount.setStyleSheet(total_amount_style)
        grid.addWidget(caption, row, 0)
        grid.addWidget(amount, row, 1)
        amounts[key], names[key] = amount, caption
    return amounts, names
