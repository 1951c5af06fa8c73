"""Taobao / Tmall trades for the simulator: generated, changed and stored, deterministically.

A trade has the shape ``taobao.trade.fullinfo.get`` returns (the fields of the
official ``Trade`` and ``Order`` models), amounts as strings in yuan, times as
``yyyy-MM-dd HH:mm:ss`` in China Standard Time (GMT+8, no DST). The money adds
up the way the TOP field descriptions define it:

* sub-order ``total_fee`` = ``price`` × ``num`` + ``adjust_fee`` − ``discount_fee``
  (item-level promotion; ``adjust_fee`` is the seller's manual change, ≤ 0 here),
* ``part_mjz_discount`` is the sub-order's share of the shop-wide 满减 discount and
  ``divide_order_fee`` = ``total_fee`` − ``part_mjz_discount``,
* sub-order ``payment`` = ``total_fee`` when the trade has several sub-orders, but
  equals the *trade's* ``payment`` (postage included) for a single sub-order, as
  the TOP docs describe,
* trade ``total_fee`` = Σ ``price`` × ``num``, ``discount_fee`` = Σ sub-order
  ``discount_fee`` + the 满减 discount, ``adjust_fee`` = the sub-order's for a
  single sub-order and ``0.00`` otherwise, ``payment`` = Σ ``divide_order_fee`` + ``post_fee``.

Statuses follow the real life cycle: WAIT_BUYER_PAY → WAIT_SELLER_SEND_GOODS
(PAID_FORBID_CONSIGN while a group buy is open) → SELLER_CONSIGNED_PART →
WAIT_BUYER_CONFIRM_GOODS → TRADE_FINISHED; unpaid trades close as
TRADE_CLOSED_BY_TAOBAO, fully refunded ones as TRADE_CLOSED. Refunds live on the
sub-orders (``refund_status``), as on Taobao.
"""

from __future__ import annotations

import bisect
import html
import json
import random
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from connectors.simulator.catalogue import APPAREL_SIZES, CATALOGUE, COLOURS, POT_SIZES, SOCK_SIZES, Product
from connectors.simulator.names import (
    CHINESE_PLACES,
    COMPOUNDS,
    GIVEN_NAMES,
    LATIN_FIRST,
    LATIN_LAST,
    SURNAMES,
    chinese_mobile,
)

CHINA_TIME = timezone(timedelta(hours=8), "Asia/Shanghai")
CENT = Decimal("0.01")
ZERO = Decimal("0")
HISTORY_HOURS = 60  # inside the connector's default 3-day first sync
LIVE_CHANGE_CHANCE = 0.3
UNPAID_SHARE = 0.12

Clock = Callable[[], datetime]

PROVINCES = {"CN2": "北京", "CN3": "天津", "CN10": "上海", "CN23": "重庆", "CN11": "江苏省", "CN12": "浙江省",
             "CN14": "福建省", "CN16": "山东省", "CN17": "河南省", "CN18": "湖北省", "CN19": "湖南省",
             "CN20": "广东省", "CN24": "四川省", "CN26": "陕西省"}
TOWNS = ("城关街道", "新华街道", "湖滨街道", "五四街道", "南湖街道", "西溪街道", "龙华街道", "")
PROPERTY_NAMES = {"pa_color": "颜色分类", "pa_size": "尺码"}
VALUE_LABELS = {slug: zh for slug, _, zh, _ in (*COLOURS, *APPAREL_SIZES, *POT_SIZES, *SOCK_SIZES)}
CARRIERS = (("ZTO", "中通快递", "75", 12), ("YTO", "圆通速递", "YT", 13), ("STO", "申通快递", "77", 13),
            ("YUNDA", "韵达快递", "43", 13), ("SF", "顺丰速运", "SF", 13), ("EMS", "EMS", "11", 11))
CARRIER_NAMES = {code: name for code, name, _, _ in CARRIERS} | {"POSTB": "邮政快递包裹", "JD": "京东快递",
                                                                 "DBKD": "德邦快递", "OTHER": "其他"}
