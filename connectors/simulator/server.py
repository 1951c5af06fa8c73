"""The channel simulator: one local HTTP server hosting several simulated shops.

Each shop lives under its own URL slug (``http://127.0.0.1:PORT/<slug>``) with
its own data, credentials, fault plan and request log. ``GET /`` lists the
shops so the app can tell that a simulator is running.
"""

from __future__ import annotations

import dataclasses
import re
import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import import_module
from types import TracebackType
from typing import Any, Protocol, TextIO
from urllib.parse import parse_qsl, unquote, urlsplit

from connectors.simulator.faults import FaultPlan, Transport
from connectors.simulator.messages import OrderTruth, PushLog, SimRequest, SimResponse, html_response, json_response
from connectors.simulator.woocommerce import WooCommerceShop

SERVICE_NAME = "omsdesk-channel-simulator"
RECORD_PATH = "_record"  # GET <shop url>/_record: the pushes the shop accepted, as JSON (not a channel API)
DEFAULT_EPOCH_BASE = datetime(2025, 5, 1, tzinfo=UTC)
SLUG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
POLL_SECONDS = 0.05

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def default_epoch(seed: int) -> datetime:
    """A fixed "newest order" time for a seed, so that the seed alone reproduces a shop."""
    return DEFAULT_EPOCH_BASE + timedelta(minutes=(seed * 7919) % (24 * 60))


def _as_utc(moment: datetime) -> datetime:
    """A naive datetime is taken as UTC (not as local time, as ``astimezone`` would)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


# kind -> "module:function" building a shop; see ChannelSimulator.add_shop.
SHOP_FACTORIES: dict[str, str] = {
    "woocommerce": "connectors.simulator.woocommerce:create_shop",
    "shopify": "connectors.simulator.shopify:create_shop",
    "amazon": "connectors.simulator.amazon:create_shop",
    "taobao": "connectors.simulator.taobao:create_shop",
    "pinduoduo": "connectors.simulator.pinduoduo:create_shop",
}


class SimulatedShop(Protocol):
    kind: str
    slug: str
    url: str
    faults: FaultPlan
    pushes: PushLog

    def handle(self, request: SimRequest) -> SimResponse: ...

    def live_tick(self) -> None:
        """A new order arrives, and now and then an existing one changes."""
        ...

    def connection(self) -> dict[str, Any]:
        """``base_url``, ``key``, ``secret`` and ``options`` for a ``ShopConfig`` that reaches this shop."""
        ...

    def truth(self) -> dict[str, OrderTruth]:
        """Every order the channel holds now, by external id."""
        ...


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "omsdesk-simulator"
    disable_nagle_algorithm = True  # small answers would otherwise wait ~40 ms for the client's delayed ACK
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._serve()

    do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def _serve(self) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        request = SimRequest(
            method=self.command,
            path=unquote(parts.path),
            query_pairs=tuple(parse_qsl(parts.query, keep_blank_values=True)),
            headers={name.lower(): value for name, value in self.headers.items()},
            body=self.rfile.read(length) if length else b"",
            time=self.server.simulator.clock(),
        )
        try:
            response = self.server.simulator.handle(request)
        except Exception:  # noqa: BLE001 - a simulator bug answers 500 instead of killing the connection
            traceback.print_exc()
            response = json_response(500, {"code": "simulator_error", "message": "The simulator failed."})
        if response.drop:
            self._drop()
            return
        if response.delay_seconds:
            time.sleep(response.delay_seconds)
        try:
            self._write(response)
        except OSError:  # the client gave up waiting (slow-answer fault)
            self.close_connection = True

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _write(self, response: SimResponse) -> None:
        self.send_response(response.status)
        for name, value in response.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet by design
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    simulator: ChannelSimulator


class ChannelSimulator:
    """A local multi-shop channel server. Bind happens at construction, so URLs are known early."""

    def __init__(self, port: int = 0, host: str = "127.0.0.1", clock: Clock | None = None) -> None:
        self.clock: Clock = clock or utc_now
        self._server = _Server((host, port), _Handler)
        self._server.simulator = self
        self._shops: dict[str, SimulatedShop] = {}
        self._shops_lock = threading.Lock()
        self._serve_thread: threading.Thread | None = None
        self._live_thread: threading.Thread | None = None
        self._stop_live = threading.Event()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def shops(self) -> list[SimulatedShop]:
        with self._shops_lock:
            return list(self._shops.values())

    def shop(self, slug: str) -> SimulatedShop:
        with self._shops_lock:
            return self._shops[slug]

    def add_woocommerce_shop(self, slug: str = "webshop", seed: int = 7, orders: int = 500,
                             epoch: datetime | None = None, **options: Any) -> WooCommerceShop:
        """A WooCommerce shop at ``<base_url>/<slug>``; key/secret default to values derived from the seed."""
        shop: WooCommerceShop = self.add_shop("woocommerce", slug, seed=seed, orders=orders, epoch=epoch, **options)
        return shop

    def add_shop(
        self,
        kind: str,
        slug: str | None = None,
        *,
        seed: int = 7,
        orders: int = 500,
        epoch: datetime | None = None,
        **options: Any,
    ) -> Any:
        """A shop of any channel ``kind`` (see ``SHOP_FACTORIES``) at ``<base_url>/<slug>``.

        ``options`` go to the channel's ``create_shop`` (currency, rates, …)."""
        target = SHOP_FACTORIES.get(kind)
        if target is None:
            raise ValueError(f"unknown channel kind {kind!r} (known: {', '.join(sorted(SHOP_FACTORIES))})")
        module_name, _, function = target.partition(":")
        slug = slug or kind
        factory = getattr(import_module(module_name), function)
        shop = factory(
            slug=slug, url=f"{self.base_url}/{slug}", seed=seed, orders=orders,
            epoch=_as_utc(epoch or default_epoch(seed)).replace(microsecond=0), clock=self.clock, **options,
        )
        self._register(shop)
        return shop

    def _register(self, shop: SimulatedShop) -> None:
        if not SLUG_PATTERN.match(shop.slug):
            raise ValueError(f"invalid shop slug {shop.slug!r}: use lower-case letters, digits, - and _")
        with self._shops_lock:
            if shop.slug in self._shops:
                raise ValueError(f"a shop with slug {shop.slug!r} already exists")
            self._shops[shop.slug] = shop

    # -- running --------------------------------------------------------------------------

    def start(self) -> ChannelSimulator:
        if self._serve_thread is None:
            self._serve_thread = threading.Thread(
                target=self._server.serve_forever, kwargs={"poll_interval": POLL_SECONDS},
                name="channel-simulator", daemon=True,
            )
            self._serve_thread.start()
        return self

    def start_live(self, arrival_seconds: float = 20.0) -> None:
        """Every ``arrival_seconds`` a new order arrives in each shop, and now and then one changes."""
        if self._live_thread is not None:
            return
        self._stop_live.clear()
        self._live_thread = threading.Thread(
            target=self._live_loop, args=(arrival_seconds,), name="channel-simulator-live", daemon=True,
        )
        self._live_thread.start()

    def _live_loop(self, arrival_seconds: float) -> None:
        while not self._stop_live.wait(arrival_seconds):
            for shop in self.shops:
                shop.live_tick()

    def stop(self) -> None:
        self._stop_live.set()
        if self._live_thread is not None:
            self._live_thread.join()
            self._live_thread = None
        if self._serve_thread is not None:
            self._server.shutdown()
            self._serve_thread.join()
            self._serve_thread = None
        self._server.server_close()

    def __enter__(self) -> ChannelSimulator:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # -- routing ----------------------------------------------------------------------------

    def handle(self, request: SimRequest) -> SimResponse:
        if request.path in ("", "/"):
            return json_response(200, self.describe())
        slug, _, rest = request.path.lstrip("/").partition("/")
        with self._shops_lock:
            shop = self._shops.get(slug)
        if shop is None:
            return html_response(404, "<!DOCTYPE html><title>404 Not Found</title><h1>Not Found</h1>")
        if rest == RECORD_PATH or rest.endswith("/" + RECORD_PATH):  # also under a router's path (Taobao)
            return json_response(200, push_record(shop))
        shop.faults.draw()
        transport = shop.faults.take_transport()
        if transport is not None and transport.kind is Transport.DROP:
            return SimResponse(0, b"", drop=True)
        response = shop.handle(dataclasses.replace(request, path="/" + rest))
        if transport is None:
            return response
        if transport.kind is Transport.DROP_AFTER:
            return dataclasses.replace(response, drop=True)
        return dataclasses.replace(response, delay_seconds=transport.seconds)

    def describe(self) -> dict[str, object]:
        return {"service": SERVICE_NAME,
                "shops": [{"kind": shop.kind, "slug": shop.slug, "url": shop.url} for shop in self.shops]}


