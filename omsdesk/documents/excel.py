"""Excel workbooks: tables written in openpyxl's write-only mode, and read back by header.

Writing streams rows (memory stays flat for 100,000 rows): each sheet gets a bold,
shaded, frozen header row, an autofilter over the data, the column widths asked
for, and number formats by column kind. Values are written as what they are —
numbers as numbers (a ``Decimal`` goes into the file digit for digit), times as
Excel date-times in the user's local zone (Excel has no time zones) — never as
text that merely looks like a number.

Reading returns each sheet's rows as ``{header: value}`` with the row number
Excel shows, so that an importer can name the cell a problem is in.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from omsdesk.errors import QT_TRANSLATE_NOOP, UserError

MAX_SHEET_NAME = 31  # Excel's limit
_FORBIDDEN_IN_SHEET_NAMES = str.maketrans({c: "_" for c in "[]:*?/\\"})


class ColumnKind(StrEnum):
    TEXT = "text"
    CODE = "code"  # text that looks like a number (barcodes, codes): stored and formatted as text
    INTEGER = "integer"
    MONEY = "money"  # #,##0.00
    QUANTITY = "quantity"  # #,##0.#### (whole numbers without a trailing point)
    DECIMAL = "decimal"  # up to 4 places: costs, weights
    DATETIME = "datetime"  # yyyy-mm-dd hh:mm, local time
    DATE = "date"
    BOOLEAN = "boolean"


NUMBER_FORMATS = {
    ColumnKind.TEXT: None,
    ColumnKind.CODE: "@",
    ColumnKind.INTEGER: "0",
    ColumnKind.MONEY: "#,##0.00",
    ColumnKind.QUANTITY: "#,##0.####",
    ColumnKind.DECIMAL: "#,##0.00##",
    ColumnKind.DATETIME: "yyyy-mm-dd hh:mm",
    ColumnKind.DATE: "yyyy-mm-dd",
    ColumnKind.BOOLEAN: None,
}
WHOLE_QUANTITY_FORMAT = "#,##0"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="E8E8E8")
HEADER_ALIGNMENT = Alignment(vertical="center")
WRAP_ALIGNMENT = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True)
class ExcelColumn:
    title: str
    width: float = 14.0  # in Excel's character widths
    kind: ColumnKind = ColumnKind.TEXT


@dataclass(frozen=True)
class ExcelTable:
    sheet_name: str
    columns: Sequence[ExcelColumn]
    rows: Iterable[Sequence[Any]]


def sheet_title(name: str) -> str:
    """A name Excel accepts: no ``[]:*?/\\``, at most 31 characters."""
    return (name.translate(_FORBIDDEN_IN_SHEET_NAMES).strip() or "Sheet")[:MAX_SHEET_NAME]


def excel_value(value: Any, kind: ColumnKind) -> Any:
    """What goes into a cell of a column of ``kind``."""
    if value is None:
        return None
    if isinstance(value, Enum):
        value = value.value
    if kind in (ColumnKind.TEXT, ColumnKind.CODE):
        return value if isinstance(value, str) else str(value)
    if isinstance(value, datetime):
        return value.astimezone().replace(tzinfo=None) if value.tzinfo is not None else value
    if isinstance(value, float) and kind in (ColumnKind.MONEY, ColumnKind.QUANTITY, ColumnKind.DECIMAL):
        return Decimal(repr(value))
    return value


class _Styled:
    """One styled cell per column, reused row after row: openpyxl writes a row when it
    is appended, so the cell can take the next row's value (a new cell per value would
    cost a third of the time)."""

    def __init__(self, sheet: WriteOnlyWorksheet, kind: ColumnKind) -> None:
        self.kind = kind
        number_format = NUMBER_FORMATS[kind]
        self.cell = self._cell(sheet, number_format) if number_format else None
        self.whole = self._cell(sheet, WHOLE_QUANTITY_FORMAT) if kind is ColumnKind.QUANTITY else None

    @staticmethod
    def _cell(sheet: WriteOnlyWorksheet, number_format: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet)
        cell.number_format = number_format
        return cell

    def __call__(self, value: Any) -> Any:
        value = excel_value(value, self.kind)
        if value is None or self.cell is None:
            return value
        if self.whole is not None and isinstance(value, Decimal | int) and value == int(value):
            self.whole.value = value
            return self.whole
        self.cell.value = value
        return self.cell


class WorkbookWriter:
    """A workbook of several tables, streamed to ``out`` by :meth:`save` (or on leaving ``with``)."""

    def __init__(self, out: Path | BinaryIO) -> None:
        self.out = out
        self.workbook = Workbook(write_only=True)
        self.counts: dict[str, int] = {}

    def __enter__(self) -> WorkbookWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            self.save()

    def add_table(self, sheet_name: str, columns: Sequence[ExcelColumn], rows: Iterable[Sequence[Any]]) -> int:
        """A sheet with a header row and ``rows``; returns how many rows were written."""
        title = sheet_title(sheet_name)
        sheet = self.workbook.create_sheet(title)
        for index, column in enumerate(columns, 1):
            dimension = sheet.column_dimensions[get_column_letter(index)]
            dimension.width = column.width
            if column.kind is ColumnKind.CODE:
                dimension.number_format = "@"  # what is typed below the data stays text too
        sheet.freeze_panes = "A2"
        header = []
        for column in columns:
            cell = WriteOnlyCell(sheet, column.title)
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = HEADER_ALIGNMENT
            header.append(cell)
        sheet.append(header)
        converters = [_Styled(sheet, column.kind) for column in columns]
        count = 0
        for row in rows:
            sheet.append([convert(value) for convert, value in zip(converters, row, strict=False)])
            count += 1
        sheet.auto_filter.ref = f"A1:{get_column_letter(max(1, len(columns)))}{count + 1}"
        self.counts[title] = count
        return count

    def add_notes(self, sheet_name: str, rows: Iterable[Sequence[str]], widths: Sequence[float]) -> None:
        """A sheet of wrapped text (a read-me): the first row bold."""
        sheet = self.workbook.create_sheet(sheet_title(sheet_name))
        for index, width in enumerate(widths, 1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        for number, row in enumerate(rows):
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value)
                cell.alignment = WRAP_ALIGNMENT
                if number == 0:
                    cell.font = HEADER_FONT
                cells.append(cell)
            sheet.append(cells)

    def save(self) -> None:
        if not self.workbook.worksheets:
            self.workbook.create_sheet("Sheet")
        target = str(self.out) if isinstance(self.out, Path) else self.out
        self.workbook.save(target)


def write_table(sheet_name: str, columns: Sequence[ExcelColumn], rows: Iterable[Sequence[Any]],
                out: Path | BinaryIO) -> int:
    """A workbook of one table; returns the number of rows written."""
    with WorkbookWriter(out) as writer:
        return writer.add_table(sheet_name, columns, rows)


def write_tables(tables: Iterable[ExcelTable], out: Path | BinaryIO) -> dict[str, int]:
    """A workbook of several tables, one sheet each; returns rows written per sheet."""
    with WorkbookWriter(out) as writer:
        for table in tables:
            writer.add_table(table.sheet_name, table.columns, table.rows)
    return dict(writer.counts)


# -- reading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowData:
    """One row of a sheet: its number as Excel shows it, and its values by column header."""

    row_number: int
    values_by_header: dict[str, Any]

    def get(self, header: str, default: Any = None) -> Any:
        return self.values_by_header.get(header, default)

    def __getitem__(self, header: str) -> Any:
        return self.values_by_header[header]


@dataclass
class SheetData:
    name: str
    header_row: int  # 0 when the sheet is empty
    headers: list[str]
    rows: list[RowData] = field(default_factory=list)
    duplicate_headers: list[str] = field(default_factory=list)


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _read_sheet(name: str, values: Iterator[tuple[Any, ...]]) -> SheetData:
    sheet = SheetData(name, 0, [])
    columns: list[tuple[int, str]] = []
    for row_number, row in enumerate(values, 1):
        if not sheet.header_row:
            if all(_is_blank(v) for v in row):
                continue
            sheet.header_row = row_number
            seen: set[str] = set()
            for index, value in enumerate(row):
                if _is_blank(value):
                    continue
                header = str(value).strip()
                if header.casefold() in seen:
                    sheet.duplicate_headers.append(header)
                    continue
                seen.add(header.casefold())
                columns.append((index, header))
                sheet.headers.append(header)
            continue
        if all(_is_blank(v) for v in row):
            continue
        sheet.rows.append(RowData(row_number, {
            header: (row[index] if index < len(row) else None) for index, header in columns
        }))
    return sheet


def read_workbook(path: Path | BinaryIO) -> dict[str, SheetData]:
    """Every sheet of an ``.xlsx`` file: headers from its first non-empty row, then its rows.

    Formulas give their last computed value; fully empty rows are left out.
    """
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise UserError(QT_TRANSLATE_NOOP(
            "Messages", "{file} cannot be read as an Excel workbook (.xlsx): {reason}"),
            file=getattr(path, "name", str(path)), reason=str(error) or type(error).__name__) from error
    try:
        sheets: dict[str, SheetData] = {}
        for worksheet in workbook.worksheets:
            if hasattr(worksheet, "reset_dimensions"):
                worksheet.reset_dimensions()  # some programs write wrong dimensions; read every row
            sheets[worksheet.title] = _read_sheet(worksheet.title, worksheet.iter_rows(min_row=1, values_only=True))
        return sheets
    finally:
        workbook.close()


def read_sheets(path: Path | BinaryIO) -> dict[str, list[RowData]]:
    """Sheet name → its rows (``RowData``), keyed by the headers in the sheet's first non-empty row."""
    return {name: sheet.rows for name, sheet in read_workbook(path).items()}