BUYER_MESSAGES = ("请尽快发货，谢谢", "请用顺丰", "不要放快递柜，直接送到家", "送人的，别放价格单", "周末不在家，请工作日送",
                  "麻烦包装好一点", "Please ship with SF Express", "")
SELLER_MEMOS = ("已核对地址", "客户要求改顺丰", "赠品：试用装一份", "缺货，预计三天后发")
SHOP_DISCOUNTS = ((Decimal("399"), Decimal("50")), (Decimal("199"), Decimal("20")))
POSTAGES = (Decimal("8"), Decimal("10"), Decimal("12"), Decimal("18"))
FINAL_REFUND = "SUCCESS"
OPEN_REFUNDS = ("WAIT_SELLER_AGREE", "WAIT_BUYER_RETURN_GOODS", "WAIT_SELLER_CONFIRM_GOODS")
PAID_UNSHIPPED = ("WAIT_SELLER_SEND_GOODS", "SELLER_CONSIGNED_PART")
SHIPPABLE = ("WAIT_SELLER_SEND_GOODS", "SELLER_CONSIGNED_PART")


def top_time(moment: datetime) -> str:
    """``yyyy-MM-dd HH:mm:ss`` in China Standard Time, as TOP writes every time."""
    return moment.astimezone(CHINA_TIME).strftime("%Y-%m-%d %H:%M:%S")


def parse_top_time(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CHINA_TIME)


def money(amount: Decimal) -> str:
    return f"{amount.quantize(CENT, ROUND_HALF_UP):.2f}"


