"""Order review (审单): rules that let clean orders through and leave the others flagged with their reasons.

The rules (each switchable, with its parameters) are one ``ReviewRules`` value kept in the shared
settings (key ``order_review``). ``review_in`` checks a batch of new orders against every enabled
rule with a handful of set-based queries, whatever the number of orders — the importer calls it for
every page it applies. Each failed rule becomes an open ``OrderIssue`` of a review kind whose
message names the reason concretely ("line 2 (SKU-X): no SKU mapped"); a flag whose reason has gone
is resolved; an order with no open review flag is approved.

A person then approves the flagged ones (``approve``: the flags are overridden, except an unmapped
line, which has to be mapped first) or fixes them and has them reviewed again (``review_again``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.auth.models import AuditEntry
from omsdesk.catalog.models import BundleComponent, Sku, SkuKind
from omsdesk.catalog.services import chunks
from omsdesk.db.app_settings import read_setting, write_setting
from omsdesk.db.engine import Database
from omsdesk.db.types import utc_now
from omsdesk.errors import QT_TRANSLATE_NOOP, NotAllowedError, ValidationError
from omsdesk.inventory.models import Warehouse, WarehouseStock
from omsdesk.orders import states
from omsdesk.orders.batch import BatchResult, Cancelled, Progress, run_per_order
from omsdesk.orders.models import (
    REVIEW_KINDS,
    Order,
    OrderIssue,
    OrderIssueKind,
    OrderLine,
    OrderState,
    OrderTransition,
    PaymentStatus,
)
from omsdesk.orders.states import OrderOperation

SETTING_KEY = "order_review"
K = OrderIssueKind
ZERO = Decimal(0)
CENT = Decimal("0.01")
MAX_THRESHOLD = Decimal("1000000000000")
MAX_DUPLICATE_HOURS = 24 * 30
MIN_LINE1_LENGTH = 4
MAX_BLOCKED_ENTRY = 200
REMARK_SHOWN = 60  # characters of a remark quoted in its flag


# -- the rules -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewRules:
    """Which checks run on a new order, and their parameters. A switch per review kind."""

    address: bool = True  # recipient, street, city, country and phone present; street and postcode plausible
    require_postcode: bool = False  # many Chinese marketplace addresses come without one
    unmapped_sku: bool = True
    out_of_stock: bool = True
    remark: bool = True  # a buyer or seller remark: a person reads it first
    high_amount: bool = True
    amount_threshold: Decimal = Decimal("5000.00")  # the order total above which a person looks (any currency)
    blocked_buyer: bool = True
    block_list: tuple[str, ...] = ()  # buyer names, phones, e-mails; compared without case and spaces
    suspected_duplicate: bool = True
    duplicate_hours: int = 24
    unpaid: bool = True

    def enabled(self, kind: OrderIssueKind) -> bool:
        return bool(getattr(self, SWITCHES[kind]))

    def to_json(self) -> dict[str, Any]:
        value = asdict(self)
        value["amount_threshold"] = str(self.amount_threshold)
        value["block_list"] = list(self.block_list)
        return value

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> ReviewRules:
        """Stored settings, with the default for anything missing or unreadable (an older or newer app wrote it)."""
        defaults = cls()
        known: dict[str, Any] = {}
        for item in fields(cls):
            if item.name not in value:
                continue
            raw, default = value[item.name], getattr(defaults, item.name)
            try:
                if isinstance(default, bool):
                    known[item.name] = bool(raw)
                elif isinstance(default, Decimal):
                    known[item.name] = Decimal(str(raw))
                elif isinstance(default, int):
                    known[item.name] = int(raw)
                else:
                    known[item.name] = tuple(str(entry) for entry in raw)
            except (TypeError, ValueError, InvalidOperation):
                continue
        return cls(**known)


SWITCHES: dict[OrderIssueKind, str] = {
    K.ADDRESS_INCOMPLETE: "address", K.UNMAPPED_SKU: "unmapped_sku", K.OUT_OF_STOCK: "out_of_stock",
    K.REMARK: "remark", K.HIGH_AMOUNT: "high_amount", K.BLOCKED_BUYER: "blocked_buyer",
    K.SUSPECTED_DUPLICATE: "suspected_duplicate", K.UNPAID: "unpaid",
}
assert set(SWITCHES) == REVIEW_KINDS


def checked_rules(rules: ReviewRules) -> ReviewRules:
    """The rules as they may be stored: parameters in range, the block list trimmed and without repeats."""
    threshold = rules.amount_threshold
    if not threshold.is_finite() or threshold < 0 or threshold >= MAX_THRESHOLD:
        raise ValidationError("amount_threshold", QT_TRANSLATE_NOOP(
            "Messages", "the review amount {amount} must be zero or more and below {max}"),
            amount=threshold, max=MAX_THRESHOLD)
    if threshold.quantize(CENT) != threshold:
        raise ValidationError("amount_threshold", QT_TRANSLATE_NOOP(
            "Messages", "the review amount {amount} has more than 2 decimal places"), amount=threshold)
    if not 1 <= rules.duplicate_hours <= MAX_DUPLICATE_HOURS:
        raise ValidationError("duplicate_hours", QT_TRANSLATE_NOOP(
            "Messages", "the duplicate window must be between 1 and {max} hours, not {hours}"),
            max=MAX_DUPLICATE_HOURS, hours=rules.duplicate_hours)
    entries: dict[str, str] = {}
    for entry in (text.strip() for text in rules.block_list):
        if len(entry) > MAX_BLOCKED_ENTRY:
            raise ValidationError("block_list", QT_TRANSLATE_NOOP(
                "Messages", "block list entry {entry!r} is longer than {max} characters"),
                entry=entry[:40] + "…", max=MAX_BLOCKED_ENTRY)
        if normal_contact(entry):
            entries.setdefault(normal_contact(entry), entry)
    return replace(rules, amount_threshold=threshold.quantize(CENT), block_list=tuple(entries.values()))


def load_rules(session: Session) -> ReviewRules:
    return ReviewRules.from_json(read_setting(session, SETTING_KEY))


def save_rules(db: Database, actor: Actor, rules: ReviewRules) -> ReviewRules:
    """Store the rules every desktop reviews with; returns them as stored."""
    rules = checked_rules(rules)
    with db.transaction() as session:
        before = load_rules(session).to_json()
        after = rules.to_json()
        write_setting(session, SETTING_KEY, after, actor.name)
        changed_before, changed_after = audit.changed_fields(before, after)
        audit.record(session, actor, "settings.order_review", "app_setting", None,
                     "changed the order review rules", before=changed_before, after=changed_after)
    return rules


# -- what a finding looks like -------------------------------------------------------------------


class Problem(NamedTuple):
    """One reason, as a "Messages" template and its parameters (the UI can translate it)."""

    template: str
    params: dict[str, Any]

    def text(self) -> str:
        return self.template.format(**self.params)


@dataclass
class Finding:
    problems: list[Problem] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return "; ".join(problem.text() for problem in self.problems)

    @property
    def details(self) -> dict[str, Any]:
        return {**self.data, "problems": [{"template": p.template, "params": p.params} for p in self.problems]}


@dataclass
class ReviewOutcome:
    approved: list[int] = field(default_factory=list)
    flagged: dict[int, list[OrderIssueKind]] = field(default_factory=dict)  # order id → its open review flags


class _Order(NamedTuple):
    id: int
    shop_id: int
    number: str
    payment_status: PaymentStatus
    total: Decimal
    currency: str
    buyer_name: str
    buyer_email: str
    buyer_phone: str
    ship_name: str
    ship_line1: str
    ship_city: str
    ship_postcode: str
    ship_country: str
    ship_phone: str
    buyer_remark: str
    seller_remark: str
    address_key: str
    items_key: str
    channel_created_at: datetime
    merge_group_id: int | None
    parent_id: int | None
    channel_order_id: str


class _Line(NamedTuple):
    order_id: int
    line_no: int
    channel_sku: str
    channel_item_id: str
    title: str
    sku_id: int | None
    quantity: Decimal
    allocated_quantity: Decimal


class _Candidate(NamedTuple):  # another order that might be the same purchase twice
    id: int
    number: str
    items_key: str
    channel_created_at: datetime
    merge_group_id: int | None
    parent_id: int | None
    channel_order_id: str


ORDER_COLUMNS = [getattr(Order, name) for name in _Order._fields]
LINE_COLUMNS = [getattr(OrderLine, name) for name in _Line._fields]
CANDIDATE_COLUMNS = [getattr(Order, name) for name in _Candidate._fields]


# -- the checks, each on plain rows --------------------------------------------------------------

POSTCODE_FORMATS = {
    "CN": re.compile(r"\d{6}"),
    "US": re.compile(r"\d{5}(-\d{4})?"),
    "GB": re.compile(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}", re.IGNORECASE),
    "DE": re.compile(r"\d{5}"),
    "FR": re.compile(r"\d{5}"),
    "JP": re.compile(r"\d{3}-?\d{4}"),
}
COUNTRY_ALIASES = {
    "CHN": "CN", "CHINA": "CN", "中国": "CN", "中国大陆": "CN", "USA": "US", "UNITED STATES": "US",
    "UK": "GB", "GBR": "GB", "UNITED KINGDOM": "GB", "DEU": "DE", "GERMANY": "DE", "DEUTSCHLAND": "DE",
    "FRA": "FR", "FRANCE": "FR", "JPN": "JP", "JAPAN": "JP", "日本": "JP",
}
REQUIRED_ADDRESS = (
    ("ship_name", QT_TRANSLATE_NOOP("Messages", "recipient name")),
    ("ship_line1", QT_TRANSLATE_NOOP("Messages", "street address")),
    ("ship_city", QT_TRANSLATE_NOOP("Messages", "city")),
    ("ship_country", QT_TRANSLATE_NOOP("Messages", "country")),
    ("ship_phone", QT_TRANSLATE_NOOP("Messages", "phone")),
)
POSTCODE_LABEL = QT_TRANSLATE_NOOP("Messages", "postcode")
_CONTACT_NOISE = re.compile(r"[\s\-()（）]+")


def normal_contact(text: str) -> str:
    """A name, phone or e-mail as the block list compares it: no case, spaces or phone punctuation."""
    return _CONTACT_NOISE.sub("", text or "").casefold()


def country_code(country: str) -> str:
    code = (country or "").strip().upper()
    return COUNTRY_ALIASES.get(code, code)


def _quantity(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


def _shorten(text: str, limit: int = REMARK_SHOWN) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def address_finding(order: _Order, rules: ReviewRules) -> Finding | None:
    problems: list[Problem] = []
    required = list(REQUIRED_ADDRESS) + ([("ship_postcode", POSTCODE_LABEL)] if rules.require_postcode else [])
    missing = [label for name, label in required if not str(getattr(order, name) or "").strip()]
    if missing:
        problems.append(Problem(QT_TRANSLATE_NOOP("Messages", "missing {fields}"), {"fields": ", ".join(missing)}))
    line1 = (order.ship_line1 or "").strip()
    if line1 and len(line1) < MIN_LINE1_LENGTH:
        problems.append(Problem(QT_TRANSLATE_NOOP("Messages", "street address \"{line1}\" is too short"),
                                {"line1": line1}))
    postcode, country = (order.ship_postcode or "").strip(), country_code(order.ship_country)
    pattern = POSTCODE_FORMATS.get(country)
    if postcode and pattern is not None and not pattern.fullmatch(postcode):
        problems.append(Problem(QT_TRANSLATE_NOOP("Messages", "postcode {postcode} is not a {country} postcode"),
                                {"postcode": postcode, "country": country}))
    if not problems:
        return None
    return Finding(problems, {"missing": missing, "address": {name: getattr(order, name) for name in (
        "ship_name", "ship_line1", "ship_city", "ship_postcode", "ship_country", "ship_phone")}})


def _listing(line: _Line) -> str:
    return line.channel_sku or line.channel_item_id or line.title or "?"


def unmapped_finding(lines: Sequence[_Line]) -> Finding | None:
    unmapped = [line for line in lines if line.sku_id is None]
    if not unmapped:
        return None
    problems = [Problem(QT_TRANSLATE_NOOP("Messages", "line {line_no} ({listing}): no SKU mapped"),
                        {"line_no": line.line_no, "listing": _listing(line)}) for line in unmapped]
    return Finding(problems, {"lines": [{"line_no": line.line_no, "channel_sku": line.channel_sku,
                                         "channel_item_id": line.channel_item_id} for line in unmapped]})


def remark_finding(order: _Order) -> Finding | None:
    problems = []
    if order.buyer_remark.strip():
        problems.append(Problem(QT_TRANSLATE_NOOP("Messages", "buyer remark: \"{remark}\""),
                                {"remark": _shorten(order.buyer_remark)}))
    if order.seller_remark.strip():
        problems.append(Problem(QT_TRANSLATE_NOOP("Messages", "seller remark: \"{remark}\""),
                                {"remark": _shorten(order.seller_remark)}))
    if not problems:
        return None
    return Finding(problems, {"buyer_remark": order.buyer_remark, "seller_remark": order.seller_remark})


def amount_finding(order: _Order, rules: ReviewRules) -> Finding | None:
    if order.total <= rules.amount_threshold:
        return None
    return Finding([Problem(QT_TRANSLATE_NOOP("Messages", "total {total} {currency} is above {threshold}"),
                            {"total": _money(order.total), "currency": order.currency,
                             "threshold": _money(rules.amount_threshold)})],
                   {"total": str(order.total), "threshold": str(rules.amount_threshold)})


def blocked_finding(order: _Order, blocked: Mapping[str, str]) -> Finding | None:
    for name in ("buyer_name", "buyer_phone", "buyer_email", "ship_name", "ship_phone"):
        entry = blocked.get(normal_contact(getattr(order, name)))
        if entry is not None:
            return Finding([Problem(QT_TRANSLATE_NOOP("Messages", "buyer {entry} is on the block list"),
                                    {"entry": entry})], {"field": name, "entry": entry})
    return None


def unpaid_finding(order: _Order) -> Finding | None:
    if order.payment_status is not PaymentStatus.UNPAID:
        return None
    return Finding([Problem(QT_TRANSLATE_NOOP("Messages", "not paid yet"), {})], {})


def _ago(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h"


def _related(order: _Order, other: _Candidate) -> bool:
    """Parts of one purchase on purpose: merged together, or split from one another."""
    if order.merge_group_id is not None and order.merge_group_id == other.merge_group_id:
        return True
    if other.id == order.parent_id or other.parent_id == order.id:
        return True
    if order.parent_id is not None and order.parent_id == other.parent_id:
        return True
    return bool(order.channel_order_id) and order.channel_order_id == other.channel_order_id


def duplicate_finding(order: _Order, candidates: Sequence[_Candidate], window: timedelta) -> Finding | None:
    """The nearest earlier order with the same items key within the window: this one is the later of the pair."""
    earlier = [other for other in candidates
               if other.id != order.id and other.items_key == order.items_key and not _related(order, other)
               and (other.channel_created_at, other.id) < (order.channel_created_at, order.id)
               and order.channel_created_at - other.channel_created_at <= window]
    if not earlier:
        return None
    first = max(earlier, key=lambda other: (other.channel_created_at, other.id))
    delta = order.channel_created_at - first.channel_created_at
    return Finding([Problem(QT_TRANSLATE_NOOP("Messages", "same goods as order {number} from {ago} earlier"),
                            {"number": first.number, "ago": _ago(delta)})],
                   {"order_id": first.id, "number": first.number, "minutes": int(delta.total_seconds() // 60)})


# -- stock ---------------------------------------------------------------------------------------


@dataclass
class _StockView:
    """Per shop, what each SKU has available (on hand − reserved) in the shop's warehouses."""

    available: dict[int, dict[int, Decimal]]  # shop id → sku id → available
    codes: dict[int, str]
    components: dict[int, list[tuple[int, Decimal]]]  # virtual bundle → [(component, quantity per bundle)]

    def needs(self, lines: Sequence[_Line]) -> dict[int, Decimal]:
        """SKU → quantity the order still needs, virtual bundles counted by their components."""
        need: dict[int, Decimal] = defaultdict(Decimal)
        for line in lines:
            if line.sku_id is None:
                continue
            outstanding = line.quantity - line.allocated_quantity
            if outstanding <= 0:
                continue
            for sku_id, per_unit in self.components.get(line.sku_id, [(line.sku_id, Decimal(1))]):
                need[sku_id] += outstanding * per_unit
        return need

    def finding(self, order: _Order, lines: Sequence[_Line]) -> Finding | None:
        available = self.available.get(order.shop_id, {})
        problems, shortages = [], []
        empty_bundles = sorted({self.codes.get(line.sku_id, "?") for line in lines
                                if line.sku_id in self.components and not self.components[line.sku_id]})
        for code in empty_bundles:
            problems.append(Problem(QT_TRANSLATE_NOOP("Messages", "bundle {sku} has no components"), {"sku": code}))
        for sku_id, needed in sorted(self.needs(lines).items(), key=lambda item: self.codes.get(item[0], "")):
            have = available.get(sku_id, ZERO)
            if have < needed:
                code = self.codes.get(sku_id, str(sku_id))
                problems.append(Problem(QT_TRANSLATE_NOOP(
                    "Messages", "{sku}: needs {needed}, {available} available in the shop's warehouses"),
                    {"sku": code, "needed": _quantity(needed), "available": _quantity(max(have, ZERO))}))
                shortages.append({"sku_id": sku_id, "sku": code, "needed": _quantity(needed),
                                  "available": _quantity(have)})
        return Finding(problems, {"shortages": shortages}) if problems else None


