"""Pinduoduo (拼多多) open platform connector: the POP router API for merchants.

What it mirrors (contracts.md section 4b, the official doc "API调用指南", the
POP SDK request and response models):

* every call is a ``POST`` of all parameters to one router URL
  (``https://gw-api.pinduoduo.com/api/router``) with ``type``, ``client_id``,
  ``access_token``, ``timestamp`` (unix seconds), ``data_type=JSON`` and
  ``sign = UPPER(MD5(secret + k1v1k2v2… + secret))`` over the name-sorted
  parameters; nested values travel as JSON text, as the SDKs send them;
* answers arrive with HTTP 200 either as ``{"<name>_response": {…}}`` or as
  ``{"error_response": {"error_code", "error_msg", "sub_code", "sub_msg"}}``;
  20004 (bad signature) and 20005 (IP not whitelisted) are credential problems,
  10019 means the access token expired: it is renewed with
  ``pdd.pop.auth.token.refresh`` (and handed to ``ShopConfig.save_credentials``)
  when a refresh token is set, and the call is repeated;
* orders come from ``pdd.order.number.list.increment.get`` in windows of at most
  30 minutes of ``updated_at`` that end 3 minutes before now, each window paged
  from its last page backwards, as PDD asks, so that orders that change during
  the pull (and leave the window) never shift an unread order out of reach;
* amounts are yuan (JSON numbers; strings are read too), times are Beijing time
  text (``yyyy-MM-dd HH:mm:ss``); receiver fields that PDD encrypts
  (``~…~`` ciphertext) are replaced by their masked twins (``receiver_name_mask``);
* a package is confirmed with ``pdd.logistics.online.send``, which ships the whole
  order; later packages of the same order go up as extra tracking numbers
  (``pdd.order.upload.extra.logistics``). Both are preceded by a look at the order
  (``pdd.order.information.get``), so a repeated confirmation never ships twice;
* stock is set absolutely with ``pdd.goods.quantity.update`` (update_type 1), one
  SKU per call, which is safe to repeat.

PDD order status codes: ``order_status`` 1 待发货, 2 已发货待签收, 3 已签收;
``refund_status`` 1 无售后或售后关闭, 2 售后处理中, 3 退款中, 4 退款成功.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any, ClassVar

import requests

from connectors.base import (
    QT_TRANSLATE_NOOP,
    ZERO,
    AuthError,
    CancelCheck,
    ChannelAddress,
    ChannelOrder,
    ChannelOrderLine,
    ConnectorError,
    Lifecycle,
    OrderPage,
    OrderParseFailure,
    PushResult,
    RejectedError,
    SettingField,
    ShipmentConfirmation,
    ShopConfig,
    StockLevel,
    ThrottledError,
)
from connectors.http import HttpClient, JsonResponse, RetryLater, Sleep, router_url, url_for_messages, with_details
from connectors.payload import (
    WHOLE_ORDER,
    PayloadError,
    as_decimal,
    as_identifier,
    as_list,
    as_object,
    as_required_text,
    as_text,
    describe,
    parse_safely,
    raw_of,
    tracking_key,
)

DEFAULT_ROUTER_URL = "https://gw-api.pinduoduo.com/api/router"
ROUTER_PATH = "/api/router"
BEIJING = timezone(timedelta(hours=8), "UTC+8")
TIME_PATTERN = re.compile(r"(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})")
CENT = Decimal("0.01")
UNIT_PRICE_PLACES = Decimal("0.0001")

WINDOW_SECONDS = 30 * 60  # the API refuses longer spans of updated_at
SETTLE = timedelta(minutes=3)  # PDD: keep end_updated_at at least 3 minutes before its clock
MAX_PAGE_SIZE = 100
DEFAULT_INITIAL_SYNC_DAYS = 3
MAX_TOKEN_REFRESHES = 3

LIST_ORDERS = "pdd.order.number.list.increment.get"
ORDER_INFO = "pdd.order.information.get"
MALL_INFO = "pdd.mall.info.get"
REFRESH_TOKEN = "pdd.pop.auth.token.refresh"
LOGISTICS_COMPANIES = "pdd.logistics.companies.get"
SHIP = "pdd.logistics.online.send"
EXTRA_TRACKING = "pdd.order.upload.extra.logistics"
SET_STOCK = "pdd.goods.quantity.update"

TOKEN_EXPIRED = 10019
SIGN_FAILED = 20004
IP_NOT_ALLOWED = 20005
# Flow-limit codes; the doc pages that list them were not collected, so the
# wording ("频繁", "限流") counts as well.
THROTTLE_CODES = frozenset({70031, 70032})
THROTTLE_WORDS = ("频繁", "限流")
FLOW_LIMIT = "flow limit"

ORDER_STATUS_WORDS = {1: "待发货", 2: "已发货待签收", 3: "已签收"}
REFUND_STATUS_WORDS = {1: "无售后或售后关闭", 2: "售后处理中", 3: "退款中", 4: "退款成功"}
NO_AFTER_SALES, AFTER_SALES_OPEN, REFUNDING, REFUNDED = 1, 2, 3, 4
AWAITING_SHIPMENT, SHIPPED, RECEIVED = 1, 2, 3
NOT_CONCLUDED, CONCLUDED, CANCELLED = 0, 1, 2  # confirm_status (成交状态)
PAY_TYPES = {"WEIXIN": "微信支付", "ALIPAY": "支付宝", "QQ": "QQ钱包", "LIANLIANPAY": "连连支付"}
SPEC_ATTRIBUTE = "规格"


# -- signing ---------------------------------------------------------------------------------


def wire_text(value: Any) -> str:
    """A parameter as it is signed and sent: text as is, objects and lists as compact JSON."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def string_to_sign(params: Mapping[str, Any], client_secret: str) -> str:
    """``secret + name1value1name2value2… + secret``, names in ASCII order, ``sign`` left out."""
    joined = "".join(f"{name}{wire_text(params[name])}" for name in sorted(params) if name != "sign")
    return f"{client_secret}{joined}{client_secret}"


