"""Derived columns of an order: what search looks in, and the keys that find merges and duplicates.

Computed in Python from the order's values wherever an order is written (import, edits, manual
orders, splits, shipments), so both databases index the same text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

_SPACE = re.compile(r"[\s,，.。\-_/#]+")
ADDRESS_PARTS = ("ship_name", "ship_line1", "ship_line2", "ship_city", "ship_state", "ship_postcode",
                 "ship_country", "ship_phone")


def _normal(text: str) -> str:
    return _SPACE.sub("", text).casefold()


def _digest(parts: Iterable[str]) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=16).hexdigest()


def address_key(shop_id: int, values: Mapping[str, Any]) -> str:
    """Same shop, same buyer, same address (spaces, punctuation and case ignored); "" when no address."""
    if not any(values.get(part) for part in ADDRESS_PARTS):
        return ""
    buyer = _normal(values.get("buyer_name") or values.get("ship_name") or "")
    return _digest([str(shop_id), buyer, *(_normal(str(values.get(part) or "")) for part in ADDRESS_PARTS)])


def items_key(address: str, lines: Iterable[Mapping[str, Any]]) -> str:
    """The address key plus the goods (listing and quantity, in any order): equal for a duplicate order."""
    goods = sorted(
        f"{line.get('channel_item_id', '')}|{line.get('channel_variant_id', '')}|{line.get('channel_sku', '')}"
        f"|{Decimal(line.get('quantity') or 0).normalize()}" for line in lines)
    return _digest([address, *goods]) if address else ""


def search_text(values: Mapping[str, Any], lines: Iterable[Mapping[str, Any]] = (),
                tracking_numbers: Iterable[str] = ()) -> str:
    """Order number, channel id, buyer name / phone / e-mail, recipient, SKUs and tracking numbers."""
    parts = [values.get(name) or "" for name in (
        "number", "external_id", "buyer_name", "buyer_phone", "buyer_email", "ship_name", "ship_phone")]
    parts.extend(line.get("channel_sku") or "" for line in lines)
    parts.extend(tracking_numbers)
    seen: dict[str, None] = {}
    for part in parts:
        if part:
            seen.setdefault(str(part).strip(), None)
    return " ".join(seen)


def order_row(order: Any) -> dict[str, Any]:
    """An ORM order as the mapping the functions above read."""
    return {name: getattr(order, name) for name in (
        "number", "external_id", "buyer_name", "buyer_phone", "buyer_email", *ADDRESS_PARTS)}


def line_row(line: Any) -> dict[str, Any]:
    return {name: getattr(line, name) for name in (
        "channel_item_id", "channel_variant_id", "channel_sku", "quantity")}


def refresh_keys(order: Any, tracking_numbers: Iterable[str] = ()) -> None:
    """Recompute an ORM order's derived columns after its address, buyer, lines or shipments changed."""
    values = order_row(order)
    lines = [line_row(line) for line in order.lines]
    order.address_key = address_key(order.shop_id, values)
    order.items_key = items_key(order.address_key, lines)
    order.search_text = search_text(values, lines, tracking_numbers)
