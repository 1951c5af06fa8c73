"""Catalogue services: categories, brands, SPUs with their variants, SKUs.

Every write is a service ``op(db, actor, …)`` running in one transaction with an
audit entry; each also has a session-level core ``op_in(session, actor, …)`` so
that the Excel importer can compose many of them in one transaction.

SKU and SPU codes are kept as typed and are unique case-insensitively. A SKU's
code may change only while nothing refers to it (stock, orders, purchase orders,
channel mappings, bundles): after that it is printed on labels and known to
other systems.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, bindparam, exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.auth.models import AuditEntry
from omsdesk.catalog.models import (
    Brand,
    Category,
    Sku,
    SkuKind,
    Spu,
)
from omsdesk.db.engine import Database
from omsdesk.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFoundError,
    ValidationError,
)

CODE_MAX_LENGTH = 64
VALUE_CODE_MAX_LENGTH = 20
MAX_VARIANTS = 1000
CHUNK = 500  # ids or codes per IN (...) list

# Decimal places and the largest magnitude each amount column holds (NUMERIC(18, scale)).
AMOUNT_PLACES = {
    "cost": 4, "list_price": 2, "weight_kg": 4, "length_cm": 2, "width_cm": 2, "height_cm": 2,
}


# -- shared validation ---------------------------------------------------------------


def clean_code(value: str, field_name: str = "code") -> str:
    """A SKU or SPU code: 1–64 printable characters without spaces (surrounding spaces trimmed)."""
    code = (value or "").strip()
    if not code or len(code) > CODE_MAX_LENGTH or not code.isprintable() or any(c.isspace() for c in code):
        raise ValidationError(field_name, QT_TRANSLATE_NOOP(
            "Messages", "{code!r} is not a usable code: 1–64 characters, no spaces"), code=value)
    return code


def clean_name(value: str, field_name: str = "name", max_length: int = 200) -> str:
    name = (value or "").strip()
    if not name:
        raise ValidationError(field_name, QT_TRANSLATE_NOOP("Messages", "a name is required"))
    if len(name) > max_length:
        raise ValidationError(field_name, QT_TRANSLATE_NOOP(
            "Messages", "{name!r} is longer than {max} characters"), name=name, max=max_length)
    return name


def _short_text(value: str, field_name: str, max_length: int) -> str:
    text = (value or "").strip()
    if not text or len(text) > max_length:
        raise ValidationError(field_name, QT_TRANSLATE_NOOP(
            "Messages", "{value!r} must be 1–{max} characters"), value=value, max=max_length)
    return text


def check_amount(value: Decimal | int | None, field_name: str, places: int) -> Decimal | None:
    """A non-negative amount with at most ``places`` decimals; ``None`` stays ``None``."""
    if value is None:
        return None
    if isinstance(value, float) or not isinstance(value, Decimal | int):
        raise TypeError(f"{field_name} must be a Decimal, not {type(value).__name__}")
    amount = Decimal(value)
    if not amount.is_finite():
        raise ValidationError(field_name, QT_TRANSLATE_NOOP("Messages", "{value} is not a number"), value=value)
    if amount < 0:
        raise ValidationError(field_name, QT_TRANSLATE_NOOP(
            "Messages", "{value} is negative; amounts cannot be"), value=value)
    if amount != amount.quantize(Decimal(1).scaleb(-places)):
        raise ValidationError(field_name, QT_TRANSLATE_NOOP(
            "Messages", "{value} has more than {places} decimal places"), value=value, places=places)
    if amount >= Decimal(10) ** (18 - places):
        raise ValidationError(field_name, QT_TRANSLATE_NOOP("Messages", "{value} is too large"), value=value)
    return amount


def is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def same_code(session: Session, column: InstrumentedAttribute[str], code: str) -> ColumnElement[bool]:
    """Case-insensitive equality. On SQLite the column's NOCASE collation does it through
    the unique index; PostgreSQL compares lower-cased text."""
    if is_sqlite(session):
        return column == code
    return func.lower(column) == code.lower()


def codes_in(session: Session, column: InstrumentedAttribute[str], name: str) -> ColumnElement[bool]:
    """``column IN :name`` ignoring case; bind the list with :func:`code_values`. An expanding
    parameter keeps the statement cacheable, whatever the number of codes."""
    values = bindparam(name, expanding=True)
    return column.in_(values) if is_sqlite(session) else func.lower(column).in_(values)


def code_values(session: Session, codes: Sequence[str]) -> list[str]:
    return list(codes) if is_sqlite(session) else [c.lower() for c in codes]


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def sku_ids_by_code(session: Session, codes: Iterable[str]) -> dict[str, tuple[int, str]]:
    """Existing SKUs whose code equals one of ``codes`` ignoring case: lower-cased code → (id, code)."""
    wanted = sorted({c for c in codes if c})
    found: dict[str, tuple[int, str]] = {}
    statement = select(Sku.id, Sku.code).where(codes_in(session, Sku.code, "codes"))
    for part in chunks(wanted):
        for sku_id, code in session.connection().execute(statement, {"codes": code_values(session, part)}):
            found[code.lower()] = (sku_id, code)
    return found


def _require(session: Session, model: type[Any], entity_id: int | None, what: str) -> Any:
    if entity_id is None:
        return None
    found = session.get(model, entity_id)
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "{what} {id} does not exist"), what=what, id=entity_id)
    return found


# -- categories ----------------------------------------------------------------------


@dataclass
class CategoryNode:
    id: int
    name: str
    parent_id: int | None
    path: str
    children: list[CategoryNode] = field(default_factory=list)


PATH_SEPARATOR = " / "


def _ensure_unique_sibling(session: Session, parent_id: int | None, name: str, category_id: int | None) -> None:
    parent = Category.parent_id.is_(None) if parent_id is None else Category.parent_id == parent_id
    clash = session.scalar(select(Category.id).where(parent, func.lower(Category.name) == name.lower()))
    if clash is not None and clash != category_id:
        raise ValidationError("name", QT_TRANSLATE_NOOP(
            "Messages", "a category named {name!r} already exists there"), name=name)


def create_category_in(session: Session, actor: Actor, name: str, parent_id: int | None = None) -> int:
    name = clean_name(name, max_length=120)
    _require(session, Category, parent_id, "category")
    _ensure_unique_sibling(session, parent_id, name, None)
    category = Category(name=name, parent_id=parent_id)
    session.add(category)
    session.flush()
    audit.record(session, actor, "category.add", "category", category.id, f"added category {name}",
                 after={"name": name, "parent_id": parent_id})
    return category.id


def create_category(db: Database, actor: Actor, name: str, parent_id: int | None = None) -> int:
    with db.transaction() as session:
        return create_category_in(session, actor, name, parent_id)


def rename_category(db: Database, actor: Actor, category_id: int, name: str) -> None:
    name = clean_name(name, max_length=120)
    with db.transaction() as session:
        category = _require(session, Category, category_id, "category")
        _ensure_unique_sibling(session, category.parent_id, name, category_id)
        before = category.name
        category.name = name
        audit.record(session, actor, "category.rename", "category", category_id, f"renamed category {before} to {name}",
                     before={"name": before}, after={"name": name})


def move_category(db: Database, actor: Actor, category_id: int, new_parent_id: int | None) -> None:
    """Put a category under another one (or at the top); refused if it would make a cycle."""
    with db.transaction() as session:
        category = _require(session, Category, category_id, "category")
        parents = {cid: parent for cid, parent in session.execute(select(Category.id, Category.parent_id))}
        if new_parent_id is not None:
            _require(session, Category, new_parent_id, "category")
            ancestor: int | None = new_parent_id
            while ancestor is not None:
                if ancestor == category_id:
                    raise ValidationError("parent", QT_TRANSLATE_NOOP(
                        "Messages", "category {name!r} cannot be moved into itself or one of its subcategories"),
                        name=category.name)
                ancestor = parents.get(ancestor)
        _ensure_unique_sibling(session, new_parent_id, category.name, category_id)
        before = category.parent_id
        category.parent_id = new_parent_id
        audit.record(session, actor, "category.move", "category", category_id, f"moved category {category.name}",
                     before={"parent_id": before}, after={"parent_id": new_parent_id})


def category_tree(session: Session) -> list[CategoryNode]:
    """The top-level categories, each with its children (sorted), and every node's full path."""
    rows = session.execute(
        select(Category.id, Category.name, Category.parent_id).order_by(Category.sort_order, Category.name, Category.id)
    ).all()
    nodes = {r.id: CategoryNode(r.id, r.name, r.parent_id, "") for r in rows}
    roots: list[CategoryNode] = []
    for row in rows:
        node = nodes[row.id]
        parent = nodes.get(row.parent_id) if row.parent_id is not None else None
        (parent.children if parent else roots).append(node)

    def set_paths(children: list[CategoryNode], prefix: str) -> None:
        for child in children:
            child.path = f"{prefix}{PATH_SEPARATOR}{child.name}" if prefix else child.name
            set_paths(child.children, child.path)

    set_paths(roots, "")
    return roots


