"""The stocktake count sheet: an A4 list the clerk walks the warehouse with.

Lines are sorted by bin path (digits compared as numbers, so ``A/2`` comes before
``A/10``) and then SKU code, so each aisle is walked once; a bin's path is printed
on its first line (and again at the top of a page) and a heavier rule separates
bins. Each page repeats the header (stocktake number as a Code 128 barcode,
warehouse, date, page x of y) and the column headings; the expected quantity is
left out of a blind count; the last page ends with signature lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from omsdesk.documents.fonts import register_text_font
from omsdesk.documents.layout import (
    DOCUMENTS,
    FittedText,
    Translate,
    caption,
    draw_lines,
    draw_text,
    fit_line,
    fit_text,
    format_datetime,
    format_quantity,
    open_canvas,
)
from omsdesk.documents.symbols import CODE128, draw_barcode
from omsdesk.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class CountLine:
    bin_path: str
    sku_code: str
    sku_name: str
    expected: Decimal | None = None


@dataclass(frozen=True)
class CountSheet:
    number: str  # ST-000123
    warehouse_name: str
    created_at: datetime
    blind: bool
    lines: Sequence[CountLine]


T_TITLE = QT_TRANSLATE_NOOP("Documents", "Stocktake count sheet")
T_BLIND_TITLE = QT_TRANSLATE_NOOP("Documents", "Stocktake count sheet (blind count)")
T_WAREHOUSE = QT_TRANSLATE_NOOP("Documents", "Warehouse: {name}")
T_CREATED = QT_TRANSLATE_NOOP("Documents", "Created: {time}")
T_PAGE = QT_TRANSLATE_NOOP("Documents", "Page {page} of {pages}")
T_NUMBER = QT_TRANSLATE_NOOP("Documents", "#")
T_BIN = QT_TRANSLATE_NOOP("Documents", "Bin")
T_SKU = QT_TRANSLATE_NOOP("Documents", "SKU")
T_NAME = QT_TRANSLATE_NOOP("Documents", "Name")
T_EXPECTED = QT_TRANSLATE_NOOP("Documents", "Expected")
T_COUNTED = QT_TRANSLATE_NOOP("Documents", "Counted")
T_NOTE = QT_TRANSLATE_NOOP("Documents", "Note")
T_CONTINUED = QT_TRANSLATE_NOOP("Documents", "(continued)")
T_SUMMARY = QT_TRANSLATE_NOOP("Documents", "{lines} lines in {bins} bins")
T_SUMMARY_ONE_BIN = QT_TRANSLATE_NOOP("Documents", "{lines} lines in 1 bin")
T_SUMMARY_ONE_LINE = QT_TRANSLATE_NOOP("Documents", "1 line in 1 bin")
T_COUNTED_BY = QT_TRANSLATE_NOOP("Documents", "Counted by")
T_CHECKED_BY = QT_TRANSLATE_NOOP("Documents", "Checked by")
T_DATE = QT_TRANSLATE_NOOP("Documents", "Date")
T_EMPTY = QT_TRANSLATE_NOOP("Documents", "Nothing to count in this stocktake.")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 14 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 12 * mm
HEADER_HEIGHT = 24 * mm
FOOTER_HEIGHT = 7 * mm
HEADING_HEIGHT = 7.5 * mm
MIN_ROW_HEIGHT = 9 * mm  # room to write a number by hand
CELL_PAD = 1.5 * mm
TEXT_SIZE = 8.5
MIN_TEXT_SIZE = 6.5
SIGNATURE_HEIGHT = 30 * mm
GREY = colors.Color(0.92, 0.92, 0.92)
RULE = colors.Color(0.55, 0.55, 0.55)


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """``A/2`` before ``A/10``: digit runs compare as numbers, the rest case-insensitively."""
    return tuple((0, int(part)) if part.isdigit() else (1, part.casefold())
                 for part in re.split(r"(\d+)", text) if part)


def sorted_lines(lines: Sequence[CountLine]) -> list[CountLine]:
    return sorted(lines, key=lambda line: (natural_key(line.bin_path), natural_key(line.sku_code)))


@dataclass(frozen=True)
class _Column:
    key: str
    title: str
    width: float
    align: str = "left"


@dataclass(frozen=True)
class _Row:
    number: int
    line: CountLine
    new_bin: bool  # the first line of its bin
    bin_text: FittedText
    sku_text: FittedText
    name_text: FittedText
    height: float


def _columns(blind: bool, translate: Translate | None) -> list[_Column]:
    content = PAGE_WIDTH - 2 * MARGIN_X
    fixed = [
        _Column("number", caption(translate, T_NUMBER), 9 * mm, "right"),
        _Column("bin", caption(translate, T_BIN), 28 * mm),
        _Column("sku", caption(translate, T_SKU), 30 * mm),
    ]
    tail = [] if blind else [_Column("expected", caption(translate, T_EXPECTED), 17 * mm, "right")]
    tail += [_Column("counted", caption(translate, T_COUNTED), 21 * mm, "centre"),
             _Column("note", caption(translate, T_NOTE), 24 * mm)]
    name_width = content - sum(c.width for c in fixed) - sum(c.width for c in tail)
    return [*fixed, _Column("name", caption(translate, T_NAME), name_width), *tail]


def _layout_rows(lines: list[CountLine], columns: list[_Column], font: str) -> list[_Row]:
    widths = {c.key: c.width - 2 * CELL_PAD for c in columns}
    rows: list[_Row] = []
    previous_bin: str | None = None
    text_height = 3 * TEXT_SIZE * 1.18  # at most three lines of text in a row
    for number, line in enumerate(lines, 1):
        new_bin = line.bin_path != previous_bin
        previous_bin = line.bin_path
        bin_text = fit_text(line.bin_path, font, widths["bin"], text_height, max_size=TEXT_SIZE,
                            min_size=MIN_TEXT_SIZE)
        sku_text = fit_text(line.sku_code, font, widths["sku"], text_height, max_size=TEXT_SIZE,
                            min_size=MIN_TEXT_SIZE)
        name_text = fit_text(line.sku_name, font, widths["name"], text_height, max_size=TEXT_SIZE,
                             min_size=MIN_TEXT_SIZE)
        tallest = max(name_text.height, sku_text.height, bin_text.height if new_bin else 0.0)
        rows.append(_Row(number, line, new_bin, bin_text, sku_text, name_text,
                         max(MIN_ROW_HEIGHT, tallest + 2 * CELL_PAD)))
    return rows


def _paginate(rows: list[_Row]) -> list[list[_Row]]:
    """Rows per page; the last page keeps room for the signature block (or gets a page of its own)."""
    room = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - HEADER_HEIGHT - FOOTER_HEIGHT - HEADING_HEIGHT
    pages: list[list[_Row]] = [[]]
    used = 0.0
    for row in rows:
        if pages[-1] and used + row.height > room:
            pages.append([])
            used = 0.0
        pages[-1].append(row)
        used += row.height
    if used + SIGNATURE_HEIGHT > room and pages[-1]:
        pages.append([])  # signatures alone on a last page
    return pages


def _draw_header(canvas: Canvas, sheet: CountSheet, font: str, translate: Translate | None) -> None:
    top = PAGE_HEIGHT - MARGIN_TOP
    barcode_width = 62 * mm
    text_width = PAGE_WIDTH - 2 * MARGIN_X - barcode_width - 4 * mm
    title = fit_line(caption(translate, T_BLIND_TITLE if sheet.blind else T_TITLE), font, text_width,
                     max_size=15, min_size=10)
    draw_text(canvas, MARGIN_X, top - title.size, title.lines[0], font, title.size, bold=True)
    y = top - title.size - 6.5 * mm
    for text in (caption(translate, T_WAREHOUSE, name=sheet.warehouse_name),
                 caption(translate, T_CREATED, time=format_datetime(sheet.created_at))):
        line = fit_line(text, font, text_width, max_size=10, min_size=7)
        draw_text(canvas, MARGIN_X, y, line.lines[0], font, line.size)
        y -= 5 * mm
    draw_barcode(canvas, sheet.number, CODE128, PAGE_WIDTH - MARGIN_X - barcode_width, top - 17 * mm,
                 barcode_width, 17 * mm, font=font, text_size=9)
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN_X, top - HEADER_HEIGHT + 2 * mm, PAGE_WIDTH - MARGIN_X, top - HEADER_HEIGHT + 2 * mm)


def _draw_footer(canvas: Canvas, sheet: CountSheet, page: int, pages: int, font: str,
                 translate: Translate | None) -> None:
    y = MARGIN_BOTTOM
    draw_text(canvas, MARGIN_X, y, sheet.number, font, 8.5)
    draw_text(canvas, PAGE_WIDTH - MARGIN_X, y, caption(translate, T_PAGE, page=page, pages=pages), font, 8.5,
              align="right")


def _draw_headings(canvas: Canvas, columns: list[_Column], top: float, font: str) -> float:
    width = PAGE_WIDTH - 2 * MARGIN_X
    canvas.setFillColor(GREY)
    canvas.rect(MARGIN_X, top - HEADING_HEIGHT, width, HEADING_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    x = MARGIN_X
    for column in columns:
        title = fit_line(column.title, font, column.width - 2 * CELL_PAD, max_size=9, min_size=6)
        baseline = top - HEADING_HEIGHT / 2 - title.size * 0.35
        _draw_in_cell(canvas, column, x, baseline, title.lines[0], font, title.size, bold=True)
        x += column.width
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN_X, top - HEADING_HEIGHT, MARGIN_X + width, top - HEADING_HEIGHT)
    return top - HEADING_HEIGHT


def _draw_in_cell(canvas: Canvas, column: _Column, x: float, baseline: float, text: str, font: str,
                  size: float, *, bold: bool = False) -> None:
    if column.align == "right":
        draw_text(canvas, x + column.width - CELL_PAD, baseline, text, font, size, align="right", bold=bold)
    elif column.align == "centre":
        draw_text(canvas, x + column.width / 2, baseline, text, font, size, align="centre", bold=bold)
    else:
        draw_text(canvas, x + CELL_PAD, baseline, text, font, size, bold=bold)


def _draw_row(canvas: Canvas, row: _Row, columns: list[_Column], top: float, first_on_page: bool, font: str,
              translate: Translate | None) -> float:
    bottom = top - row.height
    x = MARGIN_X
    width = PAGE_WIDTH - 2 * MARGIN_X
    first_line_baseline = top - CELL_PAD - TEXT_SIZE * 0.86
    for column in columns:
        cell_top = top - CELL_PAD
        if column.key == "number":
            _draw_in_cell(canvas, column, x, first_line_baseline, str(row.number), font, 7.5)
        elif column.key == "bin" and (row.new_bin or first_on_page):
            draw_lines(canvas, x + CELL_PAD, cell_top, row.bin_text, font, bold=True)
            if not row.new_bin:
                more = fit_line(caption(translate, T_CONTINUED), font, column.width - 2 * CELL_PAD,
                                max_size=6.5, min_size=5)
                draw_text(canvas, x + CELL_PAD, bottom + CELL_PAD, more.lines[0], font, more.size)
        elif column.key == "sku":
            draw_lines(canvas, x + CELL_PAD, cell_top, row.sku_text, font)
        elif column.key == "name":
            draw_lines(canvas, x + CELL_PAD, cell_top, row.name_text, font)
        elif column.key == "expected":
            _draw_in_cell(canvas, column, x, first_line_baseline, format_quantity(row.line.expected), font,
                          TEXT_SIZE)
        elif column.key == "counted":
            canvas.setStrokeColor(colors.black)
            canvas.setLineWidth(0.7)
            canvas.rect(x + 2 * mm, bottom + 1.5 * mm, column.width - 4 * mm, row.height - 3 * mm, stroke=1,
                        fill=0)
        x += column.width
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    canvas.line(MARGIN_X, bottom, MARGIN_X + width, bottom)
    if row.new_bin and not first_on_page:  # a heavier rule where a new bin starts
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(1.1)
        canvas.line(MARGIN_X, top, MARGIN_X + width, top)
    return bottom


def summary_text(lines: Sequence[CountLine], translate: Translate | None = None) -> str:
    """"12 lines in 3 bins" under the last line (singular where it is one)."""
    if not lines:
        return caption(translate, T_EMPTY)
    bins = len({line.bin_path for line in lines})
    specific = T_SUMMARY_ONE_LINE if len(lines) == 1 else T_SUMMARY_ONE_BIN if bins == 1 else T_SUMMARY
    if specific is not T_SUMMARY and translate is not None and translate(DOCUMENTS, specific) == specific \
            and translate(DOCUMENTS, T_SUMMARY) != T_SUMMARY:
        specific = T_SUMMARY  # the singular is not translated yet: the general form in the reader's language
    return caption(translate, specific, lines=len(lines), bins=bins)


def _draw_signatures(canvas: Canvas, rows: list[_Row], top: float, font: str, translate: Translate | None) -> None:
    y = top - 7 * mm
    text = summary_text([row.line for row in rows], translate)
    draw_text(canvas, MARGIN_X, y, text, font, 9)
    y -= 13 * mm
    half = (PAGE_WIDTH - 2 * MARGIN_X) / 2
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.6)
    for index, who in enumerate((T_COUNTED_BY, T_CHECKED_BY)):
        x = MARGIN_X + index * half
        label = caption(translate, who)
        date = caption(translate, T_DATE)
        draw_text(canvas, x, y, label, font, 9)
        start = x + canvas.stringWidth(label, font, 9) + 2 * mm
        canvas.line(start, y - 1, x + half * 0.58, y - 1)
        date_x = x + half * 0.62
        draw_text(canvas, date_x, y, date, font, 9)
        canvas.line(date_x + canvas.stringWidth(date, font, 9) + 2 * mm, y - 1, x + half - 5 * mm, y - 1)


def count_sheet_pdf(sheet: CountSheet, out: Path | BinaryIO, *, translate: Translate | None = None) -> int:
    """Write the count sheet to ``out``; returns the number of pages.

    ``translate`` is Qt's ``(context, text) → text`` for the captions (context
    ``"Documents"``); without it they are English.
    """
    font = register_text_font()
    columns = _columns(sheet.blind, translate)
    rows = _layout_rows(sorted_lines(sheet.lines), columns, font)
    pages = _paginate(rows)
    canvas = open_canvas(out, A4, title=f"{caption(translate, T_TITLE)} {sheet.number}", font=font)
    table_top = PAGE_HEIGHT - MARGIN_TOP - HEADER_HEIGHT
    for page_number, page_rows in enumerate(pages, 1):
        _draw_header(canvas, sheet, font, translate)
        _draw_footer(canvas, sheet, page_number, len(pages), font, translate)
        y = table_top
        if page_rows or page_number == 1:
            y = _draw_headings(canvas, columns, table_top, font)
        for index, row in enumerate(page_rows):
            y = _draw_row(canvas, row, columns, y, index == 0, font, translate)
        if page_number == len(pages):
            _draw_signatures(canvas, rows, y, font, translate)
        canvas.showPage()
    canvas.save()
    return len(pages)
