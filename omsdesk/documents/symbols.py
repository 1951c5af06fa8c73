"""Barcodes drawn with reportlab's own widgets, sized to be scanned.

EAN-13 and UPC-A are drawn as such (``eanbc.Ean13BarcodeWidget`` / ``eanbc.UPCA``)
with their digits printed under the bars; anything else is Code 128. The module
(the narrowest bar) is as wide as the space allows up to :data:`MAX_MODULE`, never
narrower than :data:`MIN_MODULE`, and on a thermal printer a whole number of
printer dots, so every bar prints the same width. Quiet zones (10 modules for
Code 128, 11 / 7 for EAN-13, 9 / 9 for UPC-A) stay white.

The EAN / UPC widgets take the number *without* its check digit and compute their
own: a code whose check digit is wrong is refused here rather than silently printed
as another number.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.code128 import Code128, Code128Auto
from reportlab.graphics.barcode.eanbc import UPCA, Ean13BarcodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from omsdesk.documents.layout import draw_text, fit_line
from omsdesk.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_MODULE = 0.375 * mm  # 3 dots at 203 dpi; EAN-13 at 114 % of its nominal 0.33 mm
MIN_MODULE = 0.19 * mm  # the smallest module general-purpose scanners read
EAN13, UPCA_KIND, CODE128 = "ean13", "upca", "code128"
KIND_ALIASES = {"ean13": EAN13, "ean-13": EAN13, "upca": UPCA_KIND, "upc-a": UPCA_KIND,
                "code128": CODE128, "own": CODE128, "": CODE128}
# (left quiet, symbol, right quiet) in modules
_EAN_MODULES = {EAN13: (11, 95, 7), UPCA_KIND: (9, 95, 9)}
_WIDGET_QUIET = 9  # what reportlab's EAN / UPC widgets leave on each side by default


def gs1_check_digit(digits: str) -> str:
    """The check digit of a GS1 number (EAN-13 / UPC-A / EAN-8) given without it."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - total % 10) % 10)


def normalize_kind(kind: str) -> str:
    try:
        return KIND_ALIASES[kind.strip().lower()]
    except KeyError:
        raise ValidationError("barcode kind", QT_TRANSLATE_NOOP(
            "Messages", "{kind!r} is not a barcode kind: use ean13, upca or code128"), kind=kind) from None


def check_printable(code: str, kind: str) -> str:
    """The normalized kind, after checking ``code`` can be printed as that kind."""
    kind = normalize_kind(kind)
    if kind in _EAN_MODULES:
        length = 13 if kind == EAN13 else 12
        if len(code) != length or not code.isdigit():
            raise ValidationError("barcode", QT_TRANSLATE_NOOP(
                "Messages", "{code!r} is not an {kind} code: it needs exactly {length} digits"),
                code=code, kind=kind.upper(), length=length)
        if gs1_check_digit(code[:-1]) != code[-1]:
            raise ValidationError("barcode", QT_TRANSLATE_NOOP(
                "Messages", "{code!r} has a wrong check digit: the last digit should be {digit}"),
                code=code, digit=gs1_check_digit(code[:-1]))
        return kind
    if not code or any(not 32 <= ord(ch) <= 126 for ch in code):
        raise ValidationError("barcode", QT_TRANSLATE_NOOP(
            "Messages", "{code!r} cannot be printed as a Code 128 barcode: use letters, digits and "
            "ASCII punctuation only"), code=code)
    return kind


def _code128(code: str, module: float, height: float) -> Code128:
    """The narrower of reportlab's two Code 128 encoders for ``code``."""
    plain = Code128(code, barWidth=module, barHeight=height, quiet=0, humanReadable=0)
    auto = Code128Auto(code, barWidth=module, barHeight=height, quiet=0, humanReadable=0)
    return auto if auto.width < plain.width else plain


@lru_cache(maxsize=4096)  # labels are checked before drawing: each code is encoded once, not twice
def symbol_modules(code: str, kind: str) -> tuple[int, int, int]:
    """(left quiet zone, symbol, right quiet zone) in modules."""
    if kind in _EAN_MODULES:
        return _EAN_MODULES[kind]
    return 10, int(round(_code128(code, 1.0, 1.0).width)), 10


@dataclass(frozen=True)
class PlacedBarcode:
    kind: str
    module: float  # points
    x: float  # left edge of the bars
    width: float  # of the bars, without the quiet zones


