"""SKU and bin barcode labels as PDF: one label per page on a thermal printer, or A4 sheets.

Each label keeps everything inside its padding: the name wraps (Chinese between
any two characters) and shrinks to fit, the barcode takes the room that is left
at a module width a scanner reads (see :mod:`omsdesk.documents.symbols`). Nothing
here touches the database: the caller passes plain :class:`SkuLabel` /
:class:`BinLabel` rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from omsdesk.documents.fonts import register_text_font
from omsdesk.documents.layout import draw_lines, draw_text, fit_line, fit_text, open_canvas
from omsdesk.documents.symbols import CODE128, check_printable, draw_barcode, module_for
from omsdesk.errors import QT_TRANSLATE_NOOP, ValidationError

THERMAL_DOT = 25.4 / 203 * mm  # one dot of a 203 dpi thermal printer
BIN_MAX_MODULE = 0.5 * mm  # shelf labels are scanned from further away: wider bars where there is room


@dataclass(frozen=True)
class SkuLabel:
    code: str
    name: str
    barcode: str  # empty: the SKU code is printed as Code 128
    barcode_kind: str = CODE128  # "ean13", "upca" or "code128" ("own" is printed as Code 128)
    price_text: str = ""  # already formatted, e.g. "¥59.00"


@dataclass(frozen=True)
class BinLabel:
    path: str  # WH1/A/03/2/B07
    barcode: str  # the location's barcode (Code 128)
    warehouse_name: str = ""


@dataclass(frozen=True)
class LabelLayout:
    """Where labels sit on a page (all lengths in points)."""

    title: str
    page_width: float
    page_height: float
    columns: int
    rows: int
    label_width: float
    label_height: float
    left: float = 0.0  # the first label's distance from the page's left edge
    top: float = 0.0  # … and from its top edge
    column_gap: float = 0.0
    row_gap: float = 0.0
    padding_x: float = 2 * mm
    padding_y: float = 2 * mm
    dot: float | None = None  # the printer's dot for thermal printers: bars are whole dots

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origin(self, slot: int) -> tuple[float, float]:
        """The bottom-left corner of label ``slot`` (0 … per_page − 1), row by row from the top."""
        row, column = divmod(slot, self.columns)
        x = self.left + column * (self.label_width + self.column_gap)
        y = self.page_height - self.top - (row + 1) * self.label_height - row * self.row_gap
        return x, y


class LabelSize(Enum):
    """The label stocks omsdesk prints on."""

    THERMAL_50x30 = LabelLayout("50 × 30 mm thermal", 50 * mm, 30 * mm, 1, 1, 50 * mm, 30 * mm, dot=THERMAL_DOT)
    THERMAL_60x40 = LabelLayout("60 × 40 mm thermal", 60 * mm, 40 * mm, 1, 1, 60 * mm, 40 * mm,
                                padding_x=2.5 * mm, padding_y=2.5 * mm, dot=THERMAL_DOT)
    THERMAL_100x50 = LabelLayout("100 × 50 mm thermal", 100 * mm, 50 * mm, 1, 1, 100 * mm, 50 * mm,
                                 padding_x=3 * mm, padding_y=3 * mm, dot=THERMAL_DOT)
    # 24 labels of 70 × 36 mm (e.g. Avery 3475); 5 mm side padding keeps text off a laser printer's unprintable edge
    A4_3x8 = LabelLayout("A4 sheet, 3 × 8 labels of 70 × 36 mm", A4[0], A4[1], 3, 8, 70 * mm, 36 * mm,
                         left=0.0, top=4.5 * mm, padding_x=5 * mm, padding_y=3 * mm)

    @property
    def layout(self) -> LabelLayout:
        return self.value


@dataclass(frozen=True)
class _Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height


def _inner(layout: LabelLayout, slot: int) -> _Box:
    x, y = layout.origin(slot)
    return _Box(x + layout.padding_x, y + layout.padding_y, layout.label_width - 2 * layout.padding_x,
                layout.label_height - 2 * layout.padding_y)


def _scale(layout: LabelLayout) -> float:
    """Type sizes grow with the label: 1.0 for a 26 mm high printable area."""
    return min(1.4, (layout.label_height - 2 * layout.padding_y) / (26 * mm))


def _draw_sku_label(canvas: Canvas, label: SkuLabel, kind: str, barcode: str, box: _Box, layout: LabelLayout,
                    font: str) -> None:
    scale = _scale(layout)
    name_height = box.height * 0.30
    code_height = box.height * 0.15
    gap = 0.8 * mm
    # name: as many lines as its area holds, shrinking to fit
    fitted_name = fit_text(label.name, font, box.width, name_height, max_size=9 * scale, min_size=5.5)
    draw_lines(canvas, box.x, box.top, fitted_name, font)
    # code on the left, price on the right of one line
    code_top = box.top - name_height
    code_size = min(8.5 * scale, code_height / 1.2)
    price_width = 0.0
    if label.price_text:
        price = fit_line(label.price_text, font, box.width * 0.45, max_size=code_size, min_size=5.5)
        price_width = canvas.stringWidth(price.lines[0], font, price.size) + 1.5 * mm
        draw_text(canvas, box.x + box.width, code_top - price.size * 0.95, price.lines[0], font, price.size,
                  align="right", bold=True)
    code = fit_line(label.code, font, box.width - price_width, max_size=code_size, min_size=5.5)
    draw_text(canvas, box.x, code_top - code.size * 0.95, code.lines[0], font, code.size, bold=True)
    # the barcode takes the rest
    barcode_height = box.height - name_height - code_height - gap
    readable = not (kind == CODE128 and barcode == label.code)  # the code is printed just above
    draw_barcode(canvas, barcode, kind, box.x, box.y, box.width, barcode_height, font=font,
                 text_size=min(8 * scale, barcode_height * 0.22), dot=layout.dot, spare_left=layout.padding_x,
                 spare_right=layout.padding_x, human_readable=readable)


def _draw_bin_label(canvas: Canvas, label: BinLabel, box: _Box, layout: LabelLayout, font: str) -> None:
    scale = _scale(layout)
    top = box.top
    if label.warehouse_name:
        warehouse = fit_line(label.warehouse_name, font, box.width, max_size=7.5 * scale, min_size=5.5)
        draw_lines(canvas, box.x, top, warehouse, font)
        top -= warehouse.height
    path_height = box.height * 0.36
    path = fit_text(label.path, font, box.width, path_height, max_size=18 * scale, min_size=7, max_lines=2)
    draw_lines(canvas, box.x + box.width / 2, top, path, font, align="centre", bold=True)
    barcode_height = top - path_height - 0.8 * mm - box.y
    draw_barcode(canvas, label.barcode, CODE128, box.x, box.y, box.width, barcode_height, font=font,
                 text_size=min(7 * scale, barcode_height * 0.2), dot=layout.dot, spare_left=layout.padding_x,
                 spare_right=layout.padding_x, max_module=BIN_MAX_MODULE)


def _sku_barcode(label: SkuLabel) -> tuple[str, str]:
    if label.barcode.strip():
        return label.barcode.strip(), check_printable(label.barcode.strip(), label.barcode_kind)
    return label.code, check_printable(label.code, CODE128)


def _render(items: Sequence[object], out: Path | BinaryIO, size: LabelSize, title: str,
            draw: Callable[[Canvas, object, _Box, LabelLayout, str], None]) -> int:
    if not items:
        raise ValidationError("labels", QT_TRANSLATE_NOOP("Messages", "there are no labels to print"))
    layout = size.layout
    font = register_text_font()
    canvas = open_canvas(out, (layout.page_width, layout.page_height), title=title, font=font)
    pages = 0
    for index, item in enumerate(items):
        slot = index % layout.per_page
        if slot == 0 and index:
            canvas.showPage()
        if slot == 0:
            pages += 1
        draw(canvas, item, _inner(layout, slot), layout, font)
    canvas.showPage()
    canvas.save()
    return pages


def sku_labels_pdf(labels: Sequence[SkuLabel], out: Path | BinaryIO,
                   size: LabelSize = LabelSize.THERMAL_50x30) -> int:
    """Write SKU labels (name, code, price, barcode) to ``out``; returns the number of pages.

    Every label is checked before anything is written: an EAN-13 / UPC-A code with a
    wrong check digit, a code Code 128 cannot carry, or a code too long for the label
    raises :class:`ValidationError` naming it.
    """
    layout = size.layout
    width = layout.label_width - 2 * layout.padding_x
    prepared = []
    for label in labels:
        barcode, kind = _sku_barcode(label)
        module_for(barcode, kind, width, dot=layout.dot, spare_left=layout.padding_x, spare_right=layout.padding_x,
                   label=layout.title)
        prepared.append((label, barcode, kind))

    def draw(canvas: Canvas, item: object, box: _Box, layout: LabelLayout, font: str) -> None:
        label, barcode, kind = item  # type: ignore[misc]
        _draw_sku_label(canvas, label, kind, barcode, box, layout, font)

    return _render(prepared, out, size, "SKU labels", draw)


def bin_labels_pdf(labels: Sequence[BinLabel], out: Path | BinaryIO,
                   size: LabelSize = LabelSize.THERMAL_100x50) -> int:
    """Write bin labels (warehouse, path in large type, Code 128 of the location barcode).

    Bin labels default to 100 × 50 mm: a shelf label is read from a step away, and a
    location barcode (``L-`` + the path) is usually too long for a 50 × 30 mm label.
    """
    layout = size.layout
    width = layout.label_width - 2 * layout.padding_x
    for label in labels:
        check_printable(label.barcode, CODE128)
        module_for(label.barcode, CODE128, width, dot=layout.dot, spare_left=layout.padding_x,
                   spare_right=layout.padding_x, label=layout.title)

    def draw(canvas: Canvas, item: object, box: _Box, layout: LabelLayout, font: str) -> None:
        _draw_bin_label(canvas, item, box, layout, font)  # type: ignore[arg-type]

    return _render(labels, out, size, "Bin labels", draw)
