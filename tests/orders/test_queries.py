"""Order list and detail queries: filter, search and sort in SQL, every one of them on an index."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.dialects import postgresql, sqlite

from connectors.base import Lifecycle
from omsdesk.catalog.bundles import ComponentSpec, set_bundle_components
from omsdesk.catalog.models import SkuKind
from omsdesk.catalog.services import SkuSpec, create_sku
from omsdesk.db.types import utc_now
from omsdesk.inventory.ledger import MoveSpec, post_moves, reserve
from omsdesk.inventory.locations import add_location, create_warehouse, virtual_location, warehouse_root
from omsdesk.inventory.models import LocationKind, MoveReason
from omsdesk.orders.models import (
    Order,
    OrderIssue,
    OrderIssueKind,
    OrderLine,
    OrderOrigin,
    OrderState,
    OrderTransition,
    PaymentStatus,
)
from omsdesk.orders.queries import (
    OrderFilter,
    SortKey,
    _by_shop_name,
    _filtered,
    _ordering,
    channel_statuses,
    count_matching,
    list_rows,
    matching_id_array,
    matching_ids,
    order_detail,
    rows_by_id,
    state_counts,
)
from omsdesk.runtime import Runtime
from omsdesk.sync.models import Shop
from omsdesk.sync.service import run_sync
from tests.fakes import EPOCH, ScriptedConnector, make_order

S = OrderState


def add_shop(runtime: Runtime, name: str) -> int:
    with runtime.db.transaction() as session:
        shop = Shop(channel="woocommerce", name=name, base_url="http://x", credentials_ref=name, options={})
        session.add(shop)
        session.flush()
        return shop.id


def normalise(runtime: Runtime) -> None:
    """Every order NEW (#2 cancelled), paid, with no open flag and no transition, whatever review did on
    import: each test sets what it needs."""
    with runtime.db.transaction() as session:
        session.execute(update(OrderIssue).values(resolved_at=utc_now(), resolved_by="test"))
        session.execute(delete(OrderTransition))
        for order in session.scalars(select(Order)):
            order.state = S.CANCELLED if order.number == "#2" else S.NEW
            order.payment_status = PaymentStatus.PAID


@pytest.fixture
def shops(runtime: Runtime) -> tuple[int, int]:
    alpha, beta = add_shop(runtime, "Alpha shop"), add_shop(runtime, "Beta shop")
    orders_a = [make_order(n) for n in range(1, 6)]
    orders_a[1] = replace(make_order(2, status="cancelled", lifecycle=Lifecycle.CANCELLED), buyer_name="Smith_Anna")
    orders_a[2] = replace(orders_a[2], buyer_name="李雷", buyer_email="li.lei@example.cn", buyer_phone="13912345678")
    orders_b = [replace(make_order(n, lines=1), buyer_name="Zoë Müller") for n in range(10, 13)]
    orders_b[0] = replace(orders_b[0], lines=(replace(orders_b[0].lines[0], channel_sku="MUG-RED-01"),))
    run_sync(runtime.db, None, runtime.actor, alpha, connector=ScriptedConnector(orders_a))
    run_sync(runtime.db, None, runtime.actor, beta, connector=ScriptedConnector(orders_b))
    normalise(runtime)
    return alpha, beta


def ids_by_number(runtime: Runtime) -> dict[str, int]:
    with runtime.db.reading() as session:
        return {number: order_id for order_id, number in session.execute(select(Order.id, Order.number))}


def numbers(runtime: Runtime, criteria: OrderFilter, **kwargs) -> list[str]:
    with runtime.db.reading() as session:
        return [row.number for row in list_rows(session, criteria, **kwargs)]


@dataclass
class World:
    alpha: int
    beta: int
    ids: dict[str, int]
    warehouse: int


@pytest.fixture
def world(runtime: Runtime, shops: tuple[int, int]) -> World:
    """Flags, a merge group, a split part, a warehouse, an unpaid order and transitions on the imported orders."""
    ids = ids_by_number(runtime)
    warehouse = create_warehouse(runtime.db, runtime.actor, "SH", "上海仓")
    now = utc_now()
    with runtime.db.transaction() as session:
        def order(number: str) -> Order:
            found = session.get(Order, ids[number])
            assert found is not None
            return found

        order("#1").merge_group_id = order("#5").merge_group_id = ids["#1"]
        order("#4").state, order("#4").warehouse_id = S.ALLOCATED, warehouse
        order("#5").payment_status = PaymentStatus.UNPAID
        order("#11").parent_id, order("#11").origin = ids["#10"], OrderOrigin.SPLIT
        order("#12").state = S.APPROVED
        order("#10").state = S.APPROVED
        session.add_all([
            OrderIssue(order_id=ids["#3"], kind=OrderIssueKind.UNMAPPED_SKU, message="unmapped"),
            OrderIssue(order_id=ids["#3"], kind=OrderIssueKind.ADDRESS_INCOMPLETE, message="short"),
            OrderIssue(order_id=ids["#3"], kind=OrderIssueKind.UNMAPPED_SKU, message="second line unmapped"),
            OrderIssue(order_id=ids["#4"], kind=OrderIssueKind.OUT_OF_STOCK, message="short of stock"),
            OrderIssue(order_id=ids["#4"], kind=OrderIssueKind.REMARK, message="done", resolved_at=now),
            OrderIssue(order_id=ids["#10"], kind=OrderIssueKind.REMARK, message="remark"),
            OrderIssue(order_id=ids["#12"], kind=OrderIssueKind.UNMAPPED_SKU, message="fixed", resolved_at=now),
            OrderTransition(order_id=ids["#4"], operation="approve", from_state="new", to_state="approved",
                            actor="anna", at=now - timedelta(minutes=5), reason=""),
            OrderTransition(order_id=ids["#4"], operation="allocate", from_state="approved",
                            to_state="allocated", actor="bob", at=now, reason="oldest first"),
        ])
    return World(*shops, ids, warehouse)


# -- sorting ------------------------------------------------------------------------------------


def test_newest_first_by_default_and_every_sort_key_reverses_exactly(runtime: Runtime, shops) -> None:
    assert numbers(runtime, OrderFilter()) == ["#12", "#11", "#10", "#5", "#4", "#3", "#2", "#1"]
    with runtime.db.reading() as session:
        for key in SortKey:
            ascending = matching_ids(session, OrderFilter(), key, descending=False)
            descending = matching_ids(session, OrderFilter(), key, descending=True)
            assert len(ascending) == 8 and ascending == descending[::-1], key


def test_sorting_follows_the_column(runtime: Runtime, shops) -> None:
    with runtime.db.reading() as session:
        by_total = list_rows(session, OrderFilter(), SortKey.TOTAL, descending=False)
        by_items = list_rows(session, OrderFilter(), SortKey.ITEMS, descending=True)
        by_state = list_rows(session, OrderFilter(), SortKey.STATE, descending=False)
    totals = [row.total for row in by_total]
    assert totals == sorted(totals) and totals[0] < totals[-1]
    items = [row.item_count for row in by_items]
    assert items == sorted(items, reverse=True) and items[0] > items[-1]
    # by state, then oldest first within a state
    assert [(row.state, row.number) for row in by_state] == [
        (S.CANCELLED, "#2"), *((S.NEW, n) for n in ("#1", "#3", "#4", "#5", "#10", "#11", "#12"))]


def test_sort_by_shop_is_by_name_then_date_even_when_ids_disagree(runtime: Runtime, shops) -> None:
    first_by_name = add_shop(runtime, "Aardvark shop")  # the newest shop sorts first
    run_sync(runtime.db, None, runtime.actor, first_by_name, connector=ScriptedConnector([make_order(20)]))
    with runtime.db.reading() as session:
        rows = list_rows(session, OrderFilter(), SortKey.SHOP, descending=False)
        searched = list_rows(session, OrderFilter(text="#1"), SortKey.SHOP, descending=False)
        only_beta = list_rows(session, OrderFilter(shop_ids=(shops[1],)), SortKey.SHOP, descending=True)
    assert [(r.shop_name, r.number) for r in rows] == [
        ("Aardvark shop", "#20"), *(("Alpha shop", f"#{n}") for n in range(1, 6)),
        *(("Beta shop", f"#{n}") for n in range(10, 13))]
    assert [r.number for r in searched] == ["#1", "#10", "#11", "#12"]
    assert [r.number for r in only_beta] == ["#12", "#11", "#10"]


# -- filters ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("criteria", "expected"), [
    (OrderFilter(states=(S.CANCELLED,)), {"#2"}),
    (OrderFilter(states=(S.NEW, S.ALLOCATED), text="#1"), {"#1", "#11"}),
    (OrderFilter(needs_attention=True), {"#3", "#4", "#10"}),
    (OrderFilter(issue_kinds=(OrderIssueKind.UNMAPPED_SKU,)), {"#3"}),  # #12's is resolved
    (OrderFilter(issue_kinds=(OrderIssueKind.OUT_OF_STOCK, OrderIssueKind.REMARK)), {"#4", "#10"}),
    (OrderFilter(issue_kinds=(OrderIssueKind.HIGH_AMOUNT,)), set()),
    (OrderFilter(payment_statuses=(PaymentStatus.UNPAID,)), {"#5"}),
    (OrderFilter(merged_only=True), {"#1", "#5"}),
    (OrderFilter(states=(S.APPROVED,), without_flags=True), {"#12"}),  # #10 has an open remark
    (OrderFilter(without_flags=True, text="#1"), {"#1", "#11", "#12"}),
    (OrderFilter(created_from=EPOCH + timedelta(minutes=4), created_to=EPOCH + timedelta(minutes=11)),
     {"#4", "#5", "#10"}),
])
def test_each_filter_narrows_and_its_count_agrees(runtime: Runtime, world: World, criteria: OrderFilter,
                                                  expected: set[str]) -> None:
    assert set(numbers(runtime, criteria)) == expected
    with runtime.db.reading() as session:
        assert count_matching(session, criteria) == len(expected)


def test_shop_and_warehouse_filters(runtime: Runtime, world: World) -> None:
    with runtime.db.reading() as session:
        assert count_matching(session, OrderFilter(shop_ids=(world.beta,))) == 3
        assert count_matching(session, OrderFilter(shop_ids=(world.alpha,), channel_statuses=("processing",))) == 4
        assert count_matching(session, OrderFilter(text="#1", shop_ids=(world.beta,))) == 3
        assert count_matching(session, OrderFilter(warehouse_ids=(world.warehouse,))) == 1
        assert count_matching(session, OrderFilter(warehouse_ids=(world.warehouse + 1,))) == 0
        assert channel_statuses(session) == ["cancelled", "processing"]
        assert state_counts(session) == {S.NEW: 4, S.CANCELLED: 1, S.ALLOCATED: 1, S.APPROVED: 2}


def test_the_id_array_holds_the_same_ids_as_the_list(runtime: Runtime, world: World) -> None:
    with runtime.db.reading() as session:
        compact = matching_id_array(session, OrderFilter(needs_attention=True), SortKey.NUMBER, False)
        assert compact.typecode == "q" and compact.itemsize == 8
        assert compact.tolist() == matching_ids(session, OrderFilter(needs_attention=True), SortKey.NUMBER, False)
        assert [world.ids[n] for n in ("#10", "#3", "#4")] == compact.tolist()


def test_lists_see_the_unflushed_changes_of_their_own_transaction(runtime: Runtime, shops) -> None:
    with runtime.db.transaction() as session:
        order = session.scalars(select(Order).where(Order.number == "#3")).one()
        order.state = S.ON_HOLD
        assert matching_ids(session, OrderFilter(states=(S.ON_HOLD,))) == [order.id]
        assert rows_by_id(session, [order.id])[order.id].state is S.ON_HOLD


# -- rows ---------------------------------------------------------------------------------------


def test_rows_carry_version_flags_links_and_warehouse(runtime: Runtime, world: World) -> None:
    ids = world.ids
    with runtime.db.reading() as session:
        rows = rows_by_id(session, [ids[n] for n in ("#1", "#3", "#4", "#11", "#12")] + [999_999])
        versions = {order_id: version for order_id, version in session.execute(select(Order.id, Order.version))}
    assert set(rows) == {ids[n] for n in ("#1", "#3", "#4", "#11", "#12")}  # the unknown id is left out
    three, four = rows[ids["#3"]], rows[ids["#4"]]
    assert three.flags == (OrderIssueKind.UNMAPPED_SKU, OrderIssueKind.ADDRESS_INCOMPLETE)  # once each, oldest first
    assert four.flags == (OrderIssueKind.OUT_OF_STOCK,) and four.warehouse_code == "SH"
    assert rows[ids["#12"]].flags == () and rows[ids["#12"]].warehouse_code == ""
    assert rows[ids["#1"]].merge_group_id == ids["#1"] and three.merge_group_id is None
    assert rows[ids["#11"]].parent_number == "#10" and three.parent_number == ""
    assert all(row.version == versions[row.id] and row.version >= 1 for row in rows.values())
    assert (three.number, three.shop_name, three.buyer_name, three.state) == ("#3", "Alpha shop", "李雷", S.NEW)


# -- detail -------------------------------------------------------------------------------------


def test_detail_has_lines_money_addresses_and_history(runtime: Runtime, shops) -> None:
    with runtime.db.reading() as session:
        order_id = matching_ids(session, OrderFilter(text="#3"))[0]
        detail = order_detail(session, order_id)
        assert order_detail(session, 999_999) is None
    assert detail is not None
    assert (detail.number, detail.shop_name, detail.buyer_name) == ("#3", "Alpha shop", "李雷")
    assert [line.channel_sku for line in detail.lines] == ["SKU-001", "SKU-002"]
    assert detail.amounts["total"] == sum((ln.total_incl_tax for ln in detail.lines), Decimal(0)) + Decimal("8.00")
    # the net amounts after price allocation carry the shipping: lines + residual = the order total
    assert sum((ln.net_total_incl_tax for ln in detail.lines), Decimal(0)) + detail.amounts["residual"] \
        == detail.amounts["total"]
    assert detail.shipping_address["city"] == "上海市"
    assert detail.payload == {"id": 3, "status": "processing"}
    assert (detail.origin, detail.priority, detail.warehouse, detail.channel_order_id) == (
        OrderOrigin.CHANNEL, 0, "", "3")
    assert all(line.available is None and line.sku_code == "" for line in detail.lines)  # unmapped


def test_detail_has_transitions_and_related_orders(runtime: Runtime, world: World) -> None:
    ids = world.ids
    with runtime.db.reading() as session:
        four = order_detail(session, ids["#4"])
        one = order_detail(session, ids["#1"])
        ten = order_detail(session, ids["#10"])
        eleven = order_detail(session, ids["#11"])
    assert four is not None and one is not None and ten is not None and eleven is not None
    assert [(t.operation, t.from_state, t.to_state, t.actor, t.reason) for t in four.transitions] == [
        ("approve", "new", "approved", "anna", ""), ("allocate", "approved", "allocated", "bob", "oldest first")]
    assert four.warehouse == "SH · 上海仓" and four.state is S.ALLOCATED
    assert [(r.number, r.relation) for r in one.related] == [("#5", "merged")] and one.merge_group_id == ids["#1"]
    assert [(r.number, r.relation, r.state) for r in ten.related] == [("#11", "part", S.NEW)]
    assert [(r.number, r.relation) for r in eleven.related] == [("#10", "parent")]
    assert eleven.origin is OrderOrigin.SPLIT and eleven.parent_id == ids["#10"]
    assert [i.kind for i in four.issues] == [OrderIssueKind.OUT_OF_STOCK]  # open ones only


def test_detail_lines_show_allocation_and_available_stock_also_for_bundles(runtime: Runtime, world: World) -> None:
    db, actor = runtime.db, runtime.actor
    tee = create_sku(db, actor, SkuSpec("TEE-1", "T恤"))
    mug = create_sku(db, actor, SkuSpec("MUG-1", "Mug"))
    kit = create_sku(db, actor, SkuSpec("KIT-1", "Tee + 2 mugs", kind=SkuKind.VIRTUAL_BUNDLE))
    set_bundle_components(db, actor, kit, [ComponentSpec(tee, Decimal(1)), ComponentSpec(mug, Decimal(2))])
    with db.reading() as session:
        root = warehouse_root(session, world.warehouse).id
    bin_id = add_location(db, actor, root, LocationKind.BIN, "A01")
    order_id = world.ids["#3"]
    with db.transaction() as session:
        supplier = virtual_location(session, LocationKind.SUPPLIER)
        post_moves(session, actor, [MoveSpec(tee, Decimal(9), supplier, bin_id, MoveReason.RECEIPT),
                                    MoveSpec(mug, Decimal(7), supplier, bin_id, MoveReason.RECEIPT)])
        lines = list(session.scalars(select(OrderLine).where(OrderLine.order_id == order_id)
                                     .order_by(OrderLine.line_no)))
        lines[0].sku_id, lines[1].sku_id = tee, kit
        lines[0].allocated_quantity = Decimal(1)
        reserve(session, actor, tee, world.warehouse, Decimal(1), "order", order_id, lines[0].id)
    with db.reading() as session:
        detail = order_detail(session, order_id)
    assert detail is not None
    first, second = detail.lines
    assert (first.sku_code, first.sku_id, first.allocated_quantity, first.available) == ("TEE-1", tee, 1, 8)
    # the bundle: min(8 tees / 1, 7 mugs / 2) = 3 complete kits
    assert (second.sku_code, second.allocated_quantity, second.available) == ("KIT-1", 0, 3)


# -- plans: indexes, never a scan of every order -------------------------------------------------


def plan(runtime: Runtime, statement) -> str:
    dialect = sqlite.dialect() if runtime.db.is_sqlite else postgresql.dialect()
    sql = str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    with runtime.db.reading() as session:
        if runtime.db.is_sqlite:
            return " | ".join(row[-1] for row in session.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
        session.execute(text("SET LOCAL enable_seqscan = off"))  # tiny tables: ask whether an index CAN serve
        return " | ".join(row[0] for row in session.execute(text(f"EXPLAIN {sql}")))


def sorted_statement(criteria: OrderFilter, key: SortKey = SortKey.CREATED, sqlite_: bool = True):
    return _filtered(select(Order.id), criteria, sqlite_).order_by(*_ordering(key, True))


@pytest.mark.parametrize("key", [k for k in SortKey if k is not SortKey.SHOP])
def test_every_unfiltered_sort_reads_an_index_in_order(runtime: Runtime, key: SortKey) -> None:
    if not runtime.db.is_sqlite:
        pytest.skip("SQLite's plan names the temporary sort; PostgreSQL's choice depends on its statistics")
    found = plan(runtime, sorted_statement(OrderFilter(), key))
    assert "USING COVERING INDEX" in found and "TEMP B-TREE" not in found, found


def test_sort_by_shop_reads_each_shops_index_in_order(runtime: Runtime, shops, monkeypatch) -> None:
    if not runtime.db.is_sqlite:
        pytest.skip("SQLite's plan names the temporary sort")
    statements = []
    import omsdesk.orders.queries as queries

    real = queries._read_ids
    monkeypatch.setattr(queries, "_read_ids", lambda session, st, into: (statements.append(st), real(session, st, into)))
    with runtime.db.reading() as session:
        assert len(_by_shop_name(session, OrderFilter(), True, True)) == 8
    assert len(statements) == 2
    for statement in statements:
        found = plan(runtime, statement)
        assert "ix_orders_shop_id_channel_created_at" in found and "TEMP B-TREE" not in found, found


@pytest.mark.parametrize("criteria", [
    OrderFilter(states=(S.NEW,)), OrderFilter(shop_ids=(1,)), OrderFilter(payment_statuses=(PaymentStatus.UNPAID,)),
    OrderFilter(warehouse_ids=(1,)), OrderFilter(merged_only=True), OrderFilter(needs_attention=True),
    OrderFilter(issue_kinds=(OrderIssueKind.UNMAPPED_SKU, OrderIssueKind.OUT_OF_STOCK)),
    OrderFilter(created_from=datetime(2025, 1, 1, tzinfo=UTC), created_to=datetime(2025, 2, 1, tzinfo=UTC)),
    OrderFilter(channel_statuses=("processing",)), OrderFilter(text="ab"), OrderFilter(text="李"),
    OrderFilter(text="abc"), OrderFilter(text="张伟明"), OrderFilter(text='a"b*c AND (d'),
], ids=lambda c: ",".join(f"{k}={v}" for k, v in vars(c).items() if v not in ((), "", None, False)))
def test_filters_and_searches_use_indexes(runtime: Runtime, criteria: OrderFilter) -> None:
    found = plan(runtime, sorted_statement(criteria, sqlite_=runtime.db.is_sqlite))
    if runtime.db.is_sqlite:
        assert "SCAN orders" not in found and "SCAN order_lines" not in found, found
    else:
        assert "Seq Scan on orders" not in found and "Seq Scan on order_lines" not in found, found


@pytest.mark.parametrize("search", ["abc", "张伟明", "13912", "李", "ab"])
def test_substring_search_uses_the_trigram_index(runtime: Runtime, search: str) -> None:
    found = plan(runtime, sorted_statement(OrderFilter(text=search), sqlite_=runtime.db.is_sqlite))
    if runtime.db.is_sqlite:
        if len(search) < 3:  # below three characters, SQLite looks up the start of each column instead
            assert "order_search" not in found and "ix_orders_buyer_name" in found, found
        else:
            assert "order_search VIRTUAL TABLE INDEX" in found, found
    else:
        with runtime.db.reading() as session:
            if session.scalar(text("SELECT to_regclass('ix_orders_search_trgm')")) is None:
                pytest.skip("pg_trgm could not be installed in this database (no CREATE privilege)")
        assert "ix_orders_search_trgm" in found, found
