"""Manual orders (phone, B2B): exact amounts in either tax mode, clear refusals, the same review as
imported orders, and a shop that sync passes by. On SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from omsdesk.errors import ValidationError
from omsdesk.fulfilment.services import ShipmentSpec, record_shipment
from omsdesk.orders.manual import (
    MANUAL_CHANNEL,
    MANUAL_SHOP_NAME,
    ManualLine,
    ManualOrderSpec,
    create_manual_order,
    preview_totals,
)
from omsdesk.orders.models import OrderIssueKind, OrderOrigin, OrderState, PaymentStatus
from omsdesk.runtime import Runtime
from omsdesk.sync.cycle import run_shop_cycle
from omsdesk.sync.models import OutboxItem, Shop, SyncRun
from tests.orders.operations_world import Desk, make_desk

D = Decimal
S = OrderState


@pytest.fixture
def desk(runtime: Runtime) -> Desk:
    return make_desk(runtime)


def phone_order(desk: Desk, **changes: object) -> ManualOrderSpec:
    spec = ManualOrderSpec(
        buyer_name="上海佳禾贸易有限公司", buyer_phone="021-62345678", ship_name="赵磊", ship_company="佳禾贸易",
        ship_line1="中山北路 3000 号 12 楼", ship_city="上海市", ship_state="上海", ship_postcode="200063",
        ship_country="cn", ship_phone="13912345678",
        lines=(ManualLine(desk.skus["SKU-001"], D(3), D("10.00"), D("2.00"), D("0.13")),
               ManualLine(desk.skus["SKU-002"], D("1.5"), D("9.99"), tax_rate=D("0.06"))),
        shipping=D("12.00"))
    return replace(spec, **changes)


def test_amounts_without_tax_in_the_prices(desk: Desk) -> None:
    spec = phone_order(desk)
    order_id = create_manual_order(desk.rt.db, desk.rt.actor, spec)
    order = desk.order(order_id)
    first, second = order.lines
    # 3 × 10.00 − 2.00 = 28.00, 13 % → 3.90 before / 3.64 after the discount
    assert (first.subtotal, first.subtotal_tax, first.discount, first.total, first.total_tax) == (
        D("30.00"), D("3.90"), D("2.00"), D("28.00"), D("3.64"))
    # 1.5 × 9.99 = 14.985 → 14.99 (half up), 6 % → 0.8994 → 0.90
    assert (second.subtotal, second.total, second.total_tax, second.unit_price) == (
        D("14.99"), D("14.99"), D("0.90"), D("9.99"))
    assert (first.unit_net, first.unit_net_incl_tax) == (D("9.3333"), D("10.5467"))
    assert (order.goods_subtotal, order.discount_total, order.shipping_total, order.total_tax) == (
        D("44.99"), D("2.00"), D("12.00"), D("4.54"))
    assert (order.total, order.total_excl_tax, order.residual, order.item_count) == (
        D("59.53"), D("54.99"), 0, D("4.5"))
    assert sum(line.net_total_incl_tax for line in order.lines) == order.total  # 12.00 shipping spread 28 : 14.99
    # 12.00 × 28 / 42.99 = 7.8157…, × 14.99 / 42.99 = 4.1842…: the cent left goes to the larger remainder
    assert [line.net_total for line in order.lines] == [D("35.82"), D("19.17")]
    preview = preview_totals(spec.lines, spec.shipping, include_tax=False)
    assert (preview.goods, preview.discount, preview.tax, preview.total) == (
        D("44.99"), D("2.00"), D("4.54"), order.total)
    assert preview.line_totals == [D("28.00"), D("14.99")]


def test_amounts_with_tax_in_the_prices(desk: Desk) -> None:
    spec = phone_order(desk, prices_include_tax=True, shipping=D(0),
                       lines=(ManualLine(desk.skus["SKU-003"], D(2), D("11.30"), D("1.13"), D("0.13")),))
    order = desk.order(create_manual_order(desk.rt.db, desk.rt.actor, spec))
    [line] = order.lines
    assert (line.unit_price, line.subtotal, line.subtotal_tax, line.total, line.total_tax, line.discount) == (
        D("10.0000"), D("20.00"), D("2.60"), D("19.00"), D("2.47"), D("1.00"))
    assert (order.total, order.total_tax, order.prices_include_tax, order.discount_tax) == (
        D("21.47"), D("2.47"), True, D("0.13"))
    preview = preview_totals(spec.lines, spec.shipping, include_tax=True)
    assert (preview.goods, preview.discount, preview.tax, preview.total, preview.line_totals) == (
        D("22.60"), D("1.13"), D("2.47"), D("21.47"), [D("21.47")])


def test_a_manual_order_is_numbered_mapped_and_reviewed_like_an_import(desk: Desk) -> None:
    first = desk.order(create_manual_order(desk.rt.db, desk.rt.actor, phone_order(desk)))
    unpaid = phone_order(desk, buyer_remark="周五前送到", paid=False)
    second = desk.order(create_manual_order(desk.rt.db, desk.rt.actor, replace(unpaid, lines=unpaid.lines[:1])))
    assert (first.number, first.external_id, second.number) == ("MO-000001", "MO-000001", "MO-000002")
    assert (first.origin, first.channel_order_id, first.payment_status) == (OrderOrigin.MANUAL, "", PaymentStatus.PAID)
    assert (first.ship_country, first.currency, first.buyer_phone) == ("CN", "CNY", "021-62345678")
    assert [(line.channel_sku, line.title, line.sku_id) for line in first.lines] == [
        ("SKU-001", "T恤 SKU-001", desk.skus["SKU-001"]), ("SKU-002", "T恤 SKU-002", desk.skus["SKU-002"])]
    assert first.state is S.APPROVED  # clean: approved by the review
    assert second.state is S.NEW and second.paid_at is None
    assert sorted(issue.kind for issue in desk.open_issues(second.id)) == [OrderIssueKind.REMARK, OrderIssueKind.UNPAID]
    assert [t.operation for t in desk.transitions(first.id)] == ["create", "approve"]
    assert first.shop_id == second.shop_id
    with desk.rt.db.reading() as session:
        shop = session.get(Shop, first.shop_id)
        assert (shop.channel, shop.name, shop.active, shop.auto_sync_minutes) == (
            MANUAL_CHANNEL, MANUAL_SHOP_NAME, True, 0)
        assert session.scalar(select(func.count()).select_from(Shop).where(Shop.channel == MANUAL_CHANNEL)) == 1
    assert "MO-000001" in first.search_text and first.address_key


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"buyer_name": "  "}, "buyer_name", "enter the buyer's name"),
    ({"currency": "人民币"}, "currency", "is not a currency code like CNY"),
    ({"lines": ()}, "lines", "add at least one item"),
    ({"lines": (ManualLine(999_999, D(1), D(1)),)}, "lines[0].sku", "line 1: SKU 999999 does not exist"),
    ({"shipping": D("-1")}, "shipping", "shipping cannot be negative"),
])
def test_refusals_name_the_field(desk: Desk, changes: dict[str, object], field: str, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        create_manual_order(desk.rt.db, desk.rt.actor, phone_order(desk, **changes))
    assert refused.value.field == field and message in str(refused.value)


@pytest.mark.parametrize(("line", "field", "message"), [
    ({"quantity": D(0)}, "lines[1].quantity", "line 2 (SKU-002): the quantity must be positive"),
    ({"quantity": D("0.00001")}, "lines[1].quantity", "at most 4 decimals"),
    ({"unit_price": D("-0.01")}, "lines[1].unit_price", "line 2 (SKU-002): the unit price cannot be negative"),
    ({"discount": D("15.00")}, "lines[1].discount",
     "line 2 (SKU-002): the discount must be from 0 to the line's 14.99"),
    ({"tax_rate": D("1.13")}, "lines[1].tax_rate", "the tax rate must be from 0 to under 100 %"),
])
def test_line_refusals_name_the_line_and_store_nothing(desk: Desk, line: dict[str, object], field: str,
                                                      message: str) -> None:
    spec = phone_order(desk)
    bad = replace(spec, lines=(spec.lines[0], replace(spec.lines[1], **line)))
    with pytest.raises(ValidationError) as refused:
        create_manual_order(desk.rt.db, desk.rt.actor, bad)
    assert refused.value.field == field and message in str(refused.value)
    assert desk.order(create_manual_order(desk.rt.db, desk.rt.actor, spec)).number == "MO-000001"  # no gap


def test_an_inactive_sku_is_refused(desk: Desk) -> None:
    from omsdesk.catalog.services import set_sku_active

    set_sku_active(desk.rt.db, desk.rt.actor, desk.skus["SKU-002"], False)
    with pytest.raises(ValidationError, match="line 2: SKU SKU-002 is inactive"):
        create_manual_order(desk.rt.db, desk.rt.actor, phone_order(desk))


def test_sync_passes_the_manual_shop_by_and_its_shipments_confirm_to_no_channel(desk: Desk) -> None:
    order = desk.order(create_manual_order(desk.rt.db, desk.rt.actor, phone_order(desk)))
    cycle = run_shop_cycle(desk.rt.db, desk.rt.secrets, desk.rt.actor, order.shop_id)
    assert cycle.sync is not None and cycle.sync.ok and cycle.sync.new == 0
    record_shipment(desk.rt.db, desk.rt.actor, ShipmentSpec(order.id, "SF", "SF9000000000009", "顺丰速运"))
    assert desk.order(order.id).state is S.SHIPPED
    with desk.rt.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutboxItem)) == 0
        assert session.scalar(select(func.count()).select_from(SyncRun)) == 0
