"""Excel writing and reading: real numbers and times, formats, header row, round trip."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from omsdesk.documents.excel import (
    ColumnKind,
    ExcelColumn,
    ExcelTable,
    read_sheets,
    read_workbook,
    sheet_title,
    write_table,
    write_tables,
)
from omsdesk.documents.movements import MovementRecord, export_movements
from omsdesk.errors import UserError

COLUMNS = [
    ExcelColumn("Code", 12, ColumnKind.CODE),
    ExcelColumn("名称", 30, ColumnKind.TEXT),
    ExcelColumn("Price", 10, ColumnKind.MONEY),
    ExcelColumn("Quantity", 10, ColumnKind.QUANTITY),
    ExcelColumn("Cost", 10, ColumnKind.DECIMAL),
    ExcelColumn("At", 17, ColumnKind.DATETIME),
    ExcelColumn("Active", 8, ColumnKind.BOOLEAN),
    ExcelColumn("Count", 8, ColumnKind.INTEGER),
]
AT = datetime(2025, 3, 4, 2, 30, tzinfo=UTC)
ROWS = [
    ("036000291452", "纯棉T恤 黑 M", Decimal("59.00"), Decimal("3"), Decimal("18.1234"), AT, True, 7),
    ("TS-WHT-L", "Crew-neck T-shirt Ünïcödé", Decimal("1234.5"), Decimal("2.5"), None, AT + timedelta(hours=1),
     False, 0),
]


def test_values_are_written_as_numbers_and_times_with_formats(tmp_path: Path) -> None:
    out = tmp_path / "table.xlsx"
    assert write_table("Items", COLUMNS, ROWS, out) == 2
    sheet = openpyxl.load_workbook(out)["Items"]
    header = sheet[1]
    assert [c.value for c in header] == [c.title for c in COLUMNS]
    assert all(c.font.b for c in header)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:H3"
    assert sheet.column_dimensions["B"].width == 30
    code, name, price, quantity, cost, at, active, count = sheet[2]
    assert (code.value, code.data_type, code.number_format) == ("036000291452", "s", "@")  # leading zero kept
    assert name.value == "纯棉T恤 黑 M"
    assert (price.value, price.number_format) == (59, "#,##0.00") and price.data_type == "n"
    assert (quantity.value, quantity.number_format) == (3, "#,##0")  # whole: no trailing decimal point
    assert (cost.value, cost.number_format) == (pytest.approx(18.1234), "#,##0.00##")
    local = AT.astimezone().replace(tzinfo=None)
    assert (at.value, at.number_format) == (local, "yyyy-mm-dd hh:mm") and at.is_date
    assert active.value is True and count.value == 7
    second = sheet[3]
    assert (second[3].value, second[3].number_format) == (2.5, "#,##0.####")
    assert second[4].value is None and second[6].value is False


def test_several_sheets_in_one_workbook_and_bad_sheet_names(tmp_path: Path) -> None:
    out = io.BytesIO()
    counts = write_tables([ExcelTable("SKUs", COLUMNS, ROWS), ExcelTable("a/b: [c]?", COLUMNS[:2], iter([("x", "y")]))],
                          out)
    assert counts == {"SKUs": 2, "a_b_ _c__": 1}
    out.seek(0)
    assert openpyxl.load_workbook(out).sheetnames == ["SKUs", "a_b_ _c__"]
    assert sheet_title("x" * 40) == "x" * 31


def test_round_trip_through_the_reader(tmp_path: Path) -> None:
    out = tmp_path / "table.xlsx"
    write_table("Items", COLUMNS, ROWS, out)
    rows = read_sheets(out)["Items"]
    assert [r.row_number for r in rows] == [2, 3]
    first = rows[0]
    assert first["Code"] == "036000291452" and first["名称"] == "纯棉T恤 黑 M"
    assert Decimal(repr(first["Price"])) == Decimal("59") and Decimal(repr(first["Cost"])) == Decimal("18.1234")
    assert first["At"] == AT.astimezone().replace(tzinfo=None)
    assert isinstance(rows[1]["Quantity"], float) and rows[1]["Quantity"] == 2.5
    assert rows[1].get("Cost") is None and rows[1]["Active"] is False


def test_reader_finds_the_header_below_blank_rows_and_skips_empty_rows(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Data"
    sheet.append([])
    sheet.append([None, "  "])
    sheet.append(["Code", None, "Name", "Code", "Qty"])
    sheet.append(["A-1", "ignored: no header", "一", "again", 1])
    sheet.append([None, None, None])
    sheet.append(["A-2", None, "二", None, 2.5])
    workbook.save(tmp_path / "data.xlsx")
    data = read_workbook(tmp_path / "data.xlsx")["Data"]
    assert data.header_row == 3 and data.headers == ["Code", "Name", "Qty"] and data.duplicate_headers == ["Code"]
    assert [(r.row_number, r.values_by_header) for r in data.rows] == [
        (4, {"Code": "A-1", "Name": "一", "Qty": 1}), (6, {"Code": "A-2", "Name": "二", "Qty": 2.5})]


def test_a_file_that_is_not_a_workbook_is_a_user_error(tmp_path: Path) -> None:
    bogus = tmp_path / "orders.xlsx"
    bogus.write_text("id,name\n1,x\n")
    with pytest.raises(UserError, match="cannot be read as an Excel workbook"):
        read_sheets(bogus)


def test_movement_export_streams_rows_with_real_types(tmp_path: Path) -> None:
    records = (MovementRecord(AT + timedelta(minutes=n), f"SKU-{n}", "马克杯", Decimal(n) + Decimal("0.25"),
                              "SH/A/01", "Customer", "Shipment", f"SO-{n}", "alice", "") for n in range(3))
    out = tmp_path / "moves.xlsx"
    assert export_movements(records, out) == 3
    sheet = openpyxl.load_workbook(out)["Movements"]
    assert [c.value for c in sheet[1]][:4] == ["Time", "SKU", "Name", "Quantity"]
    last = [c.value for c in sheet[4]]
    assert last[0] == (AT + timedelta(minutes=2)).astimezone().replace(tzinfo=None)
    assert last[1:9] == ["SKU-2", "马克杯", 2.25, "SH/A/01", "Customer", "Shipment", "SO-2", "alice"]


def test_movement_headers_are_translatable(tmp_path: Path) -> None:
    out = tmp_path / "moves.xlsx"
    export_movements([], out, translate=lambda context, text: {"Movements": "库存流水", "Time": "时间"}.get(text, text))
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["库存流水"] and workbook["库存流水"]["A1"].value == "时间"