def category_paths(session: Session) -> dict[int, str]:
    """Every category id → its path, e.g. ``服装 / T恤``."""
    paths: dict[int, str] = {}

    def walk(nodes: list[CategoryNode]) -> None:
        for node in nodes:
            paths[node.id] = node.path
            walk(node.children)

    walk(category_tree(session))
    return paths


def category_and_descendants(session: Session, category_id: int) -> list[int]:
    children: dict[int | None, list[int]] = {}
    for cid, parent in session.execute(select(Category.id, Category.parent_id)):
        children.setdefault(parent, []).append(cid)
    found, stack = [], [category_id]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children.get(current, []))
    return found


# -- brands --------------------------------------------------------------------------


@dataclass(frozen=True)
class BrandInfo:
    id: int
    name: str


def create_brand_in(session: Session, actor: Actor, name: str) -> int:
    name = clean_name(name, max_length=120)
    if session.scalar(select(Brand.id).where(func.lower(Brand.name) == name.lower())) is not None:
        raise ValidationError("name", QT_TRANSLATE_NOOP("Messages", "brand {name!r} already exists"), name=name)
    brand = Brand(name=name)
    session.add(brand)
    session.flush()
    audit.record(session, actor, "brand.add", "brand", brand.id, f"added brand {name}", after={"name": name})
    return brand.id