def _shop_warehouses(session: Session, shop_ids: Iterable[int]) -> dict[int, list[int]]:
    """Where each shop ships from: its allocation settings' warehouses, else every active warehouse."""
    active = sorted(session.connection().scalars(select(Warehouse.id).where(Warehouse.active.is_(True))))
    try:  # allocation builds on review's neighbours; imported here so neither module needs the other to load
        from omsdesk.orders.allocation import allocation_settings
    except ImportError:
        return {shop_id: active for shop_id in shop_ids}
    chosen = {shop_id: allocation_settings(session, shop_id).warehouse_ids for shop_id in shop_ids}
    return {shop_id: [w for w in ids if w in active] if ids else active for shop_id, ids in chosen.items()}


def _stock_view(session: Session, orders: Sequence[_Order], lines: Sequence[_Line]) -> _StockView:
    sku_ids = sorted({line.sku_id for line in lines if line.sku_id is not None})
    codes: dict[int, str] = {}
    virtual: list[int] = []
    for part in chunks(sku_ids):
        for sku_id, code, kind in session.connection().execute(select(Sku.id, Sku.code, Sku.kind).where(Sku.id.in_(part))):
            codes[sku_id] = code
            if kind is SkuKind.VIRTUAL_BUNDLE:
                virtual.append(sku_id)
    components: dict[int, list[tuple[int, Decimal]]] = {bundle: [] for bundle in virtual}
    for part in chunks(virtual):
        rows = session.connection().execute(
            select(BundleComponent.bundle_sku_id, BundleComponent.component_sku_id, BundleComponent.quantity, Sku.code)
            .join(Sku, Sku.id == BundleComponent.component_sku_id).where(BundleComponent.bundle_sku_id.in_(part)))
        for bundle, component, quantity, code in rows:
            components[bundle].append((component, quantity))
            codes[component] = code
    stocked = sorted({sku for sku in sku_ids if sku not in components}
                     | {component for parts in components.values() for component, _ in parts})
    warehouses = _shop_warehouses(session, {order.shop_id for order in orders})
    wanted = sorted({w for ids in warehouses.values() for w in ids})
    per_warehouse: dict[tuple[int, int], Decimal] = {}
    for part in chunks(stocked) if wanted else ():
        rows = session.connection().execute(
            select(WarehouseStock.sku_id, WarehouseStock.warehouse_id, WarehouseStock.on_hand, WarehouseStock.reserved)
            .where(WarehouseStock.sku_id.in_(part), WarehouseStock.warehouse_id.in_(wanted)))
        per_warehouse.update({(sku, warehouse): on_hand - reserved for sku, warehouse, on_hand, reserved in rows})
    available: dict[int, dict[int, Decimal]] = {}
    for shop_id, ids in warehouses.items():
        totals: dict[int, Decimal] = defaultdict(Decimal)
        for (sku, warehouse), amount in per_warehouse.items():
            if warehouse in ids:
                totals[sku] += amount
        available[shop_id] = totals
    return _StockView(available, codes, components)


