"""A simulated Pinduoduo shop: the POP router at ``<shop url>/api/router``.

Behaviour follows the PDD open platform (contracts.md 4b, the doc "API调用指南"
and the POP SDK models):

* one router takes every call as a ``POST``, its parameters as a JSON object or
  a form; the gateway checks ``type``, ``client_id``, ``timestamp`` (unix
  seconds, within 10 minutes of its clock) and ``sign`` (MD5 over the sorted
  parameters wrapped in the client secret), then the ``access_token``;
* every answer is HTTP 200 JSON: ``{"<name>_response": {…, "request_id"}}`` or
  ``{"error_response": {"error_msg", "sub_msg", "sub_code", "error_code",
  "request_id"}}`` in the key order of the real samples (20004 签名验证失败;
  50001 with a null ``sub_code`` for business refusals); an expired token is
  10019 access_token已过期 and is renewed with ``pdd.pop.auth.token.refresh``;
* ``pdd.order.number.list.increment.get`` filters on ``updated_at`` (both ends
  inclusive; spans over 30 minutes refused), lists oldest change first and pages
  by ``page``/``page_size`` (≤ 100) with ``total_count`` (or only ``has_next``
  when ``use_has_next`` is true);
* ``pdd.logistics.online.send`` ships a whole order once ("订单已发货，不能重复发货"
  after that); ``pdd.order.upload.extra.logistics`` adds packages;
  ``pdd.goods.quantity.update`` sets (update_type 1) or changes (2) a SKU's stock.

Faults in PDD's own shapes: a flow limit is the body-level error 70031 (HTTP 200,
and PDD sends no Retry-After, so the plan's value is not used), a 5xx is the
gateway's nginx page, a garbled answer is JSON cut off mid-way. The codes 10000
(parameter error) and 70031 are the simulator's choice: the PDD error-code page
was not collected.
"""

from __future__ import annotations

import hmac
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl

from connectors.pinduoduo import sign, wire_text
from connectors.simulator.faults import CannedAnswer, FaultPlan
from connectors.simulator.messages import (
    OrderTruth,
    PushLog,
    RecordedRequest,
    RequestLog,
    SimRequest,
    SimResponse,
    derived_credential,
    html_response,
    json_response,
)
from connectors.simulator.pinduoduo_orders import (
    CARRIERS,
    CARRIERS_BY_ID,
    DEFAULT_HISTORY_DAYS,
    PinduoduoStore,
    ShopRefusal,
    fault_id,
)

ROUTER_PATH = "/api/router"
TIMESTAMP_WINDOW_SECONDS = 10 * 60
MAX_WINDOW_SECONDS = 30 * 60
MAX_PAGE_SIZE = 100
TOKEN_SECONDS = 24 * 3600
REFRESH_TOKEN_SECONDS = 30 * 24 * 3600
NGINX_PAGE = ("<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n<center><h1>{status} {reason}"
              "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
REASONS = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Temporarily Unavailable",
           504: "Gateway Time-out", 403: "Forbidden", 404: "Not Found"}
CUT_OFF_JSON = '{"order_sn_increment_get_response":{"total_count":37,"has_next":true,"order_sn_list":[{"order_sn":"2'


class _PddError(Exception):
    """An ``error_response`` answer."""

    def __init__(self, code: int, message: str, sub_message: str | None = None, sub_code: str | None = None) -> None:
        super().__init__(message)
        self.code, self.message = code, message
        self.sub_message = sub_message or message
        self.sub_code = sub_code


def _parameter_error(name: str, reason: str) -> _PddError:
    return _PddError(10000, "参数错误", f"{name}: {reason}", "10000")


def _business_error(message: str) -> _PddError:
    return _PddError(50001, message)


@dataclass(frozen=True)
class _Api:
    handler: Callable[[dict[str, str]], SimResponse]
    needs_token: bool = True