def create_brand(db: Database, actor: Actor, name: str) -> int:
    with db.transaction() as session:
        return create_brand_in(session, actor, name)


def list_brands(session: Session) -> list[BrandInfo]:
    return [BrandInfo(i, n) for i, n in session.execute(select(Brand.id, Brand.name).order_by(Brand.name))]


# -- SKUs ----------------------------------------------------------------------------


@dataclass
class SkuSpec:
    code: str
    name: str
    kind: SkuKind = SkuKind.STANDARD
    spu_id: int | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    category_id: int | None = None
    brand_id: int | None = None
    unit: str = "pcs"
    weight_kg: Decimal | None = None
    length_cm: Decimal | None = None
    width_cm: Decimal | None = None
    height_cm: Decimal | None = None
    cost: Decimal | None = None
    list_price: Decimal | None = None
    tax_class: str = "standard"
    active: bool = True


AUDITED_SKU_FIELDS = (
    "code", "name", "kind", "spu_id", "attributes", "category_id", "brand_id", "unit", "weight_kg",
    "length_cm", "width_cm", "height_cm", "cost", "list_price", "tax_class", "active",
)


def _sku_values(spec: SkuSpec) -> dict[str, Any]:
    """The spec checked and cleaned into column values (no database needed)."""
    attributes = {str(k).strip(): str(v).strip() for k, v in (spec.attributes or {}).items()}
    if any(not k for k in attributes):
        raise ValidationError("attributes", QT_TRANSLATE_NOOP("Messages", "an attribute needs a name"))
    values: dict[str, Any] = {
        "code": clean_code(spec.code),
        "name": clean_name(spec.name),
        "kind": SkuKind(spec.kind),
        "spu_id": spec.spu_id,
        "attributes": attributes,
        "category_id": spec.category_id,
        "brand_id": spec.brand_id,
        "unit": _short_text(spec.unit, "unit", 20),
        "tax_class": _short_text(spec.tax_class, "tax class", 40),
        "active": bool(spec.active),
    }
    for name, places in AMOUNT_PLACES.items():
        values[name] = check_amount(getattr(spec, name), name, places)
    return values


def _check_references(session: Session, values: Mapping[str, Any]) -> None:
    _require(session, Spu, values.get("spu_id"), "SPU")
    _require(session, Category, values.get("category_id"), "category")
    _require(session, Brand, values.get("brand_id"), "brand")


