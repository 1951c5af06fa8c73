"""Benchmark: the apply step of an import, beside raw sqlite3.executemany of the same rows.

Run with `make bench`. Prints figures; asserts only correctness, never timings.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table

from connectors.base import ChannelOrder, ShopConfig
from connectors.simulator import ChannelSimulator
from connectors.woocommerce import WooCommerceConnector
from omsdesk.auth.actor import Actor
from omsdesk.db.engine import Database
from omsdesk.db.migrate import upgrade
from omsdesk.db.types import ExactDecimal, utc_now
from omsdesk.orders.models import Order, OrderLine, OrderPayload, OrderState
from omsdesk.sync.importer import PageImporter, line_values, order_values
from omsdesk.sync.models import Shop

pytestmark = pytest.mark.bench

ORDERS = 20_000


def fetch_pages(count: int) -> list[Sequence[ChannelOrder]]:
    with ChannelSimulator(port=0) as simulator:
        shop = simulator.add_woocommerce_shop(slug="bench", seed=42, orders=count, key="ck_b", secret="cs_b")
        simulator.start()
        connector = WooCommerceConnector(ShopConfig(shop.url, shop.key, shop.secret))
        started = time.perf_counter()
        pages = [page.orders for page in connector.iter_order_pages(None)]
        elapsed = time.perf_counter() - started
    print(f"\nfetch+parse {count} orders over HTTP from the simulator: {elapsed:.1f} s ({count / elapsed:,.0f} orders/s)")
    return pages


def fresh_database(path: Path) -> tuple[Database, int]:
    url = f"sqlite:///{path}"
    upgrade(url)
    db = Database(url)
    with db.transaction() as session:
        shop = Shop(channel="woocommerce", name="bench", base_url="http://x", credentials_ref="x", options={})
        session.add(shop)
        session.flush()
        return db, shop.id


def apply_with_omsdesk(db: Database, shop_id: int, pages: list[Sequence[ChannelOrder]]) -> float:
    actor = Actor("bench")
    started = time.perf_counter()
    for orders in pages:
        with db.transaction() as session:
            PageImporter(session, shop_id, actor).apply(orders)
    return time.perf_counter() - started


def _primitive(value: Any, column_type: Any) -> Any:
    """What our column types hand to sqlite3, computed up front so the raw insert pays nothing."""
    if isinstance(column_type, ExactDecimal):
        return int(value.scaleb(column_type.scale))
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


def _plain_row(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    return {name: _primitive(value, table.c[name].type) for name, value in values.items()}


def raw_rows(pages: list[Sequence[ChannelOrder]], shop_id: int) -> tuple[list[dict], list[dict], list[dict]]:
    """The same rows the importer writes, as plain values, prepared before timing starts."""
    orders, lines, payloads = [], [], []
    now = utc_now()
    order_id = 0
    for page in pages:
        for order in page:
            order_id += 1
            values = {**order_values(order), "id": order_id, "shop_id": shop_id, "state": OrderState.NEW,
                      "seller_remark": "", "imported_at": now, "updated_at": now, "version": 1}
            orders.append(_plain_row(Order.__table__, values))
            for n, line in enumerate(order.lines, start=1):
                lines.append(_plain_row(OrderLine.__table__, {**line_values(line, n), "order_id": order_id}))
            payloads.append(_plain_row(OrderPayload.__table__,
                                       {"order_id": order_id, "payload": order.raw, "received_at": now}))
    return orders, lines, payloads


def executemany(connection: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    columns = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    connection.executemany(sql, [tuple(row[c] for c in columns) for row in rows])


def _chunks(rows: tuple[list[dict], list[dict], list[dict]], pages: int) -> list[tuple[list[dict], ...]]:
    orders, lines, payloads = rows
    lines_of: dict[int, list[dict]] = {}
    for line in lines:
        lines_of.setdefault(line["order_id"], []).append(line)
    per_page = max(1, len(orders) // pages)
    chunks = []
    for start in range(0, len(orders), per_page):
        chunk = orders[start:start + per_page]
        chunks.append((chunk, [ln for o in chunk for ln in lines_of.get(o["id"], [])],
                       payloads[start:start + per_page]))
    return chunks


def apply_raw(path: Path, rows: tuple[list[dict], list[dict], list[dict]], pages: int) -> float:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    chunks = _chunks(rows, pages)
    started = time.perf_counter()
    for order_rows, line_rows, payload_rows in chunks:  # same transaction size as the importer
        with connection:
            executemany(connection, "orders", order_rows)
            executemany(connection, "order_lines", line_rows)
            executemany(connection, "order_payloads", payload_rows)
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def test_bench_import_apply_step(tmp_path: Path) -> None:
    pages = fetch_pages(ORDERS)
    count = sum(len(p) for p in pages)
    assert count == ORDERS

    db, shop_id = fresh_database(tmp_path / "omsdesk.sqlite3")
    ours = apply_with_omsdesk(db, shop_id, pages)
    again = apply_with_omsdesk(db, shop_id, pages)  # the second import: everything unchanged
    db.dispose()

    raw_db, raw_shop = fresh_database(tmp_path / "raw.sqlite3")
    raw_db.dispose()
    rows = raw_rows(pages, raw_shop)
    raw = apply_raw(tmp_path / "raw.sqlite3", rows, len(pages))

    line_count = len(rows[1])
    print(f"apply step, omsdesk importer: {count} orders + {line_count} lines in {ours:.2f} s = {count / ours:,.0f} orders/s")
    print(f"re-import (all unchanged):    {again:.2f} s = {count / again:,.0f} orders/s")
    print(f"raw sqlite3.executemany:      {raw:.2f} s = {count / raw:,.0f} orders/s")
    print(f"ratio omsdesk / raw: {ours / raw:.1f}x")
