"""Reading PDFs back in tests: text (with positions), embedded fonts, pages as images.

Text and fonts come from pypdf when it is installed, else from poppler's
``pdftotext`` / ``pdffonts``; a test that has neither is skipped with the reason.
Images come from poppler's ``pdftoppm`` (``apt-get install poppler-utils``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

try:
    import pypdf
except ImportError:  # pragma: no cover - depends on the environment
    pypdf = None  # type: ignore[assignment]


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (apt-get install poppler-utils), and pypdf is not either "
                    "(pip install pypdf)")
    return path


@dataclass(frozen=True)
class TextRun:
    x: float
    y: float  # baseline, from the bottom of the page
    text: str


def page_count(path: Path) -> int:
    if pypdf is not None:
        return len(pypdf.PdfReader(str(path)).pages)
    info = subprocess.run([_need("pdfinfo"), str(path)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    assert match, info
    return int(match.group(1))


def pdf_text(path: Path, page: int | None = None) -> str:
    """The text of the whole document, or of one page (1-based)."""
    if pypdf is not None:
        reader = pypdf.PdfReader(str(path))
        pages = reader.pages if page is None else [reader.pages[page - 1]]
        return "\n".join(p.extract_text() for p in pages)
    command = [_need("pdftotext"), "-enc", "UTF-8"]
    if page is not None:
        command += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*command, str(path), "-"], capture_output=True, text=True, check=True).stdout


def text_runs(path: Path, page: int) -> list[TextRun]:
    """Each piece of text drawn on the page with where its baseline starts (needs pypdf)."""
    if pypdf is None:
        pytest.skip("text positions need pypdf (pip install pypdf)")
    runs: list[TextRun] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append(TextRun(x, y, text.strip()))

    pypdf.PdfReader(str(path)).pages[page - 1].extract_text(visitor_text=visit)
    return runs


def lines_top_down(path: Path, page: int) -> list[str]:
    """The page's text as lines, top to bottom, left to right within a line."""
    runs = sorted(text_runs(path, page), key=lambda r: (-round(r.y), r.x))
    lines: list[list[TextRun]] = []
    for run in runs:
        if lines and abs(lines[-1][0].y - run.y) < 2:
            lines[-1].append(run)
        else:
            lines.append([run])
    return [" ".join(r.text for r in sorted(line, key=lambda r: r.x)) for line in lines]


@dataclass(frozen=True)
class FontInfo:
    name: str
    kind: str
    embedded: bool
    subset: bool


def embedded_fonts(path: Path) -> list[FontInfo]:
    """The fonts the document uses, as ``pdffonts`` lists them."""
    if pypdf is not None:
        fonts: dict[str, FontInfo] = {}
        for page in pypdf.PdfReader(str(path)).pages:
            resources = page.get("/Resources") or {}
            for font in (resources.get("/Font") or {}).values():
                font = font.get_object()
                name = str(font["/BaseFont"]).lstrip("/")
                descriptor = font.get("/FontDescriptor")
                descriptor = descriptor.get_object() if descriptor is not None else {}
                embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
                fonts[name] = FontInfo(name, str(font.get("/Subtype", "")).lstrip("/"), embedded,
                                       bool(re.match(r"^[A-Z]{6}\+", name)))
        return list(fonts.values())
    if shutil.which("pdffonts") is None:
        return _fonts_from_bytes(path)
    output = subprocess.run([_need("pdffonts"), str(path)], capture_output=True, text=True, check=True).stdout
    fonts_found = []
    for line in output.splitlines()[2:]:
        parts = line.split()
        # name type [type2] encoding emb sub uni object ID
        emb, sub = parts[-5], parts[-4]
        fonts_found.append(FontInfo(parts[0], parts[1], emb == "yes", sub == "yes"))
    return fonts_found


def _fonts_from_bytes(path: Path) -> list[FontInfo]:
    """Without pypdf or poppler: reportlab writes font dictionaries uncompressed, so read them as text."""
    data = path.read_bytes().decode("latin-1")
    fonts = []
    for match in re.finditer(r"/BaseFont\s*/([^\s/>]+)", data):
        name = match.group(1)
        if any(f.name == name for f in fonts):
            continue
        fonts.append(FontInfo(name, "", bool(re.search(r"/FontFile2?\b", data)), bool(re.match(r"^[A-Z]{6}\+", name))))
    return fonts


def render_png(path: Path, page: int, dpi: int, out_dir: Path) -> Path:
    """The page as a PNG, through pdftoppm."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        pytest.skip("pdftoppm is not installed (apt-get install poppler-utils)")
    prefix = out_dir / f"{path.stem}-{page}"
    subprocess.run([tool, "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", str(path),
                    str(prefix)], check=True)
    return prefix.with_suffix(".png")
