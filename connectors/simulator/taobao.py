"""A simulated Taobao / Tmall shop behind a TOP gateway (``<shop url>/router/rest``).

Behaviour follows the Taobao Open Platform docs ("API调用方法详解") and the
official SDKs:

* one router URL; the API is the ``method`` parameter; parameters come in the
  query string or a form body (GET or POST);
* every request is signed (``md5``, ``hmac``, ``hmac-sha256`` over the sorted
  ``name`` + ``value`` pairs), carries ``app_key``, ``v=2.0`` and a ``timestamp``
  (``yyyy-MM-dd HH:mm:ss`` in GMT+8, or epoch milliseconds) within ±10 minutes
  of the gateway's wall clock; seller APIs need the seller's ``session``;
* every failure is HTTP 200 with ``{"error_response": {"code", "msg",
  "sub_code", "sub_msg", "request_id"}}`` (codes 7 App Call Limited, 10 Service
  Currently Unavailable, 15 Remote service error with ``isv.*``/``isp.*`` sub
  codes, 25 Invalid signature, 27 Invalid session / session-expired, …), except
  the odd gateway page (HTTP 502/504 from the load balancer);
* ``taobao.trades.sold.increment.get`` sorts by ``modified`` descending, needs
  ``start_modified``/``end_modified`` (this simulator enforces the recommended
  30-minute window), returns ``total_results`` (or only ``has_next`` with
  ``use_has_next=true``) and omits ``trades`` when nothing matches;
* ``taobao.logistics.offline.send`` answers ``isv.logistics-offline-service-error:B04``
  for a trade already shipped or closed, ``…:P38`` for unknown sub-orders and
  ``…:B60`` for a tracking number that breaks the carrier's rules;
* ``taobao.item.quantity.update`` sets (``type=1``) or changes (``type=2``) the
  quantity of an item or of one SKU (by ``sku_id``, else by ``outer_id``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import math
import re
import secrets
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

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
)
from connectors.simulator.taobao_orders import (
    CARRIER_NAMES,
    CHINA_TIME,
    HISTORY_HOURS,
    LISTINGS_BY_ITEM,
    Listing,
    ShipOutcome,
    TaobaoStore,
    compact_json,
    top_time,
)

ROUTER_PATH = "/router/rest"
TIMESTAMP_WINDOW_SECONDS = 10 * 60
MAX_WINDOW = timedelta(minutes=30)
INCREMENT_HORIZON = timedelta(days=90)
SIGN_METHODS = ("md5", "hmac", "hmac-sha256")
TRACKING_NUMBER = re.compile(r"^[A-Za-z0-9]{6,30}$")
DEFAULT_PAGE_SIZE = 40
GATEWAY_PAGE = ("<html>\r\n<head><title>{status}</title></head>\r\n<body>\r\n<center><h1>{status}</h1></center>\r\n"
                "<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n")
GARBLED_BODY = '{"trades_sold_increment_get_response":{"total_results":12,"trades":{"trade":[{"tid":39'
SESSION_APIS = frozenset({"taobao.user.seller.get", "taobao.trades.sold.increment.get", "taobao.trade.fullinfo.get",
                          "taobao.logistics.offline.send", "taobao.item.quantity.update"})


class TopFailure(Exception):
    """An ``error_response`` to answer with."""

    def __init__(self, code: int, msg: str, sub_code: str = "", sub_msg: str = "") -> None:
        super().__init__(msg)
        self.body: dict[str, Any] = {"code": code, "msg": msg}
        if sub_code:
            self.body["sub_code"] = sub_code
        if sub_msg:
            self.body["sub_msg"] = sub_msg


def invalid_argument(name: str, sub_msg: str) -> TopFailure:
    return TopFailure(15, "Remote service error", f"isv.invalid-parameter:{name}", sub_msg)


def top_signature(params: dict[str, str], secret: str, sign_method: str) -> str:
    """The gateway's check: sorted non-empty params as ``name value …``, then md5 / HMAC, upper-case hex."""
    text = "".join(f"{name}{params[name]}" for name in sorted(params) if name != "sign" and params[name] != "")
    if sign_method == "md5":
        return hashlib.md5(f"{secret}{text}{secret}".encode()).hexdigest().upper()
    digest = hashlib.md5 if sign_method == "hmac" else hashlib.sha256
    return hmac.new(secret.encode(), text.encode(), digest).hexdigest().upper()