# -- reviewing a batch ---------------------------------------------------------------------------


def _new_orders(session: Session, order_ids: Sequence[int]) -> list[_Order]:
    found: list[_Order] = []
    for part in chunks(order_ids):
        found += [_Order(*row) for row in session.connection().execute(
            select(*ORDER_COLUMNS).where(Order.id.in_(part), Order.state == OrderState.NEW))]
    return found


def _lines_of(session: Session, order_ids: Sequence[int]) -> dict[int, list[_Line]]:
    lines: dict[int, list[_Line]] = defaultdict(list)
    for part in chunks(order_ids):
        for row in session.connection().execute(select(*LINE_COLUMNS).where(OrderLine.order_id.in_(part))
                                   .order_by(OrderLine.order_id, OrderLine.line_no)):
            lines[row.order_id].append(_Line(*row))
    return lines


def _duplicate_candidates(session: Session, orders: Sequence[_Order], window: timedelta) -> list[_Candidate]:
    """Orders with the items key of one of ``orders`` within the window, not cancelled.

    Found through the (address key, created) index: the items key extends the address key.
    """
    keyed = [order for order in orders if order.items_key]
    if not keyed:
        return []
    earliest = min(order.channel_created_at for order in keyed) - window
    latest = max(order.channel_created_at for order in keyed) + window
    address_keys = sorted({order.address_key for order in keyed})
    items_keys = sorted({order.items_key for order in keyed})
    candidates: list[_Candidate] = []
    for part in chunks(address_keys):
        candidates += [_Candidate(*row) for row in session.connection().execute(
            select(*CANDIDATE_COLUMNS).where(
                Order.address_key.in_(part), Order.channel_created_at.between(earliest, latest),
                Order.items_key.in_(items_keys), Order.state != OrderState.CANCELLED))]
    return candidates


