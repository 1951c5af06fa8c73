"""Barcodes: check digits, several per SKU, unique across SKUs, and finding a SKU by a scan.

A 13-digit code is an EAN-13 and a 12-digit code a UPC-A; both must carry the right
check digit. A UPC-A is the EAN-13 with a leading zero, and scanners report it
either way, so the two spellings count as the same barcode. Anything else is the
merchant's own code.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.catalog.models import Barcode, BarcodeKind, Sku, SkuKind
from omsdesk.catalog.services import CODE_MAX_LENGTH, is_sqlite, same_code
from omsdesk.db.engine import Database
from omsdesk.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFoundError,
    ValidationError,
)

DIGITS_OF = {BarcodeKind.EAN13: 13, BarcodeKind.UPCA: 12}
LABELS = {BarcodeKind.EAN13: "EAN-13", BarcodeKind.UPCA: "UPC-A"}


def _all_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def ean13_check_digit(first12: str) -> str:
    """The 13th digit of an EAN-13: weights 1, 3, 1, 3, … from the left."""
    if len(first12) != 12 or not _all_digits(first12):
        raise ValueError(f"an EAN-13 check digit needs 12 digits, not {first12!r}")
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def upca_check_digit(first11: str) -> str:
    """The 12th digit of a UPC-A: weights 3, 1, 3, 1, … from the left."""
    if len(first11) != 11 or not _all_digits(first11):
        raise ValueError(f"a UPC-A check digit needs 11 digits, not {first11!r}")
    return ean13_check_digit("0" + first11)


def barcode_kind(code: str) -> BarcodeKind:
    """What a code looks like: 13 digits EAN-13, 12 digits UPC-A, else an own code (not checked here)."""
    text = code.strip()
    if _all_digits(text) and len(text) == 13:
        return BarcodeKind.EAN13
    if _all_digits(text) and len(text) == 12:
        return BarcodeKind.UPCA
    return BarcodeKind.OWN


def _check_digits(code: str, kind: BarcodeKind) -> None:
    length = DIGITS_OF[kind]
    if len(code) != length or not _all_digits(code):
        raise ValidationError("barcode", QT_TRANSLATE_NOOP(
            "Messages", "{code!r} is no {kind} code: those have exactly {length} digits"),
            code=code, kind=LABELS[kind], length=length)
    expected = ean13_check_digit(code[:12]) if kind is BarcodeKind.EAN13 else upca_check_digit(code[:11])
    if code[-1] != expected:
        raise ValidationError("barcode", QT_TRANSLATE_NOOP(
            "Messages", "{code} has a wrong check digit: the {kind} check digit is {expected}; "
                        "check for a typing or scanning error"),
            code=code, kind=LABELS[kind], expected=expected)


def check_barcode(code: str, kind: BarcodeKind | None = None) -> BarcodeKind:
    """Validate a barcode (as ``kind``, or as what it looks like) and return its kind."""
    text = code.strip()
    kind = BarcodeKind(kind) if kind is not None else barcode_kind(text)
    if kind is BarcodeKind.OWN:
        if not text or len(text) > CODE_MAX_LENGTH or not text.isprintable() or any(c.isspace() for c in text):
            raise ValidationError("barcode", QT_TRANSLATE_NOOP(
                "Messages", "{code!r} is not a usable barcode: 1–64 characters, no spaces"), code=code)
    else:
        _check_digits(text, kind)
    return kind


def equivalent_codes(code: str) -> list[str]:
    """The spellings a scanner may give of the same barcode (UPC-A with or without its leading 0)."""
    if _all_digits(code) and len(code) == 12:
        return [code, "0" + code]
    if _all_digits(code) and len(code) == 13 and code.startswith("0"):
        return [code, code[1:]]
    return [code]


def _holder(session: Session, code: str) -> tuple[str, str, int] | None:
    row = session.execute(
        select(Barcode.code, Sku.code, Sku.id).join(Sku, Sku.id == Barcode.sku_id)
        .where(Barcode.code.in_(equivalent_codes(code)))
    ).first()
    return (row[0], row[1], row[2]) if row else None


def add_barcode_in(session: Session, actor: Actor, sku_id: int, code: str, kind: BarcodeKind | None = None) -> int:
    text = code.strip()
    kind = check_barcode(text, kind)
    sku = session.get(Sku, sku_id)
    if sku is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "SKU {id} does not exist"), id=sku_id)
    holder = _holder(session, text)
    if holder is not None:
        if holder[2] == sku_id:
            raise ValidationError("barcode", QT_TRANSLATE_NOOP(
                "Messages", "SKU {sku} already has barcode {code}"), sku=sku.code, code=holder[0])
        raise ValidationError("barcode", QT_TRANSLATE_NOOP(
            "Messages", "barcode {code} already belongs to SKU {sku}"), code=holder[0], sku=holder[1])
    barcode = Barcode(sku_id=sku_id, code=text, kind=kind)
    session.add(barcode)
    session.flush()
    audit.record(session, actor, "barcode.add", "sku", sku_id, f"added barcode {text} to SKU {sku.code}",
                 after={"barcode": text, "kind": kind.value})
    return barcode.id


def add_barcode(db: Database, actor: Actor, sku_id: int, code: str, kind: BarcodeKind | None = None) -> int:
    try:
        with db.transaction() as session:
            return add_barcode_in(session, actor, sku_id, code, kind)
    except IntegrityError as error:  # another desktop added the same code a moment ago
        raise ConflictError(QT_TRANSLATE_NOOP(
            "Messages", "barcode {code} was just given to a SKU on another desktop"), code=code.strip()) from error


def remove_barcode(db: Database, actor: Actor, barcode_id: int) -> None:
    with db.transaction() as session:
        barcode = session.get(Barcode, barcode_id)
        if barcode is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "barcode {id} does not exist"), id=barcode_id)
        sku_code = session.scalar(select(Sku.code).where(Sku.id == barcode.sku_id))
        audit.record(session, actor, "barcode.remove", "sku", barcode.sku_id,
                     f"removed barcode {barcode.code} from SKU {sku_code}",
                     before={"barcode": barcode.code, "kind": barcode.kind.value})
        session.delete(barcode)


@dataclass(frozen=True)
class SkuHit:
    sku_id: int
    code: str
    name: str
    kind: SkuKind
    active: bool
    matched_by: str  # "barcode" or "code"
    barcode: str | None = None


def find_sku(session: Session, scanned: str) -> SkuHit | None:
    """The SKU a scan or a typed text names: a barcode (exact), else a SKU code (ignoring case).
    Every lookup goes through a unique index."""
    text = scanned.strip()
    if not text:
        return None
    columns = (Sku.id, Sku.code, Sku.name, Sku.kind, Sku.active)
    row = session.execute(
        select(*columns, Barcode.code).join(Barcode, Barcode.sku_id == Sku.id)
        .where(Barcode.code.in_(equivalent_codes(text))).order_by(Barcode.id).limit(1)
    ).first()
    if row is not None:
        return SkuHit(row[0], row[1], row[2], row[3], row[4], "barcode", row[5])
    row = session.execute(select(*columns).where(Sku.code == text)).first()
    if row is None and not is_sqlite(session):  # SQLite's exact lookup already ignored case (NOCASE)
        row = session.execute(select(*columns).where(same_code(session, Sku.code, text)).limit(1)).first()
    if row is not None:
        return SkuHit(row[0], row[1], row[2], row[3], row[4], "code")
    return None
