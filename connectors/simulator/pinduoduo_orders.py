"""The orders and listings of one simulated Pinduoduo shop, generated from ``(seed, epoch)``.

Order payloads carry the fields of the order object that
``pdd.order.number.list.increment.get`` and ``pdd.order.information.get`` return
(contracts.md 4b and the POP SDK response models), as plain dicts, and their
money adds up the way PDD documents it:

* ``goods_amount`` = Σ ``goods_price`` × ``goods_count`` − ``order_change_amount`` (改价),
* ``discount_amount`` = ``platform_discount`` + ``seller_discount`` + ``capital_free_discount``,
* ``pay_amount`` = ``goods_amount`` − ``discount_amount`` + ``postage``.

Amounts are yuan (JSON numbers), times Beijing-time text. PDD orders exist only
once paid; a group-buy order is 未成交 (``confirm_status`` 0) until its group forms.
Refunds before shipping close the order (退款成功 while 待发货: a cancellation
after payment). Receiver name, phone and address are PDD ciphertext while the
order awaits shipment and empty afterwards; their masked twins are always there.
Most orders hold one item, as PDD has no shopping cart; a few hold two or three.
"""

from __future__ import annotations

import base64
import bisect
import calendar
import functools
import hashlib
import html
import itertools
import json
import random
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_DOWN, Decimal
from typing import Any

from connectors.base import Lifecycle
from connectors.pinduoduo import lifecycle_of, status_text
from connectors.simulator.catalogue import CATALOGUE, Product
from connectors.simulator.messages import OrderTruth
from connectors.simulator.names import CHINESE_PLACES, chinese_person, latin_person

CENT = Decimal("0.01")
ZERO = Decimal("0")
BEIJING_OFFSET = 8 * 3600
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
HOUR, DAY = 3600, 86400
SHIP_DEADLINE = 48 * HOUR
DEFAULT_HISTORY_DAYS = 10
LIVE_CHANGE_CHANCE = 0.3
GOODS_ID_BASE = 530_000_000_000
SKU_ID_BASE = 1_180_000_000_000

PROVINCES = {"CN2": "北京市", "CN3": "天津市", "CN10": "上海市", "CN11": "江苏省", "CN12": "浙江省",
             "CN14": "福建省", "CN16": "山东省", "CN17": "河南省", "CN18": "湖北省", "CN19": "湖南省",
             "CN20": "广东省", "CN23": "重庆市", "CN24": "四川省", "CN26": "陕西省"}
DISTRICTS = {city: tuple(district for district, _ in districts) for _, city, districts, _ in CHINESE_PLACES}
BUYER_MEMOS = ("请尽快发货", "不要放快递柜，打电话", "送人的，别放价格单", "麻烦发顺丰，谢谢", "颜色发错了会退哦",
               "周末才有人收")
SHOP_COUPONS = ((99, 10), (49, 5), (19, 3), (2, 1))  # 店铺券: 满 threshold 减 cut
SELLER_REMARKS = ("已核对地址", "客户要求延迟发货", "赠品已备", "仓库缺货，已联系", "优先打包")
# After-sales (售后) states: refund_status with the matching after_sales_status detail.
AFTER_SALES = {"refund_asked": (2, 2), "return_asked": (2, 3), "refunding": (3, 4),
               "refunded": (4, 10), "closed": (1, 11)}

# What an order has been through by the time it is generated, by age.
PLANS: dict[str, tuple[str, ...]] = {
    "awaiting": ("confirm",),
    "refund_asked": ("confirm", "ask_refund"),
    "cancelled": ("confirm", "ask_refund", "refund"),
    "shipped": ("confirm", "ship"),
    "received": ("confirm", "ship", "receive"),
    "returning": ("confirm", "ship", "receive", "ask_return", "start_refund"),
    "refunded_after_receipt": ("confirm", "ship", "receive", "ask_return", "refund"),
    "after_sales_closed": ("confirm", "ship", "receive", "ask_return", "close_after_sales"),
}


