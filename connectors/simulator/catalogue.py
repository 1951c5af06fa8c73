"""The simulated shop's product catalogue: 60 products with stable ids and SKUs.

Prices are in CNY; some products are variable (colour and/or size), a few
have no SKU, and a few names carry HTML entities the way WooCommerce stores
them (``&amp;``, ``&ndash;``, ``&#8217;``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from itertools import product as cartesian

REDUCED_RATE = "reduced-rate"

# slug, SKU code, Chinese label, English label
COLOURS = (("black", "BLK", "黑色", "Black"), ("white", "WHT", "白色", "White"),
           ("navy", "NVY", "藏青", "Navy"), ("red", "RED", "红色", "Red"), ("grey", "GRY", "灰色", "Grey"))
APPAREL_SIZES = (("s", "S", "S", "S"), ("m", "M", "M", "M"), ("l", "L", "L", "L"), ("xl", "XL", "XL", "XL"))
POT_SIZES = (("small", "S", "小号", "Small"), ("medium", "M", "中号", "Medium"), ("large", "L", "大号", "Large"))
SOCK_SIZES = (("35-38", "3538", "35-38", "35-38"), ("39-42", "3942", "39-42", "39-42"),
              ("43-46", "4346", "43-46", "43-46"))

Axis = tuple[str, tuple[tuple[str, str, str, str], ...]]
COLOUR: Axis = ("pa_color", COLOURS)
COLOUR3: Axis = ("pa_color", COLOURS[:3])
SIZE: Axis = ("pa_size", APPAREL_SIZES)


@dataclass(frozen=True)
class Variant:
    product_id: int
    variation_id: int
    sku: str
    name: str
    price: Decimal
    tax_class: str
    attributes: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Product:
    product_id: int
    sku: str
    name: str
    price: Decimal
    tax_class: str = ""
    axes: tuple[Axis, ...] = ()

    @cached_property
    def variants(self) -> tuple[Variant, ...]:
        if not self.axes:
            return (Variant(self.product_id, 0, self.sku, self.name, self.price, self.tax_class, ()),)
        chinese = any("\u4e00" <= ch <= "\u9fff" for ch in self.name)
        combos = cartesian(*(values for _, values in self.axes))
        return tuple(self._variant(index, combo, chinese) for index, combo in enumerate(combos))

    def _variant(self, index: int, combo: tuple[tuple[str, str, str, str], ...], chinese: bool) -> Variant:
        labels = ", ".join(zh if chinese else en for _, _, zh, en in combo)
        codes = "-".join(code for _, code, _, _ in combo)
        attributes = tuple((key, slug) for (key, _), (slug, _, _, _) in zip(self.axes, combo, strict=True))
        return Variant(
            product_id=self.product_id,
            variation_id=self.product_id * 100 + index + 1,
            sku=f"{self.sku}-{codes}" if self.sku else "",
            name=f"{self.name} - {labels}",
            price=self.price,
            tax_class=self.tax_class,
            attributes=attributes,
        )


def _p(product_id: int, sku: str, name: str, price: str, tax_class: str = "", *axes: Axis) -> Product:
    return Product(product_id, sku, name, Decimal(price), tax_class, tuple(axes))


R = REDUCED_RATE
CATALOGUE: tuple[Product, ...] = (
    _p(101, "TS-CREW", "纯棉圆领T恤", "79.00", "", COLOUR, SIZE),
    _p(102, "TS-VNECK", "V-Neck Tee", "89.00", "", COLOUR3, SIZE),
    _p(103, "HD-ZIP", "连帽拉链卫衣 Zip Hoodie", "199.00", "", COLOUR3, SIZE),
    _p(104, "HD-PULL", "Pullover Hoodie", "179.00", "", COLOUR3, SIZE),
    _p(105, "SK-ANKLE", "船袜 5双装", "39.00", "", ("pa_size", SOCK_SIZES)),
    _p(106, "CAP-BASE", "棒球帽 Baseball Cap", "59.00", "", COLOUR),
    _p(107, "TEA-LJ-250", "西湖龙井 250g", "268.00", R),
    _p(108, "TEA-PU-357", "云南普洱茶饼 357g", "158.00", R),
    _p(109, "TEA-TGY-125", "安溪铁观音 125g", "98.00", R),
    _p(110, "TEA-JAS-100", "茉莉花茶 Jasmine Tea 100g", "45.00", R),
    _p(111, "TEA-DHP-200", "武夷山大红袍 200g", "328.00", R),
    _p(112, "MUG-CER-350", "陶瓷马克杯 350ml", "49.00", "", COLOUR),
    _p(113, "MUG-TRAVEL", "Travel Mug &ndash; Stainless Steel 500ml", "129.00"),
    _p(114, "CUP-GLASS-2", "双层玻璃杯 2只装", "69.00"),
    _p(115, "TEASET-JDZ-6", "景德镇青花茶具 6件套", "599.00"),
    _p(116, "CHOP-EBONY-10", "乌木筷子 10双装", "88.00"),
    _p(117, "BOWL-SET-4", "日式陶瓷碗 4只装", "119.00"),
    _p(118, "KNIFE-CHEF-8", "Chef&#8217;s Knife 8&quot;", "239.00"),
    _p(119, "SALT-PEP", "Salt &amp; Pepper Grinder Set", "99.00"),
    _p(120, "CASE-IP15", "iPhone 15 手机壳", "39.00", "", COLOUR),
    _p(121, "CASE-IP15P", "iPhone 15 Pro 手机壳", "39.00", "", COLOUR),
    _p(122, "CBL-USBC-1M", "USB-C 快充数据线 1m", "29.00"),
    _p(123, "CBL-USBC-2M", "USB-C 快充数据线 2m", "35.00"),
    _p(124, "CHG-GAN-65W", "65W 氮化镓充电器", "149.00"),
    _p(125, "PB-10000", "10000mAh 充电宝", "129.00"),
    _p(126, "EAR-TWS", "真无线蓝牙耳机", "299.00"),
    _p(127, "STAND-ALU", "铝合金手机支架", "59.00"),
    _p(128, "NB-A5-DOT", "A5 点阵笔记本 Dot Grid Notebook", "35.00"),
    _p(129, "PEN-GEL-12", "中性笔 12支装", "24.00"),
    _p(130, "PEN-FOUNT", "Fountain Pen", "168.00"),
    _p(131, "INK-BLK-50", "钢笔墨水 50ml", "45.00"),
    _p(132, "BAG-CANVAS", "帆布托特包", "69.00", "", COLOUR3),
    _p(133, "BAG-BACKPK", "Commuter Backpack", "259.00"),
    _p(134, "WALLET-LTH", "真皮钱包", "199.00"),
    _p(135, "UMB-AUTO", "全自动折叠伞", "89.00"),
    _p(136, "SCARF-SILK", "桑蚕丝围巾", "329.00"),
    _p(137, "BLANKET-WOOL", "Merino Wool Throw Blanket", "459.00"),
    _p(138, "PILLOW-LATEX", "乳胶枕", "219.00"),
    _p(139, "TOWEL-SET-3", "纯棉毛巾三件套", "89.00"),
    _p(140, "CANDLE-SOY", "Soy Candle &ndash; Osmanthus 桂花", "79.00"),
    _p(141, "DIFF-AROMA", "香薰机", "169.00"),
    _p(142, "POT-CER", "陶瓷花盆", "49.00", "", ("pa_size", POT_SIZES)),
    _p(143, "SNACK-NUTS-30", "每日坚果 30包", "139.00", R),
    _p(144, "SNACK-MOON", "广式月饼礼盒", "198.00", R),
    _p(145, "HONEY-500", "土蜂蜜 500g", "88.00", R),
    _p(146, "GOJI-250", "宁夏枸杞 250g", "58.00", R),
    _p(147, "RICE-WUC-5KG", "五常大米 5kg", "129.00", R),
    _p(148, "OIL-SESAME-400", "小磨香油 400ml", "36.00", R),
    _p(149, "SAUCE-CHILI-3", "风味豆豉辣酱 280g×3", "33.00", R),
    _p(150, "", "螺蛳粉 5袋装", "59.00", R),
    _p(151, "YOGA-MAT-6", "TPE 瑜伽垫 6mm", "99.00", "", COLOUR3),
    _p(152, "BOTTLE-750", "Sports Bottle 750ml", "45.00"),
    _p(153, "ROPE-JUMP", "计数跳绳", "29.00"),
    _p(154, "PUZZLE-1000", "1000片拼图 故宫", "79.00"),
    _p(155, "BLOCKS-DRAGON", "积木 中国龙 Building Blocks", "299.00"),
    _p(156, "", "潍坊风筝 燕子", "69.00"),
    _p(157, "", "苏州团扇", "128.00"),
    _p(158, "", "剪纸装饰画", "58.00"),
    _p(159, "", "Desk Calendar 台历", "39.00"),
    _p(160, "", "电子礼品卡 ¥100", "100.00"),
)
