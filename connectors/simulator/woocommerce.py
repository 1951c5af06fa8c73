"""A simulated WooCommerce shop: the ``/wp-json/wc/v3`` order routes, auth, paging and faults.

Behaviour follows WooCommerce and WordPress core:

* auth as in ``WC_REST_Authentication``: key/secret by HTTP Basic or the
  ``consumer_key``/``consumer_secret`` query (accepted on plain HTTP too, as if
  behind a TLS-terminating proxy), or OAuth 1.0a one-legged (HMAC-SHA1/SHA256,
  15-minute timestamp window, nonces not reusable); the same error codes and
  messages ("Consumer key is invalid.", "Consumer secret is invalid.", …);
* paging headers as WordPress builds them: ``X-WP-Total``, ``X-WP-TotalPages``
  and ``Link`` with ``rel="prev"``/``rel="next"`` only (WordPress sends no
  first/last), the links repeating every query parameter of the request;
* JSON encoded as ``wp_json_encode`` does (``\\/`` and ``\\uXXXX`` escapes).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import math
import re
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import quote, quote_plus, unquote

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
from connectors.simulator.woocommerce_store import OrderQuery, WooCommerceStore, compact_json

OAUTH_WINDOW_SECONDS = 15 * 60
OAUTH_PARAMS = ("oauth_consumer_key", "oauth_timestamp", "oauth_nonce", "oauth_signature", "oauth_signature_method")
ORDER_ROUTE = re.compile(r"^/wp-json/wc/v3/orders/(\d+)/?$")
NOTES_ROUTE = re.compile(r"^/wp-json/wc/v3/orders/(\d+)/notes/?$")
LIST_ROUTE = re.compile(r"^/wp-json/wc/v3/orders/?$")
INDEX_ROUTE = re.compile(r"^/wp-json/?$")
ORDERBY_VALUES = ("date", "id", "include", "title", "slug", "modified")
STATUS_VALUES = frozenset({"pending", "processing", "on-hold", "completed", "cancelled", "refunded", "failed",
                           "trash", "checkout-draft"})
CRITICAL_ERROR = ("<p>There has been a critical error on this website.</p><p><a href=\"https://wordpress.org/"
                  "documentation/article/faq-troubleshooting/\">Learn more about troubleshooting WordPress.</a></p>")
PHP_WARNING_PAGE = ("<br />\n<b>Warning</b>:  Undefined array key \"shipping\" in <b>/var/www/html/wp-content/"
                    "plugins/cn-shipping/cn-shipping.php</b> on line <b>214</b><br />\n[{\"id\":")
ERROR_BODIES = {
    400: ("rest_invalid_param", "Invalid parameter(s)."),
    401: ("woocommerce_rest_cannot_view", "Sorry, you cannot list resources."),
    403: ("rest_forbidden", "Sorry, you are not allowed to do that."),
    404: ("rest_no_route", "No route was found matching the URL and request method."),
    429: ("rest_too_many_requests", "Too many requests. Please slow down."),
    500: ("internal_server_error", CRITICAL_ERROR),
}


def wp_json(payload: Any) -> bytes:
    """Encode like ``wp_json_encode`` with default flags: compact, ASCII only, slashes escaped."""
    return compact_json(payload).replace("/", "\\/").encode("ascii")


def wp_response(status: int, payload: Any, headers: tuple[tuple[str, str], ...] = ()) -> SimResponse:
    return SimResponse(status, wp_json(payload), (("Content-Type", "application/json; charset=UTF-8"), *headers))


def wp_error(status: int, code: str, message: str, **data: Any) -> SimResponse:
    return wp_response(status, {"code": code, "message": message, "data": {"status": status, **data}})


def rawurlencode(text: str) -> str:
    """PHP ``rawurlencode``: everything but ``A-Za-z0-9-_.~`` percent-encoded."""
    return quote(text, safe="~")


class _InvalidParam(Exception):
    def __init__(self, name: str, reason: str) -> None:
        super().__init__(reason)
        self.response = wp_error(400, "rest_invalid_param", f"Invalid parameter(s): {name}", params={name: reason})


class _AuthFailure(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.response = wp_error(401, code, message)


def create_shop(
    *,
    slug: str,
    url: str,
    seed: int,
    orders: int,
    epoch: datetime,
    clock: Callable[[], datetime],
    key: str | None = None,
    secret: str | None = None,
    currency: str = "CNY",
    utc_offset_hours: float | None = None,
) -> WooCommerceShop:
    if utc_offset_hours is None:
        utc_offset_hours = 8 if currency == "CNY" else 0
    store = WooCommerceStore(seed=seed, orders=orders, epoch=epoch, currency=currency,
                             utc_offset=timedelta(hours=utc_offset_hours), clock=clock)
    return WooCommerceShop(slug=slug, url=url, store=store, key=key or derived_credential("ck_", seed, slug),
                           secret=secret or derived_credential("cs_", seed, slug))


class WooCommerceShop:
    kind = "woocommerce"

    def __init__(self, *, slug: str, url: str, store: WooCommerceStore, key: str, secret: str) -> None:
        self.slug = slug
        self.url = url
        self.store = store
        self.store.site_url = url
        self.key = key
        self.secret = secret
        self.faults = FaultPlan()
        self.pushes = PushLog()
        self.link_headers = True  # False: omit Link, as some proxies do
        self.jetpack_envelope = False  # True: wrap bodies as {"data": …} like the Jetpack tunnel
        self._log = RequestLog()
        self._nonces: dict[str, float] = {}
        self._nonce_lock = threading.Lock()

    @property
    def requests(self) -> list[RecordedRequest]:
        return self._log.entries()

    def live_tick(self) -> None:
        self.store.live_tick()

    def connection(self) -> dict[str, Any]:
        return {"base_url": self.url, "key": self.key, "secret": self.secret, "options": {}}

    def truth(self) -> dict[str, OrderTruth]:
        return {str(order["id"]): OrderTruth(str(order["id"]), order["status"], Decimal(order["total"]),
                                             order["currency"])
                for order in self.store.orders(self.store.ids())}

    def handle(self, request: SimRequest) -> SimResponse:
        response = self._respond(request)
        self._log.add(request, response.status)
        return response

    # -- dispatch -------------------------------------------------------------------------------

    def _respond(self, request: SimRequest) -> SimResponse:
        if not request.path.startswith("/wp-json"):
            return html_response(404, "<!DOCTYPE html><title>Page not found</title>"
                                      "<h1>Oops! That page can&rsquo;t be found.</h1>")
        if INDEX_ROUTE.match(request.path):
            return wp_response(200, {"name": "omsdesk simulated shop", "url": self.url, "home": self.url,
                                     "namespaces": ["wp/v2", "wc/v3"]})
        answer = self.faults.take_answer()
        if answer is not None:
            return self._canned(answer)
        try:
            authenticated = self._authenticate(request)
        except _AuthFailure as failure:
            return failure.response
        return self._route(request, authenticated)

    def _route(self, request: SimRequest, authenticated: bool) -> SimResponse:
        if request.method not in ("GET", "HEAD"):
            return wp_error(404, *ERROR_BODIES[404])
        if LIST_ROUTE.match(request.path):
            if not authenticated:
                return wp_error(401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.")
            return self._list_orders(request)
        for route, handler in ((ORDER_ROUTE, self._get_order), (NOTES_ROUTE, self._get_notes)):
            match = route.match(request.path)
            if match:
                if not authenticated:
                    return wp_error(401, "woocommerce_rest_cannot_view", "Sorry, you cannot view this resource.")
                return handler(int(match.group(1)))
        return wp_error(404, *ERROR_BODIES[404])

    def _canned(self, answer: CannedAnswer) -> SimResponse:
        headers: tuple[tuple[str, str], ...] = ()
        if answer.retry_after is not None:
            headers = (("Retry-After", f"{answer.retry_after:g}" if isinstance(answer.retry_after, float | int)
                        else str(answer.retry_after)),)
        if answer.garbled:
            return SimResponse(200, PHP_WARNING_PAGE.encode(), (("Content-Type", "application/json; charset=UTF-8"),))
        code, message = ERROR_BODIES.get(answer.status, (f"http_{answer.status}", "The server could not answer."))
        response = wp_error(answer.status, code, message)
        return SimResponse(response.status, response.body, response.headers + headers)

    def _body(self, status: int, payload: Any, headers: tuple[tuple[str, str], ...] = ()) -> SimResponse:
        return self._json_body(status, compact_json(payload), headers)

    def _json_body(self, status: int, text: str, headers: tuple[tuple[str, str], ...] = ()) -> SimResponse:
        """``text`` is ASCII JSON from :func:`compact_json`; WordPress also escapes every slash."""
        if self.jetpack_envelope:
            text = '{"data":' + text + "}"
        api_link = ("Link", f'<{self.url}/wp-json/>; rel="https://api.w.org/"')
        return SimResponse(status, text.replace("/", "\\/").encode("ascii"),
                           (("Content-Type", "application/json; charset=UTF-8"), api_link, *headers))

    # -- orders ---------------------------------------------------------------------------------

    def _get_order(self, order_id: int) -> SimResponse:
        try:
            payload = self.store.order(order_id)
        except KeyError:
            return wp_error(404, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.")
        return self._body(200, self.faults.apply_malformations(order_id, payload))

    def _get_notes(self, order_id: int) -> SimResponse:
        try:
            return self._body(200, self.store.notes(order_id))
        except KeyError:
            return wp_error(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.")

    def _list_orders(self, request: SimRequest) -> SimResponse:
        try:
            page, per_page, query = self._list_params(request.query)
        except _InvalidParam as invalid:
            return invalid.response
        ids = self.store.select(query)
        total_pages = math.ceil(len(ids) / per_page)
        page_ids = ids[(page - 1) * per_page: page * per_page]
        texts = [self._order_json(order_id, text)
                 for order_id, text in zip(page_ids, self.store.orders_json(page_ids), strict=True)]
        headers = [("X-WP-Total", str(len(ids))), ("X-WP-TotalPages", str(total_pages))]
        if self.link_headers:
            headers += self._paging_links(request.query_pairs, page, total_pages)
        paging_fault = self.faults.take_paging_fault(page)
        if paging_fault is not None:
            self.store.modify_orders(ids[: page * per_page][: paging_fault.count])
        return self._json_body(200, "[" + ",".join(texts) + "]", tuple(headers))

    def _order_json(self, order_id: int, text: str) -> str:
        if not self.faults.malforms(order_id):
            return text
        return compact_json(self.faults.apply_malformations(order_id, json.loads(text)))

    def _list_params(self, query: dict[str, str]) -> tuple[int, int, OrderQuery]:
        per_page = _int_param(query, "per_page", 10, 1, 100)
        page = _int_param(query, "page", 1, 1, None)
        orderby = query.get("orderby", "date")
        if orderby not in ORDERBY_VALUES:
            raise _InvalidParam("orderby", f"orderby is not one of {', '.join(ORDERBY_VALUES)}.")
        order = query.get("order", "desc")
        if order not in ("asc", "desc"):
            raise _InvalidParam("order", "order is not one of asc and desc.")
        gmt = query.get("dates_are_gmt", "").lower() in ("true", "1")
        return page, per_page, OrderQuery(
            modified_after=self._date_param(query, "modified_after", gmt),
            modified_before=self._date_param(query, "modified_before", gmt),
            created_after=self._date_param(query, "after", gmt),
            created_before=self._date_param(query, "before", gmt),
            statuses=_statuses(query.get("status", "any")),
            orderby=orderby if orderby in ("id", "modified") else "date",
            descending=order == "desc",
        )

    def _date_param(self, query: dict[str, str], name: str, gmt: bool) -> datetime | None:
        text = query.get(name)
        if not text:
            return None
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            raise _InvalidParam(name, "Invalid date.") from None
        if moment.tzinfo is not None:
            return moment.astimezone(UTC)
        return (moment if gmt else moment - self.store.utc_offset).replace(tzinfo=UTC)

    def _paging_links(self, query_pairs: tuple[tuple[str, str], ...], page: int,
                      total_pages: int) -> list[tuple[str, str]]:
        """``Link`` headers as ``WC_REST_CRUD_Controller::get_items`` builds them."""
        base = f"{self.url}/wp-json/wc/v3/orders"

        def link(target: int) -> str:
            pairs = [(key, str(target) if key == "page" else value) for key, value in dict(query_pairs).items()]
            if "page" not in dict(query_pairs):
                pairs.append(("page", str(target)))
            return base + "?" + "&".join(f"{quote_plus(key, safe='[]')}={quote_plus(value, safe=':')}"
                                         for key, value in pairs)

        links = []
        if page > 1:
            links.append(("Link", f'<{link(min(page - 1, total_pages))}>; rel="prev"'))
        if total_pages > page:
            links.append(("Link", f'<{link(page + 1)}>; rel="next"'))
        return links

    # -- authentication (mirrors WC_REST_Authentication) --------------------------------

    def _authenticate(self, request: SimRequest) -> bool:
        key, secret = self._key_and_secret(request)
        if key and secret and key == self.key:
            if not hmac.compare_digest(secret, self.secret):
                raise _AuthFailure("woocommerce_rest_authentication_error", "Consumer secret is invalid.")
            return True
        params = self._oauth_params(request)
        if params is None:
            return False
        if params["oauth_consumer_key"] != self.key:
            raise _AuthFailure("woocommerce_rest_authentication_error", "Consumer key is invalid.")
        self._check_signature(request, params)
        self._check_timestamp_and_nonce(params["oauth_timestamp"], params["oauth_nonce"])
        return True

    @staticmethod
    def _key_and_secret(request: SimRequest) -> tuple[str, str]:
        query = request.query
        if query.get("consumer_key") and query.get("consumer_secret"):
            return query["consumer_key"], query["consumer_secret"]
        header = request.header("Authorization")
        if header[:6].lower() != "basic ":
            return "", ""
        try:
            decoded = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return "", ""
        key, _, secret = decoded.partition(":")
        return key, secret

    @staticmethod
    def _oauth_params(request: SimRequest) -> dict[str, str] | None:
        params = request.query
        header = request.header("Authorization").strip()
        if header.startswith("OAuth "):
            for name, quoted, bare in re.findall(r'(oauth_[a-z_-]*)=(?:"([^"]*)"|([^,]*))', header):
                params[name] = unquote(quoted or bare)
        missing = [name for name in OAUTH_PARAMS if not params.get(name)]
        if len(missing) == len(OAUTH_PARAMS):
            return None
        if missing:
            noun = "parameter" if len(missing) == 1 else "parameters"
            raise _AuthFailure("woocommerce_rest_authentication_missing_parameter",
                               f"Missing OAuth {noun} {', '.join(missing)}")
        return params

    def _check_signature(self, request: SimRequest, params: dict[str, str]) -> None:
        method = params["oauth_signature_method"]
        if method not in ("HMAC-SHA1", "HMAC-SHA256"):
            raise _AuthFailure("woocommerce_rest_authentication_error",
                               "Invalid signature - signature method is invalid.")
        signed = {name: value for name, value in params.items() if name != "oauth_signature"}
        # PHP decodes "+" in a query as a space; WooCommerce undoes that for the signature.
        given = unquote(params["oauth_signature"].replace(" ", "+"))
        pairs = [(rawurlencode(k), rawurlencode(v)) for k, v in sorted(signed.items(), key=lambda kv: kv[0].encode())]
        query_string = "%26".join(rawurlencode(f"{k}={v}") for k, v in pairs)
        string_to_sign = f"{request.method}&{rawurlencode(self.url + request.path)}&{query_string}"
        digest = hashlib.sha1 if method == "HMAC-SHA1" else hashlib.sha256
        expected = base64.b64encode(hmac.new(f"{self.secret}&".encode(), string_to_sign.encode(), digest).digest())
        if not hmac.compare_digest(expected.decode(), given):
            raise _AuthFailure("woocommerce_rest_authentication_error",
                               "Invalid signature - provided signature does not match.")

    def _check_timestamp_and_nonce(self, timestamp: str, nonce: str) -> None:
        now = time.time()  # wall clock, like the real server, whatever the simulator's order clock says
        if not timestamp.isdigit() or abs(int(timestamp) - now) > OAUTH_WINDOW_SECONDS:
            raise _AuthFailure("woocommerce_rest_authentication_error", "Invalid timestamp.")
        with self._nonce_lock:
            for old, used_at in list(self._nonces.items()):
                if used_at < now - OAUTH_WINDOW_SECONDS:
                    del self._nonces[old]
            if nonce in self._nonces:
                raise _AuthFailure("woocommerce_rest_authentication_error",
                                   "Invalid nonce - nonce has already been used.")
            self._nonces[nonce] = now


def _int_param(query: dict[str, str], name: str, default: int, low: int, high: int | None) -> int:
    text = query.get(name)
    if text is None:
        return default
    bounds = f"between {low} (inclusive) and {high} (inclusive)" if high else f"greater than or equal to {low}"
    try:
        value = int(text)
    except ValueError:
        raise _InvalidParam(name, f"{name} is not of type integer.") from None
    if value < low or (high is not None and value > high):
        raise _InvalidParam(name, f"{name} must be {bounds}")
    return value


def _statuses(text: str) -> frozenset[str] | None:
    wanted = frozenset(part.strip() for part in text.split(",") if part.strip())
    if not wanted or "any" in wanted:
        return None
    unknown = sorted(wanted - STATUS_VALUES)
    if unknown:
        raise _InvalidParam("status", f"status[0] is not one of any, {', '.join(sorted(STATUS_VALUES))}.")
    return wanted