@dataclass(frozen=True)
class Weighted:
    """Choices with fixed weights, the cumulative weights worked out once (they are drawn per order)."""

    choices: tuple[Any, ...]
    cumulative: tuple[int, ...]

    @classmethod
    def of(cls, weights: dict[Any, int]) -> Weighted:
        return cls(tuple(weights), tuple(itertools.accumulate(weights.values())))

    def pick(self, rng: random.Random) -> Any:
        return rng.choices(self.choices, cum_weights=self.cumulative)[0]


PLANS_NEW = Weighted.of({"awaiting": 72, "shipped": 16, "refund_asked": 4, "cancelled": 8})
PLANS_RECENT = Weighted.of({"awaiting": 10, "shipped": 45, "received": 28, "refund_asked": 2, "cancelled": 6,
                            "returning": 4, "refunded_after_receipt": 3, "after_sales_closed": 2})
PLANS_OLD = Weighted.of({"awaiting": 1, "shipped": 10, "received": 70, "cancelled": 6, "returning": 2,
                         "refunded_after_receipt": 7, "after_sales_closed": 4})
PAY_TYPES = Weighted.of({"WEIXIN": 60, "ALIPAY": 35, "QQ": 3, "LIANLIANPAY": 2})
ITEM_COUNTS = Weighted.of({1: 90, 2: 8, 3: 2})  # PDD has no cart: mostly one item per order
QUANTITIES = Weighted.of({1: 75, 2: 18, 3: 7})

# How long after the event before it each event happens (seconds, uniform).
DELAYS = {"confirm": (0, 600), "ship": (2 * HOUR, 40 * HOUR), "receive": (DAY, 5 * DAY),
          "ask_refund": (600, 12 * HOUR), "ask_return": (HOUR, 5 * DAY), "start_refund": (HOUR, DAY),
          "refund": (HOUR, 2 * DAY), "close_after_sales": (HOUR, 2 * DAY)}

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class Carrier:
    """A logistics company as ``pdd.logistics.companies.get`` lists it (the ids are the simulator's)."""

    logistics_id: int
    name: str
    code: str
    tracking_prefix: str
    tracking_digits: int
    available: bool = True


CARRIERS = (
    Carrier(44, "顺丰速运", "SF", "SF", 13),
    Carrier(115, "中通快递", "ZTO", "78", 12),
    Carrier(121, "韵达快递", "YUNDA", "43", 13),
    Carrier(85, "圆通速递", "YTO", "YT", 13),
    Carrier(1, "申通快递", "STO", "77", 13),
    Carrier(384, "极兔速递", "JTSD", "JT", 13),
    Carrier(132, "邮政快递包裹", "YZXB", "98", 11),
    Carrier(3, "天天快递", "TTKDEX", "66", 12, available=False),
)
CARRIERS_BY_ID = {carrier.logistics_id: carrier for carrier in CARRIERS}


@dataclass(frozen=True)
class Listing:
    """One SKU of a goods (商品) in the shop: what an order item and a stock update name."""

    goods_id: int
    sku_id: int
    outer_id: str
    outer_goods_id: str
    goods_name: str
    spec: str
    price: Decimal

    @property
    def key(self) -> str:
        """As ``StockLevel.key`` spells it: goods id / SKU id / seller SKU."""
        return f"{self.goods_id}/{self.sku_id}/{self.outer_id}"


def pdd_price(catalogue_price: Decimal) -> Decimal:
    """PDD group-buy prices undercut the shop price and end in .9: ¥79 → ¥62.9."""
    return max(Decimal("0.9"), (catalogue_price * Decimal("0.8")).quantize(Decimal("1"), ROUND_DOWN)
               - Decimal("0.1"))


def _listings_of(product: Product) -> tuple[Listing, ...]:
    name = html.unescape(product.name)
    listings = []
    for variant in product.variants:
        _, _, labels = variant.name.partition(" - ")
        listings.append(Listing(
            goods_id=GOODS_ID_BASE + product.product_id,
            sku_id=SKU_ID_BASE + (variant.variation_id or product.product_id * 100),
            outer_id=variant.sku,
            outer_goods_id=product.sku,
            goods_name=name,
            spec=labels.replace(", ", ",") if variant.variation_id else "",
            price=pdd_price(variant.price),
        ))
    return tuple(listings)


