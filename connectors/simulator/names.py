"""Generated buyers: Chinese names and addresses, and Latin names with US/UK/DE addresses.

Everything is drawn from a ``random.Random`` the caller owns, so the same seed
gives the same people. Addresses use WooCommerce's field names and, for China,
its state codes (``CN2`` is Beijing, ``CN20`` Guangdong, …).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

CHINESE_SHARE = 0.7

SURNAMES = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
    ("杨", "yang"), ("赵", "zhao"), ("黄", "huang"), ("周", "zhou"), ("吴", "wu"),
    ("徐", "xu"), ("孙", "sun"), ("胡", "hu"), ("朱", "zhu"), ("高", "gao"),
    ("林", "lin"), ("何", "he"), ("郭", "guo"), ("马", "ma"), ("罗", "luo"),
    ("梁", "liang"), ("宋", "song"), ("郑", "zheng"), ("谢", "xie"), ("韩", "han"),
    ("唐", "tang"), ("冯", "feng"), ("董", "dong"), ("程", "cheng"), ("曹", "cao"),
    ("袁", "yuan"), ("邓", "deng"), ("许", "xu"), ("沈", "shen"), ("曾", "zeng"),
    ("彭", "peng"), ("吕", "lv"), ("欧阳", "ouyang"), ("司马", "sima"), ("诸葛", "zhuge"),
)
GIVEN_NAMES = (
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("秀英", "xiuying"), ("敏", "min"),
    ("静", "jing"), ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"),
    ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"),
    ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀兰", "xiulan"), ("霞", "xia"),
    ("小明", "xiaoming"), ("子涵", "zihan"), ("欣怡", "xinyi"), ("梓萱", "zixuan"),
    ("浩然", "haoran"), ("宇轩", "yuxuan"), ("一诺", "yinuo"), ("思远", "siyuan"),
    ("雨桐", "yutong"), ("俊杰", "junjie"), ("佳怡", "jiayi"), ("志强", "zhiqiang"),
    ("建国", "jianguo"), ("晓燕", "xiaoyan"), ("文博", "wenbo"), ("诗涵", "shihan"),
)
# (WooCommerce state code, city, [(district, postcode)], [streets])
CHINESE_PLACES = (
    ("CN2", "北京市", (("朝阳区", "100020"), ("海淀区", "100080"), ("东城区", "100010")),
     ("建国路", "中关村大街", "望京街", "东四十条")),
    ("CN10", "上海市", (("浦东新区", "200120"), ("徐汇区", "200030"), ("静安区", "200040")),
     ("南京西路", "淮海中路", "世纪大道", "漕溪北路")),
    ("CN20", "广州市", (("天河区", "510630"), ("越秀区", "510030"), ("海珠区", "510220")),
     ("天河路", "中山五路", "江南大道中", "体育西路")),
    ("CN20", "深圳市", (("南山区", "518052"), ("福田区", "518048"), ("宝安区", "518101")),
     ("科技园南路", "深南大道", "福华三路", "新安六路")),
    ("CN12", "杭州市", (("西湖区", "310012"), ("滨江区", "310051"), ("上城区", "310002")),
     ("文三路", "江南大道", "延安路", "古墩路")),
    ("CN11", "南京市", (("鼓楼区", "210008"), ("玄武区", "210018")), ("中山路", "北京东路", "珠江路")),
    ("CN11", "苏州市", (("工业园区", "215021"), ("姑苏区", "215005")), ("星湖街", "人民路", "干将西路")),
    ("CN24", "成都市", (("武侯区", "610041"), ("锦江区", "610021")), ("人民南路", "天府大道", "春熙路")),
    ("CN18", "武汉市", (("洪山区", "430070"), ("江汉区", "430022")), ("珞喻路", "解放大道", "光谷大道")),
    ("CN26", "西安市", (("雁塔区", "710061"), ("碑林区", "710001")), ("长安南路", "小寨东路", "南大街")),
    ("CN16", "青岛市", (("市南区", "266071"), ("崂山区", "266061")), ("香港中路", "东海西路", "海尔路")),
    ("CN14", "厦门市", (("思明区", "361001"), ("湖里区", "361006")), ("中山路", "湖滨南路", "嘉禾路")),
    ("CN23", "重庆市", (("渝中区", "400010"), ("江北区", "400020")), ("解放碑步行街", "民权路", "观音桥步行街")),
    ("CN3", "天津市", (("和平区", "300041"), ("南开区", "300100")), ("南京路", "鞍山道", "卫津路")),
    ("CN19", "长沙市", (("岳麓区", "410006"), ("芙蓉区", "410011")), ("麓山南路", "五一大道", "黄兴中路")),
    ("CN17", "郑州市", (("金水区", "450003"), ("二七区", "450052")), ("花园路", "经三路", "大学路")),
)
COMPOUNDS = ("阳光花园", "锦绣华庭", "翠湖小区", "世纪城", "金色家园", "华府天地", "东方明珠苑", "碧桂园")
OFFICES = ("科技大厦", "国际金融中心", "创业大厦", "万达广场写字楼")
MOBILE_PREFIXES = ("130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152",
                   "155", "158", "159", "166", "176", "177", "180", "181", "186", "187", "188", "189", "199")

LATIN_FIRST = ("James", "Mary", "John", "Emma", "Oliver", "Sophie", "Liam", "Charlotte", "Noah",
               "Amelia", "Lukas", "Hannah", "Felix", "Lea", "Jonas", "Mia", "George", "Isla",
               "William", "Olivia", "Daniel", "Grace", "Maximilian", "Anna")
LATIN_LAST = ("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas",
              "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann",
              "Miller", "Garcia", "Anderson", "O'Brien", "Walker", "Wright")
US_PLACES = (("New York", "NY", "100"), ("San Francisco", "CA", "941"), ("Seattle", "WA", "981"),
             ("Austin", "TX", "787"), ("Chicago", "IL", "606"), ("Boston", "MA", "021"))
US_STREETS = ("Market St", "Main Street", "Oak Avenue", "Maple Drive", "Broadway", "Pine Street")
UK_PLACES = (("London", "SW1A", "1AA"), ("Manchester", "M1", "2AB"), ("Edinburgh", "EH1", "1YZ"),
             ("Bristol", "BS1", "4DJ"), ("Leeds", "LS1", "5AB"))
UK_STREETS = ("High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue")
DE_PLACES = (("Berlin", "101"), ("München", "803"), ("Hamburg", "203"), ("Köln", "506"),
             ("Frankfurt am Main", "603"))
DE_STREETS = ("Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Lindenallee")
LATIN_COMPANIES = ("Acme Ltd", "Northwind GmbH", "Blue Harbor LLC", "Tea & Co.")
MAIL_DOMAINS = ("gmail.com", "outlook.com", "gmx.de", "yahoo.co.uk", "icloud.com")


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    company: str
    address_1: str
    address_2: str
    city: str
    state: str
    postcode: str
    country: str
    phone: str
    email: str

    @property
    def is_chinese(self) -> bool:
        return self.country == "CN"

    def billing(self) -> dict[str, str]:
        return {
            "first_name": self.first_name, "last_name": self.last_name, "company": self.company,
            "address_1": self.address_1, "address_2": self.address_2, "city": self.city,
            "state": self.state, "postcode": self.postcode, "country": self.country,
            "email": self.email, "phone": self.phone,
        }

    def shipping(self) -> dict[str, str]:
        address = self.billing()
        del address["email"]
        return address


def random_buyer(rng: random.Random) -> Person:
    return chinese_person(rng) if rng.random() < CHINESE_SHARE else latin_person(rng)


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choices("0123456789", k=count))


def chinese_mobile(rng: random.Random) -> str:
    number = rng.choice(MOBILE_PREFIXES) + _digits(rng, 8)
    if rng.random() < 0.25:
        return f"+86 {number[:3]} {number[3:7]} {number[7:]}"
    return number


def chinese_person(rng: random.Random) -> Person:
    surname, surname_pinyin = rng.choice(SURNAMES)
    given, given_pinyin = rng.choice(GIVEN_NAMES)
    state, city, districts, streets = rng.choice(CHINESE_PLACES)
    district, postcode = rng.choice(districts)
    street = f"{district}{rng.choice(streets)}{rng.randint(1, 999)}号"
    if rng.random() < 0.2:
        company = rng.choice(("杭州云栖科技有限公司", "深圳市前海贸易有限公司", "上海浦江文化传媒有限公司"))
        unit = f"{rng.choice(OFFICES)}{rng.randint(3, 38)}楼{rng.randint(1, 20):02d}室"
    else:
        company = ""
        building = f"{rng.choice(COMPOUNDS)}{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元"
        unit = f"{building}{rng.randint(1, 33)}{rng.randint(1, 4):02d}室"
    if rng.random() < 0.5:
        email = f"{rng.randint(10000, 3999999999)}@qq.com"
    else:
        email = f"{surname_pinyin}{given_pinyin}{rng.randint(1, 99)}@{rng.choice(('163.com', '126.com', 'sina.com'))}"
    return Person(
        first_name=given, last_name=surname, company=company, address_1=street, address_2=unit,
        city=city, state=state, postcode=postcode, country="CN", phone=chinese_mobile(rng), email=email,
    )


def latin_person(rng: random.Random) -> Person:
    first, last = rng.choice(LATIN_FIRST), rng.choice(LATIN_LAST)
    company = rng.choice(LATIN_COMPANIES) if rng.random() < 0.15 else ""
    local = f"{first}.{last}".lower().replace("ü", "ue").replace("'", "")
    email = f"{local}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS)}"
    country = rng.choices(("US", "GB", "DE"), weights=(50, 25, 25))[0]
    fields = {"US": _us_address, "GB": _uk_address, "DE": _de_address}[country](rng)
    return Person(first_name=first, last_name=last, company=company, email=email, country=country, **fields)


def _us_address(rng: random.Random) -> dict[str, str]:
    city, state, zip_prefix = rng.choice(US_PLACES)
    return {
        "address_1": f"{rng.randint(10, 9999)} {rng.choice(US_STREETS)}",
        "address_2": f"Apt {rng.randint(1, 40)}" if rng.random() < 0.3 else "",
        "city": city, "state": state, "postcode": f"{zip_prefix}{_digits(rng, 2)}",
        "phone": f"({_digits(rng, 3)}) 555-{_digits(rng, 4)}",
    }


def _uk_address(rng: random.Random) -> dict[str, str]:
    city, outward, inward = rng.choice(UK_PLACES)
    return {
        "address_1": f"{rng.randint(1, 220)} {rng.choice(UK_STREETS)}",
        "address_2": f"Flat {rng.randint(1, 12)}" if rng.random() < 0.3 else "",
        "city": city, "state": "", "postcode": f"{outward} {inward}",
        "phone": f"07{_digits(rng, 3)} {_digits(rng, 6)}",
    }


def _de_address(rng: random.Random) -> dict[str, str]:
    city, plz_prefix = rng.choice(DE_PLACES)
    return {
        "address_1": f"{rng.choice(DE_STREETS)} {rng.randint(1, 120)}",
        "address_2": "",
        "city": city, "state": "", "postcode": f"{plz_prefix}{_digits(rng, 2)}",
        "phone": f"+49 {rng.choice(('151', '160', '170', '176'))} {_digits(rng, 7)}",
    }
