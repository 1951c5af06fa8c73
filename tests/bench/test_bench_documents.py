"""Benchmarks: labels, a count sheet and a movement export, beside the raw libraries.

Run with `make bench`. Prints figures (pages/s, rows/s) and the ratio against raw
reportlab / openpyxl drawing or writing the same content; asserts only correctness.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.eanbc import Ean13BarcodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from omsdesk.documents.count_sheet import CountLine, CountSheet, count_sheet_pdf
from omsdesk.documents.fonts import register_text_font
from omsdesk.documents.labels import SkuLabel, sku_labels_pdf
from omsdesk.documents.movements import MovementRecord, export_movements
from omsdesk.documents.symbols import gs1_check_digit

pytestmark = pytest.mark.bench

LABELS = 1_000
COUNT_LINES = 2_000
MOVEMENTS = 10_000
NAMES = ["纯棉圆领短袖T恤 黑色 M码", "Crew-neck T-shirt, organic cotton, white, XXL", "马克杯 350ml 白色陶瓷",
         "无线蓝牙耳机 降噪版 Pro 第二代（含充电盒与三副耳塞）", "Ünïcödé socks 3-pack 袜子三双装"]


def ean(n: int) -> str:
    body = f"690{n:09d}"
    return body + gs1_check_digit(body)


def report(what: str, count: int, unit: str, ours: float, raw: float) -> None:
    print(f"\n{what}: omsdesk {ours:.2f} s ({count / ours:,.0f} {unit}/s); raw {raw:.2f} s "
          f"({count / raw:,.0f} {unit}/s); ratio {ours / raw:.2f}×")


def test_sku_labels(tmp_path: Path) -> None:
    labels = [SkuLabel(f"SKU-{n:05d}", NAMES[n % len(NAMES)], ean(n) if n % 2 else "", "ean13" if n % 2 else "code128",
                       f"¥{n % 300}.90") for n in range(LABELS)]
    font = register_text_font()
    started = time.perf_counter()
    pages = sku_labels_pdf(labels, tmp_path / "labels.pdf")
    ours = time.perf_counter() - started
    assert pages == LABELS

    started = time.perf_counter()  # raw reportlab: the same content, no fitting, no checks
    canvas = Canvas(str(tmp_path / "raw.pdf"), pagesize=(50 * mm, 30 * mm), pageCompression=1)
    for label in labels:
        canvas.setFont(font, 7)
        canvas.drawString(2 * mm, 25 * mm, label.name[:24])
        canvas.drawString(2 * mm, 21 * mm, label.code)
        canvas.drawRightString(48 * mm, 21 * mm, label.price_text)
        if label.barcode:
            drawing = Drawing(42 * mm, 13 * mm)
            drawing.add(Ean13BarcodeWidget(label.barcode[:12], barWidth=0.33 * mm, barHeight=13 * mm, fontName=font,
                                           fontSize=7))
            renderPDF.draw(drawing, canvas, 4 * mm, 2 * mm)
        else:
            Code128(label.code, barWidth=0.25 * mm, barHeight=13 * mm, quiet=0).drawOn(canvas, 6 * mm, 2 * mm)
        canvas.showPage()
    canvas.save()
    raw = time.perf_counter() - started
    report(f"{LABELS:,} SKU labels (50 × 30 mm)", pages, "pages", ours, raw)


def test_count_sheet(tmp_path: Path) -> None:
    lines = [CountLine(f"SH/{n // 400 + 1}/{(n // 20) % 20 + 1:02d}/B{n % 20 + 1}", f"SKU-{n:05d}",
                       NAMES[n % len(NAMES)], Decimal(n % 97)) for n in range(COUNT_LINES)]
    sheet = CountSheet("ST-000999", "上海主仓 Shanghai", datetime(2025, 3, 4, tzinfo=UTC), False, lines)
    font = register_text_font()
    started = time.perf_counter()
    pages = count_sheet_pdf(sheet, tmp_path / "count.pdf")
    ours = time.perf_counter() - started
    assert pages >= COUNT_LINES // 40

    started = time.perf_counter()  # raw reportlab: a header, then fixed-height rows of the same cells
    canvas = Canvas(str(tmp_path / "raw.pdf"), pagesize=A4, pageCompression=1)
    rows_per_page = 30
    raw_pages = 0
    for start in range(0, len(lines), rows_per_page):
        raw_pages += 1
        canvas.setFont(font, 14)
        canvas.drawString(40, 800, f"Stocktake count sheet {sheet.number}")
        Code128(sheet.number, barWidth=0.3 * mm, barHeight=12 * mm, quiet=0).drawOn(canvas, 420, 780)
        y = 740
        for line in lines[start:start + rows_per_page]:
            canvas.setFont(font, 8.5)
            canvas.drawString(40, y, line.bin_path)
            canvas.drawString(120, y, line.sku_code)
            canvas.drawString(200, y, line.sku_name[:30])
            canvas.drawRightString(430, y, str(line.expected))
            canvas.rect(440, y - 4, 55, 16)
            canvas.line(40, y - 8, 555, y - 8)
            y -= 23
        canvas.drawRightString(555, 30, f"Page {raw_pages}")
        canvas.showPage()
    canvas.save()
    raw = time.perf_counter() - started
    print(f"\ncount sheet: {COUNT_LINES:,} lines on {pages} pages (raw: {raw_pages} pages)")
    report(f"{COUNT_LINES:,}-line count sheet", pages, "pages", ours, raw * pages / raw_pages)


def test_movement_export(tmp_path: Path) -> None:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    records = [MovementRecord(start + timedelta(minutes=n), f"SKU-{n % 5000:05d}", NAMES[n % len(NAMES)],
                              Decimal(n % 13) + Decimal("0.5") * (n % 2), f"SH/A/{n % 40:02d}/B1", "Customer",
                              "Shipment", f"SO-{n:06d}", "alice") for n in range(MOVEMENTS)]
    started = time.perf_counter()
    written = export_movements(records, tmp_path / "moves.xlsx")
    ours = time.perf_counter() - started
    assert written == MOVEMENTS

    started = time.perf_counter()  # raw openpyxl: write-only, plain values, no formats
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Movements")
    sheet.append(["Time", "SKU", "Name", "Quantity", "From", "To", "Reason", "Reference", "User", "Note"])
    for r in records:
        sheet.append([r.at.replace(tzinfo=None), r.sku_code, r.sku_name, r.quantity, r.from_path, r.to_path,
                      r.reason, r.reference, r.user, r.note])
    workbook.save(tmp_path / "raw.xlsx")
    raw = time.perf_counter() - started
    report(f"{MOVEMENTS:,}-row movement export", MOVEMENTS, "rows", ours, raw)

    check = openpyxl.load_workbook(tmp_path / "moves.xlsx", read_only=True)["Movements"]
    last = next(check.iter_rows(min_row=MOVEMENTS + 1, max_row=MOVEMENTS + 1, values_only=True))
    assert last[1] == f"SKU-{(MOVEMENTS - 1) % 5000:05d}" and isinstance(last[3], int | float)