def _ensure_code_free(session: Session, code: str, sku_id: int | None) -> None:
    clash = session.execute(select(Sku.id, Sku.code).where(same_code(session, Sku.code, code))).first()
    if clash is not None and clash.id != sku_id:
        raise ValidationError("code", QT_TRANSLATE_NOOP(
            "Messages", "SKU code {code} is already used by SKU {existing}"), code=code, existing=clash.code)


def _snapshot(sku: Sku) -> dict[str, Any]:
    return {name: getattr(sku, name) for name in AUDITED_SKU_FIELDS}


def create_sku_in(session: Session, actor: Actor, spec: SkuSpec) -> int:
    values = _sku_values(spec)
    _check_references(session, values)
    _ensure_code_free(session, values["code"], None)
    sku = Sku(**values)
    session.add(sku)
    session.flush()
    audit.record(session, actor, "sku.add", "sku", sku.id, f"added SKU {sku.code}",
                 after={**_snapshot(sku), "version": sku.version})
    return sku.id


def _raced(code: str) -> ConflictError:
    return ConflictError(QT_TRANSLATE_NOOP(
        "Messages", "{code} was just added or changed on another desktop; reload and try again"), code=code)


def create_sku(db: Database, actor: Actor, spec: SkuSpec) -> int:
    try:
        with db.transaction() as session:
            return create_sku_in(session, actor, spec)
    except IntegrityError as error:  # another desktop took the code between our check and insert
        raise _raced(spec.code) from error


SKU_USES: tuple[tuple[str, str], ...] = (
    ("stock moves", "stock_moves"),
    ("order lines", "order_lines"),
    ("purchase order lines", "purchase_order_lines"),
    ("channel mappings", "channel_sku_mappings"),
    ("bundles", "bundle_components"),
    ("reservations", "reservations"),
    ("receipts", "receipt_lines"),
    ("transfers", "transfer_lines"),
    ("stocktakes", "stocktake_lines"),
)


def sku_uses(session: Session, sku_id: int) -> list[str]:
    """What refers to a SKU (empty: it is unused and its code may still change). One query."""
    from omsdesk.db.base import Base

    tables = Base.metadata.tables
    checks = []
    for label, table_name in SKU_USES:
        table = tables[table_name]
        if table_name == "bundle_components":
            condition = table.c.component_sku_id == sku_id
        else:
            condition = table.c.sku_id == sku_id
        checks.append(exists().where(condition).label(table_name))
    row = session.execute(select(*checks)).one()
    return [label for (label, _), used in zip(SKU_USES, row, strict=True) if used]


def _changes_since(session: Session, sku_id: int, version: int) -> tuple[list[str], list[str]]:
    """The fields others changed after ``version``, and who, from the audit trail."""
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.entity == "sku", AuditEntry.entity_id == sku_id).order_by(AuditEntry.id)
    )
    fields: list[str] = []
    actors: list[str] = []
    for entry in entries:
        after = entry.after or {}
        if int(after.get("version", 0)) <= version:
            continue
        fields.extend(k for k in after if k != "version" and k not in fields)
        if entry.actor not in actors:
            actors.append(entry.actor)
    return fields, actors


def _load_for_update(session: Session, sku_id: int, expected_version: int | None) -> Sku:
    sku = _require(session, Sku, sku_id, "SKU")
    if expected_version is not None and sku.version != expected_version:
        fields, actors = _changes_since(session, sku_id, expected_version)
        raise ConflictError(QT_TRANSLATE_NOOP(
            "Messages", "SKU {code} was changed by {who} while you edited it ({fields}); reload it and try again"),
            code=sku.code, who=", ".join(actors) or "someone else", fields=", ".join(fields) or "details unknown")
    return sku


def _check_kind_change(session: Session, sku: Sku, kind: SkuKind, uses: list[str]) -> None:
    if kind is sku.kind:
        return
    if uses:
        raise ValidationError("kind", QT_TRANSLATE_NOOP(
            "Messages", "the kind of SKU {code} can no longer change: it is already used ({uses})"),
            code=sku.code, uses=", ".join(uses))
    if kind is SkuKind.STANDARD and sku.components:
        raise ValidationError("kind", QT_TRANSLATE_NOOP(
            "Messages", "SKU {code} still has bundle components; remove them before making it a standard SKU"),
            code=sku.code)


