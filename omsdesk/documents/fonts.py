"""The one TrueType font every PDF embeds, so Chinese and Latin text print anywhere.

A PDF that names a font without embedding it prints boxes (or nothing) on a
machine or printer that lacks it, and CJK fonts are exactly the ones that are
missing. So every document uses one TrueType font covering both scripts, and
reportlab embeds the subset of glyphs the document uses.

The font is looked for in this order:

1. ``OMSDESK_PDF_FONT`` (a ``.ttf`` / ``.ttc`` path), for a merchant who wants another face;
2. the fonts shipped in ``resources/fonts/`` (WenQuanYi Micro Hei, Apache-2.0);
3. the system's fonts: Microsoft YaHei / SimHei / SimSun on Windows, STHeiti /
   Arial Unicode on macOS, WenQuanYi Zen Hei / Micro Hei or a TrueType-flavoured
   Noto Sans CJK / SC on Linux.

A candidate is taken only if reportlab can embed it (TrueType outlines: the
CFF-flavoured ``.otf`` Noto fonts are refused by reportlab) and it has glyphs for
both Chinese and Latin text (Droid Sans Fallback, for one, has no Latin letters).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from omsdesk.documents.resources import fonts_dir
from omsdesk.errors import QT_TRANSLATE_NOOP, UserError

log = logging.getLogger(__name__)

TEXT_FONT_NAME = "OmsdeskText"
FONT_ENV = "OMSDESK_PDF_FONT"
# A font must draw all of these: Chinese, Latin letters with accents, digits, the yuan sign.
PROBE_TEXT = "订单库位盘点Aaé0¥"
FONT_SUFFIXES = (".ttf", ".ttc")
MAX_FACES_PER_COLLECTION = 8

WINDOWS_FONTS = ("msyh.ttc", "msyh.ttf", "simhei.ttf", "simsun.ttc")
MACOS_FONTS = ("STHeiti Light.ttc", "STHeiti Medium.ttc", "Arial Unicode.ttf", "Arial Unicode MS.ttf")
LINUX_FONTS = (
    "wqy-microhei.ttc", "wqy-zenhei.ttc",
    # TrueType-flavoured Noto only; the usual NotoSansCJK-*.ttc / .otf are CFF and get refused.
    "NotoSansCJK-Regular.ttc", "NotoSansSC-Regular.ttf", "NotoSansCJKsc-Regular.ttf",
)


@dataclass(frozen=True)
class FontChoice:
    """The font the PDFs use: where it came from, for the log and the about box."""

    name: str  # the reportlab font name
    path: Path
    face_index: int
    face_name: str
    source: str  # "environment", "shipped" or "system"


_lock = threading.Lock()
_choice: FontChoice | None = None


def _system_font_dirs() -> list[Path]:
    home = Path.home()
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        folders = [windir / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return folders
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"),
                Path("/Library/Fonts"), home / "Library" / "Fonts"]
    data_dirs = os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share").split(":")
    return [*(Path(d) / "fonts" for d in data_dirs if d), home / ".local" / "share" / "fonts", home / ".fonts"]


def _system_font_names() -> tuple[str, ...]:
    if sys.platform.startswith("win"):
        return WINDOWS_FONTS
    if sys.platform == "darwin":
        return MACOS_FONTS
    return LINUX_FONTS


def _find_files(folders: list[Path], names: tuple[str, ...]) -> list[Path]:
    """The files called one of ``names`` anywhere under ``folders``, in the order of ``names``."""
    wanted = {name.lower(): rank for rank, name in enumerate(names)}
    found: list[tuple[int, str, Path]] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for root, _dirs, files in os.walk(folder):
            for file_name in files:
                rank = wanted.get(file_name.lower())
                if rank is not None:
                    found.append((rank, str(Path(root) / file_name), Path(root) / file_name))
    return [path for _rank, _key, path in sorted(found)]


def candidate_fonts() -> Iterator[tuple[Path, str]]:
    """Font files to try, best first, each with where it came from."""
    override = os.environ.get(FONT_ENV, "").strip()
    if override:
        yield Path(override), "environment"
    shipped = fonts_dir()
    if shipped.is_dir():
        for path in sorted(shipped.iterdir()):
            if path.suffix.lower() in FONT_SUFFIXES:
                yield path, "shipped"
    for path in _find_files(_system_font_dirs(), _system_font_names()):
        yield path, "system"


def covers(font: TTFont, text: str) -> bool:
    """Whether ``font`` has a glyph for every character of ``text``."""
    char_to_glyph = font.face.charToGlyph
    return all(ord(ch) in char_to_glyph for ch in text if not ch.isspace())


def load_usable_face(path: Path, name: str = TEXT_FONT_NAME) -> tuple[TTFont, int] | None:
    """The first face of ``path`` that reportlab can embed and that covers Chinese and Latin."""
    for index in range(MAX_FACES_PER_COLLECTION):
        try:
            font = TTFont(name, str(path), subfontIndex=index)
        except (TTFError, OSError) as error:  # CFF outlines, not a font, no such face, unreadable
            log.debug("font %s face %d not usable: %s", path, index, error)
            return None
        if covers(font, PROBE_TEXT):
            return font, index
        log.debug("font %s face %d lacks Chinese or Latin glyphs", path, index)
        if path.suffix.lower() != ".ttc":
            return None
    return None


def register_text_font() -> str:
    """Register the document font with reportlab (once per process) and return its name."""
    global _choice
    with _lock:
        if _choice is not None:
            return _choice.name
        for path, source in candidate_fonts():
            loaded = load_usable_face(path)
            if loaded is None:
                continue
            font, index = loaded
            pdfmetrics.registerFont(font)
            face_name = font.face.name.decode("latin-1") if isinstance(font.face.name, bytes) else str(font.face.name)
            _choice = FontChoice(TEXT_FONT_NAME, path, index, face_name, source)
            log.info("PDF font: %s (%s, face %d, %s)", face_name, path, index, source)
            return _choice.name
    raise UserError(QT_TRANSLATE_NOOP(
        "Messages", "no font that prints both Chinese and Latin text was found: reinstall omsdesk, "
        "or install WenQuanYi Micro Hei, or set {variable} to a TrueType font file"), variable=FONT_ENV)


def text_font() -> FontChoice:
    """The font in use (registering it first if needed)."""
    register_text_font()
    assert _choice is not None
    return _choice