def _request_id() -> str:
    return secrets.token_hex(6)


def _top_response(payload: dict[str, Any]) -> SimResponse:
    return _top_text(compact_json(payload))


def _top_text(text: str) -> SimResponse:
    return SimResponse(200, text.encode("utf-8"), (("Content-Type", "text/javascript;charset=UTF-8"),))


def response_root(method: str) -> str:
    """``taobao.trade.fullinfo.get`` answers under ``trade_fullinfo_get_response``."""
    return method.removeprefix("taobao.").replace(".", "_") + "_response"


def _error_response(failure: TopFailure) -> SimResponse:
    return _top_response({"error_response": {**failure.body, "request_id": _request_id()}})


def _parse_time_param(params: dict[str, str], name: str) -> datetime:
    text = params.get(name, "")
    if not text:
        raise TopFailure(40, f"Missing Required Arguments:{name}")
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CHINA_TIME).astimezone(UTC)
    except ValueError:
        raise TopFailure(41, f"Invalid Arguments:{name}") from None


def _int_param(params: dict[str, str], name: str, default: int | None, low: int, high: int) -> int:
    text = params.get(name, "")
    if not text:
        if default is None:
            raise TopFailure(40, f"Missing Required Arguments:{name}")
        return default
    if not text.lstrip("-").isdigit() or not low <= int(text) <= high:
        raise TopFailure(41, f"Invalid Arguments:{name}")
    return int(text)


def _fields(params: dict[str, str]) -> frozenset[str]:
    text = params.get("fields", "")
    if not text:
        raise TopFailure(40, "Missing Required Arguments:fields")
    # "orders.title" asks for part of each sub-order; the simulator serves whole sub-orders then.
    return frozenset(part.strip().split(".")[0] for part in text.split(",") if part.strip())


def create_shop(
    *,
    slug: str,
    url: str,
    seed: int,
    orders: int,
    epoch: datetime,
    clock: Callable[[], datetime],
    app_key: str | None = None,
    app_secret: str | None = None,
    session: str | None = None,
    seller_nick: str | None = None,
    tmall: bool | None = None,
    history_hours: float = HISTORY_HOURS,
) -> TaobaoShop:
    """A shop at ``url``; credentials derive from (seed, slug). ``tmall`` defaults to a slug naming Tmall."""
    tmall = "tmall" in slug if tmall is None else tmall
    nick = seller_nick or ("天猫旗舰店" if tmall else f"小店{seed % 1000:03d}")
    store = TaobaoStore(seed=seed, orders=orders, epoch=epoch, clock=clock, seller_nick=nick, tmall=tmall,
                        history_hours=history_hours)
    key = app_key or str(20_000_000 + int(derived_credential("", seed, slug)[:7], 16) % 9_000_000)
    return TaobaoShop(
        slug=slug, url=url, store=store, clock=clock, app_key=key,
        app_secret=app_secret or derived_credential("", seed, slug + ":secret")[:32],
        session=session or "6100" + derived_credential("", seed, slug + ":session")[:40],
        tmall=tmall,
    )