LISTINGS_BY_PRODUCT: tuple[tuple[Listing, ...], ...] = tuple(_listings_of(product) for product in CATALOGUE)


def yuan(amount: Decimal) -> float:
    """A JSON number of yuan, as PDD sends them (two places at most, so the float is exact in text)."""
    return float(amount.quantize(CENT))


@functools.lru_cache(maxsize=1024)
def _calendar_day(day_number: int) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(day_number * DAY))


def beijing_text(unix_seconds: int) -> str:
    """``yyyy-MM-dd HH:mm:ss`` in Beijing time (hot when generating: strftime only once a day)."""
    day_number, second = divmod(unix_seconds + BEIJING_OFFSET, DAY)
    hour, rest = divmod(second, HOUR)
    return f"{_calendar_day(day_number)} {hour:02d}:{rest // 60:02d}:{rest % 60:02d}"


def fault_id(order_sn: str) -> int:
    """The number a FaultPlan uses for an order: the order_sn's digits ("250517-123…" → 250517123…)."""
    return int(order_sn.replace("-", ""))


# -- receivers -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Receiver:
    name: str
    phone: str
    province: str
    city: str
    town: str
    detail: str  # the street address without province, city and district

    def masked(self) -> dict[str, str]:
        stars = "**" if "\u4e00" <= self.name[:1] <= "\u9fff" else "***"
        return {"receiver_name_mask": self.name[:1] + stars,
                "receiver_phone_mask": f"{self.phone[:3]}****{self.phone[-4:]}",
                "receiver_address_mask": self.detail[:5] + "****"}


def _plain_mobile(phone: str) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())
    return digits[2:] if len(digits) == 13 and digits.startswith("86") else digits


def random_receiver(rng: random.Random) -> Receiver:
    """A Chinese address; one receiver in twelve writes a Latin name."""
    person = chinese_person(rng)
    name = person.last_name + person.first_name
    if rng.random() < 1 / 12:
        latin = latin_person(rng)
        name = f"{latin.first_name} {latin.last_name}"
    town = next((d for d in DISTRICTS.get(person.city, ()) if person.address_1.startswith(d)), "")
    return Receiver(name=name, phone=_plain_mobile(person.phone), province=PROVINCES.get(person.state, ""),
                    city=person.city, town=town, detail=person.address_1[len(town):] + person.address_2)


def ciphertext(text: str) -> str:
    """Looks like PDD's encrypted fields (``~base64~index~version~~``); only PDD's own cloud decrypts them."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    body = base64.b64encode(b"\x02\x00\x00\x00" + digest[:20]).decode()
    index = base64.b64encode(digest[20:26]).decode()
    return f"~{body}~{index}~1~~"


def dress_receiver(order: dict[str, Any], receiver: Receiver, encrypted: bool) -> None:
    """Receiver fields as PDD serves them for the order's current state."""
    order.update(province=receiver.province, city=receiver.city, town=receiver.town, **receiver.masked())
    plain = (receiver.name, receiver.phone, receiver.detail)
    if not encrypted:
        shown = plain
    elif order["order_status"] == 1 and order["refund_status"] != 4:
        shown = tuple(ciphertext(text) for text in plain)
    else:
        shown = ("", "", "")
    order["receiver_name"], order["receiver_phone"], order["receiver_address"] = shown


# -- the order factory --------------------------------------------------------------------------------