def sign(params: Mapping[str, Any], client_secret: str) -> str:
    return hashlib.md5(string_to_sign(params, client_secret).encode("utf-8")).hexdigest().upper()


# -- channel words ---------------------------------------------------------------------------


def status_text(order_status: int, refund_status: int = NO_AFTER_SALES, confirm_status: int = CONCLUDED) -> str:
    """The channel's own words for the status codes: "待发货", "已签收/退款成功", "未成交"."""
    if confirm_status == CANCELLED:
        return "已取消"
    if confirm_status == NOT_CONCLUDED:
        return "未成交"
    words = ORDER_STATUS_WORDS.get(order_status, f"order_status {order_status}")
    if refund_status == NO_AFTER_SALES:
        return words
    return f"{words}/{REFUND_STATUS_WORDS.get(refund_status, f'refund_status {refund_status}')}"


def lifecycle_of(
    order_status: int,
    refund_status: int = NO_AFTER_SALES,
    *,
    confirm_status: int = CONCLUDED,
    group_status: int = 1,
    under_review: bool = False,
) -> Lifecycle:
    if confirm_status == CANCELLED:
        return Lifecycle.CANCELLED
    if refund_status == REFUNDED:
        return Lifecycle.REFUNDED
    if order_status == AWAITING_SHIPMENT:
        # Not to be shipped yet: the group has not formed, PDD reviews the order,
        # or the buyer asked for a refund.
        blocked = (confirm_status == NOT_CONCLUDED or group_status == 0 or under_review
                   or refund_status in (AFTER_SALES_OPEN, REFUNDING))
        return Lifecycle.ON_HOLD if blocked else Lifecycle.OPEN
    if order_status == SHIPPED:
        return Lifecycle.SHIPPED
    if order_status == RECEIVED:
        return Lifecycle.COMPLETED
    return Lifecycle.ON_HOLD  # a code this connector does not know: a person should look


# -- payload parsing -------------------------------------------------------------------------


def _code(value: Any, field: str, default: int | None = None) -> int:
    """A status code from a JSON integer or a string of digits."""
    if value is None and default is not None:
        return default
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    if value is None:
        raise PayloadError(field, "is missing")
    raise PayloadError(field, f"expected a status code, got {describe(value)}")


def beijing_time(value: Any, field: str) -> datetime | None:
    """``yyyy-MM-dd HH:mm:ss`` in Beijing time (or unix seconds) as an aware UTC datetime; empty is None."""
    if value in (None, "", 0):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC)
    if not isinstance(value, str):
        raise PayloadError(field, f"expected a date and time, got {describe(value)}")
    match = TIME_PATTERN.fullmatch(value.strip())
    try:
        # The fixed layout read field by field: strptime would be most of the parsing time.
        parsed = datetime(*map(int, match.groups()), tzinfo=BEIJING) if match else None
    except ValueError:
        parsed = None
    if parsed is None:
        raise PayloadError(field, f"{value!r} is not a date and time (yyyy-MM-dd HH:mm:ss)")
    return parsed.astimezone(UTC)


def _required_time(order: Mapping[str, Any], name: str) -> datetime:
    moment = beijing_time(order.get(name), name)
    if moment is None:
        raise PayloadError(name, "is missing")
    return moment


def is_ciphertext(text: str) -> bool:
    """PDD's encrypted receiver fields look like ``~AgAAAAFuf4IG…~MVN/…~1~~``."""
    return len(text) > 2 and text.startswith("~") and text.endswith("~")


def _readable(order: Mapping[str, Any], *names: str) -> str:
    """The first of ``names`` that holds plain text (encrypted or empty ones are skipped)."""
    for name in names:
        text = as_text(order.get(name), name)
        if text and not is_ciphertext(text):
            return text
    return ""


def _street(town: str, detail: str) -> str:
    """Chinese order: district, then street. ``receiver_address`` carries no province/city/district."""
    if not town or not detail or detail.startswith(town):
        return detail or town
    return f"{town}{detail}"


def _country(order: Mapping[str, Any]) -> str:
    country = as_text(order.get("country"), "country")
    return "CN" if country in ("", "中国", "中国大陆", "CN") else country


