"""The movement history as an Excel workbook.

The caller (the inventory queries) turns its rows into :class:`MovementRecord` s —
plain values, reason already in words — so this module needs no database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from omsdesk.documents.excel import ColumnKind, ExcelColumn, write_table
from omsdesk.documents.layout import Translate, caption
from omsdesk.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class MovementRecord:
    at: datetime  # aware; written in the user's local time
    sku_code: str
    sku_name: str
    quantity: Decimal
    from_path: str
    to_path: str
    reason: str  # as the user reads it ("Receipt", "盘点")
    reference: str  # the document number, e.g. PO-000012
    user: str
    note: str = ""


T_SHEET = QT_TRANSLATE_NOOP("Documents", "Movements")
MOVEMENT_COLUMNS = (
    (QT_TRANSLATE_NOOP("Documents", "Time"), 17, ColumnKind.DATETIME),
    (QT_TRANSLATE_NOOP("Documents", "SKU"), 18, ColumnKind.CODE),
    (QT_TRANSLATE_NOOP("Documents", "Name"), 32, ColumnKind.TEXT),
    (QT_TRANSLATE_NOOP("Documents", "Quantity"), 11, ColumnKind.QUANTITY),
    (QT_TRANSLATE_NOOP("Documents", "From"), 22, ColumnKind.TEXT),
    (QT_TRANSLATE_NOOP("Documents", "To"), 22, ColumnKind.TEXT),
    (QT_TRANSLATE_NOOP("Documents", "Reason"), 14, ColumnKind.TEXT),
    (QT_TRANSLATE_NOOP("Documents", "Reference"), 16, ColumnKind.CODE),
    (QT_TRANSLATE_NOOP("Documents", "User"), 14, ColumnKind.TEXT),
    (QT_TRANSLATE_NOOP("Documents", "Note"), 30, ColumnKind.TEXT),
)


def movement_columns(translate: Translate | None = None) -> list[ExcelColumn]:
    return [ExcelColumn(caption(translate, title), width, kind) for title, width, kind in MOVEMENT_COLUMNS]


def export_movements(rows: Iterable[MovementRecord], out: Path | BinaryIO, *,
                     translate: Translate | None = None) -> int:
    """Write the movements to a one-sheet workbook; returns the number of rows.

    ``rows`` may be a generator: it is streamed, never held in memory.
    """
    values = ((r.at, r.sku_code, r.sku_name, r.quantity, r.from_path, r.to_path, r.reason, r.reference, r.user,
               r.note) for r in rows)
    return write_table(caption(translate, T_SHEET), movement_columns(translate), values, out)