class OrderFactory:
    """Builds order payloads and moves them on; all randomness comes from one ``random.Random``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._order_sns: set[str] = set()

    def new_order_sn(self, created: int) -> str:
        while True:
            order_sn = time.strftime("%y%m%d", time.gmtime(created + BEIJING_OFFSET)) + "-" + self._digits(15)
            if order_sn not in self._order_sns:
                self._order_sns.add(order_sn)
                return order_sn

    def _digits(self, count: int) -> str:
        return str(self.rng.randrange(10 ** (count - 1), 10 ** count))

    def plan_for_age(self, age_seconds: int) -> str:
        plans = PLANS_NEW if age_seconds < DAY else PLANS_RECENT if age_seconds < 4 * DAY else PLANS_OLD
        return plans.pick(self.rng)

    def build(self, created: int, plan: str, latest: int) -> tuple[dict[str, Any], Receiver, int]:
        """A paid order created at ``created`` that went through ``plan`` as far as ``latest``,
        its receiver, and the time of its last change."""
        rng = self.rng
        receiver = random_receiver(rng)
        paid = min(latest, created + rng.randint(5, 120))
        order = self._skeleton(self.new_order_sn(created), created, paid)
        self._fill_items(order)
        updated = paid
        for event in PLANS[plan]:
            low, high = DELAYS[event]
            moment = updated + rng.randint(low, high)
            if moment > latest:
                break  # the rest of the plan has not happened yet
            self.apply(event, order, moment)
            updated = moment
        return order, receiver, updated

    def _skeleton(self, order_sn: str, created: int, paid: int) -> dict[str, Any]:
        rng = self.rng
        pay_type = PAY_TYPES.pick(rng)
        return {
            "order_sn": order_sn, "confirm_status": 0, "group_status": 0, "order_status": 1, "refund_status": 1,
            "after_sales_status": 0, "risk_control_status": 0, "trade_type": 0,
            "is_lucky_flag": 2 if rng.random() < 0.01 else 1,
            "created_time": beijing_text(created), "pay_time": beijing_text(paid), "confirm_time": "",
            "last_ship_time": "", "shipping_time": "", "receive_time": "", "updated_at": beijing_text(paid),
            "pay_type": pay_type, "pay_no": f"{time.strftime('%Y%m%d', time.gmtime(paid))}{self._digits(18)}",
            "logistics_id": 0, "tracking_number": "", "extra_delivery_list": [],
            "country": "中国", "buyer_memo": rng.choice(BUYER_MEMOS) if rng.random() < 0.12 else "",
            "remark": "", "invoice_status": 1 if rng.random() < 0.03 else 0,
        }

    def _fill_items(self, order: dict[str, Any]) -> None:
        rng = self.rng
        count = ITEM_COUNTS.pick(rng)
        items = []
        goods = ZERO
        for listings in rng.sample(LISTINGS_BY_PRODUCT, count):
            listing = rng.choice(listings)
            quantity = QUANTITIES.pick(rng)
            goods += listing.price * quantity
            items.append({"goods_id": listing.goods_id, "sku_id": listing.sku_id, "outer_id": listing.outer_id,
                          "outer_goods_id": listing.outer_goods_id, "goods_name": listing.goods_name,
                          "goods_price": yuan(listing.price), "goods_count": quantity, "goods_spec": listing.spec,
                          "goods_img": f"https://img.pddpic.com/goods/images/{listing.goods_id}.jpeg"})
        order["item_list"] = items
        order.update(self._money(goods))

    def _money(self, goods: Decimal) -> dict[str, float]:
        rng = self.rng
        change = Decimal(rng.choice((1, 2, 5))) if rng.random() < 0.03 and goods > 10 else ZERO
        goods_amount = goods - change
        seller = platform = capital_free = ZERO
        coupons = [cut for threshold, cut in SHOP_COUPONS if goods_amount >= threshold]
        if rng.random() < 0.3 and coupons:
            seller = Decimal(rng.choice(coupons))
        if rng.random() < 0.15 and goods_amount - seller > 10:
            platform = Decimal(rng.choice((1, 2, 3, 5, 8)))
        if rng.random() < 0.005:  # 团长免单: the group leader's goods are free
            capital_free = goods_amount - seller - platform
        postage = Decimal(rng.choice((5, 8, 10))) if rng.random() < 0.08 else ZERO
        discount = seller + platform + capital_free
        return {"goods_amount": yuan(goods_amount), "order_change_amount": yuan(change),
                "seller_discount": yuan(seller), "platform_discount": yuan(platform),
                "capital_free_discount": yuan(capital_free), "discount_amount": yuan(discount),
                "postage": yuan(postage), "pay_amount": yuan(goods_amount - discount + postage)}

    # -- events (history and live changes) -------------------------------------------------

    def apply(self, event: str, order: dict[str, Any], moment: int) -> None:
        getattr(self, f"_{event}")(order, moment)
        order["updated_at"] = beijing_text(moment)

    def _confirm(self, order: dict[str, Any], moment: int) -> None:
        order.update(confirm_status=1, group_status=1, confirm_time=beijing_text(moment),
                     last_ship_time=beijing_text(moment + SHIP_DEADLINE))

    def _ship(self, order: dict[str, Any], moment: int) -> None:
        carrier = self.rng.choice([carrier for carrier in CARRIERS if carrier.available])
        self.ship(order, carrier.logistics_id, self.tracking_number(carrier), moment)

    def tracking_number(self, carrier: Carrier) -> str:
        return carrier.tracking_prefix + self._digits(carrier.tracking_digits)

    @staticmethod
    def ship(order: dict[str, Any], logistics_id: int, tracking_number: str, moment: int) -> None:
        order.update(order_status=2, logistics_id=logistics_id, tracking_number=tracking_number,
                     shipping_time=beijing_text(moment), updated_at=beijing_text(moment))

    def _receive(self, order: dict[str, Any], moment: int) -> None:
        order.update(order_status=3, receive_time=beijing_text(moment))

    def _after_sales(self, order: dict[str, Any], state: str) -> None:
        order["refund_status"], order["after_sales_status"] = AFTER_SALES[state]

    def _ask_refund(self, order: dict[str, Any], moment: int) -> None:
        self._after_sales(order, "refund_asked")

    def _ask_return(self, order: dict[str, Any], moment: int) -> None:
        self._after_sales(order, "return_asked")

    def _start_refund(self, order: dict[str, Any], moment: int) -> None:
        self._after_sales(order, "refunding")

    def _refund(self, order: dict[str, Any], moment: int) -> None:
        self._after_sales(order, "refunded")

    def _close_after_sales(self, order: dict[str, Any], moment: int) -> None:
        self._after_sales(order, "closed")

    def _remark(self, order: dict[str, Any], moment: int) -> None:
        order["remark"] = self.rng.choice(SELLER_REMARKS)

    def next_event(self, order: dict[str, Any]) -> str:
        """What happens next to a live order (pay/group, ship, receive, refund, address, remark)."""
        rng, status, refund = self.rng, order["order_status"], order["refund_status"]
        if order["confirm_status"] == 0:
            return "confirm"
        if refund == 4:
            return "remark"
        if refund in (2, 3):
            return rng.choices(("refund", "close_after_sales", "start_refund"),
                               weights=(60, 30, 10 if refund == 2 else 0))[0]
        if status == 1:
            return rng.choices(("ship", "ask_refund", "address", "refund", "remark"), weights=(60, 12, 13, 8, 7))[0]
        if status == 2:
            return rng.choices(("receive", "ask_return"), weights=(80, 20))[0]
        return rng.choices(("ask_return", "remark"), weights=(30, 70))[0]


# -- the store ----------------------------------------------------------------------------------------------


def _compact(payload: Any) -> str:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


class ShopRefusal(Exception):
    """The channel refuses a push (wrong state, unknown goods); the message is PDD's wording."""