def _address(order: Mapping[str, Any]) -> ChannelAddress:
    town = as_text(order.get("town"), "town")
    detail = _readable(order, "receiver_address", "address", "receiver_address_mask", "address_mask")
    return ChannelAddress(
        name=_readable(order, "receiver_name", "receiver_name_mask"),
        line1=_street(town, detail),
        city=as_text(order.get("city"), "city"),
        state=as_text(order.get("province"), "province"),
        country=_country(order),
        phone=_readable(order, "receiver_phone", "receiver_phone_mask"),
    )


@dataclass(frozen=True)
class _Item:
    line_id: str
    goods_id: str
    sku_id: str
    outer_id: str
    title: str
    spec: str
    quantity: Decimal
    unit_price: Decimal

    @property
    def subtotal(self) -> Decimal:
        return self.unit_price * self.quantity


def _item(raw: Any, path: str) -> _Item:
    item = as_object(raw, path)
    quantity = as_decimal(item.get("goods_count"), f"{path}.goods_count")
    if quantity <= 0 or quantity != quantity.to_integral_value():
        raise PayloadError(f"{path}.goods_count", f"{quantity} is not a whole number of pieces")
    goods_id = as_identifier(item.get("goods_id"), f"{path}.goods_id")
    sku_id = "" if item.get("sku_id") in (None, 0, "0", "") else as_identifier(item.get("sku_id"), f"{path}.sku_id")
    return _Item(
        line_id=sku_id or goods_id,
        goods_id=goods_id,
        sku_id=sku_id,
        outer_id=as_text(item.get("outer_id"), f"{path}.outer_id"),
        title=as_text(item.get("goods_name"), f"{path}.goods_name"),
        spec=as_text(item.get("goods_spec"), f"{path}.goods_spec"),
        quantity=quantity,
        unit_price=as_decimal(item.get("goods_price"), f"{path}.goods_price"),
    )