class _OpenFlag(NamedTuple):
    id: int
    order_id: int
    kind: OrderIssueKind
    message: str


def _open_flags(session: Session, order_ids: Sequence[int]) -> dict[int, list[_OpenFlag]]:
    flags: dict[int, list[_OpenFlag]] = defaultdict(list)
    for part in chunks(order_ids):
        # The kind is picked here: in SQL it can lead SQLite to the (resolved_at, kind) index, i.e. to
        # every open flag of every order.
        rows = session.connection().execute(
            select(OrderIssue.id, OrderIssue.order_id, OrderIssue.kind, OrderIssue.message)
            .where(OrderIssue.order_id.in_(part), OrderIssue.resolved_at.is_(None)).order_by(OrderIssue.id))
        for row in rows:
            if row.kind in REVIEW_KINDS:
                flags[row.order_id].append(_OpenFlag(*row))
    return flags


def evaluate(session: Session, rules: ReviewRules, orders: Sequence[_Order]) -> dict[int, dict[OrderIssueKind, Finding]]:
    """Every enabled rule on every order: order id → the failed rules with their findings."""
    ids = [order.id for order in orders]
    lines = _lines_of(session, ids) if (rules.unmapped_sku or rules.out_of_stock) else {}
    stock = _stock_view(session, orders, [ln for ls in lines.values() for ln in ls]) if rules.out_of_stock else None
    window = timedelta(hours=rules.duplicate_hours)
    candidates = _duplicate_candidates(session, orders, window) if rules.suspected_duplicate else []
    by_items: dict[str, list[_Candidate]] = defaultdict(list)
    for candidate in candidates:
        by_items[candidate.items_key].append(candidate)
    blocked = {normal_contact(entry): entry for entry in rules.block_list if normal_contact(entry)}
    results: dict[int, dict[OrderIssueKind, Finding]] = {}
    for order in orders:
        order_lines = lines.get(order.id, [])
        checks: dict[OrderIssueKind, Finding | None] = {
            K.ADDRESS_INCOMPLETE: address_finding(order, rules) if rules.address else None,
            K.UNMAPPED_SKU: unmapped_finding(order_lines) if rules.unmapped_sku else None,
            K.OUT_OF_STOCK: stock.finding(order, order_lines) if stock is not None else None,
            K.REMARK: remark_finding(order) if rules.remark else None,
            K.HIGH_AMOUNT: amount_finding(order, rules) if rules.high_amount else None,
            K.BLOCKED_BUYER: blocked_finding(order, blocked) if rules.blocked_buyer and blocked else None,
            K.SUSPECTED_DUPLICATE: duplicate_finding(order, by_items.get(order.items_key, []), window)
            if rules.suspected_duplicate and order.items_key else None,
            K.UNPAID: unpaid_finding(order) if rules.unpaid else None,
        }
        results[order.id] = {kind: finding for kind, finding in checks.items() if finding is not None}
    return results