class PinduoduoStore:
    """Orders by ``updated_at`` (for the increment API), their JSON, and the stock of every listing."""

    def __init__(self, *, seed: int, orders: int, epoch: datetime, clock: Clock,
                 history_days: int = DEFAULT_HISTORY_DAYS, encrypt_receivers: bool = True) -> None:
        self._lock = threading.RLock()
        self._clock = clock
        self._factory = OrderFactory(random.Random(seed))
        self.encrypt_receivers = encrypt_receivers
        self.epoch = epoch
        self._orders: dict[str, dict[str, Any]] = {}
        self._receivers: dict[str, Receiver] = {}
        self._updated: dict[str, int] = {}
        self._index: list[tuple[int, str]] = []
        self._json: dict[str, str] = {}
        self.listings = {(listing.goods_id, listing.sku_id): listing
                         for listings in LISTINGS_BY_PRODUCT for listing in listings}
        rng = self._factory.rng
        self.stock = {key: rng.randint(0, 300) for key in self.listings}
        self._generate(orders, int(epoch.timestamp()), history_days * DAY)

    def _generate(self, count: int, latest: int, window: int) -> None:
        rng = self._factory.rng
        for created in sorted(latest - rng.randint(0, window) for _ in range(count)):
            order, receiver, updated = self._factory.build(created, self._factory.plan_for_age(latest - created),
                                                           latest)
            self._put(order, receiver, updated, index=False)
        self._index = sorted((ts, order_sn) for order_sn, ts in self._updated.items())

    def _put(self, order: dict[str, Any], receiver: Receiver, updated: int, *, index: bool = True) -> None:
        """Store a new or changed order (``updated``: its updated_at in unix seconds)."""
        order_sn = order["order_sn"]
        dress_receiver(order, receiver, self.encrypt_receivers)
        if index and order_sn in self._updated:
            self._index.pop(bisect.bisect_left(self._index, (self._updated[order_sn], order_sn)))
        self._orders[order_sn], self._receivers[order_sn], self._updated[order_sn] = order, receiver, updated
        self._json.pop(order_sn, None)
        if index:
            bisect.insort(self._index, (updated, order_sn))

    # -- reading --------------------------------------------------------------------------------------

    @property
    def count(self) -> int:
        with self._lock:
            return len(self._orders)

    def order_sns(self) -> list[str]:
        with self._lock:
            return [order_sn for _, order_sn in self._index]

    def order(self, order_sn: str) -> dict[str, Any]:
        """The served payload (a copy); KeyError when there is no such order."""
        with self._lock:
            return json.loads(self._text(order_sn))

    def orders_json(self, order_sns: Iterable[str]) -> list[str]:
        with self._lock:
            return [self._text(order_sn) for order_sn in order_sns]

    def _text(self, order_sn: str) -> str:
        text = self._json.get(order_sn)
        if text is None:
            text = self._json[order_sn] = _compact(self._orders[order_sn])
        return text

    def select(self, start: int, end: int, *, order_status: int = 5, refund_status: int = 5,
               lucky: int = 0) -> list[str]:
        """Order numbers with ``start <= updated_at <= end`` (unix seconds), oldest change first."""
        with self._lock:
            low = bisect.bisect_left(self._index, (start, ""))
            high = bisect.bisect_right(self._index, (end, "\uffff"))
            found = [order_sn for _, order_sn in self._index[low:high]]
            if order_status == refund_status == 5 and lucky == 0:
                return found
            return [sn for sn in found if self._matches(self._orders[sn], order_status, refund_status, lucky)]

    @staticmethod
    def _matches(order: dict[str, Any], order_status: int, refund_status: int, lucky: int) -> bool:
        return (order_status == 5 or order["order_status"] == order_status) and \
            (refund_status == 5 or order["refund_status"] == refund_status) and \
            (lucky == 0 or order["is_lucky_flag"] == lucky)

    def truth(self) -> dict[str, OrderTruth]:
        with self._lock:
            return {order_sn: OrderTruth(order_sn, status_text(o["order_status"], o["refund_status"],
                                                               o["confirm_status"]),
                                         Decimal(str(o["pay_amount"])), "CNY")
                    for order_sn, o in self._orders.items()}

    def lifecycle(self, order_sn: str) -> Lifecycle:
        """What the order means for a connector now (tests pick orders to ship by it)."""
        with self._lock:
            o = self._orders[order_sn]
            return lifecycle_of(o["order_status"], o["refund_status"], confirm_status=o["confirm_status"],
                                group_status=o["group_status"])

    # -- changing -------------------------------------------------------------------------------------

    def _now(self) -> int:
        return int(self._clock().timestamp())

    def add_orders(self, count: int, *, grouping_share: float = 0.2) -> list[str]:
        """``count`` orders paid now; some still wait for their group to form (未成交)."""
        now = self._now()
        added = []
        with self._lock:
            for _ in range(count):
                order, receiver, _ = self._factory.build(now, "awaiting", now)
                if self._factory.rng.random() < grouping_share:
                    order.update(confirm_status=0, group_status=0, confirm_time="", last_ship_time="")
                self._put(order, receiver, now)
                added.append(order["order_sn"])
        return added

    def modify_orders(self, order_sns: Iterable[str] | None = None, count: int = 1) -> list[str]:
        """Move orders on one step (group formed, shipped, received, refund, address, remark) at the clock."""
        now = self._now()
        with self._lock:
            if order_sns is None:
                order_sns = self._factory.rng.sample(list(self._orders), min(count, len(self._orders)))
            changed = list(order_sns)
            for order_sn in changed:
                self._advance(order_sn, now)
            return changed

    def _advance(self, order_sn: str, now: int) -> None:
        order, receiver = dict(self._orders[order_sn]), self._receivers[order_sn]
        moment = max(now, unix_of(order["created_time"]))  # an epoch in the future must not date a change early
        event = self._factory.next_event(order)
        if event == "address":
            fresh = random_receiver(self._factory.rng)
            receiver = Receiver(receiver.name, receiver.phone, fresh.province, fresh.city, fresh.town, fresh.detail)
            order["updated_at"] = beijing_text(moment)
        else:
            self._factory.apply(event, order, moment)
        self._put(order, receiver, moment)

    def live_tick(self) -> None:
        with self._lock:
            self.add_orders(1)
            if self._factory.rng.random() < LIVE_CHANGE_CHANCE:
                self.modify_orders(count=1)

    def ship(self, order_sn: str, logistics_id: int, tracking_number: str) -> None:
        """``pdd.logistics.online.send``: the whole order leaves with this tracking number."""
        with self._lock:
            order = self._shippable(order_sn)
            if order["order_status"] != 1:
                raise ShopRefusal("订单已发货，不能重复发货")
            order, now = dict(order), self._now()
            OrderFactory.ship(order, logistics_id, tracking_number, now)
            self._put(order, self._receivers[order_sn], now)

    def add_tracking(self, order_sn: str, logistics_id: int, tracking_number: str) -> None:
        """``pdd.order.upload.extra.logistics``: one more package of a shipped order."""
        with self._lock:
            order = self._shippable(order_sn)
            if order["order_status"] == 1:
                raise ShopRefusal("订单未发货，请先发货")
            known = [order["tracking_number"], *(extra["tracking_number"] for extra in order["extra_delivery_list"])]
            if tracking_number in known:
                raise ShopRefusal(f"运单号{tracking_number}已上传")
            order, now = dict(order), self._now()
            order["extra_delivery_list"] = [*order["extra_delivery_list"],
                                            {"logistics_id": logistics_id, "tracking_number": tracking_number}]
            order["updated_at"] = beijing_text(now)
            self._put(order, self._receivers[order_sn], now)

    def _shippable(self, order_sn: str) -> dict[str, Any]:
        order = self._orders.get(order_sn)
        if order is None:
            raise ShopRefusal("订单不存在")
        if order["confirm_status"] != 1:
            raise ShopRefusal("订单未成团，不能发货")
        if order["refund_status"] == 4:
            raise ShopRefusal("订单已退款，不能发货")
        return order

    def set_stock(self, goods_id: int, sku_id: int | None, outer_id: str | None, quantity: int,
                  incremental: bool) -> Listing:
        """``pdd.goods.quantity.update``; returns the listing changed."""
        with self._lock:
            skus = [listing for (goods, _), listing in self.listings.items() if goods == goods_id]
            if not skus:
                raise ShopRefusal(f"商品{goods_id}不存在")
            listing = next((s for s in skus if (s.sku_id == sku_id if sku_id else s.outer_id == outer_id)), None)
            if listing is None:
                raise ShopRefusal(f"商品{goods_id}下不存在该SKU")
            key = (listing.goods_id, listing.sku_id)
            new_quantity = self.stock[key] + quantity if incremental else quantity
            if new_quantity < 0:
                raise ShopRefusal("库存不能小于0")
            self.stock[key] = new_quantity
            return listing


def unix_of(beijing: str) -> int:
    return calendar.timegm(time.strptime(beijing, TIME_FORMAT)) - BEIJING_OFFSET
