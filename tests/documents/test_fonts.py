"""The document font: shipped, covering Chinese and Latin, embedded as a subset."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A6

from omsdesk.documents import fonts
from omsdesk.documents.fonts import PROBE_TEXT, load_usable_face, register_text_font, text_font
from omsdesk.documents.layout import draw_text, open_canvas
from omsdesk.documents.resources import fonts_dir, resources_dir
from tests.documents.pdf import embedded_fonts, pdf_text, render_png

SAMPLE = "订单 Order ¥1,234.50 Ünïcödé"


def test_the_shipped_font_is_the_one_used_and_is_small_enough_to_ship() -> None:
    choice = text_font()
    assert choice.source == "shipped", f"expected the font in resources/fonts, got {choice}"
    assert choice.path.parent == fonts_dir()
    assert choice.path.stat().st_size < 10 * 1024 * 1024
    licence = fonts_dir() / "LICENSE-wqy-microhei.txt"
    assert "Apache License" in licence.read_text(encoding="utf-8")
    assert register_text_font() == choice.name  # registered once, same name every time


def test_resources_dir_is_next_to_the_package_or_in_the_frozen_bundle(monkeypatch: pytest.MonkeyPatch,
                                                                        tmp_path: Path) -> None:
    assert (resources_dir() / "translations").is_dir()
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


def test_the_font_has_chinese_and_latin_glyphs() -> None:
    loaded = load_usable_face(text_font().path, "ProbeFont")
    assert loaded is not None
    font, _index = loaded
    for ch in SAMPLE + PROBE_TEXT:
        assert ch.isspace() or ord(ch) in font.face.charToGlyph, ch


def test_a_font_without_truetype_outlines_or_latin_is_refused(tmp_path: Path) -> None:
    cff = tmp_path / "cff.otf"
    cff.write_bytes(b"OTTO" + b"\0" * 64)  # the signature of an OpenType font with CFF outlines
    assert load_usable_face(cff, "Nope") is None
    assert load_usable_face(tmp_path / "missing.ttf", "Nope") is None


def test_an_environment_font_comes_first_and_a_useless_one_is_passed_over(monkeypatch: pytest.MonkeyPatch,
                                                                         tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.ttf"
    bogus.write_bytes(b"not a font")
    monkeypatch.setenv(fonts.FONT_ENV, str(bogus))
    candidates = list(fonts.candidate_fonts())
    assert candidates[0] == (bogus, "environment")
    assert any(source == "shipped" for _path, source in candidates)


def test_no_usable_font_anywhere_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "_choice", None)
    monkeypatch.setattr(fonts, "candidate_fonts", lambda: iter([]))
    with pytest.raises(fonts.UserError, match="no font that prints both Chinese and Latin"):
        register_text_font()


def _sample_pdf(path: Path) -> Path:
    font = register_text_font()
    canvas = open_canvas(path, A6, title="font test", font=font)
    draw_text(canvas, 20, 300, SAMPLE, font, 12)
    draw_text(canvas, 20, 270, SAMPLE, font, 12, bold=True)
    canvas.showPage()
    canvas.save()
    return path


def test_chinese_and_latin_text_comes_back_out_of_the_pdf(tmp_path: Path) -> None:
    text = pdf_text(_sample_pdf(tmp_path / "sample.pdf"))
    assert text.count(SAMPLE) == 2, text


def test_the_font_is_embedded_as_a_subset_and_no_other_font_is_named(tmp_path: Path) -> None:
    found = embedded_fonts(_sample_pdf(tmp_path / "sample.pdf"))
    assert found, "no font in the PDF"
    assert all(f.embedded and f.subset for f in found), found
    assert all("WenQuanYi" in f.name for f in found), found  # no Helvetica & co. left to the viewer
    size = (tmp_path / "sample.pdf").stat().st_size
    assert size < 200_000, f"the subset should be small, the PDF is {size} bytes"


def test_the_text_is_drawn_as_glyphs_on_the_page(tmp_path: Path) -> None:
    from PIL import Image

    image = Image.open(render_png(_sample_pdf(tmp_path / "sample.pdf"), 1, 100, tmp_path)).convert("L")
    width, height = image.size
    # the first line's band (baseline at 300 pt of 420): dark pixels where the glyphs are
    top = int((420 - 300 - 12) / 420 * height)
    band = image.crop((0, top, width, top + int(16 / 420 * height)))
    dark = sum(band.histogram()[:128])
    assert dark > 300, "the sample line did not print"