def update_sku_in(session: Session, actor: Actor, sku_id: int, spec: SkuSpec,
                  expected_version: int | None) -> None:
    values = _sku_values(spec)
    sku = _load_for_update(session, sku_id, expected_version)
    _check_references(session, values)
    code_changes = values["code"] != sku.code
    uses = sku_uses(session, sku_id) if code_changes or values["kind"] is not sku.kind else []
    if code_changes:
        if uses:
            raise ValidationError("code", QT_TRANSLATE_NOOP(
                "Messages", "the code of SKU {code} can no longer change: it is already used ({uses})"),
                code=sku.code, uses=", ".join(uses))
        _ensure_code_free(session, values["code"], sku_id)
    _check_kind_change(session, sku, values["kind"], uses)
    before = _snapshot(sku)
    for name, value in values.items():
        setattr(sku, name, value)
    changed_before, changed_after = audit.changed_fields(before, _snapshot(sku))
    if not changed_after:
        return
    session.flush()
    audit.record(session, actor, "sku.update", "sku", sku_id, f"edited SKU {sku.code}",
                 before=changed_before, after={**changed_after, "version": sku.version})


def update_sku(db: Database, actor: Actor, sku_id: int, spec: SkuSpec, expected_version: int) -> None:
    """Save an edited SKU; refused with a :class:`ConflictError` naming what others changed
    if its version is no longer ``expected_version``."""
    try:
        with db.transaction() as session:
            update_sku_in(session, actor, sku_id, spec, expected_version)
    except IntegrityError as error:
        raise _raced(spec.code) from error


def set_sku_active(db: Database, actor: Actor, sku_id: int, active: bool) -> None:
    with db.transaction() as session:
        sku = _require(session, Sku, sku_id, "SKU")
        if sku.active == active:
            return
        sku.active = active
        session.flush()
        audit.record(session, actor, "sku.activate" if active else "sku.deactivate", "sku", sku_id,
                     f"{'activated' if active else 'deactivated'} SKU {sku.code}",
                     before={"active": not active}, after={"active": active, "version": sku.version})


# -- SPUs and their variants -----------------------------------------------------------


@dataclass
class SalesAttribute:
    """A sales attribute (colour, size) and its values; ``codes`` are the short codes used in
    the generated SKU codes (default: derived from the values)."""

    name: str
    values: list[str]
    codes: list[str] | None = None


@dataclass
class SpuSpec:
    code: str
    name: str
    sales_attributes: list[SalesAttribute] = field(default_factory=list)
    category_id: int | None = None
    brand_id: int | None = None
    unit: str = "pcs"
    cost: Decimal | None = None
    list_price: Decimal | None = None
    weight_kg: Decimal | None = None
    tax_class: str = "standard"
    description: str = ""


@dataclass(frozen=True)
class SpuCreated:
    spu_id: int
    sku_ids: list[int]


_UNSAFE = re.compile(r"[^A-Z0-9]+")


def default_value_code(value: str, position: int) -> str:
    """``"Navy Blue"`` → ``NAVY-BLUE``; a value that is not plain ASCII → its position, ``C3``."""
    text = value.strip()
    if not text.isascii():
        return f"C{position}"
    return _UNSAFE.sub("-", text.upper()).strip("-")[:VALUE_CODE_MAX_LENGTH].strip("-") or f"C{position}"


@dataclass(frozen=True)
class _Attribute:
    name: str
    values: tuple[str, ...]
    codes: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "values": list(self.values), "codes": list(self.codes)}


def _unique(items: Sequence[str], field_name: str, what: str) -> None:
    seen: set[str] = set()
    for item in items:
        if item.lower() in seen:
            raise ValidationError(field_name, QT_TRANSLATE_NOOP(
                "Messages", "{what} {item!r} is given twice"), what=what, item=item)
        seen.add(item.lower())