class TaobaoShop:
    kind = "taobao"

    def __init__(self, *, slug: str, url: str, store: TaobaoStore, clock: Callable[[], datetime], app_key: str,
                 app_secret: str, session: str, tmall: bool) -> None:
        self.slug = slug
        self.url = url
        self.store = store
        self.app_key = app_key
        self.app_secret = app_secret
        self.session = session
        self.tmall = tmall
        self.faults = FaultPlan()
        self.pushes = PushLog()
        self._clock = clock
        self._expired_sessions: set[str] = set()
        self._session_lock = threading.Lock()
        self._log = RequestLog()
        self._apis: dict[str, Callable[[dict[str, str]], dict[str, Any] | str]] = {
            "taobao.time.get": self._time_get,
            "taobao.user.seller.get": self._seller_get,
            "taobao.trades.sold.increment.get": self._increment_get,
            "taobao.trade.fullinfo.get": self._fullinfo_get,
            "taobao.logistics.offline.send": self._offline_send,
            "taobao.item.quantity.update": self._quantity_update,
        }

    # -- SimulatedShop ------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        return self._log.entries()

    def calls(self, api: str) -> list[dict[str, str]]:
        """The parameters of every logged request to ``api``, in order."""
        return [entry.query for entry in self._log.entries() if entry.query.get("method") == api]

    def live_tick(self) -> None:
        self.store.live_tick()

    def connection(self) -> dict[str, Any]:
        return {"base_url": self.url + ROUTER_PATH, "key": self.app_key, "secret": self.app_secret,
                "options": {"sign_method": "md5"}, "secrets": {"session": self.session}}

    def truth(self) -> dict[str, OrderTruth]:
        return {str(trade["tid"]): OrderTruth(str(trade["tid"]), trade["status"], Decimal(trade["payment"]), "CNY")
                for trade in self.store.trades()}

    def reauthorise(self) -> str:
        """The seller authorises the app again: a fresh session key replaces the expired one."""
        with self._session_lock:
            self.session = "6100" + secrets.token_hex(20)
            return self.session

    def listing_stock(self, key: str) -> int:
        return self.store.stock(key)

    def handle(self, request: SimRequest) -> SimResponse:
        params = dict(request.query_pairs)
        if request.body and "form" in request.header("Content-Type"):
            params.update(parse_qsl(request.body.decode("utf-8"), keep_blank_values=True))
        response = self._respond(request, params)
        self._log.add(dataclasses.replace(request, query_pairs=tuple(params.items())), response.status)
        return response

    # -- the gateway --------------------------------------------------------------------------

    def _respond(self, request: SimRequest, params: dict[str, str]) -> SimResponse:
        if request.path.rstrip("/") != ROUTER_PATH:
            return html_response(404, GATEWAY_PAGE.format(status="404 Not Found"))
        if self.faults.take_token_expiry():
            with self._session_lock:
                self._expired_sessions.add(self.session)
        answer = self.faults.take_answer()
        if answer is not None:
            return self._canned(answer, params.get("method", ""))
        try:
            api = self._check_system_params(params)
            result = api(params)
        except TopFailure as failure:
            return _error_response(failure)
        inner = result if isinstance(result, str) else compact_json(result)
        # Cached JSON text is spliced in as it is, so big pulls need no re-encoding.
        return _top_text(f'{{"{response_root(params["method"])}":{inner[:-1]}'
                         f'{"," if inner != "{}" else ""}"request_id":"{_request_id()}"}}}}')

    def _check_system_params(self, params: dict[str, str]) -> Callable[[dict[str, str]], dict[str, Any] | str]:
        method = params.get("method", "")
        if not method:
            raise TopFailure(21, "Missing Method")
        if not params.get("app_key"):
            raise TopFailure(28, "Missing App Key")
        if params["app_key"] != self.app_key:
            raise TopFailure(29, "Invalid App Key")
        self._check_timestamp(params.get("timestamp", ""))
        if params.get("v") != "2.0":
            raise TopFailure(32 if not params.get("v") else 34, "Missing Version" if not params.get("v")
                             else "Unsupported Version")
        if params.get("format", "xml") != "json":
            raise TopFailure(23, "Invalid Format", sub_msg="the simulator answers format=json only")
        self._check_signature(params)
        api = self._apis.get(method)
        if api is None:
            raise TopFailure(22, "Invalid Method")
        if method in SESSION_APIS:
            self._check_session(params.get("session", ""))
        return api

    @staticmethod
    def _check_timestamp(text: str) -> None:
        if not text:
            raise TopFailure(30, "Missing Timestamp")
        try:
            if text.isdigit():
                sent = int(text) / 1000
            else:
                sent = datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CHINA_TIME).timestamp()
        except ValueError:
            raise TopFailure(31, "Invalid Timestamp", sub_msg="yyyy-MM-dd HH:mm:ss in GMT+8") from None
        # The gateway's wall clock, whatever the simulator's order clock says.
        if abs(sent - time.time()) > TIMESTAMP_WINDOW_SECONDS:
            raise TopFailure(31, "Invalid Timestamp", sub_msg="时间戳与服务器时间相差超过10分钟")

    def _check_signature(self, params: dict[str, str]) -> None:
        sign_method = params.get("sign_method", "md5")
        if not params.get("sign"):
            raise TopFailure(24, "Missing Signature")
        if sign_method not in SIGN_METHODS:
            raise TopFailure(25, "Invalid Signature", sub_msg=f"unsupported sign_method {sign_method}")
        expected = top_signature(params, self.app_secret, sign_method)
        if not hmac.compare_digest(expected, params["sign"].upper()):
            raise TopFailure(25, "Invalid signature")

    def _check_session(self, session: str) -> None:
        if not session:
            raise TopFailure(26, "Missing Session")
        with self._session_lock:
            if session in self._expired_sessions:
                raise TopFailure(27, "Invalid session:session-expired", "session-expired")
            if session != self.session:
                raise TopFailure(27, "Invalid session", "invalid-sessionkey")

    def _canned(self, answer: CannedAnswer, method: str) -> SimResponse:
        """A fault in the gateway's own words: error_response at HTTP 200, or a load-balancer page."""
        if answer.garbled:
            return SimResponse(200, GARBLED_BODY.encode(), (("Content-Type", "text/javascript;charset=UTF-8"),))
        if answer.status == 429:
            seconds = max(1, math.ceil(float(answer.retry_after or 1)))
            return _error_response(TopFailure(7, "App Call Limited", "accesscontrol.limited-by-app-access-count",
                                              f"This ban will last for {seconds} more seconds"))
        if answer.status == 500:
            return _error_response(TopFailure(15, "Remote service error", "isp.remote-service-error",
                                              "远程服务调用出错"))
        if answer.status == 503:
            service = method.split(".")[1] if method.count(".") >= 2 else "top"
            return _error_response(TopFailure(10, "Service Currently Unavailable",
                                              f"isp.{service}-service-unavailable", "服务暂时不可用"))
        status_line = f"{answer.status} {'Bad Gateway' if answer.status == 502 else 'Gateway Time-out'}"
        return html_response(answer.status, GATEWAY_PAGE.format(status=status_line))

    # -- APIs ------------------------------------------------------------------------------------

    def _time_get(self, params: dict[str, str]) -> dict[str, Any]:
        return {"time": top_time(datetime.now(UTC))}

    def _seller_get(self, params: dict[str, str]) -> dict[str, Any]:
        return {"user": {"nick": self.store.seller_nick, "user_id": 2_200_000_000 + len(self.slug), "type": "B" if self.tmall else "C"}}

    def _increment_get(self, params: dict[str, str]) -> dict[str, Any]:
        fields = _fields(params)
        start, end = _parse_time_param(params, "start_modified"), _parse_time_param(params, "end_modified")
        if end < start:
            raise invalid_argument("end_modified", "结束时间必须大于开始时间")
        if end - start > MAX_WINDOW:
            raise invalid_argument("end_modified", "修改时间跨度不能大于30分钟")
        if start < self._clock() - INCREMENT_HORIZON:
            raise invalid_argument("start_modified", "只能查询三个月以内的交易")
        page_no = _int_param(params, "page_no", 1, 1, 10**6)
        page_size = _int_param(params, "page_size", DEFAULT_PAGE_SIZE, 1, 100)
        tids = self.store.window(start, end)
        served = tids[(page_no - 1) * page_size: page_no * page_size]
        if page_no > 1 and len(tids) >= (page_no - 1) * page_size and self.faults.take_page_duplicate():
            served = [tids[(page_no - 1) * page_size - 1], *served]
        body: dict[str, Any] = {}
        if params.get("use_has_next") == "true":
            body["has_next"] = len(tids) > page_no * page_size
        else:
            body["total_results"] = len(tids)
        if served:  # the real gateway leaves "trades" out of an empty answer
            body["trades"] = {"trade": [self.store.listing_fields(tid, fields) for tid in served]}
        fault = self.faults.take_paging_fault(page_no)
        if fault is not None and served:
            self.store.modify(served[: fault.count])
        return body

    def _fullinfo_get(self, params: dict[str, str]) -> str:
        fields = _fields(params)
        tid = self._tid(params)
        text = self.store.trade_json(tid, fields)
        if self.faults.malforms(tid):
            text = compact_json(self.faults.apply_malformations(tid, json.loads(text)))
        return f'{{"trade":{text}}}'


    def _tid(self, params: dict[str, str]) -> int:
        text = params.get("tid", "")
        if not text:
            raise TopFailure(40, "Missing Required Arguments:tid")
        if not text.isdigit():
            raise TopFailure(41, "Invalid Arguments:tid")
        if not self.store.has(int(text)):
            raise TopFailure(15, "Remote service error", "isv.trade-not-exist", "交易不存在")
        return int(text)

    def _offline_send(self, params: dict[str, str]) -> dict[str, Any]:
        tid = self._tid(params)
        out_sid, company = params.get("out_sid", ""), params.get("company_code", "")
        if not out_sid or not company:
            raise TopFailure(40, f"Missing Required Arguments:{'out_sid' if not out_sid else 'company_code'}")
        if company not in CARRIER_NAMES:
            raise invalid_argument("company_code", "物流公司编码不正确")
        if not TRACKING_NUMBER.match(out_sid):
            raise TopFailure(15, "Remote service error", "isv.logistics-offline-service-error:B60",
                             "运单号不符合规则或已经被使用")
        sub_tids = self._sub_tids(params)
        outcome = self.store.ship(tid, out_sid, sub_tids, company)
        if outcome is ShipOutcome.UNKNOWN_SUB_ORDER:
            raise TopFailure(15, "Remote service error", "isv.logistics-offline-service-error:P38",
                             "拆单校验未通过，子订单不属于该交易")
        if outcome is not ShipOutcome.SHIPPED:
            raise TopFailure(15, "Remote service error", "isv.logistics-offline-service-error:B04",
                             "订单状态不对该物流订单已经发货或者已关闭，不能重复发货")
        self.pushes.add("tracking", f"{tid}/{out_sid}", dict(params), self._clock())
        return {"shipping": {"is_success": True}}

    @staticmethod
    def _sub_tids(params: dict[str, str]) -> list[int] | None:
        if params.get("is_split") != "1":
            return None
        parts = [part.strip() for part in params.get("sub_tid", "").split(",") if part.strip()]
        if not parts or not all(part.isdigit() for part in parts):
            raise TopFailure(41, "Invalid Arguments:sub_tid")
        return [int(part) for part in parts]

    def _quantity_update(self, params: dict[str, str]) -> dict[str, Any]:
        num_iid = _int_param(params, "num_iid", None, 1, 10**15)
        quantity = _int_param(params, "quantity", None, -10**6, 10**6)
        update_type = _int_param(params, "type", 1, 1, 2)
        listing = self._listing(num_iid, params.get("sku_id", ""), params.get("outer_id", ""))
        current = self.store.stock(listing.key)
        new = quantity if update_type == 1 else current + quantity
        if new < 0:
            raise invalid_argument("quantity", "库存不能小于0" if update_type == 2 else "全量更新时库存必须大于等于0")
        self.store.set_stock(listing.key, new)
        self.pushes.add("stock", listing.key, dict(params), self._clock())
        item: dict[str, Any] = {"num_iid": num_iid, "modified": top_time(self._clock()),
                                "num": sum(self.store.stock(each.key) for each in LISTINGS_BY_ITEM[num_iid])}
        if listing.sku_id is not None:
            item["skus"] = {"sku": [{"sku_id": listing.sku_id, "quantity": new, "modified": item["modified"]}]}
        return {"item": item}

    @staticmethod
    def _listing(num_iid: int, sku_id: str, outer_id: str) -> Listing:
        listings = LISTINGS_BY_ITEM.get(num_iid)
        if listings is None:
            raise TopFailure(15, "Remote service error", "isv.item-not-exist", f"商品id对应的商品不存在:{num_iid}")
        if sku_id:
            match = [each for each in listings if str(each.sku_id) == sku_id]
            if not match:
                raise invalid_argument("sku_id", f"该商品下不存在sku_id为{sku_id}的SKU")
            return match[0]
        if outer_id:
            match = [each for each in listings if each.sku_id is not None and each.outer_sku_id == outer_id]
            if not match:
                raise invalid_argument("outer_id", f"该商品下不存在商家编码为{outer_id}的SKU")
            return match[0]
        if listings[0].sku_id is not None:
            raise invalid_argument("sku_id", "该商品有SKU，请指定sku_id或outer_id")
        return listings[0]