def review_in(session: Session, actor: Actor, order_ids: Iterable[int], approve_clean: bool = True) -> ReviewOutcome:
    """Review the orders among ``order_ids`` that are new, inside the caller's transaction.

    Raises a flag per failed rule (one open flag per kind: reviewing again adds none), resolves the
    open review flags whose reason has gone, and approves the orders left without one.
    """
    session.flush()  # the queries below must see what the caller changed
    orders = _new_orders(session, sorted(set(order_ids)))
    outcome = ReviewOutcome()
    if not orders:
        return outcome
    ids = [order.id for order in orders]
    findings = evaluate(session, load_rules(session), orders)
    open_flags = _open_flags(session, ids)
    now = utc_now()
    inserts: list[dict[str, Any]] = []
    rewrites: list[dict[str, Any]] = []
    resolved: list[int] = []
    audits: dict[int, dict[str, Any]] = {}
    clean: list[int] = []
    for order in orders:
        found = findings[order.id]
        kept: dict[OrderIssueKind, _OpenFlag] = {}
        gone: list[OrderIssueKind] = []
        for flag in open_flags.get(order.id, []):
            if flag.kind in found and flag.kind not in kept:
                kept[flag.kind] = flag
            else:
                resolved.append(flag.id)
                gone.append(flag.kind)
        added = [kind for kind in found if kind not in kept]
        for kind in added:
            inserts.append({"order_id": order.id, "kind": kind, "message": found[kind].message,
                            "details": found[kind].details, "created_at": now, "resolved_at": None,
                            "resolved_by": ""})
        for kind, flag in kept.items():
            if flag.message != found[kind].message:  # the same reason with other figures (stock moved)
                rewrites.append({"issue_id": flag.id, "new_message": found[kind].message,
                                 "new_details": found[kind].details})
        if found:
            outcome.flagged[order.id] = sorted(found)
        elif approve_clean:
            clean.append(order.id)
        if added or gone:
            audits[order.id] = _audit_row(actor, order, added, gone, found, now)
    _write_flags(session, actor, inserts, rewrites, resolved, now)
    outcome.approved = _approve_clean(session, actor, clean)
    numbers = {order.id: order.number for order in orders}
    for order_id in outcome.approved:  # what a person sees when the approval moved the version under them
        entry = audits.setdefault(order_id, {
            "at": now, "actor": actor.name, "action": "order.review", "entity": "order", "entity_id": order_id,
            "summary": f"order {numbers[order_id]}", "before": {}, "after": {}})
        entry["summary"] += "; approved: passed review" if entry["before"] else " approved: passed review"
        entry["before"]["state"], entry["after"]["state"] = OrderState.NEW.value, OrderState.APPROVED.value
    if audits:
        session.connection().execute(insert(AuditEntry.__table__), list(audits.values()))
    return outcome


