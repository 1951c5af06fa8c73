"""How values read on screen: money with its currency, local times, quantities, addresses."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from omsdesk.ui.i18n import country_name

# One style for every currency: symbol (or code) first, then the amount: ¥1,234.50, US$12.00, CHF 3.00.
CURRENCY_SYMBOLS = {
    "CNY": "¥", "RMB": "¥", "USD": "US$", "EUR": "€", "GBP": "£", "HKD": "HK$", "JPY": "JP¥",
    "TWD": "NT$", "AUD": "A$", "CAD": "CA$", "SGD": "S$", "KRW": "₩", "NZD": "NZ$", "MOP": "MOP$",
}
ZERO_DECIMAL_CURRENCIES = {"JPY", "KRW"}


def format_money(amount: Decimal | None, currency: str) -> str:
    if amount is None:
        return ""
    code = (currency or "").upper()
    places = 0 if code in ZERO_DECIMAL_CURRENCIES and amount == amount.to_integral_value() else 2
    digits = f"{abs(amount):,.{places}f}"
    symbol = CURRENCY_SYMBOLS.get(code)
    text = f"{symbol}{digits}" if symbol else f"{code}\u00a0{digits}".strip()
    return f"-{text}" if amount < 0 else text


def format_quantity(value: Decimal | None) -> str:
    if value is None:
        return ""
    normalized = value.normalize()
    if normalized == normalized.to_integral_value():
        return f"{int(normalized):,}"
    return f"{normalized:f}"


def format_datetime(moment: datetime | None) -> str:
    """Stored UTC, shown in the user's time zone."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def format_count(count: int) -> str:
    return f"{count:,}"


# WooCommerce's codes for Chinese provinces (woocommerce/i18n/states.php), written as on an envelope.
CN_PROVINCES = {
    "CN1": "云南省", "CN2": "北京市", "CN3": "天津市", "CN4": "河北省", "CN5": "山西省", "CN6": "内蒙古自治区",
    "CN7": "辽宁省", "CN8": "吉林省", "CN9": "黑龙江省", "CN10": "上海市", "CN11": "江苏省", "CN12": "浙江省",
    "CN13": "安徽省", "CN14": "福建省", "CN15": "江西省", "CN16": "山东省", "CN17": "河南省", "CN18": "湖北省",
    "CN19": "湖南省", "CN20": "广东省", "CN21": "广西壮族自治区", "CN22": "海南省", "CN23": "重庆市",
    "CN24": "四川省", "CN25": "贵州省", "CN26": "陕西省", "CN27": "甘肃省", "CN28": "青海省",
    "CN29": "宁夏回族自治区", "CN30": "澳门特别行政区", "CN31": "西藏自治区", "CN32": "新疆维吾尔自治区",
}


def province_name(state: str, city: str = "") -> str:
    """A Chinese province as written on an envelope; empty when the city already says it (上海市)."""
    name = CN_PROVINCES.get(state.strip().upper(), state.strip())
    short = name.removesuffix("省").removesuffix("市").removesuffix("自治区")
    if short and city.startswith(short):
        return ""
    return name


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


def _join_cjk(parts: list[str]) -> str:
    """Chinese address parts run together (省市区街道); Latin ones need spaces."""
    text = ""
    for part in parts:
        if text and not (_has_cjk(text[-1]) or _has_cjk(part[0])):
            text += " "
        text += part
    return text


def is_chinese_address(address: Mapping[str, str]) -> bool:
    country = (address.get("country") or "").strip().upper()
    if country in ("CN", "HK", "MO", "TW"):
        return True
    return _has_cjk(" ".join(str(v) for v in address.values() if v))


def _clean(address: Mapping[str, object]) -> dict[str, str]:
    return {k: str(v).strip() for k, v in address.items() if v is not None and str(v).strip()}


def format_address_lines(address: Mapping[str, object], *, with_contact: bool = True) -> list[str]:
    """Lines in the order the country writes them: Chinese from the largest unit down."""
    a = _clean(address)
    if not a:
        return []
    contact = [p for p in (a.get("name"), a.get("company")) if p] if with_contact else []
    phone = a.get("phone", "") if with_contact else ""
    country = country_name(a.get("country", "")) if a.get("country") else ""
    if is_chinese_address(a):
        lines = ["  ".join([*contact, phone]).strip()] if (contact or phone) else []
        province = province_name(a.get("state", ""), a.get("city", ""))
        place = _join_cjk([p for p in (province, a.get("city"), a.get("line1"), a.get("line2")) if p])
        lines.append(" ".join(p for p in (country, place) if p))
        if a.get("postcode"):
            lines.append(QCoreApplication.translate("Address", "Postcode %1").replace("%1", a["postcode"]))
        return [line for line in lines if line]
    lines = list(contact)
    lines += [p for p in (a.get("line1"), a.get("line2")) if p]
    state_postcode = " ".join(x for x in (a.get("state"), a.get("postcode")) if x)
    city_line = ", ".join(p for p in (a.get("city"), state_postcode) if p)
    lines += [p for p in (city_line, country, phone) if p]
    return lines


def format_destination(city: str, country_code: str) -> str:
    parts = [p for p in (city.strip(), country_name(country_code) if country_code else "") if p]
    return ", ".join(parts)