def compact_json(payload: Any) -> str:
    """UTF-8 JSON as the TOP gateway writes it: compact, Chinese characters not escaped."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Listing:
    """One sellable listing: an item (宝贝) or one of its SKUs, with its seller codes."""

    num_iid: int
    sku_id: int | None
    outer_iid: str
    outer_sku_id: str
    title: str
    price: Decimal
    properties: str  # "颜色分类:黑色;尺码:M"
    cid: int

    @property
    def seller_sku(self) -> str:
        return self.outer_sku_id or self.outer_iid

    @property
    def key(self) -> str:
        """The listing as ``connectors.base.StockLevel.key`` spells it (item/variant/seller SKU)."""
        return f"{self.num_iid}/{self.sku_id or ''}/{self.seller_sku}"


def _num_iid(product: Product) -> int:
    return 520_000_000_000 + product.product_id * 1009


def _product_listings(product: Product) -> list[Listing]:
    num_iid = _num_iid(product)
    title = html.unescape(product.name)
    cid = 50_000_000 + product.product_id
    if not product.axes:
        return [Listing(num_iid, None, product.sku, "", title, product.price, "", cid)]
    listings = []
    for variant in product.variants:
        properties = ";".join(f"{PROPERTY_NAMES.get(axis, axis)}:{VALUE_LABELS.get(slug, slug)}"
                              for axis, slug in variant.attributes)
        listings.append(Listing(num_iid, 4_000_000_000_000 + variant.variation_id, product.sku, variant.sku,
                                title, variant.price, properties, cid))
    return listings


LISTINGS: tuple[Listing, ...] = tuple(listing for product in CATALOGUE for listing in _product_listings(product))
LISTINGS_BY_ITEM: dict[int, tuple[Listing, ...]] = {}
for _listing in LISTINGS:
    LISTINGS_BY_ITEM[_listing.num_iid] = (*LISTINGS_BY_ITEM.get(_listing.num_iid, ()), _listing)


class ShipOutcome(StrEnum):
    SHIPPED = "shipped"
    WRONG_STATE = "wrong_state"  # not paid, closed, or those sub-orders already shipped
    UNKNOWN_SUB_ORDER = "unknown_sub_order"
    NOT_FOUND = "not_found"


@dataclass
class _Line:
    listing: Listing
    num: int
    discount: Decimal = ZERO
    adjust: Decimal = ZERO
    shop_share: Decimal = ZERO

    @property
    def gross(self) -> Decimal:
        return self.listing.price * self.num

    @property
    def total_fee(self) -> Decimal:
        return self.gross + self.adjust - self.discount

    @property
    def divided(self) -> Decimal:
        return self.total_fee - self.shop_share


class TradeFactory:
    """Builds and changes trade payloads; owns the tid / oid / refund id counters of one shop."""

    def __init__(self, rng: random.Random, seller_nick: str, tmall: bool) -> None:
        self.rng = rng
        self.seller_nick = seller_nick
        self.tmall = tmall
        self._next_tid = 3_900_000_000_000_000_000 + rng.randint(0, 10**12) * 1000
        self._next_refund = 150_000_000_000_000_000 + rng.randint(0, 10**9)

    # -- ids --------------------------------------------------------------------------------

    def new_tid(self) -> int:
        # Real tids are 19 digits; consecutive trades of one shop are far apart.
        self._next_tid += self.rng.randint(1000, 90_000) * 1000 + self.rng.randint(0, 999)
        return self._next_tid

    def _new_refund_id(self) -> int:
        self._next_refund += self.rng.randint(1, 5000)
        return self._next_refund

    def _digits(self, count: int) -> str:
        return f"{self.rng.randrange(10**count):0{count}d}"

    # -- a new trade -----------------------------------------------------------------------

    def build(self, tid: int, created: datetime, latest: datetime) -> dict[str, Any]:
        """A trade created at ``created`` whose history is played up to ``latest``."""
        trade = self._new_trade(tid, created)
        self._play_history(trade, created, latest)
        return trade

    def build_live(self, tid: int, now: datetime) -> dict[str, Any]:
        """A trade placed just now: unpaid, or paid within the same second."""
        trade = self._new_trade(tid, now)
        if self.rng.random() < 0.6:
            self._pay(trade, now)
        return trade

    def _new_trade(self, tid: int, created: datetime) -> dict[str, Any]:
        lines = self._cart()
        post_fee = self._postage(lines)
        receiver = self._receiver()
        single = len(lines) == 1
        payment = sum((line.divided for line in lines), ZERO) + post_fee
        gross = sum((line.gross for line in lines), ZERO)
        discount = sum((line.discount + line.shop_share for line in lines), ZERO)
        orders = [self._sub_order(tid, index, line, payment if single else None) for index, line in enumerate(lines)]
        first = lines[0].listing
        message = self.rng.choice(BUYER_MESSAGES) if self.rng.random() < 0.2 else ""
        trade: dict[str, Any] = {
            "tid": tid,
            "tid_str": str(tid),
            "status": "WAIT_BUYER_PAY",
            "type": "fixed",
            "created": top_time(created),
            "modified": top_time(created),
            "seller_nick": self.seller_nick,
            "buyer_nick": self._buyer_nick(),
            "buyer_open_uid": f"AAH{self.rng.getrandbits(96):024x}",
            "title": self.seller_nick,
            "num": lines[0].num if single else 0,
            "num_iid": first.num_iid,
            "price": money(first.price),
            "total_fee": money(gross),
            "discount_fee": money(discount),
            "adjust_fee": money(lines[0].adjust) if single else "0.00",
            "post_fee": money(post_fee),
            "payment": money(payment),
            "received_payment": "0.00",
            "shipping_type": "free" if post_fee == 0 else "express",
            "trade_from": self.rng.choice(("WAP,WAP", "WAP,WAP", "TAOBAO", "JHS,WAP")),
            "has_buyer_message": bool(message),
            "buyer_message": message,
            "seller_flag": 0,
            **receiver,
            "orders": {"order": orders},
        }
        return trade

    def _cart(self) -> list[_Line]:
        count = self.rng.choices((1, 2, 3, 4), weights=(55, 28, 12, 5))[0]
        products = self.rng.sample(CATALOGUE, count)
        lines = []
        for product in products:
            listing = self.rng.choice(LISTINGS_BY_ITEM[_num_iid(product)])
            line = _Line(listing, self.rng.choices((1, 2, 3), weights=(72, 20, 8))[0])
            if self.rng.random() < 0.15:  # 单品优惠: an item-level promotion
                line.discount = (line.gross * Decimal("0.1")).quantize(CENT, ROUND_HALF_UP)
            lines.append(line)
        if self.rng.random() < 0.05:  # the seller lowered the price by hand (改价)
            line = self.rng.choice(lines)
            line.adjust = -min(line.total_fee - CENT, Decimal(self.rng.randint(1, 30)))
        self._share_shop_discount(lines)
        return lines

    def _share_shop_discount(self, lines: list[_Line]) -> None:
        """满减: a shop-wide discount shared by sub-order amount; the last sub-order takes the rounding."""
        goods = sum((line.total_fee for line in lines), ZERO)
        reduction = next((off for threshold, off in SHOP_DISCOUNTS if goods >= threshold), ZERO)
        if reduction == 0 or self.rng.random() >= 0.4:
            return
        given = ZERO
        for line in lines[:-1]:
            line.shop_share = (reduction * line.total_fee / goods).quantize(CENT, ROUND_DOWN)
            given += line.shop_share
        lines[-1].shop_share = reduction - given

    def _postage(self, lines: list[_Line]) -> Decimal:
        goods = sum((line.divided for line in lines), ZERO)
        if goods >= 99 or self.rng.random() < 0.6:
            return ZERO
        return self.rng.choice(POSTAGES)

    def _sub_order(self, tid: int, index: int, line: _Line, trade_payment: Decimal | None) -> dict[str, Any]:
        listing = line.listing
        oid = tid if trade_payment is not None else tid + index + 1  # a lone sub-order's oid is the tid
        order: dict[str, Any] = {
            "oid": oid,
            "oid_str": str(oid),
            "status": "WAIT_BUYER_PAY",
            "num_iid": listing.num_iid,
            "outer_iid": listing.outer_iid,
            "title": listing.title,
            "price": money(listing.price),
            "num": line.num,
            "total_fee": money(line.total_fee),
            "payment": money(line.total_fee if trade_payment is None else trade_payment),
            "discount_fee": money(line.discount),
            "adjust_fee": money(line.adjust),
            "divide_order_fee": money(line.divided),
            "part_mjz_discount": money(line.shop_share),
            "refund_status": "NO_REFUND",
            "cid": listing.cid,
            "seller_type": "B" if self.tmall else "C",
            "pic_path": f"https://img.alicdn.com/bao/uploaded/i{index + 1}/{listing.num_iid}.jpg",
            "buyer_rate": False,
            "seller_rate": False,
            "is_oversold": False,
        }
        if listing.sku_id is not None:
            order["sku_id"] = str(listing.sku_id)
            order["outer_sku_id"] = listing.outer_sku_id
            order["sku_properties_name"] = listing.properties
        return order

    def _buyer_nick(self) -> str:
        if self.rng.random() < 0.5:
            surname, _ = self.rng.choice(SURNAMES)
            return f"{surname}**"
        return f"tb{self._digits(2)}****{self._digits(2)}"

    def _receiver(self) -> dict[str, str]:
        state, city, districts, streets = self.rng.choice(CHINESE_PLACES)
        district, postcode = self.rng.choice(districts)
        if self.rng.random() < 0.08:
            name = f"{self.rng.choice(LATIN_FIRST)} {self.rng.choice(LATIN_LAST)}"
        else:
            name = self.rng.choice(SURNAMES)[0] + self.rng.choice(GIVEN_NAMES)[0]
        detail = (f"{self.rng.choice(streets)}{self.rng.randint(1, 999)}号{self.rng.choice(COMPOUNDS)}"
                  f"{self.rng.randint(1, 30)}栋{self.rng.randint(1, 33)}{self.rng.randint(1, 4):02d}室")
        mobile = chinese_mobile(self.rng).replace("+86 ", "").replace(" ", "")
        return {
            "receiver_name": name,
            "receiver_state": PROVINCES.get(state, state),
            "receiver_city": city,
            "receiver_district": district,
            "receiver_town": self.rng.choice(TOWNS),
            "receiver_address": detail,
            "receiver_zip": postcode,
            "receiver_mobile": mobile,
            "receiver_phone": f"0{self.rng.randint(10, 999)}-{self._digits(8)}" if self.rng.random() < 0.1 else "",
            "receiver_country": "",
        }

    # -- history: how a trade got to its status ---------------------------------------------

    def _play_history(self, trade: dict[str, Any], created: datetime, latest: datetime) -> None:
        rng = self.rng

        def after(start: datetime, low_seconds: float, high_seconds: float) -> datetime:
            return start + timedelta(seconds=int(rng.uniform(low_seconds, high_seconds)))

        if rng.random() < UNPAID_SHARE:
            closed = after(created, 3600, 30 * 3600)
            if closed <= latest and rng.random() < 0.7:
                self._close_unpaid(trade, closed)
            return
        paid = after(created, 5, 1200)
        if paid > latest:
            return
        self._pay(trade, paid)
        moment = paid
        if rng.random() < 0.03:
            self._forbid_consign(trade, paid)
            released = after(paid, 3600, 20 * 3600)
            if released > latest:
                return
            self._release_consign(trade, released)
            moment = released
        if rng.random() < 0.06:
            moment = self._refund_before_shipping(trade, moment, latest)
            if moment > latest or trade["status"] == "TRADE_CLOSED":
                return
        self._ship_in_history(trade, after(moment, 2 * 3600, 36 * 3600), latest)

    def _ship_in_history(self, trade: dict[str, Any], shipped: datetime, latest: datetime) -> None:
        if shipped > latest:
            return
        active = [order for order in trade["orders"]["order"] if order["refund_status"] != FINAL_REFUND]
        if len(active) > 1 and self.rng.random() < 0.1:
            first = active[: len(active) // 2]
            self.ship(trade, self._tracking(), [order["oid"] for order in first], shipped)
            shipped = shipped + timedelta(seconds=self.rng.randint(2 * 3600, 24 * 3600))
            if shipped > latest:
                return
        code, _, _, _ = self.rng.choice(CARRIERS)
        self.ship(trade, self._tracking(code), None, shipped, company_code=code)
        finished = shipped + timedelta(seconds=self.rng.randint(20 * 3600, 60 * 3600))
        if finished > latest:
            return
        self._finish(trade, finished)
        if self.rng.random() < 0.04:
            refunded = finished + timedelta(seconds=self.rng.randint(3600, 24 * 3600))
            if refunded <= latest:
                self._refund_line(trade, self.rng.choice(trade["orders"]["order"]), refunded, FINAL_REFUND)

    def _refund_before_shipping(self, trade: dict[str, Any], moment: datetime, latest: datetime) -> datetime:
        order = self.rng.choice(trade["orders"]["order"])
        requested = moment + timedelta(seconds=self.rng.randint(600, 12 * 3600))
        if requested > latest:
            return requested
        self._refund_line(trade, order, requested, "WAIT_SELLER_AGREE")
        decided = requested + timedelta(seconds=self.rng.randint(600, 6 * 3600))
        if decided > latest:
            return decided
        outcome = FINAL_REFUND if self.rng.random() < 0.75 else "CLOSED"
        self._refund_line(trade, order, decided, outcome)
        return decided

    def _tracking(self, code: str | None = None) -> str:
        carrier = next((c for c in CARRIERS if c[0] == code), None) or self.rng.choice(CARRIERS)
        _, _, prefix, length = carrier
        return prefix + self._digits(length)

    # -- state changes (history, live traffic, pushes) --------------------------------------

    @staticmethod
    def _touch(trade: dict[str, Any], moment: datetime) -> None:
        trade["modified"] = top_time(moment)

    def _set_status(self, trade: dict[str, Any], status: str, moment: datetime) -> None:
        trade["status"] = status
        for order in trade["orders"]["order"]:
            if order["refund_status"] != FINAL_REFUND and "consign_time" not in order:
                order["status"] = status
        self._touch(trade, moment)

    def _pay(self, trade: dict[str, Any], moment: datetime) -> None:
        trade["pay_time"] = top_time(moment)
        trade["alipay_no"] = f"{moment.astimezone(CHINA_TIME):%Y%m%d}2200{self._digits(16)}"
        self._set_status(trade, "WAIT_SELLER_SEND_GOODS", moment)

    def _forbid_consign(self, trade: dict[str, Any], moment: datetime) -> None:
        self._set_status(trade, "PAID_FORBID_CONSIGN", moment)

    def _release_consign(self, trade: dict[str, Any], moment: datetime) -> None:
        self._set_status(trade, "WAIT_SELLER_SEND_GOODS", moment)

    def _close_unpaid(self, trade: dict[str, Any], moment: datetime) -> None:
        trade["end_time"] = top_time(moment)
        for order in trade["orders"]["order"]:
            order["end_time"] = top_time(moment)
        self._set_status(trade, "TRADE_CLOSED_BY_TAOBAO", moment)

    def _finish(self, trade: dict[str, Any], moment: datetime) -> None:
        trade["end_time"] = top_time(moment)
        trade["received_payment"] = trade["payment"]
        for order in trade["orders"]["order"]:
            if order["refund_status"] != FINAL_REFUND:
                order["status"] = "TRADE_FINISHED"
                order["end_time"] = top_time(moment)
        trade["status"] = "TRADE_FINISHED"
        self._touch(trade, moment)

    def _refund_line(self, trade: dict[str, Any], order: dict[str, Any], moment: datetime, status: str) -> None:
        order.setdefault("refund_id", self._new_refund_id())
        order["refund_status"] = status
        if status == FINAL_REFUND:
            order["status"] = "TRADE_CLOSED"
            order["end_time"] = top_time(moment)
        self._touch(trade, moment)
        self._settle_status(trade, moment)

    def _settle_status(self, trade: dict[str, Any], moment: datetime) -> None:
        """The trade status implied by its sub-orders after a refund or a shipment."""
        orders = trade["orders"]["order"]
        active = [order for order in orders if order["refund_status"] != FINAL_REFUND]
        if not active and trade["status"] != "TRADE_FINISHED":  # after-sales refunds leave a finished trade be
            trade["status"] = "TRADE_CLOSED"
            trade["end_time"] = top_time(moment)
            return
        if trade["status"] not in (*PAID_UNSHIPPED, "WAIT_BUYER_CONFIRM_GOODS"):
            return
        shipped = [order for order in active if "consign_time" in order]
        if len(shipped) == len(active):
            trade["status"] = "WAIT_BUYER_CONFIRM_GOODS"
        else:
            trade["status"] = "SELLER_CONSIGNED_PART" if shipped else "WAIT_SELLER_SEND_GOODS"

    def ship(self, trade: dict[str, Any], out_sid: str, sub_tids: list[int] | None, moment: datetime,
             company_code: str = "ZTO") -> ShipOutcome:
        """``taobao.logistics.offline.send``: mark the sub-orders shipped with this tracking number."""
        if trade["status"] not in SHIPPABLE:
            return ShipOutcome.WRONG_STATE
        orders = {order["oid"]: order for order in trade["orders"]["order"]}
        if sub_tids is None:
            targets = [order for order in orders.values()
                       if order["refund_status"] != FINAL_REFUND and "consign_time" not in order]
        elif any(oid not in orders for oid in sub_tids):
            return ShipOutcome.UNKNOWN_SUB_ORDER
        else:
            targets = [orders[oid] for oid in sub_tids]
        if not targets or any("consign_time" in order or order["refund_status"] == FINAL_REFUND for order in targets):
            return ShipOutcome.WRONG_STATE
        for order in targets:
            order.update({"consign_time": top_time(moment), "invoice_no": out_sid, "shipping_type": "express",
                          "logistics_company": CARRIER_NAMES.get(company_code, company_code),
                          "status": "WAIT_BUYER_CONFIRM_GOODS"})
        trade.setdefault("consign_time", top_time(moment))
        self._touch(trade, moment)
        self._settle_status(trade, moment)
        return ShipOutcome.SHIPPED

    def change(self, trade: dict[str, Any], moment: datetime) -> str:
        """One step of live traffic on an existing trade; returns what happened."""
        status, rng = trade["status"], self.rng
        if status == "WAIT_BUYER_PAY":
            if rng.random() < 0.25:
                self._close_unpaid(trade, moment)
                return "cancelled"
            self._pay(trade, moment)
            return "paid"
        if status == "PAID_FORBID_CONSIGN":
            self._release_consign(trade, moment)
            return "released"
        if status in PAID_UNSHIPPED:
            if rng.random() < 0.5:
                trade.update(self._receiver() | {"receiver_name": trade["receiver_name"]})
                self._touch(trade, moment)
                return "address changed"
            unshipped = [order for order in trade["orders"]["order"]
                         if "consign_time" not in order and order["refund_status"] != FINAL_REFUND]
            self._refund_line(trade, rng.choice(unshipped), moment, FINAL_REFUND)
            return "refunded"
        if status == "WAIT_BUYER_CONFIRM_GOODS":
            self._finish(trade, moment)
            return "finished"
        trade["seller_memo"] = rng.choice(SELLER_MEMOS)
        trade["seller_flag"] = rng.randint(1, 5)
        self._touch(trade, moment)
        return "memo"


class TaobaoStore:
    """A shop's trades and listings, safe to use from many threads.

    Trades are kept in a list sorted by ``modified`` so that an increment window
    is two bisections; served JSON is cached per trade until the trade changes.
    """

    def __init__(self, *, seed: int, orders: int, epoch: datetime, clock: Clock, seller_nick: str,
                 tmall: bool = False, history_hours: float = HISTORY_HOURS) -> None:
        self._lock = threading.RLock()
        self._clock = clock
        self._factory = TradeFactory(random.Random(seed), seller_nick, tmall)
        self._trades: dict[int, dict[str, Any]] = {}
        self._by_modified: list[tuple[str, int]] = []
        self._json_cache: dict[int, tuple[str, str]] = {}
        stock_rng = random.Random(seed + 1)
        self._stock: dict[str, int] = {listing.key: stock_rng.randint(0, 300) for listing in LISTINGS}
        self.epoch = epoch
        self._generate(orders, epoch, history_hours)

    # -- reading ----------------------------------------------------------------------------

    @property
    def count(self) -> int:
        with self._lock:
            return len(self._trades)

    @property
    def seller_nick(self) -> str:
        return self._factory.seller_nick

    def tids(self) -> list[int]:
        with self._lock:
            return sorted(self._trades, key=lambda tid: self._trades[tid]["created"])

    def trade(self, tid: int) -> dict[str, Any]:
        """The trade as ``taobao.trade.fullinfo.get`` returns it (a deep copy)."""
        with self._lock:
            return json.loads(compact_json(self._trades[tid]))

    def trades(self) -> list[dict[str, Any]]:
        with self._lock:
            return [self.trade(tid) for tid in self._trades]

    def has(self, tid: int) -> bool:
        with self._lock:
            return tid in self._trades

    def trade_json(self, tid: int, fields: frozenset[str]) -> str:
        """The trade restricted to ``fields`` as JSON text, cached until the trade changes."""
        key = ",".join(sorted(fields))
        with self._lock:
            cached = self._json_cache.get(tid)
            if cached is not None and cached[0] == key:
                return cached[1]
            trade = self._trades[tid]
            text = compact_json({name: value for name, value in trade.items() if name in fields})
            self._json_cache[tid] = (key, text)
            return text

    def listing_fields(self, tid: int, fields: frozenset[str]) -> dict[str, Any]:
        with self._lock:
            return {name: value for name, value in self._trades[tid].items() if name in fields}

    def window(self, start: datetime, end: datetime) -> list[int]:
        """Tids with ``start`` ≤ modified ≤ ``end``, newest first (the increment API's order)."""
        low, high = top_time(start), top_time(end)
        with self._lock:
            first = bisect.bisect_left(self._by_modified, (low, -1))
            last = bisect.bisect_right(self._by_modified, (high, 10**30))
            return [tid for _, tid in reversed(self._by_modified[first:last])]

    def stock(self, key: str) -> int:
        with self._lock:
            return self._stock[key]

    # -- writing ----------------------------------------------------------------------------

    def add_trades(self, count: int) -> list[int]:
        """``count`` trades placed now (simulator clock)."""
        now = self._clock()
        with self._lock:
            return [self._insert(self._factory.build_live(self._factory.new_tid(), now)) for _ in range(count)]

    def modify(self, tids: Iterable[int] | None = None, count: int = 1) -> list[int]:
        """Move trades on one step (pay, cancel, refund, address change, …); ``modified`` becomes now."""
        now = self._clock()
        with self._lock:
            chosen = list(tids) if tids is not None else self._factory.rng.sample(
                sorted(self._trades), min(count, len(self._trades)))
            for tid in chosen:
                self._update(tid, lambda trade: self._factory.change(trade, max(now, self._created(trade))))
            return chosen

    def ship(self, tid: int, out_sid: str, sub_tids: list[int] | None, company_code: str) -> ShipOutcome:
        now = self._clock()
        with self._lock:
            if tid not in self._trades:
                return ShipOutcome.NOT_FOUND
            outcome: list[ShipOutcome] = []
            self._update(tid, lambda trade: outcome.append(
                self._factory.ship(trade, out_sid, sub_tids, max(now, self._created(trade)), company_code)))
            return outcome[0]

    def set_stock(self, key: str, quantity: int) -> None:
        with self._lock:
            self._stock[key] = quantity

    def live_tick(self) -> None:
        with self._lock:
            self.add_trades(1)
            if self._factory.rng.random() < LIVE_CHANGE_CHANCE:
                self.modify(count=1)

    # -- internals --------------------------------------------------------------------------

    @staticmethod
    def _created(trade: dict[str, Any]) -> datetime:
        return parse_top_time(trade["created"])

    def _generate(self, count: int, epoch: datetime, history_hours: float) -> None:
        window = int(history_hours * 3600)
        rng = self._factory.rng
        for offset in sorted(rng.randint(0, window) for _ in range(count)):
            created = epoch - timedelta(seconds=window - offset)
            trade = self._factory.build(self._factory.new_tid(), created, epoch)
            self._trades[trade["tid"]] = trade
            self._by_modified.append((trade["modified"], trade["tid"]))
        self._by_modified.sort()

    def _insert(self, trade: dict[str, Any]) -> int:
        self._trades[trade["tid"]] = trade
        bisect.insort(self._by_modified, (trade["modified"], trade["tid"]))
        return trade["tid"]

    def _update(self, tid: int, change: Callable[[dict[str, Any]], Any]) -> None:
        trade = self._trades[tid]
        before = (trade["modified"], tid)
        change(trade)
        self._json_cache.pop(tid, None)
        if trade["modified"] != before[0]:
            index = bisect.bisect_left(self._by_modified, before)
            del self._by_modified[index]
            bisect.insort(self._by_modified, (trade["modified"], tid))