def _audit_row(actor: Actor, order: _Order, added: list[OrderIssueKind], gone: list[OrderIssueKind],
               found: Mapping[OrderIssueKind, Finding], now: datetime) -> dict[str, Any]:
    parts = []
    if added:
        parts.append("flagged for review: " + "; ".join(found[kind].message for kind in added))
    if gone:
        parts.append("review flags cleared: " + ", ".join(kind.value for kind in gone))
    return {"at": now, "actor": actor.name, "action": "order.review", "entity": "order", "entity_id": order.id,
            "summary": f"order {order.number} " + "; ".join(parts),
            "before": {"flags": sorted(kind.value for kind in gone)},
            "after": {"flags": sorted(kind.value for kind in added)}}


def _write_flags(session: Session, actor: Actor, inserts: list[dict[str, Any]], rewrites: list[dict[str, Any]],
                 resolved: list[int], now: datetime) -> None:
    table = OrderIssue.__table__
    if inserts:
        session.connection().execute(insert(table), inserts)
    if rewrites:
        session.connection().execute(
            update(table).where(table.c.id == bindparam("issue_id"))
            .values(message=bindparam("new_message"), details=bindparam("new_details")), rewrites)
    for part in chunks(resolved):
        session.connection().execute(update(table).where(table.c.id.in_(part))
                                     .values(resolved_at=now, resolved_by=actor.name))


