"""Reading channel payloads field by field, for every connector.

Each reader takes the value and its dotted field path (``line_items[2].quantity``) and
either returns a clean Python value or raises :class:`PayloadError` naming the field,
so one bad order becomes an ``OrderParseFailure`` with a precise reason, never a crash.
Money and quantities become ``Decimal`` from strings or JSON numbers, never through
float arithmetic.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from connectors.base import ZERO, ChannelOrder, OrderParseFailure

UNIT_PRICE_PLACES = Decimal("0.0001")
FAMILY_NAME_FIRST_COUNTRIES = frozenset({"CN", "TW", "HK", "MO", "JP"})
WHOLE_ORDER = "(order)"  # the field path of a payload that is not an order object at all


class PayloadError(ValueError):
    """An order payload field that cannot be read; ``field`` is a dotted path."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def describe(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def as_decimal(value: Any, field: str, *, required: bool = True) -> Decimal:
    """Money or a quantity from a string or a JSON number, never via float arithmetic."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise PayloadError(field, "is missing" if value is None else "is empty")
        return ZERO
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise PayloadError(field, f"expected a number, got {describe(value)}")
    try:
        number = Decimal(value.strip() if isinstance(value, str) else str(value))
    except InvalidOperation:
        raise PayloadError(field, f"{value!r} is not a number") from None
    if not number.is_finite():
        raise PayloadError(field, f"{value!r} is not a number")
    return number


def as_text(value: Any, field: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise PayloadError(field, f"expected text, got {describe(value)}")


def as_required_text(value: Any, field: str) -> str:
    text = as_text(value, field)
    if not text:
        raise PayloadError(field, "is missing")
    return text


def as_identifier(value: Any, field: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    if value is None:
        raise PayloadError(field, "is missing")
    raise PayloadError(field, f"expected an id, got {describe(value)}")


def as_optional_identifier(value: Any, field: str) -> str:
    """Product and variation ids: WooCommerce writes 0 for "none"."""
    if value in (None, 0, "0", ""):
        return ""
    return as_identifier(value, field)


def as_boolean(value: Any, field: str) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return value != 0
    if isinstance(value, str) and value.strip().lower() in {"true", "1", "yes", "false", "0", "no", ""}:
        return value.strip().lower() in {"true", "1", "yes"}
    raise PayloadError(field, f"{value!r} is not true or false")


def as_list(value: Any, field: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise PayloadError(field, f"expected a list, got {describe(value)}")
    return value


def as_object(value: Any, field: str) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    raise PayloadError(field, f"expected an object, got {describe(value)}")


def as_datetime(value: Any, field: str) -> datetime:
    if not isinstance(value, str):
        raise PayloadError(field, f"expected a date and time, got {describe(value)}")
    text = value.strip()
    if text[-1:] in ("Z", "z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise PayloadError(field, f"{value!r} is not a date and time") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def is_cjk(text: str) -> bool:
    return any(
        "\u3040" <= ch <= "\u30ff"  # kana
        or "\u3400" <= ch <= "\u4dbf"
        or "\u4e00" <= ch <= "\u9fff"
        or "\uf900" <= ch <= "\ufaff"
        or "\uac00" <= ch <= "\ud7af"  # hangul
        for ch in text
    )


def person_name(first: str, last: str, country: str = "") -> str:
    """"王小明" for Chinese script, "Wang Xiaoming" in CN/TW/HK/MO/JP, else "First Last"."""
    first, last = first.strip(), last.strip()
    if not first or not last:
        return first or last
    if is_cjk(first) and is_cjk(last):
        return last + first
    if is_cjk(first + last) or country.strip().upper() in FAMILY_NAME_FIRST_COUNTRIES:
        return f"{last} {first}"
    return f"{first} {last}"


def external_id_of(item: Any) -> str:
    """The ``id`` of a payload object as text, or "" when it has none (for failure reports)."""
    if isinstance(item, dict) and isinstance(item.get("id"), (int, str)) and not isinstance(item.get("id"), bool):
        return str(item["id"]).strip()
    return ""


def tracking_key(number: Any) -> str:
    """Tracking numbers compare without case and spaces, as carriers print them both ways."""
    return "".join(str(number or "").split()).upper()


def raw_of(item: Any) -> dict[str, Any]:
    """A payload as it is kept with a failure: the object itself, or the odd value wrapped."""
    return item if isinstance(item, dict) else {"value": item}


def parse_safely(parse: Callable[[], ChannelOrder], external_id: str,
                 raw: dict[str, Any]) -> ChannelOrder | OrderParseFailure:
    """``parse()``, or the failure that names the field it could not read: one odd order never stops a page."""
    try:
        return parse()
    except PayloadError as exc:
        return OrderParseFailure(external_id, exc.field, exc.message, raw)
    except Exception as exc:  # noqa: BLE001 - a parser bug on one payload is reported like a bad field
        return OrderParseFailure(external_id, WHOLE_ORDER, f"could not be read ({exc!r})", raw)
