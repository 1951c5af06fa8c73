"""The stocktake count sheet: order, blind counts, pages, Chinese names."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from omsdesk.documents.count_sheet import CountLine, CountSheet, count_sheet_pdf, natural_key, sorted_lines
from tests.documents.pdf import embedded_fonts, lines_top_down, page_count, pdf_text, render_png

CREATED = datetime(2025, 3, 4, 2, 30, tzinfo=UTC)
LINES = [
    CountLine("SH/A/10/B1", "MUG-01", "马克杯 350ml 白色陶瓷", Decimal("4321.5000")),
    CountLine("SH/A/2/B1", "TS-WHT-L", "Crew-neck T-shirt white L", Decimal("12")),
    CountLine("SH/A/2/B1", "TS-BLK-M", "纯棉圆领短袖T恤 黑色 M码", Decimal("0")),
    CountLine("SH/A/1/B9", "EAR-PRO2", "无线蓝牙耳机 降噪版 Pro 第二代（含充电盒与三副耳塞）", Decimal("7.25")),
]


def sheet(lines: list[CountLine] = LINES, blind: bool = False) -> CountSheet:
    return CountSheet("ST-000123", "上海主仓", CREATED, blind, lines)


def test_natural_order_walks_aisles_as_numbered() -> None:
    assert sorted(["A/10", "A/2", "A/1", "a/3"], key=natural_key) == ["A/1", "A/2", "a/3", "A/10"]
    assert [line.sku_code for line in sorted_lines(LINES)] == ["EAR-PRO2", "TS-BLK-M", "TS-WHT-L", "MUG-01"]


def test_lines_are_printed_by_bin_then_sku_with_chinese_names_and_quantities(tmp_path: Path) -> None:
    out = tmp_path / "count.pdf"
    assert count_sheet_pdf(sheet(), out) == 1
    lines = lines_top_down(out, 1)
    body = [line for line in lines if re.match(r"^\d+ ", line) and "lines in" not in line]
    assert [line.split()[0] for line in body] == ["1", "2", "3", "4"], lines
    assert "SH/A/1/B9" in body[0] and "EAR-PRO2" in body[0] and "7.25" in body[0]
    assert "SH/A/2/B1" in body[1] and "TS-BLK-M" in body[1] and "纯棉圆领短袖T恤 黑色 M码" in body[1]
    assert "TS-WHT-L" in body[2] and "SH/A/2/B1" not in body[2]  # the bin is printed once per group
    assert "SH/A/10/B1" in body[3] and "马克杯 350ml 白色陶瓷" in body[3] and "4,321.5" in body[3]
    text = pdf_text(out)
    assert "Expected" in text and "ST-000123" in text and "上海主仓" in text
    assert "第二代（含充电盒与三副耳塞）" in text.replace("\n", "")  # wrapped in its cell, not cut
    assert "Counted by" in text and "Checked by" in text and "4 lines in 3 bins" in text
    assert all(f.embedded and f.subset for f in embedded_fonts(out))


def test_a_blind_count_leaves_the_expected_quantities_out(tmp_path: Path) -> None:
    out = tmp_path / "blind.pdf"
    count_sheet_pdf(sheet(blind=True), out)
    text = pdf_text(out)
    assert "Expected" not in text
    assert "4,321.5" not in text and "7.25" not in text
    assert "blind count" in text and "MUG-01" in text and "马克杯 350ml 白色陶瓷" in text


def test_long_sheets_repeat_header_and_headings_on_every_page(tmp_path: Path) -> None:
    lines = [CountLine(f"SH/{aisle}/{bin_no:02d}", f"SKU-{aisle}{bin_no:02d}-{n}", f"商品 {aisle}{bin_no} 号 {n}",
                       Decimal(n)) for aisle in "AB" for bin_no in range(1, 21) for n in range(3)]
    out = tmp_path / "long.pdf"
    pages = count_sheet_pdf(sheet(lines), out)
    assert pages == page_count(out) >= 4
    seen_skus: list[str] = []
    for page in range(1, pages + 1):
        text = pdf_text(out, page)
        assert f"Page {page} of {pages}" in text
        assert "Stocktake count sheet" in text and "上海主仓" in text and "ST-000123" in text
        assert all(heading in text for heading in ("Bin", "SKU", "Name", "Expected", "Counted", "Note"))
        seen_skus += re.findall(r"SKU-[AB]\d\d-\d", text)
        assert ("Counted by" in text) == (page == pages)
    assert seen_skus == sorted(seen_skus) and len(seen_skus) == len(lines)  # every line once, in bin order
    # a bin split by a page break is named again at the top of the next page
    first_on_page_2 = next(line for line in lines_top_down(out, 2) if re.match(r"^\d+ ", line))
    assert re.search(r"SH/[AB]/\d\d", first_on_page_2), first_on_page_2


def test_captions_follow_the_callers_language(tmp_path: Path) -> None:
    chinese = {"Bin": "库位", "Counted": "实盘数", "Page {page} of {pages}": "第 {page} 页，共 {pages} 页",
               "Stocktake count sheet": "盘点单"}
    seen_contexts: set[str] = set()

    def translate(context: str, text: str) -> str:
        seen_contexts.add(context)
        return chinese.get(text, text)

    out = tmp_path / "zh.pdf"
    count_sheet_pdf(sheet(), out, translate=translate)
    text = pdf_text(out)
    assert "盘点单" in text and "库位" in text and "实盘数" in text and "第 1 页，共 1 页" in text
    assert seen_contexts == {"Documents"}


def test_an_empty_stocktake_still_prints_a_page_saying_so(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    assert count_sheet_pdf(sheet([]), out) == 1
    assert "Nothing to count" in pdf_text(out)


def test_the_sheet_renders(tmp_path: Path) -> None:
    from PIL import Image

    out = tmp_path / "count.pdf"
    count_sheet_pdf(sheet(), out)
    image = Image.open(render_png(out, 1, 60, tmp_path)).convert("L")
    assert image.size[1] > image.size[0]  # portrait
    assert sum(image.histogram()[:128]) > 2000  # header, table rules and text printed


@pytest.mark.parametrize("expected", [None, Decimal("0.0000")])
def test_missing_or_zero_expected_quantities(tmp_path: Path, expected: Decimal | None) -> None:
    out = tmp_path / "q.pdf"
    count_sheet_pdf(sheet([CountLine("SH/A/1", "X-1", "物品", expected)]), out)
    body = [line for line in lines_top_down(out, 1) if line.startswith("1 ")]
    assert body and body[0].endswith("物品" if expected is None else "0"), body


def test_the_summary_under_the_lines_is_singular_where_it_is_one(tmp_path: Path) -> None:
    from omsdesk.documents.count_sheet import summary_text

    one_bin = [line for line in LINES if line.bin_path == "SH/A/2/B1"]
    assert summary_text(LINES) == "4 lines in 3 bins"
    assert summary_text(one_bin) == "2 lines in 1 bin"  # was "2 lines in 1 bins"
    assert summary_text(one_bin[:1]) == "1 line in 1 bin"
    assert summary_text([]) == "Nothing to count in this stocktake."
    out = tmp_path / "one-bin.pdf"
    count_sheet_pdf(sheet(one_bin), out)
    assert "2 lines in 1 bin" in pdf_text(out) and "1 bins" not in pdf_text(out)


def test_an_untranslated_singular_falls_back_to_the_translated_general_form() -> None:
    from omsdesk.documents.count_sheet import summary_text

    one_bin = [line for line in LINES if line.bin_path == "SH/A/2/B1"]
    general_only = {"{lines} lines in {bins} bins": "共 {lines} 行，{bins} 个库位"}
    assert summary_text(one_bin, lambda _c, text: general_only.get(text, text)) == "共 2 行，1 个库位"
    both = {**general_only, "{lines} lines in 1 bin": "共 {lines} 行（同一库位）"}
    assert summary_text(one_bin, lambda _c, text: both.get(text, text)) == "共 2 行（同一库位）"