def _approve_clean(session: Session, actor: Actor, order_ids: Sequence[int]) -> list[int]:
    """``states.move(…, APPROVE, reason="passed review")`` for a whole page at once.

    The same table check, state, time, version bump and transition rows, in one UPDATE and one
    INSERT: through the ORM an import of new orders spent most of its review time approving them
    one row at a time. Only orders still new are approved (``… WHERE state = 'new'``).
    """
    if not order_ids or not states.allowed(OrderOperation.APPROVE, OrderState.NEW):
        return []
    target = states.OPERATIONS[OrderOperation.APPROVE].target
    table = Order.__table__
    now = utc_now()
    approved: list[int] = []
    for part in chunks(sorted(order_ids)):
        rows = session.connection().execute(
            update(table).where(table.c.id.in_(part), table.c.state == OrderState.NEW)
            .values(state=target, state_changed_at=now, version=table.c.version + 1).returning(table.c.id))
        approved += sorted(order_id for (order_id,) in rows)
    if approved:
        session.connection().execute(insert(OrderTransition.__table__), [
            {"order_id": order_id, "operation": OrderOperation.APPROVE.value, "from_state": OrderState.NEW.value,
             "to_state": target.value, "actor": actor.name, "at": now, "reason": "passed review"}
            for order_id in approved])
    for order_id in approved:  # a caller's copy of the order must not write its old version back
        loaded = session.identity_map.get(session.identity_key(Order, order_id))
        if loaded is not None:
            session.expire(loaded)
    return approved