def module_for(code: str, kind: str, width: float, *, dot: float | None = None, spare_left: float = 0.0,
               spare_right: float = 0.0, max_module: float = MAX_MODULE, label: str = "this") -> float:
    """The widest module at which the symbol and its quiet zones fit ``width``.

    ``spare_left`` / ``spare_right`` are white margins outside ``width`` (a label's padding)
    that may count as quiet zone. Raises :class:`ValidationError` if even :data:`MIN_MODULE`
    (2 dots on a thermal printer) is too wide.
    """
    left, symbol, right = symbol_modules(code, kind)
    minimum = max(MIN_MODULE, 2 * dot) if dot else MIN_MODULE

    def needed(m: float) -> float:
        return symbol * m + max(0.0, left * m - spare_left) + max(0.0, right * m - spare_right)

    low, high = 0.0, max_module
    if needed(high) <= width:
        module = high
    else:
        for _ in range(40):  # needed() grows with the module: bisect for the widest that fits
            middle = (low + high) / 2
            low, high = (middle, high) if needed(middle) <= width else (low, middle)
        module = low
    if dot:
        # Whole printer dots. A limit meant as a number of dots (0.375 mm for 3 dots at 203 dpi, whose
        # dot is 0.1251 mm) lands a hair under it: within 1 % of a dot it counts as that many dots.
        dots = int(module / dot + 0.01)
        if dots * dot > module and needed(dots * dot) > width:
            dots -= 1
        module = dots * dot
    if module + 1e-6 < minimum:
        raise ValidationError("barcode", QT_TRANSLATE_NOOP(
            "Messages", "the barcode {code!r} is too long to scan well on a {label} label: choose a larger label size"),
            code=code, label=label)
    return module


def ean_text_size(module: float, font: str, wanted: float) -> float:
    """The size of an EAN-13 / UPC-A symbol's digits: ``wanted``, or smaller so that the six digits of
    each half fit between the guard bars (42 modules, less a little air); a larger size would print
    the digits over the bars."""
    room = 42 * module * 0.9
    return min(wanted, room / (6 * stringWidth("0", font, 1.0)))


def draw_barcode(canvas: Canvas, code: str, kind: str, x: float, y: float, width: float, height: float, *,
                 font: str, text_size: float, dot: float | None = None, spare_left: float = 0.0,
                 spare_right: float = 0.0, human_readable: bool = True,
                 max_module: float = MAX_MODULE) -> PlacedBarcode:
    """The barcode centred in the box (x, y, width, height), its text at the bottom of the box."""
    kind = check_printable(code, kind)
    module = module_for(code, kind, width, dot=dot, spare_left=spare_left, spare_right=spare_right,
                        max_module=max_module)
    left, symbol, right = symbol_modules(code, kind)
    bars_width = symbol * module
    left_in_box = max(0.0, left * module - spare_left)
    right_in_box = max(0.0, right * module - spare_right)
    bars_x = x + left_in_box + (width - bars_width - left_in_box - right_in_box) / 2
    if dot:
        bars_x = round(bars_x / dot) * dot
    if kind in _EAN_MODULES:
        widget_class = Ean13BarcodeWidget if kind == EAN13 else UPCA
        widget = widget_class(
            code[:-1], barWidth=module, barHeight=height, fontName=font,
            fontSize=ean_text_size(module, font, text_size), humanReadable=1 if human_readable else 0,
        )
        # the widget pads the bars with 9 modules on each side (its leading / trailing digit sits there)
        drawing = Drawing(bars_width + 2 * _WIDGET_QUIET * module, height, initialFontName=font,
                          initialFontSize=text_size)
        drawing.add(widget)
        renderPDF.draw(drawing, canvas, bars_x - _WIDGET_QUIET * module, y)
        return PlacedBarcode(kind, module, bars_x, bars_width)
    text_height = text_size * 1.25 if human_readable else 0.0
    symbol_object = _code128(code, module, height - text_height)
    symbol_object.drawOn(canvas, bars_x, y + text_height)
    if human_readable:
        fitted = fit_line(code, font, width, max_size=text_size, min_size=min(text_size, 5))
        draw_text(canvas, x + width / 2, y + text_height - fitted.size * 0.95, fitted.lines[0], font,
                  fitted.size, align="centre")
    return PlacedBarcode(kind, module, bars_x, bars_width)