def create_shop(
    *,
    slug: str,
    url: str,
    seed: int,
    orders: int,
    epoch: datetime,
    clock: Callable[[], datetime],
    client_id: str | None = None,
    client_secret: str | None = None,
    history_days: int = DEFAULT_HISTORY_DAYS,
    encrypt_receivers: bool = True,
    mall_name: str = "拼拼好物旗舰店",
) -> PinduoduoShop:
    store = PinduoduoStore(seed=seed, orders=orders, epoch=epoch, clock=clock, history_days=history_days,
                           encrypt_receivers=encrypt_receivers)
    return PinduoduoShop(
        slug=slug, url=url, store=store, clock=clock, history_days=history_days, mall_name=mall_name,
        mall_id=100_000_000 + seed,
        client_id=client_id or derived_credential("", seed, slug)[:32],
        client_secret=client_secret or derived_credential("", seed + 1, slug)[:40],
        refresh_token=derived_credential("", seed + 2, slug)[:32],
    )


class PinduoduoShop:
    """One PDD mall behind its router: app credentials, the current access token, orders and
    listings (``store``), the fault plan, accepted pushes and a log of every call's parameters."""

    kind = "pinduoduo"

    def __init__(self, *, slug: str, url: str, store: PinduoduoStore, clock: Callable[[], datetime],
                 history_days: int, mall_name: str, mall_id: int, client_id: str, client_secret: str,
                 refresh_token: str) -> None:
        self.slug = slug
        self.url = url
        self.store = store
        self.clock = clock
        self.history_days = history_days
        self.mall_name = mall_name
        self.mall_id = mall_id
        self.client_id = client_id
        self.client_secret = client_secret
        self.refresh_token = refresh_token
        self.faults = FaultPlan()
        self.pushes = PushLog()
        self._log = RequestLog()
        self._calls: list[dict[str, str]] = []
        self._calls_lock = threading.Lock()
        self._token_lock = threading.Lock()
        self._token_serial = itertools.count(1)
        self.access_token = self._new_token()
        self._token_expired = False
        self._request_serial = itertools.count(1)
        self._last_listed_sn = ""
        self._routes: dict[str, _Api] = {
            "pdd.pop.auth.token.refresh": _Api(self._refresh_token, needs_token=False),
            "pdd.mall.info.get": _Api(self._mall_info),
            "pdd.order.number.list.increment.get": _Api(self._list_orders),
            "pdd.order.information.get": _Api(self._order_info),
            "pdd.logistics.companies.get": _Api(self._companies, needs_token=False),
            "pdd.logistics.online.send": _Api(self._ship),
            "pdd.order.upload.extra.logistics": _Api(self._extra_tracking),
            "pdd.goods.quantity.update": _Api(self._set_stock),
        }

    # -- SimulatedShop -----------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        return self._log.entries()

    def calls(self, api_type: str | None = None) -> list[dict[str, str]]:
        """The parameters of every router call that got past parsing, optionally of one API."""
        with self._calls_lock:
            return [dict(call) for call in self._calls if api_type is None or call.get("type") == api_type]

    def live_tick(self) -> None:
        self.store.live_tick()

    def connection(self) -> dict[str, Any]:
        return {"base_url": self.url, "key": self.client_id, "secret": self.client_secret,
                "options": {"initial_sync_days": str(self.history_days + 1)},
                "secrets": {"access_token": self.access_token, "refresh_token": self.refresh_token}}

    def truth(self) -> dict[str, OrderTruth]:
        return self.store.truth()

    def handle(self, request: SimRequest) -> SimResponse:
        response = self._respond(request)
        self._log.add(request, response.status)
        return response

    # -- the gateway ------------------------------------------------------------------------------------

    def _respond(self, request: SimRequest) -> SimResponse:
        if request.path.rstrip("/") != ROUTER_PATH:
            return self._nginx(404)
        answer = self.faults.take_answer()
        if answer is not None:
            return self._canned(answer)
        try:
            params = self._params(request)
            with self._calls_lock:
                self._calls.append(params)
            api = self._gateway_check(params)
            return api.handler(params)
        except _PddError as error:
            return self._error(error)

    def _params(self, request: SimRequest) -> dict[str, str]:
        if request.method != "POST":
            raise _PddError(10000, "参数错误", "请使用POST方式调用")
        params = dict(request.query_pairs)
        if "json" in request.header("content-type").lower():
            try:
                body = json.loads(request.body or b"{}")
            except ValueError:
                raise _PddError(10000, "参数错误", "请求体不是合法的JSON") from None
            if not isinstance(body, dict):
                raise _PddError(10000, "参数错误", "请求体必须是JSON对象")
            params.update({name: wire_text(value) for name, value in body.items()})
        else:
            params.update(parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True))
        return params

    def _gateway_check(self, params: dict[str, str]) -> _Api:
        api = self._routes.get(params.get("type", ""))
        if api is None:
            raise _parameter_error("type", f"接口{params.get('type', '')!r}不存在")
        timestamp = params.get("timestamp", "")
        # The wall clock, like the real gateway, whatever the simulator's order clock says.
        if not timestamp.isdigit() or abs(int(timestamp) - time.time()) > TIMESTAMP_WINDOW_SECONDS:
            raise _parameter_error("timestamp", "时间戳已过期，请校准本地时间")
        # An unknown client_id has no secret to check against: the signature fails, as on PDD.
        expected = sign(params, self.client_secret) if params.get("client_id") == self.client_id else ""
        if not expected or not hmac.compare_digest(expected, params.get("sign", "").upper()):
            raise _PddError(20004, "签名验证失败", "签名验证失败", "20004")
        if api.needs_token:
            self._check_token(params.get("access_token", ""))
        return api

    def _check_token(self, token: str) -> None:
        with self._token_lock:
            if self.faults.take_token_expiry():
                self._token_expired = True  # the token in use expires now; a refresh issues the next one
            if self._token_expired or not hmac.compare_digest(token, self.access_token):
                raise _PddError(10019, "access_token已过期", "access_token已过期", "10019")

    def _new_token(self) -> str:
        return derived_credential("", next(self._token_serial), f"{self.slug}:{self.client_secret}")[:32]

    # -- answers ------------------------------------------------------------------------------------------

    def _request_id(self) -> str:
        return f"{int(time.time() * 1000)}{next(self._request_serial) % 10000:04d}"

    def _answer(self, key: str, payload: dict[str, Any]) -> SimResponse:
        return json_response(200, {key: {**payload, "request_id": self._request_id()}})

    def _error(self, error: _PddError) -> SimResponse:
        return json_response(200, {"error_response": {
            "error_msg": error.message, "sub_msg": error.sub_message, "sub_code": error.sub_code,
            "error_code": error.code, "request_id": self._request_id()}})

    def _nginx(self, status: int) -> SimResponse:
        reason = REASONS.get(status, "Error")
        return html_response(status, NGINX_PAGE.format(status=status, reason=reason))

    def _canned(self, answer: CannedAnswer) -> SimResponse:
        if answer.garbled:
            return SimResponse(200, CUT_OFF_JSON.encode(), (("Content-Type", "application/json;charset=UTF-8"),))
        if answer.status == 429:
            return self._error(_PddError(70031, "调用过于频繁，请调整调用频率", "调用过于频繁，请调整调用频率", "70031"))
        return self._nginx(answer.status)

    # -- APIs ----------------------------------------------------------------------------------------------

    def _refresh_token(self, params: dict[str, str]) -> SimResponse:
        if not hmac.compare_digest(params.get("refresh_token", ""), self.refresh_token):
            raise _PddError(10000, "参数错误", "refresh_token无效或已过期", "10000")
        with self._token_lock:
            self.access_token, self._token_expired = self._new_token(), False
            token = self.access_token
        now = int(time.time())
        return self._answer("pop_auth_token_refresh_response", {
            "access_token": token, "expires_at": now + TOKEN_SECONDS, "expires_in": TOKEN_SECONDS,
            "refresh_token": self.refresh_token, "refresh_token_expires_at": now + REFRESH_TOKEN_SECONDS,
            "refresh_token_expires_in": REFRESH_TOKEN_SECONDS, "owner_id": str(self.mall_id),
            "owner_name": self.mall_name, "scope": sorted(self._routes)})

    def _mall_info(self, params: dict[str, str]) -> SimResponse:
        return self._answer("mall_info_get_response", {
            "mall_id": self.mall_id, "mall_name": self.mall_name, "mall_desc": "源头好货，拼着买更便宜",
            "logo": f"https://img.pddpic.com/mall/{self.mall_id}.png", "merchant_type": 3})

    def _companies(self, params: dict[str, str]) -> SimResponse:
        return self._answer("logistics_companies_get_response", {"logistics_companies": [
            {"id": c.logistics_id, "logistics_company": c.name, "code": c.code, "available": int(c.available)}
            for c in CARRIERS]})

    def _list_orders(self, params: dict[str, str]) -> SimResponse:
        start = _int_param(params, "start_updated_at")
        end = _int_param(params, "end_updated_at")
        if end < start:
            raise _business_error("开始时间不能大于结束时间")
        if end - start > MAX_WINDOW_SECONDS:
            raise _business_error("时间跨度不能超过30分钟")
        page = _int_param(params, "page", default=1, low=1)
        page_size = _int_param(params, "page_size", default=MAX_PAGE_SIZE, low=1, high=MAX_PAGE_SIZE)
        found = self.store.select(
            start, end,
            order_status=_int_param(params, "order_status", choices=(1, 2, 3, 5)),
            refund_status=_int_param(params, "refund_status", choices=(1, 2, 3, 4, 5)),
            lucky=_int_param(params, "is_lucky_flag", choices=(0, 1, 2)),
        )
        page_sns = found[(page - 1) * page_size: page * page_size]
        texts = [self._served_json(order_sn, text)
                 for order_sn, text in zip(page_sns, self.store.orders_json(page_sns), strict=True)]
        repeatable = self._last_listed_sn
        if page_sns and repeatable and repeatable not in page_sns and self.faults.take_page_duplicate():
            texts.insert(0, self._served_json(repeatable, self.store.orders_json([repeatable])[0]))
        if page_sns:
            self._last_listed_sn = page_sns[-1]
        paging_fault = self.faults.take_paging_fault(page)
        if paging_fault is not None:
            self.store.modify_orders(page_sns[: paging_fault.count])
        return self._list_answer(texts, len(found), page * page_size < len(found),
                                 params.get("use_has_next", "").lower() == "true")

    def _list_answer(self, texts: list[str], total: int, has_next: bool, has_next_only: bool) -> SimResponse:
        """Written from the cached order JSON: big shops page through a lot of it."""
        count = "" if has_next_only else f'"total_count":{total},'
        text = (f'{{"order_sn_increment_get_response":{{{count}"has_next":{"true" if has_next else "false"},'
                f'"order_sn_list":[{",".join(texts)}],"request_id":"{self._request_id()}"}}}}')
        return SimResponse(200, text.encode("utf-8"), (("Content-Type", "application/json;charset=UTF-8"),))

    def _served_json(self, order_sn: str, text: str) -> str:
        number = fault_id(order_sn)
        if not self.faults.malforms(number):
            return text
        return json.dumps(self.faults.apply_malformations(number, json.loads(text)), ensure_ascii=False)

    def _order_info(self, params: dict[str, str]) -> SimResponse:
        order_sn = _required(params, "order_sn")
        try:
            order = self.store.order(order_sn)
        except KeyError:
            raise _business_error("订单不存在") from None
        return self._answer("order_info_get_response",
                            {"order_info": self.faults.apply_malformations(fault_id(order_sn), order)})

    def _ship(self, params: dict[str, str]) -> SimResponse:
        order_sn, tracking_number = _required(params, "order_sn"), _tracking_number(params, "tracking_number")
        logistics_id = _carrier(_int_param(params, "logistics_id"))
        try:
            self.store.ship(order_sn, logistics_id, tracking_number)
        except ShopRefusal as refusal:
            raise _business_error(str(refusal)) from None
        self._record_tracking(order_sn, tracking_number, params)
        return self._answer("logistics_online_send_response", {"is_success": True})

    def _extra_tracking(self, params: dict[str, str]) -> SimResponse:
        order_sn = _required(params, "order_sn")
        try:
            tracks = json.loads(_required(params, "extra_track_list"))
        except ValueError:
            raise _parameter_error("extra_track_list", "不是合法的JSON") from None
        if not isinstance(tracks, list) or not tracks or not all(isinstance(track, dict) for track in tracks):
            raise _parameter_error("extra_track_list", "必须是非空列表")
        for track in tracks:
            tracking_number = _tracking_number(track, "tracking_number")
            logistics_id = _carrier(_int_param({k: wire_text(v) for k, v in track.items()}, "shipping_id"))
            try:
                self.store.add_tracking(order_sn, logistics_id, tracking_number)
            except ShopRefusal as refusal:
                raise _business_error(str(refusal)) from None
            self._record_tracking(order_sn, tracking_number, {**params, "extra_track": wire_text(track)})
        return self._answer("upload_extra_logistics_response", {"success": True})

    def _record_tracking(self, order_sn: str, tracking_number: str, params: dict[str, str]) -> None:
        self.pushes.add("tracking", f"{order_sn}/{tracking_number}", _without_credentials(params), self.clock())

    def _set_stock(self, params: dict[str, str]) -> SimResponse:
        goods_id = _int_param(params, "goods_id")
        sku_id = _int_param(params, "sku_id", default=0)
        outer_id = params.get("outer_id", "")
        if not sku_id and not outer_id:
            raise _parameter_error("sku_id", "sku_id和outer_id不能同时为空")
        update_type = _int_param(params, "update_type", default=1, choices=(1, 2))
        quantity = _int_param(params, "quantity", low=None if update_type == 2 else 0)
        try:
            listing = self.store.set_stock(goods_id, sku_id or None, outer_id or None, quantity, update_type == 2)
        except ShopRefusal as refusal:
            raise _business_error(str(refusal)) from None
        self.pushes.add("stock", listing.key, _without_credentials(params), self.clock())
        return self._answer("goods_quantity_update_response", {"is_success": True})


