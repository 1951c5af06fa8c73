"""SKU and bin labels: right content, scannable barcodes, nothing outside the label."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from omsdesk.documents.fonts import register_text_font
from omsdesk.documents.labels import BinLabel, LabelSize, SkuLabel, bin_labels_pdf, sku_labels_pdf
from omsdesk.documents.layout import fit_text, wrap_text
from omsdesk.documents.symbols import MIN_MODULE, check_printable, gs1_check_digit, module_for
from omsdesk.errors import ValidationError
from tests.documents.pdf import embedded_fonts, page_count, pdf_text, render_png

LONG_NAME = ("无线蓝牙耳机 降噪版 Pro 第二代（含充电盒与三副耳塞）Wireless earbuds, noise cancelling, "
             "second generation with charging case")
SKUS = [
    SkuLabel("TS-BLK-M", "纯棉圆领短袖T恤 黑色 M码", "6901234567892", "ean13", "¥59.00"),
    SkuLabel("MUG-01", "马克杯 Mug", "036000291452", "upca", ""),
    SkuLabel("SOCK-3P", "Ünïcödé socks 3-pack 袜子三双装", "", "code128", "€9.90"),
    SkuLabel("EAR-PRO2", LONG_NAME, "EAR2-0001", "own", "¥1,299.00"),
]


def test_gs1_check_digits() -> None:
    assert gs1_check_digit("690123456789") == "2"  # EAN-13 6901234567892
    assert gs1_check_digit("03600029145") == "2"  # UPC-A 036000291452
    assert check_printable("6901234567892", "ean13") == "ean13"
    assert check_printable("ABC-1", "own") == "code128"


@pytest.mark.parametrize(("code", "kind", "message"), [
    ("6901234567891", "ean13", "wrong check digit"),
    ("690123456789", "ean13", "exactly 13 digits"),
    ("036000291453", "upca", "wrong check digit"),
    ("订单-1", "code128", "cannot be printed as a Code 128"),
    ("X", "qr", "not a barcode kind"),
])
def test_codes_that_cannot_be_printed_as_asked_are_refused(code: str, kind: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        check_printable(code, kind)


def test_sku_labels_carry_code_name_price_and_barcode_digits(tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    assert sku_labels_pdf(SKUS, out) == len(SKUS)  # one 50 × 30 mm label per page
    assert page_count(out) == 4
    first, second, third = pdf_text(out, 1), pdf_text(out, 2), pdf_text(out, 3)
    assert "TS-BLK-M" in first and "纯棉圆领短袖T恤 黑色 M码" in first and "¥59.00" in first
    # the EAN-13 digits printed under the bars: the leading digit, then two groups of six
    assert first.split().count("6") == 1 and "901234" in first and "567892" in first
    assert "36000" in second and "29145" in second and "马克杯 Mug" in second  # UPC-A 0 36000 29145 2
    assert "SOCK-3P" in third and "€9.90" in third and "Ünïcödé socks 3-pack" in third
    fonts = embedded_fonts(out)
    assert fonts and all(f.embedded and f.subset for f in fonts), fonts


def test_a_wrong_check_digit_stops_the_whole_batch_before_anything_is_written(tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    bad = SkuLabel("BAD", "坏条码", "6901234567891", "ean13")
    with pytest.raises(ValidationError, match="6901234567891"):
        sku_labels_pdf([SKUS[0], bad], out)
    assert not out.exists()


def test_a4_sheets_hold_24_labels(tmp_path: Path) -> None:
    out = io.BytesIO()
    assert sku_labels_pdf(SKUS * 6 + SKUS[:1], out, LabelSize.A4_3x8) == 2  # 25 labels
    out.seek(0)
    path = tmp_path / "sheet.pdf"
    path.write_bytes(out.getvalue())
    assert pdf_text(path, 1).count("TS-BLK-M") == 6
    assert pdf_text(path, 2).count("TS-BLK-M") == 1


def test_a_code_too_long_for_a_small_label_asks_for_a_larger_one(tmp_path: Path) -> None:
    long_code = SkuLabel("TS-WHT-XXL-2024", "T恤", "", "code128")
    with pytest.raises(ValidationError, match="too long to scan well on a 50 × 30 mm thermal label"):
        sku_labels_pdf([long_code], tmp_path / "small.pdf")
    assert sku_labels_pdf([long_code], tmp_path / "large.pdf", LabelSize.THERMAL_60x40) == 1


def test_thermal_barcodes_use_whole_printer_dots_never_below_two() -> None:
    dot = LabelSize.THERMAL_50x30.layout.dot
    assert dot is not None
    for code, kind in (("6901234567892", "ean13"), ("TS-BLK-M", "code128"), ("ABCDEFGHIJKL", "code128")):
        module = module_for(code, kind, 46 * mm, dot=dot, spare_left=2 * mm, spare_right=2 * mm)
        assert module >= max(MIN_MODULE, 2 * dot) - 1e-6
        assert abs(module / dot - round(module / dot)) < 1e-6, (code, module / dot)
    assert module_for("6901234567892", "ean13", 60 * mm) == pytest.approx(0.375 * mm)  # the widest we print


def test_names_wrap_and_shrink_but_every_line_fits() -> None:
    font = register_text_font()
    width = 40 * mm
    lines = wrap_text(LONG_NAME, font, 8, width)
    assert len(lines) > 2
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert all(stringWidth(line, font, 8) <= width + 0.01 for line in lines)
    assert "".join(lines).replace(" ", "") == LONG_NAME.replace(" ", "")  # wrapping loses nothing
    roomy = fit_text(LONG_NAME, font, width, 30, max_size=9, min_size=5.5)  # shrinks until it all fits
    assert not roomy.truncated and roomy.size < 9 and roomy.height <= 30
    assert "".join(roomy.lines).replace(" ", "") == LONG_NAME.replace(" ", "")
    fitted = fit_text(LONG_NAME, font, width, 13, max_size=9, min_size=5.5)  # cannot: cut with an ellipsis
    assert fitted.truncated and fitted.lines[-1].endswith("…") and fitted.height <= 13
    assert all(stringWidth(line, font, fitted.size) <= width + 0.01 for line in fitted.lines)
    short = fit_text("马克杯", font, width, 30, max_size=9, min_size=5.5)
    assert (short.size, short.lines, short.truncated) == (9, ["马克杯"], False)
    # Chinese breaks between characters, Latin words stay whole
    assert wrap_text("Crew-neck T-shirt", font, 8, stringWidth("Crew-neck T-", font, 8)) == ["Crew-neck", "T-shirt"]


def _ink_box(png: Path) -> tuple[int, int, int, int, int, int]:
    from PIL import Image, ImageOps

    image = Image.open(png).convert("L")
    box = ImageOps.invert(image).point(lambda p: 255 if p > 96 else 0).getbbox()
    assert box is not None, "nothing printed"
    return (*box, *image.size)


@pytest.mark.parametrize("size", [LabelSize.THERMAL_50x30, LabelSize.THERMAL_60x40])
def test_everything_prints_inside_the_label_margins(tmp_path: Path, size: LabelSize) -> None:
    out = tmp_path / "labels.pdf"
    sku_labels_pdf(SKUS, out, size)
    layout = size.layout
    for page in range(1, 5):
        left, top, right, bottom, width, height = _ink_box(render_png(out, page, 300, tmp_path))
        px = width / layout.page_width  # pixels per point
        margin_x, margin_y = (layout.padding_x - 1) * px, (layout.padding_y - 1) * px  # 1 pt of antialiasing
        assert left >= margin_x and width - right >= margin_x, (page, left, width - right)
        assert top >= margin_y and height - bottom >= margin_y, (page, top, height - bottom)


def test_a4_labels_stay_inside_their_own_cells(tmp_path: Path) -> None:
    from PIL import Image

    out = tmp_path / "sheet.pdf"
    sku_labels_pdf([SKUS[3]] * 24, out, LabelSize.A4_3x8)
    image = Image.open(render_png(out, 1, 100, tmp_path)).convert("L")
    layout = LabelSize.A4_3x8.layout
    px = image.size[0] / layout.page_width
    # the white gutters between labels (inside each label's padding) stay white
    for column in range(1, 3):
        x = int((layout.left + column * layout.label_width) * px)
        strip = image.crop((x - int(3 * mm * px), 0, x + int(3 * mm * px), image.size[1]))
        assert min(strip.getextrema()) > 200, f"ink between label columns {column} and {column + 1}"
    for row in range(1, 8):
        y = int((layout.top + row * layout.label_height) * px)
        strip = image.crop((0, y - int(1.5 * mm * px), image.size[0], y + int(1.5 * mm * px)))
        assert min(strip.getextrema()) > 200, f"ink between label rows {row} and {row + 1}"


def test_bin_labels_show_warehouse_path_and_location_barcode(tmp_path: Path) -> None:
    out = tmp_path / "bins.pdf"
    labels = [BinLabel("SH/A/03/2/B07", "L-SH-A-03-2-B07", "上海主仓"),
              BinLabel("GZ/RECEIVING-OVERFLOW/AISLE12/SHELF4/BIN-0042", "L-GZ-RCV-12-4-42", "Guangzhou DC")]
    assert bin_labels_pdf(labels, out) == 2  # 100 × 50 mm by default
    first, second = pdf_text(out, 1), pdf_text(out, 2)
    assert "上海主仓" in first and "SH/A/03/2/B07" in first and "L-SH-A-03-2-B07" in first
    assert "Guangzhou DC" in second and "L-GZ-RCV-12-4-42" in second
    assert "BIN-0042" in second.replace("\n", "")  # a long path wraps onto two lines, not off the label
    assert bin_labels_pdf(labels * 12, tmp_path / "sheet.pdf", LabelSize.A4_3x8) == 1


def test_nothing_to_print_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no labels"):
        sku_labels_pdf([], tmp_path / "empty.pdf")


def test_three_dot_bars_where_the_label_has_room() -> None:
    """0.375 mm is 3 dots at 203 dpi, a hair under 3 of its 0.1251 mm dots: every thermal label
    used to round down to 2 dots (0.25 mm), though even 50 × 30 mm has room for 3."""
    for size in (LabelSize.THERMAL_50x30, LabelSize.THERMAL_60x40, LabelSize.THERMAL_100x50):
        layout = size.layout
        width = layout.label_width - 2 * layout.padding_x
        module = module_for("6901234567892", "ean13", width, dot=layout.dot, spare_left=layout.padding_x,
                            spare_right=layout.padding_x)
        assert module / layout.dot == pytest.approx(3), size
    dot = LabelSize.THERMAL_50x30.layout.dot
    # rounding up to a whole dot never makes a symbol wider than its box: just too narrow for 3 dots, 2 it is
    tight = 95 * 3 * dot - 0.2
    assert module_for("6901234567892", "ean13", tight, dot=dot, spare_left=20, spare_right=20) / dot == \
        pytest.approx(2)


def test_ean_digits_fit_between_the_guard_bars() -> None:
    """On 60 × 40 mm labels the digits under an EAN-13 were printed across the guard bars."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from omsdesk.documents.symbols import ean_text_size

    font = register_text_font()
    for module in (MIN_MODULE, 0.25 * mm, 0.375 * mm):
        for wanted in (6.0, 8.0, 10.8, 11.2):
            size = ean_text_size(module, font, wanted)
            assert size <= wanted
            assert 6 * stringWidth("0", font, size) <= 42 * module  # six digits between the guards
    assert ean_text_size(0.375 * mm, font, 8.0) == 8.0  # room enough: as asked
