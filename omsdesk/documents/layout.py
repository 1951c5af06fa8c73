"""Text that fits: wrapping Chinese and Latin text into a box, shrinking it if it must.

Chinese breaks between any two characters; Latin breaks at spaces and after
punctuation, and a word longer than the line is broken between characters.
:func:`fit_text` tries the largest size first and shrinks in half points; at the
smallest size it keeps the lines that fit and ends the last with "…", so text is
never drawn outside its box.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

Translate = Callable[[str, str], str]
DOCUMENTS = "Documents"  # the translation context of captions printed on documents
ELLIPSIS = "…"

# A run of Latin letters / digits that stays together; everything else is a token of its own.
_TOKENS = re.compile(r"[0-9A-Za-z\u00c0-\u024f_\-.,:;#+&'’%()\[\]]+|\s+|.", re.DOTALL)
_NO_LINE_START = set("，。、；：！？）》」』】〕,.;:!?)]%")


def no_translation(_context: str, text: str) -> str:
    return text


def caption(translate: Translate | None, text: str, **params: object) -> str:
    """A caption marked ``QT_TRANSLATE_NOOP("Documents", …)``, in the caller's language."""
    translated = (translate or no_translation)(DOCUMENTS, text)
    try:
        return translated.format(**params) if params else translated
    except (KeyError, IndexError, ValueError):
        return text.format(**params)


def open_canvas(out: Path | BinaryIO, pagesize: tuple[float, float], *, title: str, font: str) -> Canvas:
    """A compressed PDF canvas whose every page starts in ``font`` (so no other font is named)."""
    canvas = Canvas(str(out) if isinstance(out, Path) else out, pagesize=pagesize, pageCompression=1,
                    initialFontName=font, initialFontSize=10)
    canvas.setTitle(title)
    canvas.setCreator("omsdesk")
    return canvas


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking of ``text`` into lines no wider than ``width``."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines.extend(_wrap_paragraph(paragraph, font, size, width))
    return lines or [""]


def _wrap_paragraph(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    line = ""
    line_width = 0.0
    for token in _TOKENS.findall(text):
        token_width = stringWidth(token, font, size)
        if line_width + token_width <= width:
            line += token
            line_width += token_width
            continue
        if token.isspace():  # a space where the line breaks disappears
            lines.append(line.rstrip())
            line, line_width = "", 0.0
            continue
        if token in _NO_LINE_START and line and len(line) > 1 and not line[-1].isspace():
            # keep a closing mark with the character before it: carry that character over
            carried = line[-1]
            lines.append(line[:-1].rstrip())
            line = carried + token
            line_width = stringWidth(line, font, size)
            continue
        if line.strip():
            lines.append(line.rstrip())
        line, line_width = "", 0.0
        if token_width <= width:
            line, line_width = token, token_width
            continue
        for ch in token:  # a word longer than the line: break between characters
            ch_width = stringWidth(ch, font, size)
            if line and line_width + ch_width > width:
                lines.append(line)
                line, line_width = "", 0.0
            line += ch
            line_width += ch_width
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


@dataclass(frozen=True)
class FittedText:
    size: float
    leading: float
    lines: list[str]
    truncated: bool

    @property
    def height(self) -> float:
        return self.leading * len(self.lines)


def fit_text(text: str, font: str, width: float, height: float, *, max_size: float, min_size: float,
             max_lines: int | None = None, leading: float = 1.18) -> FittedText:
    """The largest size (in half points) at which ``text`` fits ``width`` × ``height``."""
    size = max_size
    while True:
        lines = wrap_text(text, font, size, width)
        room = max(1, int((height + 0.01) // (size * leading)))
        if max_lines is not None:
            room = min(room, max_lines)
        if len(lines) <= room:
            return FittedText(size, size * leading, lines, False)
        if size - 0.5 < min_size:
            break
        size -= 0.5
    kept = lines[:room]
    last = kept[-1].rstrip()
    while last and stringWidth(last + ELLIPSIS, font, size) > width:
        last = last[:-1].rstrip()
    kept[-1] = last + ELLIPSIS
    return FittedText(size, size * leading, kept, True)


def fit_line(text: str, font: str, width: float, *, max_size: float, min_size: float) -> FittedText:
    """One line: shrunk to fit ``width``, else cut with "…"."""
    return fit_text(text, font, width, max_size * 10, max_size=max_size, min_size=min_size, max_lines=1)


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float, *,
              align: str = "left", bold: bool = False) -> None:
    """One line at baseline ``y``; ``bold`` also strokes the outlines (the one font has no bold face)."""
    if not bold:
        canvas.setFont(font, size)
        if align == "left":
            canvas.drawString(x, y, text)
        elif align == "right":
            canvas.drawRightString(x, y, text)
        else:
            canvas.drawCentredString(x, y, text)
        return
    if align != "left":
        text_width = stringWidth(text, font, size)
        x -= text_width if align == "right" else text_width / 2
    canvas.saveState()
    canvas.setFillColor(black)
    canvas.setStrokeColor(black)  # the outline stroke must match the fill, whatever rule was drawn last
    canvas.setLineWidth(size * 0.04)
    text_object = canvas.beginText(x, y)
    text_object.setFont(font, size)
    text_object.setTextRenderMode(2)  # fill and stroke: a faux bold that prints everywhere
    text_object.textOut(text)
    canvas.drawText(text_object)
    canvas.restoreState()


def draw_lines(canvas: Canvas, x: float, top: float, fitted: FittedText, font: str, *, align: str = "left",
               bold: bool = False) -> None:
    """``fitted`` lines from ``top`` (the top of the first line) downwards."""
    ascent = fitted.size * 0.86
    y = top - ascent - (fitted.leading - fitted.size) / 2
    for line in fitted.lines:
        draw_text(canvas, x, y, line, font, fitted.size, align=align, bold=bold)
        y -= fitted.leading


def format_quantity(value: Decimal | int | float | None) -> str:
    """``1234.5000`` → ``1,234.5``; ``None`` → empty."""
    if value is None:
        return ""
    text = f"{Decimal(value):,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_datetime(value: datetime) -> str:
    """In the machine's local zone (the user's) when the value knows its zone."""
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%Y-%m-%d %H:%M")


__all__ = [
    "DOCUMENTS", "FittedText", "Translate", "caption", "draw_lines", "draw_text", "fit_line",
    "fit_text", "format_datetime", "format_quantity", "open_canvas", "wrap_text",
]
