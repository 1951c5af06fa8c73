"""The catalogue in Excel: export it, export an import template, and import a workbook.

Sheets (matched by name, English or Chinese; other sheets such as "Read me" are
ignored): ``SPUs``, ``SKUs``, ``Barcodes``, ``Mappings``, ``Bundles``. Columns are
matched by header, English or Chinese, in any order; columns we do not know are
ignored. On an existing SKU / SPU, a column that is left out of the sheet keeps
what is stored, and an empty cell clears an optional value (so a re-imported
export changes only what was edited).

The import first validates every row of every sheet — required columns and
values, types, decimal places, codes given twice in the file, barcodes, mapping
keys and codes already used in the database, references to SPUs, SKUs and shops
that exist neither in the file nor in the database, EAN-13 / UPC-A check digits —
and lists each problem by sheet, row, column and reason. Nothing is written
unless the whole file is valid, or the caller asks for the valid rows only (rows
that depend on an invalid row are then skipped too and listed). Everything is
written in one transaction through the catalogue services, so each change is
audited; unknown category and brand names are created on the way.

A code that already exists in the database is an error, unless the caller passes
``update_existing=True``: then SPUs and SKUs are updated, mappings re-pointed and
bundle components replaced. Rows that would change nothing are counted as skipped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.catalog import barcodes as barcode_service
from omsdesk.catalog import bundles as bundle_service
from omsdesk.catalog import mapping as mapping_service
from omsdesk.catalog import services
from omsdesk.catalog.models import (
    Barcode,
    BarcodeKind,
    Brand,
    BundleComponent,
    ChannelSkuMapping,
    Sku,
    SkuKind,
    Spu,
)
from omsdesk.db.engine import Database
from omsdesk.documents.excel import ColumnKind, ExcelColumn, RowData, SheetData, WorkbookWriter, read_workbook
from omsdesk.errors import QT_TRANSLATE_NOOP, UserError
from omsdesk.sync.models import Shop

Translate = Callable[[str, str], str]

SPUS, SKUS, BARCODES, MAPPINGS, BUNDLES = "SPUs", "SKUs", "Barcodes", "Mappings", "Bundles"
CATEGORIES, BRANDS = "Categories", "Brands"  # created on the way; counted in the report
README = "Read me"
SHEET_ALIASES = {
    SPUS: ("spu", "商品", "款式"),
    SKUS: ("sku", "规格", "库存单位"),
    BARCODES: ("barcode", "条码", "条形码"),
    MAPPINGS: ("mapping", "渠道映射", "平台映射"),
    BUNDLES: ("bundle", "组合", "组合商品", "套装"),
}
TRUE_WORDS = {"true", "yes", "y", "1", "x", "✓", "active", "是", "启用", "有效"}
FALSE_WORDS = {"false", "no", "n", "0", "inactive", "否", "停用", "禁用", "无效"}
QUANTITY_PLACES = 4


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    zh: str  # the Chinese header (accepted on import) and the read-me's Chinese name
    kind: ColumnKind
    width: float
    help: str
    help_zh: str
    required: bool = False  # the column must be there and filled in
    aliases: tuple[str, ...] = ()
    required_when_new: bool = False  # needed for a new SPU / SKU only: an update may leave it out

    def matches(self, header: str) -> bool:
        wanted = header.strip().casefold()
        return wanted in {self.title.casefold(), self.zh.casefold(), *(a.casefold() for a in self.aliases)}


SPU_COLUMNS = (
    Column("code", "SPU code", "SPU编码", ColumnKind.CODE, 16, "The product's code, unique. Required.",
           "商品编码，唯一，必填。", True, ("spu",)),
    Column("name", "Name", "名称", ColumnKind.TEXT, 32, "The product's name, Chinese or Latin. Required for a new SPU.",
           "商品名称，中文或英文均可，新商品必填。", aliases=("商品名称",), required_when_new=True),
    Column("category", "Category", "分类", ColumnKind.TEXT, 20,
           "Category path, levels separated by '/', e.g. '服装 / T恤'. New categories are created.",
           "分类路径，用“/”分隔层级，例如“服装 / T恤”；不存在的分类会自动创建。"),
    Column("brand", "Brand", "品牌", ColumnKind.TEXT, 16, "Brand name; a new brand is created.",
           "品牌名称；不存在的品牌会自动创建。"),
    Column("unit", "Unit", "单位", ColumnKind.TEXT, 8, "Unit of sale, e.g. pcs. Default pcs.",
           "销售单位，例如 pcs（件）；默认 pcs。"),
    Column("sales_attributes", "Sales attributes", "销售属性", ColumnKind.TEXT, 30,
           "Attributes and their values: '颜色: 黑, 白; 尺码: M, L'. Empty: taken from the SPU's SKUs.",
           "销售属性及取值：“颜色: 黑, 白; 尺码: M, L”；留空则取自该商品的 SKU。"),
    Column("description", "Description", "描述", ColumnKind.TEXT, 30, "Free text.", "说明文字。"),
    Column("active", "Active", "启用", ColumnKind.BOOLEAN, 8, "TRUE or FALSE (yes/no, 是/否). Default TRUE.",
           "TRUE 或 FALSE（是/否）；默认 TRUE。"),
)
SKU_COLUMNS = (
    Column("code", "SKU code", "SKU编码", ColumnKind.CODE, 18, "The SKU's code, unique. Required.",
           "SKU 编码，唯一，必填。", True, ("sku",)),
    Column("spu", "SPU code", "SPU编码", ColumnKind.CODE, 16,
           "The SPU it is a variant of: in the SPUs sheet or already in omsdesk. Optional.",
           "所属商品编码：须在 SPUs 表中或已存在；可留空。"),
    Column("name", "Name", "名称", ColumnKind.TEXT, 36, "The SKU's name. Required for a new SKU.",
           "SKU 名称，新 SKU 必填。", aliases=("商品名称",), required_when_new=True),
    Column("kind", "Kind", "类型", ColumnKind.TEXT, 16,
           "standard, virtual_bundle (a kit of its components) or prepacked_bundle. Default standard.",
           "standard（普通）、virtual_bundle（虚拟组合）或 prepacked_bundle（预包装组合）；默认 standard。"),
    Column("attributes", "Attributes", "属性", ColumnKind.TEXT, 22, "The variant's values: '颜色=黑; 尺码=M'.",
           "规格取值：“颜色=黑; 尺码=M”。"),
    Column("category", "Category", "分类", ColumnKind.TEXT, 20, "As in the SPUs sheet.", "同 SPUs 表。"),
    Column("brand", "Brand", "品牌", ColumnKind.TEXT, 16, "As in the SPUs sheet.", "同 SPUs 表。"),
    Column("unit", "Unit", "单位", ColumnKind.TEXT, 8, "Unit of sale. Default pcs.", "销售单位；默认 pcs。"),
    Column("weight_kg", "Weight (kg)", "重量(kg)", ColumnKind.DECIMAL, 11, "Up to 4 decimal places.",
           "最多 4 位小数。"),
    Column("length_cm", "Length (cm)", "长(cm)", ColumnKind.MONEY, 10, "Up to 2 decimal places.", "最多 2 位小数。"),
    Column("width_cm", "Width (cm)", "宽(cm)", ColumnKind.MONEY, 10, "Up to 2 decimal places.", "最多 2 位小数。"),
    Column("height_cm", "Height (cm)", "高(cm)", ColumnKind.MONEY, 10, "Up to 2 decimal places.", "最多 2 位小数。"),
    Column("cost", "Cost", "成本", ColumnKind.DECIMAL, 11, "Purchase cost per unit, excl. tax; up to 4 places.",
           "单位采购成本（不含税），最多 4 位小数。"),
    Column("list_price", "List price", "售价", ColumnKind.MONEY, 11, "Selling price excl. tax; up to 2 places.",
           "销售价格（不含税），最多 2 位小数。"),
    Column("tax_class", "Tax class", "税率类别", ColumnKind.TEXT, 12, "Default standard.", "默认 standard。"),
    Column("active", "Active", "启用", ColumnKind.BOOLEAN, 8, "TRUE or FALSE. Default TRUE.",
           "TRUE 或 FALSE；默认 TRUE。"),
)
BARCODE_COLUMNS = (
    Column("sku", "SKU code", "SKU编码", ColumnKind.CODE, 18, "The SKU the barcode belongs to. Required.",
           "条码所属的 SKU 编码，必填。", True, ("sku",)),
    Column("barcode", "Barcode", "条码", ColumnKind.CODE, 18,
           "13 digits: EAN-13, 12 digits: UPC-A (check digit verified); anything else is an own code. "
           "Format the column as text to keep leading zeros.",
           "13 位为 EAN-13，12 位为 UPC-A（校验位会检查），其他为自编码。请将此列设为文本以保留前导零。", True,
           ("条形码",)),
    Column("kind", "Kind", "类型", ColumnKind.TEXT, 10, "ean13, upca or own; empty: by its digits.",
           "ean13、upca 或 own；留空则按位数判断。"),
)
MAPPING_COLUMNS = (
    Column("shop", "Shop", "店铺", ColumnKind.TEXT, 18, "The shop's name in omsdesk. Required.",
           "omsdesk 中的店铺名称，必填。", True),
    Column("item_id", "Channel item ID", "平台商品ID", ColumnKind.CODE, 18,
           "The channel's item (listing) id.", "平台商品（宝贝）ID。"),
    Column("variant_id", "Channel variant ID", "平台规格ID", ColumnKind.CODE, 18,
           "The channel's variant id (needs the item id).", "平台规格（SKU）ID，需同时填写商品 ID。"),
    Column("channel_sku", "Seller SKU", "商家编码", ColumnKind.CODE, 18,
           "The seller SKU on the channel. Give it or the item id.", "平台上的商家编码；与商品 ID 至少填一个。"),
    Column("sku", "SKU code", "SKU编码", ColumnKind.CODE, 18, "Our SKU it maps to. Required.",
           "对应的本系统 SKU 编码，必填。", True, ("sku",)),
)
BUNDLE_COLUMNS = (
    Column("bundle", "Bundle SKU code", "组合SKU编码", ColumnKind.CODE, 18,
           "A SKU of kind virtual_bundle or prepacked_bundle. Required.",
           "类型为 virtual_bundle 或 prepacked_bundle 的 SKU 编码，必填。", True),
    Column("component", "Component SKU code", "子SKU编码", ColumnKind.CODE, 18,
           "A standard SKU in the bundle. Required.", "组合中的普通 SKU 编码，必填。", True),
    Column("quantity", "Quantity", "数量", ColumnKind.QUANTITY, 10, "How many per bundle; up to 4 places. Required.",
           "每个组合中的数量，最多 4 位小数，必填。", True),
    Column("price_weight", "Price weight", "价格权重", ColumnKind.DECIMAL, 12,
           "Share of the bundle price; empty: the component's list price × quantity.",
           "组合价格分摊权重；留空则按子 SKU 售价 × 数量。"),
)
SHEETS: dict[str, tuple[Column, ...]] = {
    SPUS: SPU_COLUMNS, SKUS: SKU_COLUMNS, BARCODES: BARCODE_COLUMNS, MAPPINGS: MAPPING_COLUMNS, BUNDLES: BUNDLE_COLUMNS,
}


# -- the report ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportIssue:
    """One problem: where (sheet, Excel row number, column header) and why."""

    sheet: str
    row: int
    column: str
    reason: str
    template: str = ""
    params: dict[str, Any] = field(default_factory=dict)

    def localized(self, translate: Translate) -> str:
        if not self.template:
            return self.reason
        try:
            return translate("Messages", self.template).format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.reason

    def __str__(self) -> str:
        return f"{self.sheet} row {self.row}, {self.column}: {self.reason}"


@dataclass
class ImportReport:
    """What an import did, by sheet (plus ``Categories`` / ``Brands`` created on the way)."""

    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)  # unchanged, or not imported because invalid
    errors: list[ImportIssue] = field(default_factory=list)
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def count(self, what: str) -> tuple[int, int, int]:
        return self.created.get(what, 0), self.updated.get(what, 0), self.skipped.get(what, 0)

    def _add(self, counter: dict[str, int], sheet: str, n: int = 1) -> None:
        counter[sheet] = counter.get(sheet, 0) + n


# -- parsing cells ---------------------------------------------------------------------------------


class _CellError(Exception):
    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str | None:
    """A cell as text; numbers typed into a text column come back as they read (``10023``, not ``10023.0``)."""
    if _blank(value):
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return str(value).strip()


def _decimal(value: Any) -> Decimal | None:
    if _blank(value):
        return None
    if isinstance(value, bool):
        raise _CellError(QT_TRANSLATE_NOOP("Messages", "{value!r} is not a number"), value=value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, int | Decimal):
        return Decimal(value)
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        raise _CellError(QT_TRANSLATE_NOOP("Messages", "{value!r} is not a number"), value=value) from None
    if not amount.is_finite():
        raise _CellError(QT_TRANSLATE_NOOP("Messages", "{value!r} is not a number"), value=value)
    return amount


def _boolean(value: Any) -> bool | None:
    if _blank(value):
        return None
    if isinstance(value, bool):
        return value
    word = str(value).strip().casefold()
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise _CellError(QT_TRANSLATE_NOOP("Messages", "{value!r} is neither TRUE nor FALSE"), value=value)


def _pairs(text: str) -> list[tuple[str, str]]:
    """``颜色=黑; 尺码=M`` → [(颜色, 黑), (尺码, M)] (also ``:`` and full-width punctuation)."""
    pairs = []
    for part in re.split(r"[;；\n]", text):
        if not part.strip():
            continue
        match = re.fullmatch(r"\s*([^=:：]+?)\s*[=:：]\s*(.+?)\s*", part)
        if match is None:
            raise _CellError(QT_TRANSLATE_NOOP(
                "Messages", "{part!r} is not written as name=value (several separated by ';')"), part=part.strip())
        pairs.append((match.group(1), match.group(2)))
    return pairs


def _attributes(value: Any) -> dict[str, str] | None:
    text = _text(value)
    if text is None:
        return None
    attributes: dict[str, str] = {}
    for name, item in _pairs(text):
        if name in attributes:
            raise _CellError(QT_TRANSLATE_NOOP("Messages", "attribute {name!r} is given twice"), name=name)
        attributes[name] = item
    return attributes


def _sales_attributes(value: Any) -> list[tuple[str, list[str]]] | None:
    text = _text(value)
    if text is None:
        return None
    result: list[tuple[str, list[str]]] = []
    for name, items in _pairs(text):
        values = [v.strip() for v in re.split(r"[,，、]", items) if v.strip()]
        if not values:
            raise _CellError(QT_TRANSLATE_NOOP("Messages", "attribute {name!r} has no values"), name=name)
        result.append((name, values))
    return result


def _category_path(value: Any) -> str | None:
    text = _text(value)
    if text is None:
        return None
    parts = [p.strip() for p in re.split(r"[/>＞／]", text)]
    if any(not p for p in parts):
        raise _CellError(QT_TRANSLATE_NOOP(
            "Messages", "{value!r} is not a category path like '服装 / T恤'"), value=text)
    return services.PATH_SEPARATOR.join(parts)


def _sku_kind(value: Any) -> SkuKind | None:
    text = _text(value)
    if text is None:
        return None
    word = text.casefold().replace(" ", "_").replace("-", "_")
    aliases = {"普通": SkuKind.STANDARD, "虚拟组合": SkuKind.VIRTUAL_BUNDLE, "预包装组合": SkuKind.PREPACKED_BUNDLE,
               "virtual": SkuKind.VIRTUAL_BUNDLE, "prepacked": SkuKind.PREPACKED_BUNDLE}
    for kind in SkuKind:
        if word == kind.value:
            return kind
    if word in aliases:
        return aliases[word]
    raise _CellError(QT_TRANSLATE_NOOP(
        "Messages", "{value!r} is not a SKU kind: use standard, virtual_bundle or prepacked_bundle"), value=text)


def _barcode_kind(value: Any) -> BarcodeKind | None:
    text = _text(value)
    if text is None:
        return None
    word = text.casefold().replace("-", "").replace("_", "")
    for kind in BarcodeKind:
        if word == kind.value:
            return kind
    raise _CellError(QT_TRANSLATE_NOOP(
        "Messages", "{value!r} is not a barcode kind: use ean13, upca or own"), value=text)


# -- rows ------------------------------------------------------------------------------------------


@dataclass
class _Row:
    sheet: str
    number: int
    values: dict[str, Any]  # column key → parsed value (None: empty); only columns in the sheet
    valid: bool = True
    target_id: int | None = None  # the existing row it updates

    def has(self, key: str) -> bool:
        return key in self.values

    def get(self, key: str) -> Any:
        return self.values.get(key)


class _Validator:
    """Collects the problems of a workbook; then writes it through the services."""

    def __init__(self, sheets: dict[str, SheetData], only_valid_rows: bool, update_existing: bool) -> None:
        self.only_valid_rows = only_valid_rows
        self.update_existing = update_existing
        self.report = ImportReport()
        self.headers: dict[str, dict[str, str]] = {}  # sheet → key → header as written in the file
        self.rows: dict[str, list[_Row]] = {name: [] for name in SHEETS}
        self._find_sheets(sheets)

    # - problems -
    def issue(self, sheet: str, row: int, key: str, template: str, **params: Any) -> None:
        column = self.headers.get(sheet, {}).get(key) or self._title(sheet, key)
        self.report.errors.append(ImportIssue(sheet, row, column, template.format(**params), template, params))

    def fail(self, row: _Row, key: str, template: str, **params: Any) -> None:
        row.valid = False
        self.issue(row.sheet, row.number, key, template, **params)

    def fail_error(self, row: _Row, key: str, error: UserError | _CellError) -> None:
        template = getattr(error, "template", str(error))
        params = getattr(error, "params", {})
        row.valid = False
        column = self.headers.get(row.sheet, {}).get(key) or self._title(row.sheet, key)
        reason = error.message if hasattr(error, "message") else str(error)
        self.report.errors.append(ImportIssue(row.sheet, row.number, column, reason, template, params))

    @staticmethod
    def _title(sheet: str, key: str) -> str:
        for column in SHEETS[sheet]:
            if column.key == key:
                return column.title
        return key

    # - reading -
    def _find_sheets(self, sheets: dict[str, SheetData]) -> None:
        found: dict[str, SheetData] = {}
        for name, data in sheets.items():
            folded = name.strip().casefold()
            for sheet, aliases in SHEET_ALIASES.items():
                if folded == sheet.casefold() or folded in (a.casefold() for a in aliases):
                    if sheet in found:
                        self.issue(sheet, 0, "", QT_TRANSLATE_NOOP(
                            "Messages", "the workbook has two {sheet} sheets: {first!r} and {second!r}"),
                            sheet=sheet, first=found[sheet].name, second=name)
                    else:
                        found[sheet] = data
        if not found:
            self.issue(SKUS, 0, "", QT_TRANSLATE_NOOP(
                "Messages", "the workbook has none of the sheets {sheets}"), sheets=", ".join(SHEETS))
        for sheet, data in found.items():
            self._read_sheet(sheet, data)

    def _read_sheet(self, sheet: str, data: SheetData) -> None:
        columns = SHEETS[sheet]
        mapping: dict[str, str] = {}
        for header in data.headers:
            for column in columns:
                if column.key not in mapping and column.matches(header):
                    mapping[column.key] = header
                    break
        self.headers[sheet] = mapping
        for header in data.duplicate_headers:
            self.issue(sheet, data.header_row, "", QT_TRANSLATE_NOOP(
                "Messages", "the column {header!r} appears twice"), header=header)
        missing = [c for c in columns if c.required and c.key not in mapping]
        for column in missing:
            self.issue(sheet, data.header_row or 1, column.key, QT_TRANSLATE_NOOP(
                "Messages", "the sheet has no {column!r} column"), column=column.title)
        for raw in data.rows:
            row = _Row(sheet, raw.row_number, {})
            if missing:
                row.valid = False
            self._parse_row(row, raw, columns, mapping)
            self.rows[sheet].append(row)

    def _parse_row(self, row: _Row, raw: RowData, columns: Sequence[Column], mapping: dict[str, str]) -> None:
        parsers: dict[str, Callable[[Any], Any]] = {
            "sales_attributes": _sales_attributes, "attributes": _attributes, "category": _category_path,
            "active": _boolean, "kind": _sku_kind if row.sheet == SKUS else _barcode_kind,
        }
        for column in columns:
            if column.key not in mapping:
                continue
            value = raw.get(mapping[column.key])
            try:
                if column.key in parsers:
                    parsed = parsers[column.key](value)
                elif column.kind in (ColumnKind.MONEY, ColumnKind.DECIMAL, ColumnKind.QUANTITY):
                    parsed = _decimal(value)
                else:
                    parsed = _text(value)
            except _CellError as error:
                self.fail_error(row, column.key, error)
                continue
            row.values[column.key] = parsed


# -- validation against the file and the database ------------------------------------------------


def _lower(code: str | None) -> str:
    return (code or "").casefold()


def _spus_by_code(session: Session, codes: Iterable[str]) -> dict[str, tuple[int, str]]:
    wanted = sorted({c.lower() for c in codes if c})
    found: dict[str, tuple[int, str]] = {}
    for part in services.chunks(wanted):
        for spu_id, code in session.execute(select(Spu.id, Spu.code).where(func.lower(Spu.code).in_(part))):
            found[code.lower()] = (spu_id, code)
    return found


@dataclass
class _Context:
    """What the database already holds, looked up once for the whole file."""

    skus: dict[str, tuple[int, str]]  # lower code → (id, code)
    sku_kinds: dict[int, SkuKind]
    spus: dict[str, tuple[int, str]]
    shops: dict[str, tuple[int, str]]  # lower name → (id, name)
    barcodes: dict[str, tuple[int, str, str]]  # any spelling → (sku id, stored code, SKU code)
    categories: dict[str, int]  # lower path → id
    brands: dict[str, int]  # lower name → id
    bundle_components: dict[int, dict[int, tuple[Decimal, Decimal | None]]]
    # (shop, item, variant, seller) → (mapping id, SKU id, SKU code)
    mappings: dict[tuple[int, str, str, str], tuple[int, int, str]]


def _context(session: Session, validator: _Validator) -> _Context:
    rows = validator.rows
    sku_codes = {r.get("code") for r in rows[SKUS]} | {r.get("sku") for r in rows[BARCODES]} | \
        {r.get("sku") for r in rows[MAPPINGS]} | {r.get("bundle") for r in rows[BUNDLES]} | \
        {r.get("component") for r in rows[BUNDLES]}
    skus = services.sku_ids_by_code(session, [c for c in sku_codes if c])
    ids = [sku_id for sku_id, _ in skus.values()]
    kinds: dict[int, SkuKind] = {}
    for part in services.chunks(ids):
        kinds.update(session.execute(select(Sku.id, Sku.kind).where(Sku.id.in_(part))).all())
    spu_codes = {r.get("code") for r in rows[SPUS]} | {r.get("spu") for r in rows[SKUS]}
    codes: set[str] = set()
    for row in rows[BARCODES]:
        if row.get("barcode"):
            codes.update(barcode_service.equivalent_codes(row.get("barcode")))
    barcodes: dict[str, tuple[int, str, str]] = {}
    for part in services.chunks(sorted(codes)):
        for code, sku_id, sku_code in session.execute(select(Barcode.code, Barcode.sku_id, Sku.code).join(
                Sku, Sku.id == Barcode.sku_id).where(Barcode.code.in_(part))):
            for spelling in barcode_service.equivalent_codes(code):
                barcodes[spelling] = (sku_id, code, sku_code)
    components: dict[int, dict[int, tuple[Decimal, Decimal | None]]] = defaultdict(dict)
    for part in services.chunks(ids):
        for bundle_id, component_id, quantity, weight in session.execute(
                select(BundleComponent.bundle_sku_id, BundleComponent.component_sku_id, BundleComponent.quantity,
                       BundleComponent.price_weight).where(BundleComponent.bundle_sku_id.in_(part))):
            components[bundle_id][component_id] = (quantity, weight)
    shops = {name.casefold(): (shop_id, name) for shop_id, name in session.execute(select(Shop.id, Shop.name))}
    return _Context(
        skus=skus,
        sku_kinds=kinds,
        spus=_spus_by_code(session, [c for c in spu_codes if c]),
        shops=shops,
        barcodes=barcodes,
        categories={path.casefold(): cid for cid, path in services.category_paths(session).items()},
        brands={name.casefold(): bid for bid, name in session.execute(select(Brand.id, Brand.name))},
        bundle_components=components,
        mappings=_existing_mappings(session, validator.rows[MAPPINGS], shops),
    )


def _mapping_key(shop_id: int, item: str, variant: str, seller: str) -> tuple[int, str, str, str]:
    """The matching rule of the mapping service: by ids when there is an item id, else by seller SKU."""
    return (shop_id, item, variant, "") if item else (shop_id, "", "", seller)


def _existing_mappings(session: Session, rows: Sequence[_Row],
                       shops: dict[str, tuple[int, str]]) -> dict[tuple[int, str, str, str], tuple[int, int, str]]:
    items: dict[int, set[str]] = defaultdict(set)
    sellers: dict[int, set[str]] = defaultdict(set)
    for row in rows:
        shop = shops.get((row.get("shop") or "").casefold())
        if shop is None:
            continue
        if row.get("item_id"):
            items[shop[0]].add(row.get("item_id"))
        elif row.get("channel_sku"):
            sellers[shop[0]].add(row.get("channel_sku"))
    found: dict[tuple[int, str, str, str], tuple[int, int, str]] = {}
    columns = (ChannelSkuMapping.id, ChannelSkuMapping.sku_id, ChannelSkuMapping.shop_id,
               ChannelSkuMapping.channel_item_id, ChannelSkuMapping.channel_variant_id, ChannelSkuMapping.channel_sku,
               Sku.code)
    for shop_id, wanted in items.items():
        for part in services.chunks(sorted(wanted)):
            for mapping_id, sku_id, shop, item, variant, _, code in session.execute(select(*columns).join(
                    Sku, Sku.id == ChannelSkuMapping.sku_id).where(
                    ChannelSkuMapping.shop_id == shop_id, ChannelSkuMapping.channel_item_id.in_(part))):
                found[_mapping_key(shop, item, variant, "")] = (mapping_id, sku_id, code)
    for shop_id, wanted in sellers.items():
        for part in services.chunks(sorted(wanted)):
            for mapping_id, sku_id, shop, _, _, seller, code in session.execute(select(*columns).join(
                    Sku, Sku.id == ChannelSkuMapping.sku_id).where(
                    ChannelSkuMapping.shop_id == shop_id, ChannelSkuMapping.channel_item_id == "",
                    ChannelSkuMapping.channel_sku.in_(part))):
                found[_mapping_key(shop, "", "", seller)] = (mapping_id, sku_id, code)
    return found


def _check_codes(v: _Validator, sheet: str) -> None:
    """Codes usable, and each at most once in the sheet."""
    first: dict[str, int] = {}
    for row in v.rows[sheet]:
        code = row.get("code")
        if not row.has("code"):
            continue
        if code is None:
            v.fail(row, "code", QT_TRANSLATE_NOOP("Messages", "a code is required"))
            continue
        try:
            row.values["code"] = services.clean_code(code)
        except UserError as error:
            v.fail_error(row, "code", error)
            continue
        key = _lower(row.values["code"])
        if key in first:
            v.fail(row, "code", QT_TRANSLATE_NOOP("Messages", "{code} is also on row {other} of this sheet"),
                   code=code, other=first[key])
        else:
            first[key] = row.number


def _check_amounts(v: _Validator, row: _Row) -> None:
    for key, places in services.AMOUNT_PLACES.items():
        if row.get(key) is None:
            continue
        try:
            services.check_amount(row.get(key), key, places)
        except UserError as error:
            v.fail_error(row, key, error)


def _check_name(v: _Validator, row: _Row, existing: bool) -> None:
    name = row.get("name")
    if name is None:
        if not existing:
            v.fail(row, "name", QT_TRANSLATE_NOOP("Messages", "a name is required"))
        return
    try:
        row.values["name"] = services.clean_name(name)
    except UserError as error:
        v.fail_error(row, "name", error)


def _check_existing(v: _Validator, row: _Row, found: tuple[int, str] | None, what: str) -> None:
    if found is None:
        return
    if v.update_existing:
        row.target_id = found[0]
        return
    v.fail(row, "code", QT_TRANSLATE_NOOP(
        "Messages", "{what} {code} already exists; import with “update existing” to change it"),
        what=what, code=found[1])


def _validate(v: _Validator, ctx: _Context) -> None:
    _check_codes(v, SPUS)
    _check_codes(v, SKUS)
    spu_rows = {_lower(r.get("code")): r for r in v.rows[SPUS] if r.get("code")}
    sku_rows = {_lower(r.get("code")): r for r in v.rows[SKUS] if r.get("code")}

    for row in v.rows[SPUS]:
        if row.get("code"):
            _check_existing(v, row, ctx.spus.get(_lower(row.get("code"))), "SPU")
        _check_name(v, row, row.target_id is not None)

    for row in v.rows[SKUS]:
        if row.get("code"):
            _check_existing(v, row, ctx.skus.get(_lower(row.get("code"))), "SKU")
        _check_name(v, row, row.target_id is not None)
        _check_amounts(v, row)
        spu = row.get("spu")
        if spu and _lower(spu) not in spu_rows and _lower(spu) not in ctx.spus:
            v.fail(row, "spu", QT_TRANSLATE_NOOP(
                "Messages", "SPU {code} is neither in the SPUs sheet nor in omsdesk"), code=spu)

    def sku_known(row: _Row, key: str) -> bool:
        code = row.get(key)
        if code is None:
            v.fail(row, key, QT_TRANSLATE_NOOP("Messages", "a SKU code is required"))
            return False
        if _lower(code) not in sku_rows and _lower(code) not in ctx.skus:
            v.fail(row, key, QT_TRANSLATE_NOOP(
                "Messages", "SKU {code} is neither in the SKUs sheet nor in omsdesk"), code=code)
            return False
        return True

    def sku_id_of(code: str) -> int | None:
        found = ctx.skus.get(_lower(code))
        return found[0] if found else None

    # barcodes
    seen_barcodes: dict[str, int] = {}
    for row in v.rows[BARCODES]:
        sku_known(row, "sku")
        code = row.get("barcode")
        if code is None:
            v.fail(row, "barcode", QT_TRANSLATE_NOOP("Messages", "a barcode is required"))
            continue
        kind = row.get("kind")
        if kind in (BarcodeKind.EAN13, BarcodeKind.UPCA) and code.isdigit():
            code = code.zfill(barcode_service.DIGITS_OF[kind])  # a number cell lost its leading zeros
        try:
            row.values["kind"] = barcode_service.check_barcode(code, kind)
        except UserError as error:
            v.fail_error(row, "barcode", error)
            continue
        row.values["barcode"] = code
        spellings = barcode_service.equivalent_codes(code)
        other = next((seen_barcodes[s] for s in spellings if s in seen_barcodes), None)
        if other is not None:
            v.fail(row, "barcode", QT_TRANSLATE_NOOP("Messages", "barcode {code} is also on row {other} of this sheet"),
                   code=code, other=other)
            continue
        seen_barcodes.update({s: row.number for s in spellings})
        holder = next((ctx.barcodes[s] for s in spellings if s in ctx.barcodes), None)
        if holder is not None and row.get("sku"):
            if holder[0] == sku_id_of(row.get("sku")):
                row.target_id = -1  # already there: nothing to do
            else:
                v.fail(row, "barcode", QT_TRANSLATE_NOOP(
                    "Messages", "barcode {code} already belongs to SKU {sku}"), code=holder[1], sku=holder[2])

    # mappings
    seen_keys: dict[tuple[Any, ...], int] = {}
    for row in v.rows[MAPPINGS]:
        sku_known(row, "sku")
        shop = row.get("shop")
        if shop is None:
            v.fail(row, "shop", QT_TRANSLATE_NOOP("Messages", "a shop is required"))
        elif shop.casefold() not in ctx.shops:
            v.fail(row, "shop", QT_TRANSLATE_NOOP("Messages", "there is no shop named {shop!r}"), shop=shop)
        item, variant, seller = row.get("item_id") or "", row.get("variant_id") or "", row.get("channel_sku") or ""
        if not item and not seller:
            v.fail(row, "channel_sku", QT_TRANSLATE_NOOP(
                "Messages", "a mapping needs the channel's item id or the seller SKU"))
            continue
        if variant and not item:
            v.fail(row, "variant_id", QT_TRANSLATE_NOOP("Messages", "a variant id needs the item id it belongs to"))
            continue
        key = (shop.casefold() if shop else "", item, variant, "" if item else seller)
        listing_column = "item_id" if item else "channel_sku"
        if key in seen_keys:
            v.fail(row, listing_column, QT_TRANSLATE_NOOP(
                "Messages", "the same listing is also on row {other} of this sheet"), other=seen_keys[key])
            continue
        seen_keys[key] = row.number
        shop_found = ctx.shops.get(shop.casefold()) if shop else None
        existing = ctx.mappings.get(_mapping_key(shop_found[0], item, variant, seller)) if shop_found else None
        if existing is not None and row.get("sku"):
            if existing[1] == sku_id_of(row.get("sku")):
                row.target_id = -1  # mapped like this already
            elif v.update_existing:
                row.target_id = existing[0]
            else:
                v.fail(row, listing_column, QT_TRANSLATE_NOOP(
                    "Messages", "this listing is already mapped to SKU {sku}; import with “update existing” "
                    "to map it again"), sku=existing[2])

    # bundles
    seen_pairs: dict[tuple[str, str], int] = {}
    for row in v.rows[BUNDLES]:
        bundle_ok = sku_known(row, "bundle")
        component_ok = sku_known(row, "component")
        bundle, component = row.get("bundle"), row.get("component")
        if bundle_ok:
            file_row = sku_rows.get(_lower(bundle))
            kind = (file_row.get("kind") if file_row is not None and file_row.has("kind") else None) or \
                ctx.sku_kinds.get(sku_id_of(bundle) or 0) or SkuKind.STANDARD
            if kind not in bundle_service.BUNDLE_KINDS:
                v.fail(row, "bundle", QT_TRANSLATE_NOOP(
                    "Messages", "SKU {code} is not a bundle: set its kind to virtual_bundle or prepacked_bundle"),
                    code=bundle)
        if component_ok:
            file_row = sku_rows.get(_lower(component))
            kind = (file_row.get("kind") if file_row is not None and file_row.has("kind") else None) or \
                ctx.sku_kinds.get(sku_id_of(component) or 0) or SkuKind.STANDARD
            if kind is not SkuKind.STANDARD:
                v.fail(row, "component", QT_TRANSLATE_NOOP(
                    "Messages", "{code} is itself a bundle; components must be standard SKUs"), code=component)
        if bundle and component and _lower(bundle) == _lower(component):
            v.fail(row, "component", QT_TRANSLATE_NOOP("Messages", "bundle {code} cannot contain itself"),
                   code=bundle)
        quantity = row.get("quantity")
        if quantity is None:
            v.fail(row, "quantity", QT_TRANSLATE_NOOP("Messages", "a quantity is required"))
        else:
            try:
                services.check_amount(quantity, "quantity", QUANTITY_PLACES)
                if quantity <= 0:
                    v.fail(row, "quantity", QT_TRANSLATE_NOOP(
                        "Messages", "the quantity must be more than zero, not {quantity}"), quantity=quantity)
            except UserError as error:
                v.fail_error(row, "quantity", error)
        if row.get("price_weight") is not None:
            try:
                services.check_amount(row.get("price_weight"), "price weight", QUANTITY_PLACES)
            except UserError as error:
                v.fail_error(row, "price_weight", error)
        if bundle and component:
            pair = (_lower(bundle), _lower(component))
            if pair in seen_pairs:
                v.fail(row, "component", QT_TRANSLATE_NOOP(
                    "Messages", "component {code} of bundle {bundle} is also on row {other} of this sheet"),
                    code=component, bundle=bundle, other=seen_pairs[pair])
            else:
                seen_pairs[pair] = row.number
    # a bundle that already has components keeps them unless updating
    if not v.update_existing:
        reported: set[int] = set()
        for row in v.rows[BUNDLES]:
            bundle_id = sku_id_of(row.get("bundle") or "")
            if bundle_id and ctx.bundle_components.get(bundle_id) and bundle_id not in reported:
                reported.add(bundle_id)
                v.fail(row, "bundle", QT_TRANSLATE_NOOP(
                    "Messages", "bundle {code} already has components; import with “update existing” to replace them"),
                    code=row.get("bundle"))


def _cascade(v: _Validator) -> None:
    """Rows that refer to an invalid SPU / SKU row of the file cannot be imported either."""
    def bad_codes(sheet: str) -> dict[str, int]:
        """Codes whose rows are all invalid (a duplicate row does not spoil the valid first one)."""
        good = {_lower(r.get("code")) for r in v.rows[sheet] if r.valid}
        return {_lower(r.get("code")): r.number for r in reversed(v.rows[sheet])
                if not r.valid and r.get("code") and _lower(r.get("code")) not in good}

    bad_spus = bad_codes(SPUS)
    for row in v.rows[SKUS]:
        if row.valid and _lower(row.get("spu")) in bad_spus:
            v.fail(row, "spu", QT_TRANSLATE_NOOP(
                "Messages", "not imported: SPU {code} has errors on row {other} of the SPUs sheet"),
                code=row.get("spu"), other=bad_spus[_lower(row.get("spu"))])
    bad_skus = bad_codes(SKUS)
    for sheet, keys in ((BARCODES, ("sku",)), (MAPPINGS, ("sku",)), (BUNDLES, ("bundle", "component"))):
        for row in v.rows[sheet]:
            for key in keys:
                if row.valid and _lower(row.get(key)) in bad_skus:
                    v.fail(row, key, QT_TRANSLATE_NOOP(
                        "Messages", "not imported: SKU {code} has errors on row {other} of the SKUs sheet"),
                        code=row.get(key), other=bad_skus[_lower(row.get(key))])
    # a bundle is written as a whole: one bad component row keeps the bundle as it is
    bad_bundles = {_lower(r.get("bundle")): r.number for r in v.rows[BUNDLES] if not r.valid and r.get("bundle")}
    for row in v.rows[BUNDLES]:
        if row.valid and _lower(row.get("bundle")) in bad_bundles:
            v.fail(row, "bundle", QT_TRANSLATE_NOOP(
                "Messages", "not imported: another component of bundle {code} has errors (row {other})"),
                code=row.get("bundle"), other=bad_bundles[_lower(row.get("bundle"))])


# -- writing ---------------------------------------------------------------------------------------


class _Abort(Exception):
    def __init__(self, issue: ImportIssue) -> None:
        super().__init__(str(issue))
        self.issue = issue


class _Writer:
    def __init__(self, session: Session, actor: Actor, v: _Validator, ctx: _Context) -> None:
        self.session, self.actor, self.v, self.ctx = session, actor, v, ctx
        self.report = v.report
        self.sku_ids = {code: sku_id for code, (sku_id, _) in ctx.skus.items()}
        self.spu_ids = {code: spu_id for code, (spu_id, _) in ctx.spus.items()}

    # - one row at a time: in its own savepoint when only the valid rows are imported -
    def run(self, row: _Row, key: str, work: Callable[[], str]) -> None:
        """``work`` returns "created", "updated" or "skipped"."""
        # what a rolled-back savepoint takes back with it: the categories and brands it created
        known = dict(self.ctx.categories), dict(self.ctx.brands)
        created = self.report.created.get(CATEGORIES, 0), self.report.created.get(BRANDS, 0)
        try:
            if self.v.only_valid_rows:
                with self.session.begin_nested():
                    outcome = work()
            else:
                outcome = work()
        except (UserError, IntegrityError) as error:
            issue = self._issue(row, key, error)
            if not self.v.only_valid_rows:
                raise _Abort(issue) from error
            self.ctx.categories, self.ctx.brands = known
            for name, count in zip((CATEGORIES, BRANDS), created, strict=True):
                if count:
                    self.report.created[name] = count
                else:
                    self.report.created.pop(name, None)
            self.report.errors.append(issue)
            self.report._add(self.report.skipped, row.sheet)
            row.valid = False
            return
        counter = {"created": self.report.created, "updated": self.report.updated}.get(outcome, self.report.skipped)
        self.report._add(counter, row.sheet)

    def _issue(self, row: _Row, key: str, error: Exception) -> ImportIssue:
        column = self.v.headers.get(row.sheet, {}).get(key) or self.v._title(row.sheet, key)
        if isinstance(error, UserError):
            reason = getattr(error, "message", str(error))
            return ImportIssue(row.sheet, row.number, column, reason, error.template, error.params)
        template = QT_TRANSLATE_NOOP("Messages", "this row clashes with a change just made on another desktop")
        return ImportIssue(row.sheet, row.number, column, template, template, {})

    def skip_invalid(self, sheet: str) -> list[_Row]:
        valid = [r for r in self.v.rows[sheet] if r.valid]
        skipped = len(self.v.rows[sheet]) - len(valid)
        if skipped:
            self.report._add(self.report.skipped, sheet, skipped)
        return valid

    # - names created on the way -
    def category_id(self, path: str | None) -> int | None:
        if path is None:
            return None
        found = self.ctx.categories.get(path.casefold())
        if found is not None:
            return found
        parent: int | None = None
        walked: list[str] = []
        for part in path.split(services.PATH_SEPARATOR):
            walked.append(part)
            key = services.PATH_SEPARATOR.join(walked).casefold()
            if key not in self.ctx.categories:
                self.ctx.categories[key] = services.create_category_in(self.session, self.actor, part, parent)
                self.report._add(self.report.created, CATEGORIES)
            parent = self.ctx.categories[key]
        return parent

    def brand_id(self, name: str | None) -> int | None:
        if name is None:
            return None
        if name.casefold() not in self.ctx.brands:
            self.ctx.brands[name.casefold()] = services.create_brand_in(self.session, self.actor, name)
            self.report._add(self.report.created, BRANDS)
        return self.ctx.brands[name.casefold()]

    # - sheets -
    def write(self) -> None:
        sku_rows_by_spu: dict[str, list[_Row]] = defaultdict(list)
        for row in self.v.rows[SKUS]:
            if row.get("spu") and row.valid:
                sku_rows_by_spu[_lower(row.get("spu"))].append(row)
        for row in self.skip_invalid(SPUS):
            self.run(row, "code", lambda row=row: self.spu(row, sku_rows_by_spu.get(_lower(row.get("code")), [])))
        for row in self.skip_invalid(SKUS):
            if row.get("spu") and _lower(row.get("spu")) not in self.spu_ids:
                self.fail_reference(row, "spu", row.get("spu"), SPUS)
                continue
            self.run(row, "code", lambda row=row: self.sku(row))
        for row in self.skip_invalid(BARCODES):
            if self.resolve(row, "sku") is not None:
                self.run(row, "barcode", lambda row=row: self.barcode(row))
        for row in self.skip_invalid(MAPPINGS):
            if self.resolve(row, "sku") is not None:
                self.run(row, "sku", lambda row=row: self.mapping(row))
        bundles: dict[str, list[_Row]] = defaultdict(list)
        for row in self.skip_invalid(BUNDLES):
            bundles[_lower(row.get("bundle"))].append(row)
        for rows in bundles.values():
            resolved = [self.resolve(r, "bundle") is not None and self.resolve(r, "component") is not None
                        for r in rows]
            if all(resolved):
                self.bundle(rows)
                continue
            for row, ok in zip(rows, resolved, strict=True):  # a bundle is written whole or not at all
                if ok:
                    self.fail_reference(row, "bundle", row.get("bundle"), BUNDLES)

    def fail_reference(self, row: _Row, key: str, code: str, sheet: str) -> None:
        template = QT_TRANSLATE_NOOP("Messages", "not imported: {code} from the {sheet} sheet was not imported")
        issue = ImportIssue(row.sheet, row.number, self.v.headers.get(row.sheet, {}).get(key, key),
                            template.format(code=code, sheet=sheet), template, {"code": code, "sheet": sheet})
        if not self.v.only_valid_rows:
            raise _Abort(issue)
        self.report.errors.append(issue)
        self.report._add(self.report.skipped, row.sheet)
        row.valid = False

    def resolve(self, row: _Row, key: str) -> int | None:
        found = self.sku_ids.get(_lower(row.get(key)))
        if found is None:
            self.fail_reference(row, key, row.get(key), SKUS)
        return found

    def spu(self, row: _Row, sku_rows: list[_Row]) -> str:
        category = self.category_id(row.get("category")) if row.has("category") else None
        brand = self.brand_id(row.get("brand")) if row.has("brand") else None
        if row.target_id is None:
            spu_id = add_spu_without_variants(
                self.session, self.actor, code=row.get("code"), name=row.get("name"), category_id=category,
                brand_id=brand, unit=row.get("unit") or "pcs",
                sales_attributes=sales_attributes_json(row.get("sales_attributes"), [r.get("attributes") or {}
                                                                                     for r in sku_rows]),
                description=row.get("description") or "", active=row.get("active") is not False)
            self.spu_ids[_lower(row.get("code"))] = spu_id
            return "created"
        changes: dict[str, Any] = {}
        for key in ("name", "unit", "description", "active"):
            if row.has(key) and row.get(key) is not None:
                changes[key] = row.get(key)
        if row.has("category"):
            changes["category_id"] = category
        if row.has("brand"):
            changes["brand_id"] = brand
        if row.has("sales_attributes") and row.get("sales_attributes") is not None:
            changes["sales_attributes"] = sales_attributes_json(row.get("sales_attributes"), [])
        return "updated" if update_spu_fields(self.session, self.actor, row.target_id, changes) else "skipped"

    def sku(self, row: _Row) -> str:
        spu_id = self.spu_ids.get(_lower(row.get("spu"))) if row.get("spu") else None
        values: dict[str, Any] = {}
        for key in ("weight_kg", "length_cm", "width_cm", "height_cm", "cost", "list_price"):
            if row.has(key):
                values[key] = row.get(key)
        for key in ("unit", "tax_class", "kind", "attributes", "active", "name"):
            if row.has(key) and row.get(key) is not None:
                values[key] = row.get(key)
        if row.has("category"):
            values["category_id"] = self.category_id(row.get("category"))
        if row.has("brand"):
            values["brand_id"] = self.brand_id(row.get("brand"))
        if row.has("spu"):
            values["spu_id"] = spu_id
        if row.target_id is None:
            spec = services.SkuSpec(code=row.get("code"), name=row.get("name"))
            for key, value in values.items():
                setattr(spec, key, value)
            sku_id = services.create_sku_in(self.session, self.actor, spec)
            self.sku_ids[_lower(row.get("code"))] = sku_id
            self.ctx.sku_kinds[sku_id] = spec.kind
            return "created"
        sku = self.session.get(Sku, row.target_id)
        assert sku is not None
        spec = services.SkuSpec(**{name: getattr(sku, name) for name in services.AUDITED_SKU_FIELDS})
        before = dict(vars(spec))
        for key, value in values.items():
            setattr(spec, key, value)
        self.sku_ids[_lower(row.get("code"))] = sku.id
        if vars(spec) == before:
            return "skipped"
        services.update_sku_in(self.session, self.actor, sku.id, spec, expected_version=None)
        return "updated"

    def barcode(self, row: _Row) -> str:
        if row.target_id == -1:
            return "skipped"
        sku_id = self.sku_ids[_lower(row.get("sku"))]
        barcode_service.add_barcode_in(self.session, self.actor, sku_id, row.get("barcode"), row.get("kind"))
        return "created"

    def mapping(self, row: _Row) -> str:
        if row.target_id == -1:
            return "skipped"
        sku_id = self.sku_ids[_lower(row.get("sku"))]
        if row.target_id is not None:
            mapping_service.remap_in(self.session, self.actor, row.target_id, sku_id)
            return "updated"
        shop_id = self.ctx.shops[row.get("shop").casefold()][0]
        mapping_service.map_channel_sku_in(
            self.session, self.actor, shop_id, channel_item_id=row.get("item_id") or "",
            channel_variant_id=row.get("variant_id") or "", channel_sku=row.get("channel_sku") or "", sku_id=sku_id)
        return "created"

    def bundle(self, rows: list[_Row]) -> None:
        bundle_id = self.sku_ids[_lower(rows[0].get("bundle"))]
        components = [bundle_service.ComponentSpec(self.sku_ids[_lower(r.get("component"))], r.get("quantity"),
                                                   r.get("price_weight")) for r in rows]
        current = self.ctx.bundle_components.get(bundle_id, {})
        wanted = {c.sku_id: (c.quantity, c.price_weight) for c in components}
        outcome = "skipped" if current == wanted else ("updated" if current else "created")
        for number, row in enumerate(rows):
            if number == 0:
                def work() -> str:
                    if outcome != "skipped":
                        bundle_service.set_bundle_components_in(self.session, self.actor, bundle_id, components)
                    return outcome
                self.run(row, "component", work)
                if not row.valid:  # the whole bundle failed: its other rows are skipped with it
                    self.report._add(self.report.skipped, BUNDLES, len(rows) - 1)
                    return
            else:
                counter = {"created": self.report.created, "updated": self.report.updated}.get(
                    outcome, self.report.skipped)
                self.report._add(counter, BUNDLES)


# -- writes not (yet) offered by the catalogue services ------------------------------------------
#
# services.create_spu_in always generates one SKU per combination of the attribute values, but an
# imported workbook lists its SKUs (with their own codes) itself; and there is no update_spu_in.
# These two small functions write the Spu model directly, with the same audit entries. They can go
# once the services offer "an SPU without generated variants" and an SPU update.


def sales_attributes_json(given: list[tuple[str, list[str]]] | None,
                          sku_attributes: Sequence[dict[str, str]]) -> list[dict[str, Any]]:
    """The SPU's sales attributes as services.create_spu_in stores them (name, values, value codes):
    those given, plus any value its SKUs use that is not among them."""
    merged: dict[str, list[str]] = {}
    for name, values in given or []:
        merged.setdefault(name, [])
        merged[name] += [v for v in values if v not in merged[name]]
    for attributes in sku_attributes:
        for name, value in attributes.items():
            merged.setdefault(name, [])
            if value not in merged[name]:
                merged[name].append(value)
    result = []
    for name, values in merged.items():
        codes = [services.default_value_code(v, n) for n, v in enumerate(values, 1)]
        if len({c.casefold() for c in codes}) != len(codes):  # "Navy Blue" and "navy-blue": number them
            codes = [f"C{n}" for n in range(1, len(values) + 1)]
        result.append({"name": name, "values": values, "codes": codes})
    return result


def add_spu_without_variants(session: Session, actor: Actor, *, code: str, name: str, category_id: int | None,
                             brand_id: int | None, unit: str, sales_attributes: list[dict[str, Any]],
                             description: str, active: bool) -> int:
    """[direct model write, see above] An SPU whose SKUs the import adds one by one."""
    if session.scalar(select(Spu.id).where(services.same_code(session, Spu.code, code))) is not None:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "SPU code {code} already exists"), code=code)
    spu = Spu(code=code, name=name, category_id=category_id, brand_id=brand_id, unit=unit,
              sales_attributes=sales_attributes, description=description, active=active)
    session.add(spu)
    session.flush()
    audit.record(session, actor, "spu.add", "spu", spu.id, f"imported SPU {code}",
                 after={"code": code, "name": name, "sales_attributes": sales_attributes, "category_id": category_id,
                        "brand_id": brand_id, "unit": unit, "active": active})
    return spu.id


def update_spu_fields(session: Session, actor: Actor, spu_id: int, changes: dict[str, Any]) -> bool:
    """[direct model write, see above] Set the given SPU fields; False when nothing changed."""
    spu = session.get(Spu, spu_id)
    if spu is None:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "SPU {id} does not exist"), id=spu_id)
    before = {key: getattr(spu, key) for key in changes}
    changed_before, changed_after = audit.changed_fields(before, changes)
    if not changed_after:
        return False
    for key, value in changed_after.items():
        setattr(spu, key, value)
    session.flush()
    audit.record(session, actor, "spu.update", "spu", spu_id, f"imported changes to SPU {spu.code}",
                 before=changed_before, after={**changed_after, "version": spu.version})
    return True


# -- import ----------------------------------------------------------------------------------------


def import_catalog(db: Database, actor: Actor, path: Path | BinaryIO, *, only_valid_rows: bool = False,
                   update_existing: bool = False) -> ImportReport:
    """Validate the whole workbook, then write it in one transaction (see the module docstring).

    With errors and ``only_valid_rows=False`` nothing is written and ``report.written`` is False.
    """
    validator = _Validator(read_workbook(path), only_valid_rows, update_existing)
    report = validator.report
    try:
        with db.transaction() as session:
            ctx = _context(session, validator)
            _validate(validator, ctx)
            if only_valid_rows:
                _cascade(validator)
            if only_valid_rows or not report.errors:
                _Writer(session, actor, validator, ctx).write()
                report.written = True
    except _Abort as abort:
        report.errors.append(abort.issue)
        report.created.clear()
        report.updated.clear()
        report.skipped.clear()
        report.written = False
    report.errors.sort(key=lambda issue: (list(SHEETS).index(issue.sheet) if issue.sheet in SHEETS else 99,
                                          issue.row))
    return report


# -- export ----------------------------------------------------------------------------------------


def _columns(sheet: str) -> list[ExcelColumn]:
    return [ExcelColumn(c.title, c.width, c.kind) for c in SHEETS[sheet]]


def _attributes_text(attributes: dict[str, str]) -> str:
    return "; ".join(f"{k}={v}" for k, v in (attributes or {}).items())


def _sales_attributes_text(attributes: list[dict[str, Any]]) -> str:
    return "; ".join(f"{a['name']}: {', '.join(str(v) for v in a.get('values', []))}" for a in attributes or [])


def _stream(session: Session, statement: Any) -> Iterator[Any]:
    yield from session.execute(statement.execution_options(yield_per=2000))


def export_catalog(db: Database, out: Path | BinaryIO) -> dict[str, int]:
    """The whole catalogue as a workbook that :func:`import_catalog` reads back; rows per sheet."""
    with db.reading() as session, WorkbookWriter(out) as writer:
        categories = services.category_paths(session)
        brands = dict(session.execute(select(Brand.id, Brand.name)).all())
        spu_codes = dict(session.execute(select(Spu.id, Spu.code)).all())
        writer.add_table(SPUS, _columns(SPUS), (
            (s.code, s.name, categories.get(s.category_id or 0), brands.get(s.brand_id or 0), s.unit,
             _sales_attributes_text(s.sales_attributes), s.description, s.active)
            for (s,) in _stream(session, select(Spu).order_by(Spu.code))))
        writer.add_table(SKUS, _columns(SKUS), (
            (s.code, spu_codes.get(s.spu_id or 0), s.name, s.kind.value, _attributes_text(s.attributes),
             categories.get(s.category_id or 0), brands.get(s.brand_id or 0), s.unit, s.weight_kg, s.length_cm,
             s.width_cm, s.height_cm, s.cost, s.list_price, s.tax_class, s.active)
            for (s,) in _stream(session, select(Sku).order_by(Sku.code))))
        writer.add_table(BARCODES, _columns(BARCODES), (
            (sku_code, code, kind.value) for sku_code, code, kind in _stream(session, select(
                Sku.code, Barcode.code, Barcode.kind).join(Sku, Sku.id == Barcode.sku_id).order_by(Sku.code,
                                                                                                   Barcode.id))))
        writer.add_table(MAPPINGS, _columns(MAPPINGS), (
            tuple(row) for row in _stream(session, select(
                Shop.name, ChannelSkuMapping.channel_item_id, ChannelSkuMapping.channel_variant_id,
                ChannelSkuMapping.channel_sku, Sku.code)
                .join(Shop, Shop.id == ChannelSkuMapping.shop_id).join(Sku, Sku.id == ChannelSkuMapping.sku_id)
                .order_by(Shop.name, ChannelSkuMapping.channel_sku, ChannelSkuMapping.channel_item_id,
                          ChannelSkuMapping.channel_variant_id))))
        component = Sku.__table__.alias("component")
        writer.add_table(BUNDLES, _columns(BUNDLES), (
            tuple(row) for row in _stream(session, select(
                Sku.code, component.c.code, BundleComponent.quantity, BundleComponent.price_weight)
                .join(Sku, Sku.id == BundleComponent.bundle_sku_id)
                .join(component, component.c.id == BundleComponent.component_sku_id)
                .order_by(Sku.code, BundleComponent.id))))
    return dict(writer.counts)


TEMPLATE_EXAMPLES: dict[str, list[tuple[Any, ...]]] = {
    SPUS: [("TS-001", "纯棉圆领T恤 Crew-neck T-shirt", "服装 / T恤", "Omsdesk 自有品牌", "pcs",
            "颜色: 黑, 白; 尺码: M, L", "夏季新款 Summer range", True)],
    SKUS: [("TS-001-BLK-M", "TS-001", "纯棉圆领T恤 黑 M", "standard", "颜色=黑; 尺码=M", "服装 / T恤",
            "Omsdesk 自有品牌", "pcs", Decimal("0.2"), Decimal("30"), Decimal("20"), Decimal("2"), Decimal("18.5"),
            Decimal("59.00"), "standard", True),
           ("GIFT-01", None, "礼盒套装 Gift set", "virtual_bundle", None, "服装 / T恤", None, "set", None, None,
            None, None, None, Decimal("99.00"), "standard", True)],
    BARCODES: [("TS-001-BLK-M", "6901234567892", "ean13")],
    MAPPINGS: [("My Taobao shop 我的淘宝店", "600123456789", "4201234567", "TS001-BM", "TS-001-BLK-M")],
    BUNDLES: [("GIFT-01", "TS-001-BLK-M", Decimal("2"), None)],
}


def _readme_rows() -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = [("Sheet 表", "Column 列", "中文列名", "Required 必填", "What to enter",
                                    "填写说明")]
    rows.append(("", "", "", "", "Fill in the sheets you need and delete the example rows. Sheets and columns "
                 "are found by their names (English or Chinese). The whole file is checked before anything is "
                 "saved; every problem is listed with its sheet, row and column.",
                 "按需填写各表并删除示例行。表和列按名称（中文或英文）识别。导入前会检查整个文件，"
                 "所有问题都会按表、行、列列出。"))
    for sheet, columns in SHEETS.items():
        for column in columns:
            required = "yes 是" if column.required else "new rows 新建时" if column.required_when_new else ""
            rows.append((sheet, column.title, column.zh, required, column.help, column.help_zh))
    return rows


def export_template(out: Path | BinaryIO) -> None:
    """The import template: a "Read me" sheet, then each sheet with its headers and an example row."""
    with WorkbookWriter(out) as writer:
        writer.add_notes(README, _readme_rows(), (12, 20, 14, 12, 60, 50))
        for sheet in SHEETS:
            writer.add_table(sheet, _columns(sheet), TEMPLATE_EXAMPLES[sheet])