def _clean_attribute(attribute: SalesAttribute) -> _Attribute:
    name = clean_name(attribute.name, "sales attributes", 60)
    values = [str(v).strip() for v in attribute.values]
    if not values or any(not v for v in values):
        raise ValidationError("sales attributes", QT_TRANSLATE_NOOP(
            "Messages", "attribute {name!r} needs at least one value and no empty ones"), name=name)
    _unique(values, "sales attributes", name)
    if attribute.codes is None:
        codes = [default_value_code(v, n) for n, v in enumerate(values, start=1)]
    else:
        if len(attribute.codes) != len(values):
            raise ValidationError("sales attributes", QT_TRANSLATE_NOOP(
                "Messages", "attribute {name!r} has {values} values but {codes} codes"),
                name=name, values=len(values), codes=len(attribute.codes))
        codes = [str(c).strip() for c in attribute.codes]
    for code in codes:
        if not code or len(code) > VALUE_CODE_MAX_LENGTH or not code.isprintable() or any(c.isspace() for c in code):
            raise ValidationError("sales attributes", QT_TRANSLATE_NOOP(
                "Messages", "{code!r} is not a usable value code for {name!r}: 1–20 characters, no spaces"),
                code=code, name=name)
    if len({c.lower() for c in codes}) != len(codes):
        raise ValidationError("sales attributes", QT_TRANSLATE_NOOP(
            "Messages", "two values of {name!r} get the same code ({codes}); give each value its own code"),
            name=name, codes=", ".join(codes))
    return _Attribute(name, tuple(values), tuple(codes))


def _clean_attributes(attributes: Sequence[SalesAttribute]) -> list[_Attribute]:
    cleaned = [_clean_attribute(a) for a in attributes]
    _unique([a.name for a in cleaned], "sales attributes", "attribute")
    return cleaned


@dataclass(frozen=True)
class _Variant:
    code: str
    name: str
    attributes: dict[str, str]


def _variants(spu_code: str, spu_name: str, attributes: Sequence[_Attribute]) -> list[_Variant]:
    """One variant per combination of the attribute values, in the order given."""
    per_attribute = [list(zip(a.values, a.codes, strict=True)) for a in attributes]
    count = 1
    for options in per_attribute:
        count *= len(options)
    if count > MAX_VARIANTS:
        raise ValidationError("sales attributes", QT_TRANSLATE_NOOP(
            "Messages", "{count} variants is more than the {max} an SPU may have"), count=count, max=MAX_VARIANTS)
    variants = []
    for combination in itertools.product(*per_attribute):
        code = "-".join([spu_code, *(c for _, c in combination)])
        variants.append(_Variant(
            clean_code(code, "code"),
            " ".join([spu_name, *(v for v, _ in combination)]),
            {a.name: v for a, (v, _) in zip(attributes, combination, strict=True)},
        ))
    _unique([v.code for v in variants], "code", "SKU code")
    return variants


def _ensure_variant_codes_free(session: Session, variants: Sequence[_Variant]) -> None:
    taken = sku_ids_by_code(session, [v.code for v in variants])
    if taken:
        clashes = sorted(code for _, code in taken.values())
        raise ValidationError("code", QT_TRANSLATE_NOOP(
            "Messages", "these SKU codes are already in use, nothing was created: {codes}"),
            codes=", ".join(clashes[:10]) + (" …" if len(clashes) > 10 else ""))


def _add_variant_skus(session: Session, actor: Actor, spu: Spu, variants: Sequence[_Variant],
                      template: Mapping[str, Any]) -> list[int]:
    skus = [Sku(code=v.code, name=v.name, attributes=v.attributes, spu_id=spu.id, kind=SkuKind.STANDARD,
                active=True, **template) for v in variants]
    session.add_all(skus)
    session.flush()
    for sku in skus:
        audit.record(session, actor, "sku.add", "sku", sku.id, f"added SKU {sku.code} of SPU {spu.code}",
                     after={**_snapshot(sku), "version": sku.version})
    return [sku.id for sku in skus]


def create_spu_in(session: Session, actor: Actor, spec: SpuSpec) -> SpuCreated:
    """The SPU and one SKU per combination of its attribute values (3 colours × 4 sizes: 12)."""
    code, name = clean_code(spec.code), clean_name(spec.name)
    attributes = _clean_attributes(spec.sales_attributes)
    template = {
        "category_id": spec.category_id, "brand_id": spec.brand_id, "unit": _short_text(spec.unit, "unit", 20),
        "tax_class": _short_text(spec.tax_class, "tax class", 40),
        "cost": check_amount(spec.cost, "cost", AMOUNT_PLACES["cost"]),
        "list_price": check_amount(spec.list_price, "list_price", AMOUNT_PLACES["list_price"]),
        "weight_kg": check_amount(spec.weight_kg, "weight_kg", AMOUNT_PLACES["weight_kg"]),
    }
    variants = _variants(code, name, attributes)
    _check_references(session, template)
    if session.scalar(select(Spu.id).where(same_code(session, Spu.code, code))) is not None:
        raise ValidationError("code", QT_TRANSLATE_NOOP("Messages", "SPU code {code} already exists"), code=code)
    _ensure_variant_codes_free(session, variants)
    spu = Spu(code=code, name=name, category_id=spec.category_id, brand_id=spec.brand_id, unit=template["unit"],
              sales_attributes=[a.as_json() for a in attributes], description=spec.description or "")
    session.add(spu)
    session.flush()
    sku_ids = _add_variant_skus(session, actor, spu, variants, template)
    audit.record(session, actor, "spu.add", "spu", spu.id, f"added SPU {code} with {len(sku_ids)} SKUs",
                 after={"code": code, "name": name, "sales_attributes": spu.sales_attributes,
                        "skus": [v.code for v in variants]})
    return SpuCreated(spu.id, sku_ids)