def push_record(shop: SimulatedShop) -> dict[str, Any]:
    return {"shop": shop.slug, "kind": shop.kind, "pushes": [
        {"kind": entry.kind, "key": entry.key, "time": entry.time.isoformat(), "payload": entry.payload}
        for entry in shop.pushes.entries()]}


def serve(
    port: int = 8765,
    orders: int = 500,
    seed: int = 7,
    *,
    epoch: datetime | None = None,
    arrival_seconds: float = 20.0,
    channels: tuple[str, ...] = tuple(SHOP_FACTORIES),
    out: TextIO = sys.stdout,
) -> None:
    """Run a simulator with one shop per channel in the foreground until Ctrl+C.

    Without ``epoch`` the history ends now, so the data looks recent.
    """
    simulator = ChannelSimulator(port=port)
    epoch = epoch or utc_now()
    shops = [simulator.add_shop(kind, DEMO_SLUGS.get(kind, kind), seed=seed, orders=orders, epoch=epoch)
             for kind in channels]
    simulator.start()
    simulator.start_live(arrival_seconds)
    print(f"omsdesk channel simulator on {simulator.base_url}", file=out)
    for shop in shops:
        connection = shop.connection()
        print(f"{shop.kind} shop: {connection['base_url']}", file=out)
        for name in ("key", "secret"):
            if connection.get(name):
                print(f"  --{name} {connection[name]}", file=out)
        settings = {**connection.get("options", {}), **connection.get("secrets", {})}
        for name, value in settings.items():
            print(f"  --set {name}={value}", file=out)
    print(f"  {orders} orders per shop; a new one every {arrival_seconds:g} s. What each shop was sent: "
          f"<shop url>/{RECORD_PATH}. Ctrl+C stops.", file=out, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        simulator.stop()


DEMO_SLUGS = {"woocommerce": "webshop", "taobao": "tmall", "pinduoduo": "pdd"}
