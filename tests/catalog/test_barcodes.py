"""Barcodes: EAN-13 / UPC-A check digits, own codes, uniqueness across SKUs, finding a SKU by a scan."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from omsdesk.catalog.barcodes import (
    add_barcode, barcode_kind, check_barcode, ean13_check_digit, find_sku, remove_barcode, upca_check_digit,
)
from omsdesk.catalog.models import Barcode, BarcodeKind
from omsdesk.catalog.services import SkuSpec, create_sku
from omsdesk.errors import ValidationError
from omsdesk.runtime import Runtime

digits = st.text(alphabet="0123456789", min_size=1, max_size=1)


def weighted_sum_is_a_multiple_of_ten(code: str) -> bool:
    """The GS1 rule on the whole code: weights 3, 1, 3, … counted from the right end (check digit weight 1)."""
    return sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(reversed(code))) % 10 == 0


def test_known_codes() -> None:
    assert ean13_check_digit("400638133393") == "1"
    assert upca_check_digit("03600029145") == "2"
    assert check_barcode("4006381333931") is BarcodeKind.EAN13
    assert check_barcode(" 036000291452 ") is BarcodeKind.UPCA
    assert (barcode_kind("4006381333931"), barcode_kind("036000291452"), barcode_kind("ABC-1")) == (
        BarcodeKind.EAN13, BarcodeKind.UPCA, BarcodeKind.OWN)


def test_a_wrong_check_digit_is_refused_naming_the_expected_one() -> None:
    with pytest.raises(ValidationError, match="4006381333932 has a wrong check digit: the EAN-13 check digit is 1"):
        check_barcode("4006381333932")
    with pytest.raises(ValidationError, match="the UPC-A check digit is 2"):
        check_barcode("036000291451")


@given(body=st.text(alphabet="0123456789", min_size=12, max_size=12), last=digits)
def test_ean13_valid_exactly_when_the_gs1_sum_works_out(body: str, last: str) -> None:
    code = body + last
    if weighted_sum_is_a_multiple_of_ten(code):
        assert last == ean13_check_digit(body)
        assert check_barcode(code) is BarcodeKind.EAN13
    else:
        with pytest.raises(ValidationError, match=f"check digit is {ean13_check_digit(body)};"):
            check_barcode(code)


@given(body=st.text(alphabet="0123456789", min_size=11, max_size=11), last=digits)
def test_upca_valid_exactly_when_the_gs1_sum_works_out(body: str, last: str) -> None:
    code = body + last
    if weighted_sum_is_a_multiple_of_ten(code):
        assert check_barcode(code) is BarcodeKind.UPCA
        assert check_barcode("0" + code) is BarcodeKind.EAN13  # the same code as an EAN-13
    else:
        with pytest.raises(ValidationError, match=f"check digit is {upca_check_digit(body)};"):
            check_barcode(code)


@pytest.mark.parametrize("code", ["", "ABC 123", "X" * 65, "abc\t1"])
def test_unusable_own_codes_are_refused(code: str) -> None:
    with pytest.raises(ValidationError, match="not a usable barcode"):
        check_barcode(code)


def test_an_explicit_kind_is_checked_and_own_allows_any_digits() -> None:
    with pytest.raises(ValidationError, match="is no EAN-13 code: those have exactly 13 digits"):
        check_barcode("036000291452", BarcodeKind.EAN13)
    assert check_barcode("4006381333932", BarcodeKind.OWN) is BarcodeKind.OWN
    assert check_barcode("仓-货号-01") is BarcodeKind.OWN


@pytest.fixture
def two_skus(runtime: Runtime) -> tuple[int, int]:
    return (create_sku(runtime.db, runtime.actor, SkuSpec("TS-BLK-M", "T恤 黑 M")),
            create_sku(runtime.db, runtime.actor, SkuSpec("MUG-01", "Mug")))


def test_a_sku_has_several_barcodes_each_unique_across_skus(runtime: Runtime, two_skus) -> None:
    tee, mug = two_skus
    add_barcode(runtime.db, runtime.actor, tee, "4006381333931")
    add_barcode(runtime.db, runtime.actor, tee, "OWN-TEE-1")
    with pytest.raises(ValidationError, match="barcode 4006381333931 already belongs to SKU TS-BLK-M"):
        add_barcode(runtime.db, runtime.actor, mug, "4006381333931")
    with pytest.raises(ValidationError, match="SKU TS-BLK-M already has barcode OWN-TEE-1"):
        add_barcode(runtime.db, runtime.actor, tee, "OWN-TEE-1")
    with runtime.db.reading() as session:
        rows = session.execute(select(Barcode.sku_id, Barcode.code, Barcode.kind).order_by(Barcode.id)).all()
    assert [tuple(r) for r in rows] == [(tee, "4006381333931", BarcodeKind.EAN13), (tee, "OWN-TEE-1", BarcodeKind.OWN)]


def test_a_upc_and_its_ean13_spelling_are_the_same_barcode(runtime: Runtime, two_skus) -> None:
    tee, mug = two_skus
    add_barcode(runtime.db, runtime.actor, tee, "036000291452")
    with pytest.raises(ValidationError, match="barcode 036000291452 already belongs to SKU TS-BLK-M"):
        add_barcode(runtime.db, runtime.actor, mug, "0036000291452")
    with runtime.db.reading() as session:
        hit = find_sku(session, "0036000291452")  # a scanner reporting the UPC-A as 13 digits
    assert hit is not None and (hit.sku_id, hit.matched_by, hit.barcode) == (tee, "barcode", "036000291452")


def test_a_bad_barcode_is_not_stored(runtime: Runtime, two_skus) -> None:
    with pytest.raises(ValidationError, match="wrong check digit"):
        add_barcode(runtime.db, runtime.actor, two_skus[0], "4006381333932")
    with runtime.db.reading() as session:
        assert session.scalars(select(Barcode)).all() == []


def test_a_scan_finds_its_sku_by_barcode_or_by_code(runtime: Runtime, two_skus) -> None:
    tee, mug = two_skus
    add_barcode(runtime.db, runtime.actor, mug, "4006381333931")
    add_barcode(runtime.db, runtime.actor, tee, "MUG-01-OLD")
    with runtime.db.reading() as session:
        by_barcode = find_sku(session, "4006381333931\n")
        by_code = find_sku(session, "ts-blk-m")
        unknown = find_sku(session, "4006381333948")
        code_looking_barcode = find_sku(session, "MUG-01-OLD")
    assert by_barcode is not None and (by_barcode.sku_id, by_barcode.code, by_barcode.matched_by) == (
        mug, "MUG-01", "barcode")
    assert by_code is not None and (by_code.sku_id, by_code.code, by_code.matched_by) == (tee, "TS-BLK-M", "code")
    assert unknown is None
    assert code_looking_barcode is not None and code_looking_barcode.sku_id == tee


def test_remove_barcode_frees_the_code(runtime: Runtime, two_skus) -> None:
    tee, mug = two_skus
    barcode_id = add_barcode(runtime.db, runtime.actor, tee, "4006381333931")
    remove_barcode(runtime.db, runtime.actor, barcode_id)
    add_barcode(runtime.db, runtime.actor, mug, "4006381333931")
    with runtime.db.reading() as session:
        hit = find_sku(session, "4006381333931")
    assert hit is not None and hit.sku_id == mug
