"""Searching orders by number, buyer name, phone, e-mail, SKU and tracking number: substrings from three
characters (FTS5 trigram on SQLite, pg_trgm on PostgreSQL), the start of a field below that."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from omsdesk.db.search import fts5_phrase, like_contains, like_prefix, substring_searchable
from omsdesk.orders import keys
from omsdesk.orders.models import Order
from omsdesk.orders.queries import OrderFilter, count_matching, matching_ids
from omsdesk.runtime import Runtime
from omsdesk.sync.models import Shop
from omsdesk.sync.service import run_sync
from tests.fakes import ScriptedConnector, make_order

TRACKING = "SF1234567890123"


@pytest.fixture
def orders(runtime: Runtime) -> dict[str, int]:
    """Order number → id; #2 has shipped with tracking number ``TRACKING``."""
    with runtime.db.transaction() as session:
        shop = Shop(channel="woocommerce", name="Web shop", base_url="http://x", credentials_ref="w", options={})
        session.add(shop)
        session.flush()
        shop_id = shop.id
    channel_orders = [
        replace(make_order(1, buyer="张伟明"), buyer_phone="13812340099"),
        replace(make_order(2, buyer="张伟"), buyer_phone="13987654321"),
        make_order(3, buyer="李娜"),
        replace(make_order(4, buyer="Alice Smith"), buyer_email="alice.smith@example.com"),
        make_order(5, buyer='Bob "The Builder"'),
        make_order(6, buyer="100% Cotton_Fan"),
    ]
    channel_orders[3] = replace(channel_orders[3], lines=(
        replace(channel_orders[3].lines[0], channel_sku="TEE-BLK-XL"),))
    run_sync(runtime.db, None, runtime.actor, shop_id, connector=ScriptedConnector(channel_orders))
    with runtime.db.transaction() as session:
        numbers = {number: order_id for order_id, number in session.execute(select(Order.id, Order.number))}
        shipped = session.get(Order, numbers["#2"])
        assert shipped is not None
        keys.refresh_keys(shipped, [TRACKING])  # what recording a shipment does
    return numbers


def found(runtime: Runtime, search: str) -> set[str]:
    with runtime.db.reading() as session:
        ids = matching_ids(session, OrderFilter(text=search))
        assert count_matching(session, OrderFilter(text=search)) == len(ids)
        return set(session.scalars(select(Order.number).where(Order.id.in_(ids))))


@pytest.mark.parametrize(("search", "expected"), [
    ("张伟明", {"#1"}),  # a Chinese name: trigram index
    ("张伟", {"#1", "#2"}),  # two characters: the start of the buyer name
    ("伟明", set()),  # …so not the middle of it
    ("李娜", {"#3"}),
    ("李", {"#3"}),
    ("81234", {"#1"}),  # the middle of a phone number
    ("0099", {"#1"}),  # its end
    ("smith@EXAMPLE", {"#4"}),  # the middle of an e-mail, any case
    ("alice", {"#4"}),
    ("ice smi", {"#4"}),  # across the space of a name
    ("blk-x", {"#4"}),  # the middle of a channel SKU
    ("SKU-002", {"#1", "#2", "#3", "#5", "#6"}),
    (TRACKING, {"#2"}),  # a tracking number
    ("4567890", {"#2"}),  # part of it
    ("#4", {"#4"}),  # an order number (two characters: its start)
    ("3", {"#3"}),  # the exact external id
    ('"The Builder"', {"#5"}),  # quotes are text, not FTS syntax
    ('Builder" OR "Cotton', set()),
    ("e Builder", {"#5"}),
    ("100%", {"#6"}),  # LIKE wildcards are text too
    ("n_F", {"#6"}),
    ("n%", set()),
    ("Cotton%Fan", set()),
    ("  alice  ", {"#4"}),  # surrounding spaces are ignored
    ("nobody", set()),
])
def test_search_finds_substrings_from_three_characters_and_prefixes_below(
        runtime: Runtime, orders: dict[str, int], search: str, expected: set[str]) -> None:
    assert found(runtime, search) == expected


def test_the_search_index_follows_changes_to_an_order(runtime: Runtime, orders: dict[str, int]) -> None:
    with runtime.db.transaction() as session:
        order = session.get(Order, orders["#1"])
        assert order is not None
        order.buyer_name = order.ship_name = "赵云龙"
        keys.refresh_keys(order)
        gone = session.get(Order, orders["#6"])
        session.delete(gone)
    assert found(runtime, "赵云龙") == {"#1"}
    assert found(runtime, "张伟明") == set()
    assert found(runtime, "Cotton") == set()


def test_search_combines_with_the_other_filters(runtime: Runtime, orders: dict[str, int]) -> None:
    with runtime.db.reading() as session:
        assert matching_ids(session, OrderFilter(text="SKU-002", shop_ids=(999,))) == []
        newest_first = matching_ids(session, OrderFilter(text="SKU-002"))
    assert newest_first == [orders[n] for n in ("#6", "#5", "#3", "#2", "#1")]


def test_search_helpers_quote_what_a_person_typed() -> None:
    assert fts5_phrase('say "hi" AND *') == '"say ""hi"" AND *"'
    assert like_contains("50%_off\\") == "%50\\%\\_off\\\\%"
    assert like_prefix("a_b") == "a\\_b%"
    assert [substring_searchable(t) for t in ("ab", "abc", "张伟", "张伟明")] == [False, True, False, True]


def test_one_or_two_characters_find_the_start_of_a_field_and_on_postgresql_of_any_word(
        runtime: Runtime, orders: dict[str, int]) -> None:
    assert found(runtime, "Al") == {"#4"}  # the start of "Alice Smith", on both
    # the start of its second word: PostgreSQL's trigram index looks up word starts; SQLite's column
    # indexes look up the start of each field
    assert found(runtime, "Sm") == (set() if runtime.db.is_sqlite else {"#4"})