# -- a person's decisions ------------------------------------------------------------------------


def _open_review_flags(session: Session, order_id: int) -> list[OrderIssue]:
    flags = session.scalars(select(OrderIssue).where(
        OrderIssue.order_id == order_id, OrderIssue.resolved_at.is_(None)).order_by(OrderIssue.id))
    return [flag for flag in flags if flag.kind in REVIEW_KINDS]  # by kind here: see _open_flags


def approve_in(session: Session, actor: Actor, order: Order) -> list[OrderIssueKind]:
    """A person approves ``order``, overriding its review flags; an unmapped line must be mapped first.
    Returns the kinds overridden."""
    states.check(order, OrderOperation.APPROVE)
    unmapped = [line for line in order.lines if line.sku_id is None]
    if unmapped:
        raise NotAllowedError(QT_TRANSLATE_NOOP(
            "Messages", "cannot approve order {number}: map its listings first: {listings}"),
            number=order.number, listings=", ".join(sorted({line.channel_sku or line.channel_item_id or line.title
                                                           for line in unmapped})))
    flags = _open_review_flags(session, order.id)
    now = utc_now()
    for flag in flags:
        flag.resolved_at, flag.resolved_by = now, actor.name
    kinds = sorted({flag.kind for flag in flags})
    reason = f"approved by {actor.name}" + (f", overriding: {', '.join(k.value for k in kinds)}" if kinds else "")
    states.move(session, actor, order, OrderOperation.APPROVE, reason=reason)
    audit.record(session, actor, "order.approve", "order", order.id, f"order {order.number} {reason}",
                 before={"state": OrderState.NEW.value, "flags": [k.value for k in kinds]},
                 after={"state": OrderState.APPROVED.value, "flags": []})
    return kinds


def approve(db: Database, actor: Actor, versions: Mapping[int, int | None], progress: Progress | None = None,
            cancelled: Cancelled | None = None) -> BatchResult:
    """Approve a selection by hand: each order's review flags are resolved as overridden by ``actor``."""
    return run_per_order(db, versions, lambda session, order: approve_in(session, actor, order), progress, cancelled)


@dataclass
class ReviewBatchResult(BatchResult):
    approved: list[int] = field(default_factory=list)
    flagged: dict[int, list[OrderIssueKind]] = field(default_factory=dict)  # still waiting, with their flags


def review_again(db: Database, actor: Actor, versions: Mapping[int, int | None], progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> ReviewBatchResult:
    """Fix-and-approve: review the selected new orders again (after an address was fixed or a listing
    mapped); the clean ones are approved, the others keep only the flags that still apply."""
    outcomes: dict[int, ReviewOutcome] = {}

    def step(session: Session, order: Order) -> None:
        states.check(order, OrderOperation.APPROVE)
        outcomes[order.id] = review_in(session, actor, [order.id])

    batch = run_per_order(db, versions, step, progress, cancelled)
    result = ReviewBatchResult(done=batch.done, failed=batch.failed, cancelled=batch.cancelled)
    for order_id in batch.done:
        outcome = outcomes[order_id]
        result.approved += outcome.approved
        result.flagged.update(outcome.flagged)
    return result