def _without_credentials(params: dict[str, str]) -> dict[str, str]:
    return {name: value for name, value in params.items() if name not in ("access_token", "sign")}


def _required(params: dict[str, str], name: str) -> str:
    value = params.get(name, "").strip()
    if not value:
        raise _parameter_error(name, "不能为空")
    return value


def _int_param(params: dict[str, str], name: str, *, default: int | None = None, low: int | None = None,
               high: int | None = None, choices: tuple[int, ...] = ()) -> int:
    text = params.get(name, "").strip()
    if not text:
        if default is None:
            raise _parameter_error(name, "不能为空")
        return default
    try:
        value = int(text)
    except ValueError:
        raise _parameter_error(name, f"{text!r}不是整数") from None
    if (choices and value not in choices) or (low is not None and value < low) or (high is not None and value > high):
        raise _parameter_error(name, f"取值{value}不合法")
    return value


def _tracking_number(params: dict[str, Any], name: str) -> str:
    value = str(params.get(name, "") or "").strip()
    if not value or len(value) > 32 or not value.isascii() or not value.isalnum():
        raise _parameter_error(name, f"运单号{value!r}格式不正确")
    return value


def _carrier(logistics_id: int) -> int:
    carrier = CARRIERS_BY_ID.get(logistics_id)
    if carrier is None:
        raise _business_error(f"快递公司{logistics_id}不存在")
    if not carrier.available:
        raise _business_error(f"快递公司{carrier.name}暂不支持发货")
    return logistics_id