def allocate(amount: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """``amount`` shared in proportion to ``weights``, to the cent; the last share takes the rounding."""
    total_weight = sum(weights, ZERO)
    shares = [ZERO] * len(weights)
    if total_weight != 0:
        for index, weight in enumerate(weights[:-1]):
            shares[index] = (amount * weight / total_weight).quantize(CENT, ROUND_DOWN)
    shares[-1] = amount - sum(shares[:-1], ZERO)
    return shares


def _unique_line_ids(items: list[_Item]) -> list[str]:
    """PDD order items have no line id; the SKU id names the line (with a suffix when repeated)."""
    seen: dict[str, int] = {}
    ids = []
    for item in items:
        seen[item.line_id] = seen.get(item.line_id, 0) + 1
        ids.append(item.line_id if seen[item.line_id] == 1 else f"{item.line_id}#{seen[item.line_id]}")
    return ids


def _lines(order: Mapping[str, Any]) -> tuple[tuple[ChannelOrderLine, ...], Decimal]:
    """The lines, and what the order takes off their price × quantity: the seller's price change
    (改价, the gap between that and ``goods_amount``) plus ``discount_amount``, shared out by value."""
    raw_items = as_list(order.get("item_list"), "item_list")
    if not raw_items:
        raise PayloadError("item_list", "is empty; an order needs at least one item")
    items = [_item(raw, f"item_list[{index}]") for index, raw in enumerate(raw_items)]
    goods_amount = _money(order, "goods_amount", required=True)
    reductions = sum((item.subtotal for item in items), ZERO) - goods_amount + _discount_amount(order)
    shares = allocate(reductions, [item.subtotal for item in items])
    lines = []
    for line_id, item, share in zip(_unique_line_ids(items), items, shares, strict=True):
        if item.subtotal - share < 0:
            raise PayloadError("discount_amount", f"{reductions} is more than the goods are worth")
        lines.append(ChannelOrderLine(
            external_id=line_id,
            channel_sku=item.outer_id,
            title=item.title,
            quantity=item.quantity,
            unit_price=item.unit_price.quantize(UNIT_PRICE_PLACES, ROUND_HALF_UP),
            subtotal=item.subtotal,
            subtotal_tax=ZERO,
            total=item.subtotal - share,
            total_tax=ZERO,
            channel_item_id=item.goods_id,
            channel_variant_id=item.sku_id,
            attributes=((SPEC_ATTRIBUTE, item.spec),) if item.spec else (),
        ))
    return tuple(lines), reductions


def _money(order: Mapping[str, Any], name: str, *, required: bool = False) -> Decimal:
    return as_decimal(order.get(name), name, required=required)


def _discount_amount(order: Mapping[str, Any]) -> Decimal:
    """``discount_amount`` = platform + seller + group-leader discounts (PDD's own rule)."""
    if order.get("discount_amount") not in (None, ""):
        return _money(order, "discount_amount")
    return sum((_money(order, name) for name in ("platform_discount", "seller_discount", "capital_free_discount")),
               ZERO)


def _service_fees(order: Mapping[str, Any]) -> Decimal:
    total = ZERO
    for index, entry in enumerate(as_list(order.get("service_fee_detail"), "service_fee_detail")):
        path = f"service_fee_detail[{index}]"
        total += as_decimal(as_object(entry, path).get("service_fee"), f"{path}.service_fee", required=False)
    return total


def parse_order(payload: Any) -> ChannelOrder:
    """One PDD order (as ``order_sn_list[i]`` or ``order_info``) → ChannelOrder; raises :class:`PayloadError`."""
    if not isinstance(payload, dict):
        raise PayloadError(WHOLE_ORDER, f"expected an order object, got {describe(payload)}")
    order = payload
    external_id = as_required_text(order.get("order_sn"), "order_sn")
    order_status = _code(order.get("order_status"), "order_status")
    refund_status = _code(order.get("refund_status"), "refund_status", NO_AFTER_SALES)
    confirm_status = _code(order.get("confirm_status"), "confirm_status", CONCLUDED)
    created_at = _required_time(order, "created_time")
    lines, reductions = _lines(order)
    address = _address(order)
    return ChannelOrder(
        external_id=external_id,
        number=external_id,
        status=status_text(order_status, refund_status, confirm_status),
        lifecycle=lifecycle_of(
            order_status, refund_status, confirm_status=confirm_status,
            group_status=_code(order.get("group_status"), "group_status", 1),
            under_review=_code(order.get("risk_control_status"), "risk_control_status", 0) == 1,
        ),
        currency="CNY",
        created_at=created_at,
        updated_at=beijing_time(order.get("updated_at"), "updated_at") or created_at,
        lines=lines,
        total=_money(order, "pay_amount", required=True),
        total_tax=ZERO,
        prices_include_tax=True,  # consumer prices in China include VAT; PDD reports no tax
        discount_total=reductions,
        shipping_total=_money(order, "postage"),
        fee_total=_service_fees(order),
        paid_at=beijing_time(order.get("pay_time"), "pay_time"),
        completed_at=beijing_time(order.get("receive_time"), "receive_time"),
        buyer_name=address.name,
        buyer_phone=address.phone,
        shipping_address=address,
        buyer_remark=as_text(order.get("buyer_memo"), "buyer_memo"),
        payment_method=_payment_method(order),
        raw=order,
    )


def _payment_method(order: Mapping[str, Any]) -> str:
    pay_type = as_text(order.get("pay_type"), "pay_type")
    return PAY_TYPES.get(pay_type.upper(), pay_type)


def external_id_of(item: Any) -> str:
    if isinstance(item, dict) and isinstance(item.get("order_sn"), str):
        return item["order_sn"].strip()
    return ""


def parse_order_safely(item: Any) -> ChannelOrder | OrderParseFailure:
    return parse_safely(lambda: parse_order(item), external_id_of(item), raw_of(item))


def parse_orders(items: Sequence[Any]) -> tuple[list[ChannelOrder], list[OrderParseFailure]]:
    """A page of orders; an order listed twice (PDD repeats one across pages now and then) counts once."""
    newest: dict[str, ChannelOrder] = {}
    failures: list[OrderParseFailure] = []
    for item in items:
        result = parse_order_safely(item)
        if isinstance(result, OrderParseFailure):
            failures.append(result)
        elif result.external_id not in newest or result.updated_at >= newest[result.external_id].updated_at:
            newest[result.external_id] = result
    return list(newest.values()), failures


# -- the API's answers -----------------------------------------------------------------------


@dataclass(frozen=True)
class ApiError:
    """The ``error_response`` of a PDD answer."""

    code: int | None
    message: str
    sub_code: str
    sub_message: str

    @classmethod
    def of(cls, body: Any) -> ApiError | None:
        if not isinstance(body, dict) or not isinstance(body.get("error_response"), dict):
            return None
        error = body["error_response"]
        code = error.get("error_code")
        return cls(
            code=int(code) if isinstance(code, int) or (isinstance(code, str) and code.isdigit()) else None,
            message=str(error.get("error_msg") or "").strip(),
            sub_code=str(error.get("sub_code") or "").strip(),
            sub_message=str(error.get("sub_msg") or "").strip(),
        )

    @property
    def is_throttle(self) -> bool:
        return self.code in THROTTLE_CODES or any(word in self.message + self.sub_message for word in THROTTLE_WORDS)

    def __str__(self) -> str:
        text = self.message or "no message"
        if self.sub_message and self.sub_message != self.message:
            text = f"{text}: {self.sub_message}"
        codes = [str(self.code)] if self.code is not None else []
        if self.sub_code and self.sub_code not in codes:
            codes.append(self.sub_code)
        return f"{text} [{'/'.join(codes)}]" if codes else text


def _error_detail(response: requests.Response) -> str:
    try:
        error = ApiError.of(json.loads(response.content))
    except ValueError:
        return ""
    return str(error) if error else ""


# -- the connector ----------------------------------------------------------------------------


def normalise_router_url(url: str) -> str:
    """The router URL; empty means PDD's own gateway, a bare host gets ``/api/router``."""
    return router_url(url, DEFAULT_ROUTER_URL, ROUTER_PATH, f"leave it empty for {DEFAULT_ROUTER_URL}")


def _whole_number_option(options: Mapping[str, Any], name: str, default: int, low: int, high: int) -> int:
    value = options.get(name)
    if value in (None, ""):
        return default
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ConnectorError(f"The Pinduoduo setting {name} must be a whole number, not {value!r}.") from None
    return max(low, min(high, number))


def pull_windows(start: int, end: int, span: int = WINDOW_SECONDS) -> Iterator[tuple[int, int]]:
    """``[start, end]`` (unix seconds) in consecutive windows of at most ``span`` seconds."""
    while start < end:
        stop = min(start + span, end)
        yield start, stop
        start = stop


def _beijing_text(unix_seconds: int) -> str:
    return datetime.fromtimestamp(unix_seconds, BEIJING).strftime("%Y-%m-%d %H:%M")


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class _ListPage:
    total_count: int
    items: list[Any]


def carries_tracking(order: Mapping[str, Any], tracking_number: str) -> bool:
    """True when the order already went out with ``tracking_number`` (main or extra package)."""
    wanted = tracking_key(tracking_number)
    extras = order.get("extra_delivery_list")
    packages = [order, *(extras if isinstance(extras, list) else [])]
    return any(isinstance(package, dict) and tracking_key(package.get("tracking_number")) == wanted
               for package in packages)


@dataclass(frozen=True)
class ShippingState:
    """What decides whether (and how) a package may be confirmed for an order."""

    order_status: int
    refund_status: int
    confirm_status: int

    @classmethod
    def of(cls, order: Mapping[str, Any], order_sn: str) -> ShippingState:
        try:
            return cls(_code(order.get("order_status"), "order_status"),
                       _code(order.get("refund_status"), "refund_status", NO_AFTER_SALES),
                       _code(order.get("confirm_status"), "confirm_status", CONCLUDED))
        except PayloadError as exc:
            raise ConnectorError(f"Pinduoduo sent order {order_sn} with an unreadable {exc.field} ({exc.message}); "
                                 "try again later.") from None

    @property
    def awaiting_shipment(self) -> bool:
        return self.order_status == AWAITING_SHIPMENT

    @property
    def refusal(self) -> str:
        """Why the order must not be shipped now, in words for the user; empty when it may."""
        if self.confirm_status == CANCELLED:
            return "Pinduoduo has cancelled the order (成交状态 已取消); do not ship it."
        if self.refund_status == REFUNDED:
            return "Pinduoduo has refunded the order (退款成功); do not ship it."
        if self.confirm_status == NOT_CONCLUDED:
            return "The order's group has not formed yet (未成交); Pinduoduo accepts shipping once it has."
        return ""


class PinduoduoConnector:
    kind: ClassVar[str] = "pinduoduo"
    display_name: ClassVar[str] = "Pinduoduo"
    max_stock_batch: ClassVar[int] = 50  # one call per SKU (PDD has no batch); 50 keeps a push short
    settings: ClassVar[tuple[SettingField, ...]] = (
        SettingField("key", QT_TRANSLATE_NOOP("Connectors", "Client ID (client_id)"),
                     help=QT_TRANSLATE_NOOP("Connectors", "open.pinduoduo.com › 应用管理: the app's client_id")),
        SettingField("secret", QT_TRANSLATE_NOOP("Connectors", "Client secret (client_secret)"), secret=True),
        SettingField("access_token", QT_TRANSLATE_NOOP("Connectors", "Access token"), secret=True,
                     help=QT_TRANSLATE_NOOP("Connectors", "From authorising the app for the shop (授权)")),
        SettingField("refresh_token", QT_TRANSLATE_NOOP("Connectors", "Refresh token"), secret=True, required=False,
                     help=QT_TRANSLATE_NOOP("Connectors", "Lets omsdesk renew the access token when it expires")),
        SettingField("initial_sync_days", QT_TRANSLATE_NOOP("Connectors", "Days of orders to import at first"),
                     required=False, default=str(DEFAULT_INITIAL_SYNC_DAYS),
                     help=QT_TRANSLATE_NOOP("Connectors", "Pinduoduo keeps orders for three months")),
    )

    def __init__(
        self,
        config: ShopConfig,
        *,
        sleep: Sleep | None = None,
        session: requests.Session | None = None,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        """``sleep``, ``session`` and ``clock`` (PDD's time, for the pull windows and
        the signed timestamp) are for tests."""
        self.config = config
        self.router_url = normalise_router_url(config.base_url)
        options = config.options
        self.initial_sync = timedelta(days=_whole_number_option(
            options, "initial_sync_days", DEFAULT_INITIAL_SYNC_DAYS, 1, 90))
        self.page_size = _whole_number_option(options, "page_size", MAX_PAGE_SIZE, 1, MAX_PAGE_SIZE)
        self._clock = clock
        self._access_token = config.secrets.get("access_token", "").strip()
        self._refresh_token = config.secrets.get("refresh_token", "").strip()
        self._token_lock = threading.Lock()
        self._logistics_ids: dict[str, str] | None = None
        self._http = HttpClient(
            self.display_name, timeout=config.timeout_seconds, max_retries=config.max_retries,
            backoff_base=config.backoff_seconds, sleep=sleep, session=session, error_detail=_error_detail,
            not_found_message=self._no_router_message,
        )

    def close(self) -> None:
        self._http.close()

    # -- Connector protocol ------------------------------------------------------------------

    def test_connection(self) -> str:
        mall = self._call(MALL_INFO, {}, "mall_info_get_response", what="the connection test")
        name = as_text(mall.get("mall_name"), "mall_name") or "(no name)"
        return f"Pinduoduo shop {name} (mall id {as_text(mall.get('mall_id'), 'mall_id') or '?'})"

    def iter_order_pages(
        self, modified_after: datetime | None, cancelled: CancelCheck | None = None
    ) -> Iterator[OrderPage]:
        self._require_credentials()
        end = int((self._clock() - SETTLE).timestamp())
        if modified_after is None:
            start = end - int(self.initial_sync.total_seconds())
        else:
            start = int(_as_utc(modified_after).timestamp())
        page_number = 0
        for window in pull_windows(start, end):
            for items in self._window_items(window, cancelled):
                page_number += 1
                orders, failures = parse_orders(items)
                yield OrderPage(page_number, None, tuple(orders), tuple(failures))

    def fetch_order(self, external_id: str, cancelled: CancelCheck | None = None) -> ChannelOrder | OrderParseFailure:
        return parse_order_safely(self._order_info(external_id, cancelled))

    def confirm_shipment(self, shipment: ShipmentConfirmation, cancelled: CancelCheck | None = None) -> PushResult:
        """PDD ships whole orders: the first package ships the order, later ones go up as extra
        tracking numbers; the package lines are not sent. The order is looked at first, so a
        repeat of a package PDD already has is accepted without a second shipment."""
        key = f"{shipment.order_external_id}/{shipment.tracking_number}"
        if not shipment.tracking_number.strip():
            return PushResult(key, False, "The package has no tracking number; Pinduoduo needs one to ship.")
        logistics_id = self._logistics_id(shipment.carrier_code, cancelled)
        if logistics_id is None:
            return PushResult(key, False, self._unknown_carrier_message(shipment.carrier_code))
        order = self._order_info(shipment.order_external_id, cancelled)
        if carries_tracking(order, shipment.tracking_number):
            return _already_there(key, shipment)
        state = ShippingState.of(order, shipment.order_external_id)
        if state.refusal:
            return PushResult(key, False, state.refusal)
        try:
            self._send_package(shipment, logistics_id, state.awaiting_shipment, cancelled)
        except RejectedError as refused:
            # An earlier attempt may have reached PDD before its answer was lost.
            if carries_tracking(self._order_info(shipment.order_external_id, cancelled), shipment.tracking_number):
                return _already_there(key, shipment)
            return PushResult(key, False, str(refused))
        note = ("Pinduoduo marks the whole order shipped with its first package."
                if state.awaiting_shipment and not shipment.completes_order else "")
        return PushResult(key, True, note, channel_reference=shipment.tracking_number)

    def push_stock(self, levels: Sequence[StockLevel], cancelled: CancelCheck | None = None) -> list[PushResult]:
        results: list[PushResult] = []
        for index, level in enumerate(levels):
            problem = _stock_problem(level)
            if problem:
                results.append(PushResult(level.key, False, problem))
                continue
            try:
                self._call(SET_STOCK, _stock_params(level), "goods_quantity_update_response",
                           what=f"the stock of {_listing(level)}", cancelled=cancelled)
            except RejectedError as refused:
                results.append(PushResult(level.key, False, str(refused)))
                continue
            except ConnectorError as failed:
                if not failed.retryable:
                    raise
                # The channel is not answering: the rest of the batch would only wait as long.
                results += [PushResult(rest.key, False, str(failed), retryable=True) for rest in levels[index:]]
                break
            results.append(PushResult(level.key, True))
        return results

    # -- pulling ---------------------------------------------------------------------------------

    def _window_items(self, window: tuple[int, int], cancelled: CancelCheck | None) -> Iterator[list[Any]]:
        """The window's orders, page by page from the last page backwards (page 1 is asked
        first only to learn the count; a window that fits one page needs no more)."""
        first = self._list_page(window, 1, cancelled)
        if first.total_count <= self.page_size:
            if first.items:
                yield first.items
            return
        for page in range(math.ceil(first.total_count / self.page_size), 0, -1):
            items = self._list_page(window, page, cancelled).items
            if items:
                yield items

    def _list_page(self, window: tuple[int, int], page: int, cancelled: CancelCheck | None) -> _ListPage:
        start, end = window
        what = f"the orders updated {_beijing_text(start)}–{_beijing_text(end)} (UTC+8), page {page}"
        params = {
            "start_updated_at": start, "end_updated_at": end, "is_lucky_flag": 0, "order_status": 5,
            "refund_status": 5, "page": page, "page_size": self.page_size, "use_has_next": False,
        }
        body = self._call(LIST_ORDERS, params, "order_sn_increment_get_response", what=what, cancelled=cancelled)
        items, total = body.get("order_sn_list"), body.get("total_count")
        if not isinstance(items, list) or not isinstance(total, int) or isinstance(total, bool):
            raise ConnectorError(
                f"Pinduoduo at {url_for_messages(self.router_url)} sent {what} without an order list and "
                f"total_count ({describe(body)[:80]}); try again later."
            )
        return _ListPage(total, items)

    def _order_info(self, order_sn: str, cancelled: CancelCheck | None) -> dict[str, Any]:
        what = f"order {order_sn}"
        body = self._call(ORDER_INFO, {"order_sn": order_sn}, "order_info_get_response", what=what,
                          cancelled=cancelled)
        info = body.get("order_info")
        if not isinstance(info, dict):
            raise ConnectorError(f"Pinduoduo answered the request for {what} without order_info; try again later.")
        return info

    # -- pushing ----------------------------------------------------------------------------------

    def _send_package(self, shipment: ShipmentConfirmation, logistics_id: str, first_package: bool,
                      cancelled: CancelCheck | None) -> None:
        what = f"the shipment of order {shipment.order_external_id} ({shipment.tracking_number})"
        if first_package:
            params: dict[str, Any] = {"order_sn": shipment.order_external_id, "logistics_id": logistics_id,
                                      "tracking_number": shipment.tracking_number}
            self._call(SHIP, params, "logistics_online_send_response", what=what, cancelled=cancelled,
                       repeatable=False)
            return
        params = {"order_sn": shipment.order_external_id, "extra_track_type": 1,  # 1 = 分包发货
                  "extra_track_list": [{"shipping_id": int(logistics_id),
                                        "tracking_number": shipment.tracking_number}]}
        self._call(EXTRA_TRACKING, params, "upload_extra_logistics_response", what=what, cancelled=cancelled,
                   repeatable=False)

    def _logistics_id(self, carrier_code: str, cancelled: CancelCheck | None) -> str | None:
        """A numeric logistics_id as is; a company code or name ("SF", "中通快递") looked up once."""
        code = carrier_code.strip()
        if code.isdigit():
            return code
        if self._logistics_ids is None:
            body = self._call(LOGISTICS_COMPANIES, {}, "logistics_companies_get_response",
                              what="the list of logistics companies", cancelled=cancelled)
            self._logistics_ids = _logistics_index(body.get("logistics_companies"))
        return self._logistics_ids.get(code.lower()) if code else None

    @staticmethod
    def _unknown_carrier_message(carrier_code: str) -> str:
        return (f"Pinduoduo knows no logistics company {carrier_code!r}. Map the carrier to a Pinduoduo "
                "logistics company: its id or code from the company list (such as 'SF' or 'ZTO').")

    # -- requests ------------------------------------------------------------------------------------

    def _require_credentials(self) -> None:
        missing = [label for label, value in (("client_id", self.config.key), ("client secret", self.config.secret),
                                              ("access token", self._access_token)) if not value.strip()]
        if missing:
            raise AuthError(f"Pinduoduo needs the app's {', '.join(missing)}; enter them in the shop settings "
                            "(client_id and secret from open.pinduoduo.com, the access token from authorising "
                            "the app for the shop).")

    def _signed(self, api_type: str, params: Mapping[str, Any], access_token: str | None) -> dict[str, str]:
        body = {name: wire_text(value) for name, value in params.items()}
        body.update(type=api_type, client_id=self.config.key, data_type="JSON", version="V1",
                    timestamp=str(int(self._clock().timestamp())))
        if access_token:
            body["access_token"] = access_token
        body["sign"] = sign(body, self.config.secret)
        return body

    def _call(
        self,
        api_type: str,
        params: Mapping[str, Any],
        response_key: str,
        *,
        what: str,
        cancelled: CancelCheck | None = None,
        repeatable: bool = True,
    ) -> dict[str, Any]:
        """One API call with the access token; an expired token is renewed and the call repeated.
        Every call is a POST; ``repeatable`` says whether it is safe to repeat after a lost answer."""
        self._require_credentials()
        refreshes = 0
        while True:
            token = self._access_token
            try:
                result = self._post(self._signed(api_type, params, token), what=what, cancelled=cancelled,
                                    idempotent=repeatable, refusal=lambda error: self._error(error, what))
            except AuthError as refused:
                if refused.code != str(TOKEN_EXPIRED) or refreshes >= MAX_TOKEN_REFRESHES:
                    raise
                refreshes += 1
                self._renew_token(token, refused.detail, cancelled)
                continue
            return self._unwrap(result.body, response_key, what)

    def _post(self, body: Mapping[str, str], *, what: str, cancelled: CancelCheck | None, idempotent: bool,
              refusal: Callable[[ApiError], ConnectorError]) -> JsonResponse:
        """POST to the router; a flow-limit answer is retried like a 429, any other ``error_response``
        becomes ``refusal(error)`` carrying PDD's error code."""

        def check(result: JsonResponse) -> RetryLater | ConnectorError | None:
            error = ApiError.of(result.body)
            if error is None:
                return None
            code = "" if error.code is None else str(error.code)
            if error.is_throttle:
                return RetryLater(f"{FLOW_LIMIT} ({error})", code=code, throttled=True, not_acted=True)
            return with_details(refusal(error), code=code, detail=str(error))

        return self._http.send_json("POST", self.router_url, json_body=dict(body), what=what, cancelled=cancelled,
                                    idempotent=idempotent, check=check)

    def _unwrap(self, body: Any, response_key: str, what: str) -> dict[str, Any]:
        inner = body.get(response_key) if isinstance(body, dict) else None
        if not isinstance(inner, dict):
            raise ConnectorError(
                f"Pinduoduo at {url_for_messages(self.router_url)} answered {what} without {response_key} "
                f"({describe(body)[:80]}); try again later."
            )
        return inner

    def _renew_token(self, expired_token: str, error: str, cancelled: CancelCheck | None) -> None:
        with self._token_lock:
            if self._access_token != expired_token:
                return  # another call renewed it meanwhile
            if not self._refresh_token:
                raise AuthError(
                    f"Pinduoduo says the access token has expired ({error}) and no refresh token is set. "
                    "Authorise the app for the shop again and enter the new access token (with its refresh "
                    "token, so that omsdesk can renew it) in the shop settings."
                )
            token = self._refreshed_token(cancelled)
            self._access_token = token["access_token"]
            self._refresh_token = token.get("refresh_token") or self._refresh_token
            if self.config.save_credentials is not None:
                self.config.save_credentials(token)

    def _refreshed_token(self, cancelled: CancelCheck | None) -> dict[str, str]:
        what = "the renewal of the access token"
        result = self._post(self._signed(REFRESH_TOKEN, {"refresh_token": self._refresh_token}, None), what=what,
                            cancelled=cancelled, idempotent=True, refusal=lambda error: AuthError(
                                f"Pinduoduo refused to renew the access token ({error}). Authorise the app for "
                                "the shop again and enter the new access token and refresh token in the shop "
                                "settings."))
        token = self._unwrap(result.body, "pop_auth_token_refresh_response", what)
        access_token = as_text(token.get("access_token"), "access_token")
        if not access_token:
            raise AuthError("Pinduoduo renewed the access token but sent none back; authorise the app again.")
        saved = {"access_token": access_token, "refresh_token": as_text(token.get("refresh_token"), "refresh_token")}
        expires_at = token.get("expires_at")
        if isinstance(expires_at, int) and not isinstance(expires_at, bool):
            saved["access_token_expires_at"] = datetime.fromtimestamp(expires_at, UTC).isoformat()
        return {name: value for name, value in saved.items() if value}

    def _error(self, error: ApiError, what: str) -> ConnectorError:
        where = url_for_messages(self.router_url)
        if error.code == SIGN_FAILED:
            return AuthError(
                f"Pinduoduo at {where} refused the signature of {what} ({error}). Check the client secret in "
                f"the shop settings: it must be the secret of client_id {self.config.key}."
            )
        if error.code == IP_NOT_ALLOWED:
            return AuthError(
                f"Pinduoduo at {where} refused {what} from this computer's IP address ({error}). Add the "
                "computer's public IP address to the app's IP whitelist (IP白名单) on open.pinduoduo.com."
            )
        if error.code == TOKEN_EXPIRED:
            return AuthError(
                f"Pinduoduo at {where} keeps refusing the access token ({error}) even after renewing it. "
                "Authorise the app for the shop again and enter the new tokens in the shop settings."
            )
        if error.is_throttle:
            return ThrottledError(f"Pinduoduo at {where} is still limiting requests for {what} ({error}). "
                                  "Try again later.")
        return RejectedError(f"Pinduoduo refused {what}: {error}.")

    def _no_router_message(self, url: str, detail: str, code: str = "") -> str:
        return (f"There is no Pinduoduo API router at {url} (HTTP 404{': ' + detail if detail else ''}). "
                f"Leave the address empty to use {DEFAULT_ROUTER_URL}.")


def _as_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _logistics_index(companies: Any) -> dict[str, str]:
    """Company code and name (lower case) → id, for the companies PDD accepts for shipping."""
    index: dict[str, str] = {}
    for company in companies if isinstance(companies, list) else []:
        if not isinstance(company, dict) or company.get("available", 1) in (0, "0"):
            continue
        company_id = str(company.get("id", "")).strip()
        if not company_id.isdigit():
            continue
        for name in (company.get("code"), company.get("logistics_company")):
            if isinstance(name, str) and name.strip():
                index.setdefault(name.strip().lower(), company_id)
    return index


def _already_there(key: str, shipment: ShipmentConfirmation) -> PushResult:
    return PushResult(key, True, "Pinduoduo already has this tracking number.",
                      channel_reference=shipment.tracking_number)


def _listing(level: StockLevel) -> str:
    parts = [f"goods {level.channel_item_id}" if level.channel_item_id else "",
             f"SKU {level.channel_variant_id}" if level.channel_variant_id else "",
             f"({level.channel_sku})" if level.channel_sku else ""]
    return " ".join(part for part in parts if part) or "an unnamed listing"


def _stock_problem(level: StockLevel) -> str:
    if not level.channel_item_id.strip().isdigit():
        return (f"Pinduoduo sets stock per goods id, and {_listing(level)} has none; map the SKU to its "
                "Pinduoduo goods first.")
    if not level.channel_variant_id and not level.channel_sku:
        return f"Pinduoduo needs the SKU id or the seller SKU (outer_id) of {_listing(level)}."
    if level.quantity < 0:
        return f"Pinduoduo cannot hold a negative stock ({level.quantity}) for {_listing(level)}."
    return ""


def _stock_params(level: StockLevel) -> dict[str, Any]:
    params: dict[str, Any] = {"goods_id": level.channel_item_id, "quantity": level.quantity, "update_type": 1}
    if level.channel_variant_id:
        params["sku_id"] = level.channel_variant_id
    else:
        params["outer_id"] = level.channel_sku
    return params
