"""Price allocation (分摊) and the exact splitting of money.

Order-level amounts — shipping, fees, and discounts the channel did not put on a line — are spread
over the lines in proportion to each line's value (its total after line discounts, excl. tax).
Shares are whole cents by the largest-remainder method: every line gets the floor of its exact
share, and the cents left go to the largest fractional parts, ties to the earlier line. So the
lines' net amounts always sum exactly to ours, and the same order always allocates the same way.

"Ours" is what the lines, shipping, fees and discounts add up to. Where the channel's total says
otherwise, the difference is the order's *residual*: stored and shown, never spread over lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Protocol

CENT = Decimal("0.01")
ZERO = Decimal(0)


def spread(amount: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """``amount`` in cents over ``weights``, proportionally; the shares sum exactly to ``amount``.

    All-zero (or no positive) weights share equally. A negative amount (a discount) spreads as
    its positive mirror, negated, so the rounding never depends on the sign.
    """
    if not weights:
        if amount:
            raise ValueError(f"cannot spread {amount} over no lines")
        return []
    if amount < 0:
        return [-share for share in spread(-amount, weights)]
    positive = [max(weight, ZERO) for weight in weights]
    total_weight = sum(positive, ZERO)
    if total_weight == 0:
        positive = [Decimal(1)] * len(weights)
        total_weight = Decimal(len(weights))
    cents = int((amount / CENT).to_integral_value(ROUND_HALF_UP))
    exact = [Decimal(cents) * weight / total_weight for weight in positive]
    floors = [int(value.to_integral_value(ROUND_FLOOR)) for value in exact]
    left = cents - sum(floors)
    by_remainder = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    for index in by_remainder[:left]:
        floors[index] += 1
    return [Decimal(share) * CENT for share in floors]


def part_of(amount: Decimal, part: Decimal, whole: Decimal) -> Decimal:
    """The cents of ``amount`` that go with ``part`` of ``whole`` units (half up); the rest stays."""
    if whole <= 0:
        raise ValueError("whole must be positive")
    return (amount * part / whole).quantize(CENT, rounding=ROUND_HALF_UP)


class LineAmounts(Protocol):
    subtotal: Decimal
    subtotal_tax: Decimal
    total: Decimal
    total_tax: Decimal


class OrderAmounts(Protocol):
    total: Decimal
    discount_total: Decimal
    discount_tax: Decimal
    shipping_total: Decimal
    shipping_tax: Decimal
    fee_total: Decimal
    fee_tax: Decimal


@dataclass(frozen=True)
class LineNet:
    net_total: Decimal  # excl. tax, with the line's share of order-level amounts
    net_tax: Decimal

    @property
    def net_total_incl_tax(self) -> Decimal:
        return self.net_total + self.net_tax


@dataclass(frozen=True)
class PriceAllocation:
    lines: list[LineNet]
    order_discount: Decimal  # order-level discount not already on the lines, excl. tax
    order_discount_tax: Decimal
    ours: Decimal  # Σ lines' net incl. tax
    residual: Decimal  # the channel's total − ours

    @property
    def ours_excl_tax(self) -> Decimal:
        return sum((line.net_total for line in self.lines), ZERO)


def allocate_prices(order: OrderAmounts, lines: Sequence[LineAmounts]) -> PriceAllocation:
    """Spread the order's shipping, fees and unallocated discounts over its lines (see module doc)."""
    line_discount = sum((line.subtotal - line.total for line in lines), ZERO)
    line_discount_tax = sum((line.subtotal_tax - line.total_tax for line in lines), ZERO)
    order_discount = max(order.discount_total - line_discount, ZERO)
    order_discount_tax = max(order.discount_tax - line_discount_tax, ZERO)
    weights = [line.total for line in lines]
    if not lines:  # nothing to carry the order's amounts: all of the total is residual
        return PriceAllocation([], order_discount, order_discount_tax, ZERO, order.total)
    excl_shares = spread(order.shipping_total + order.fee_total - order_discount, weights)
    tax_shares = spread(order.shipping_tax + order.fee_tax - order_discount_tax, weights)
    nets = [LineNet(line.total + excl, line.total_tax + tax)
            for line, excl, tax in zip(lines, excl_shares, tax_shares, strict=True)]
    ours = sum((net.net_total_incl_tax for net in nets), ZERO)
    return PriceAllocation(nets, order_discount, order_discount_tax, ours, order.total - ours)