def create_spu(db: Database, actor: Actor, spec: SpuSpec) -> SpuCreated:
    try:
        with db.transaction() as session:
            return create_spu_in(session, actor, spec)
    except IntegrityError as error:
        raise _raced(spec.code) from error


def stored_attributes(spu: Spu) -> list[SalesAttribute]:
    return [SalesAttribute(a["name"], list(a["values"]), list(a.get("codes") or []) or None)
            for a in spu.sales_attributes]


def _merge_attributes(spu: Spu, additions: Sequence[SalesAttribute]) -> list[_Attribute]:
    current = _clean_attributes(stored_attributes(spu))
    by_name = {a.name.lower(): a for a in current}
    for addition in additions:
        target = by_name.get(addition.name.strip().lower())
        if target is None:
            raise ValidationError("sales attributes", QT_TRANSLATE_NOOP(
                "Messages", "SPU {spu} has no attribute {name!r}; a new attribute would change its existing SKUs"),
                spu=spu.code, name=addition.name)
        wanted = _clean_attribute(SalesAttribute(target.name, addition.values, addition.codes))
        known = {v.lower() for v in target.values}
        offset = len(target.values)
        fresh = [(v, c) for v, c in zip(wanted.values, wanted.codes, strict=True) if v.lower() not in known]
        if addition.codes is None:  # default codes count on from the values already there
            fresh = [(v, default_value_code(v, offset + n)) for n, (v, _) in enumerate(fresh, start=1)]
        merged = SalesAttribute(target.name, [*target.values, *(v for v, _ in fresh)],
                                [*target.codes, *(c for _, c in fresh)])
        by_name[target.name.lower()] = _clean_attribute(merged)
    return [by_name[a.name.lower()] for a in current]


def add_variants_in(session: Session, actor: Actor, spu_id: int,
                    new_attribute_values: Sequence[SalesAttribute]) -> list[int]:
    """Add values to an SPU's existing attributes and create the SKUs for every combination
    that has none yet; returns the new SKU ids."""
    spu: Spu = _require(session, Spu, spu_id, "SPU")
    attributes = _merge_attributes(spu, new_attribute_values)
    existing = {tuple(sorted(s.attributes.items())) for s in spu.skus}
    missing = [v for v in _variants(spu.code, spu.name, attributes)
               if tuple(sorted(v.attributes.items())) not in existing]
    _ensure_variant_codes_free(session, missing)
    model = spu.skus[0] if spu.skus else None
    template = {name: getattr(model, name) if model else None
                for name in ("category_id", "brand_id", "cost", "list_price", "weight_kg")}
    template["unit"] = model.unit if model else spu.unit
    template["tax_class"] = model.tax_class if model else "standard"
    before = spu.sales_attributes
    spu.sales_attributes = [a.as_json() for a in attributes]
    sku_ids = _add_variant_skus(session, actor, spu, missing, template)
    audit.record(session, actor, "spu.add_variants", "spu", spu.id, f"added {len(sku_ids)} SKUs to SPU {spu.code}",
                 before={"sales_attributes": before},
                 after={"sales_attributes": spu.sales_attributes, "skus": [v.code for v in missing]})
    return sku_ids


def add_variants(db: Database, actor: Actor, spu_id: int, new_attribute_values: Sequence[SalesAttribute]) -> list[int]:
    try:
        with db.transaction() as session:
            return add_variants_in(session, actor, spu_id, new_attribute_values)
    except IntegrityError as error:
        raise _raced(str(spu_id)) from error

