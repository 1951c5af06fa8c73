"""Bundles: components, what can be sold of a virtual kit, price split, assembly.

A *virtual* bundle has no stock of its own: what can be sold is the minimum over its
components of floor(available / quantity per bundle). A *pre-packed* bundle is
stocked as itself and made from its components by an explicit assembly move (and
taken apart again by a disassembly move), both through the virtual ASSEMBLY
location so the ledger stays the only thing that changes stock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from fractions import Fraction

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.catalog.models import BundleComponent, Precise, Sku, SkuKind
from omsdesk.catalog.services import check_amount, chunks
from omsdesk.db.engine import Database
from omsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from omsdesk.inventory.ledger import MoveSpec, post_moves
from omsdesk.inventory.locations import virtual_location
from omsdesk.inventory.models import Location, LocationKind, MoveReason, WarehouseStock

ZERO = Decimal(0)
CENT = Decimal("0.01")
QUANTITY_PLACES = 4
BUNDLE_KINDS = (SkuKind.VIRTUAL_BUNDLE, SkuKind.PREPACKED_BUNDLE)


@dataclass(frozen=True)
class ComponentSpec:
    sku_id: int
    quantity: Decimal
    price_weight: Decimal | None = None


def _bundle(session: Session, bundle_sku_id: int, kinds: Sequence[SkuKind] = BUNDLE_KINDS) -> Sku:
    bundle = session.get(Sku, bundle_sku_id)
    if bundle is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "SKU {id} does not exist"), id=bundle_sku_id)
    if bundle.kind not in kinds:
        raise ValidationError("kind", QT_TRANSLATE_NOOP(
            "Messages", "SKU {code} is a {kind} SKU, not a bundle of the kind needed here"),
            code=bundle.code, kind=bundle.kind.value)
    return bundle


def _positive_quantity(value: Decimal, field_name: str) -> Decimal:
    quantity = check_amount(value, field_name, QUANTITY_PLACES)
    if quantity is None or quantity <= 0:
        raise ValidationError(field_name, QT_TRANSLATE_NOOP(
            "Messages", "the quantity must be more than zero, not {quantity}"), quantity=value)
    return quantity


def _check_components(session: Session, bundle: Sku, components: Sequence[ComponentSpec]) -> dict[int, str]:
    if not components:
        raise ValidationError("components", QT_TRANSLATE_NOOP(
            "Messages", "bundle {code} needs at least one component"), code=bundle.code)
    ids = [c.sku_id for c in components]
    if len(set(ids)) != len(ids):
        raise ValidationError("components", QT_TRANSLATE_NOOP(
            "Messages", "a component is listed twice in bundle {code}; give it one line with the total quantity"),
            code=bundle.code)
    found = {r.id: r for r in session.execute(select(Sku.id, Sku.code, Sku.kind).where(Sku.id.in_(ids)))}
    for component in components:
        if component.sku_id == bundle.id:
            raise ValidationError("components", QT_TRANSLATE_NOOP(
                "Messages", "bundle {code} cannot contain itself"), code=bundle.code)
        row = found.get(component.sku_id)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "SKU {id} does not exist"), id=component.sku_id)
        if row.kind is not SkuKind.STANDARD:
            raise ValidationError("components", QT_TRANSLATE_NOOP(
                "Messages", "{code} is itself a bundle; components must be standard SKUs"), code=row.code)
        _positive_quantity(component.quantity, "quantity")
        check_amount(component.price_weight, "price weight", QUANTITY_PLACES)
    return {r.id: r.code for r in found.values()}


def _component_rows(session: Session, bundle_sku_id: int) -> list[dict[str, object]]:
    rows = session.execute(
        select(Sku.code, BundleComponent.quantity, BundleComponent.price_weight)
        .join(Sku, Sku.id == BundleComponent.component_sku_id)
        .where(BundleComponent.bundle_sku_id == bundle_sku_id).order_by(BundleComponent.id)
    )
    return [{"sku": code, "quantity": quantity, "price_weight": weight} for code, quantity, weight in rows]


def set_bundle_components_in(session: Session, actor: Actor, bundle_sku_id: int,
                             components: Sequence[ComponentSpec]) -> None:
    """Replace the components of a virtual or pre-packed bundle."""
    bundle = _bundle(session, bundle_sku_id)
    _check_components(session, bundle, components)
    before = _component_rows(session, bundle_sku_id)
    session.execute(delete(BundleComponent).where(BundleComponent.bundle_sku_id == bundle_sku_id))
    session.add_all(BundleComponent(bundle_sku_id=bundle_sku_id, component_sku_id=c.sku_id,
                                    quantity=Decimal(c.quantity), price_weight=c.price_weight)
                    for c in components)
    session.flush()
    session.expire(bundle, ["components"])
    audit.record(session, actor, "bundle.components", "sku", bundle_sku_id, f"set the components of bundle {bundle.code}",
                 before={"components": before}, after={"components": _component_rows(session, bundle_sku_id)})


def set_bundle_components(db: Database, actor: Actor, bundle_sku_id: int, components: Sequence[ComponentSpec]) -> None:
    with db.transaction() as session:
        set_bundle_components_in(session, actor, bundle_sku_id, components)


# -- what can be sold ------------------------------------------------------------------


def _available_by_sku(session: Session, sku_ids: Sequence[int], warehouse_id: int | None) -> dict[int, Decimal]:
    available: dict[int, Decimal] = {}
    for part in chunks(sorted(set(sku_ids))):
        statement = (
            select(WarehouseStock.sku_id, func.sum(WarehouseStock.on_hand - WarehouseStock.reserved, type_=Precise))
            .where(WarehouseStock.sku_id.in_(part)).group_by(WarehouseStock.sku_id)
        )
        if warehouse_id is not None:
            statement = statement.where(WarehouseStock.warehouse_id == warehouse_id)
        available.update({sku_id: amount or ZERO for sku_id, amount in session.execute(statement)})
    return available


def virtual_availability(session: Session, bundle_sku_ids: Sequence[int],
                         warehouse_id: int | None = None) -> dict[int, Decimal]:
    """For many bundles at once (two queries): bundle id → how many complete bundles the
    components allow, per warehouse or summed over the warehouses. No components: 0."""
    components: dict[int, list[tuple[int, Decimal]]] = {b: [] for b in bundle_sku_ids}
    for part in chunks(sorted(set(bundle_sku_ids))):
        rows = session.execute(
            select(BundleComponent.bundle_sku_id, BundleComponent.component_sku_id, BundleComponent.quantity)
            .where(BundleComponent.bundle_sku_id.in_(part))
        )
        for bundle_id, component_id, quantity in rows:
            components[bundle_id].append((component_id, quantity))
    available = _available_by_sku(session, [c for parts in components.values() for c, _ in parts], warehouse_id)
    result: dict[int, Decimal] = {}
    for bundle_id, parts in components.items():
        counts = [(available.get(c, ZERO) / q).to_integral_value(rounding=ROUND_FLOOR) for c, q in parts]
        result[bundle_id] = max(min(counts), ZERO) if counts else ZERO
    return result


def virtual_available(session: Session, bundle_sku_id: int, warehouse_id: int | None = None) -> Decimal:
    """min over the components of floor((on hand − reserved) / quantity per bundle)."""
    return virtual_availability(session, [bundle_sku_id], warehouse_id)[bundle_sku_id]


# -- price split -------------------------------------------------------------------------


@dataclass(frozen=True)
class PricedComponent:
    """A component as the price split sees it; its weight is ``price_weight`` if set, else
    list price × quantity."""

    sku_id: int
    quantity: Decimal
    list_price: Decimal | None = None
    price_weight: Decimal | None = None

    @property
    def weight(self) -> Decimal:
        if self.price_weight is not None:
            return self.price_weight
        return (self.list_price or ZERO) * self.quantity


def priced_components(session: Session, bundle_sku_id: int) -> list[PricedComponent]:
    rows = session.execute(
        select(BundleComponent.component_sku_id, BundleComponent.quantity, Sku.list_price, BundleComponent.price_weight)
        .join(Sku, Sku.id == BundleComponent.component_sku_id)
        .where(BundleComponent.bundle_sku_id == bundle_sku_id).order_by(BundleComponent.id)
    )
    return [PricedComponent(*row) for row in rows]


def split_bundle_price(total: Decimal, components: Sequence[PricedComponent]) -> list[Decimal]:
    """``total`` over the components in proportion to their weights (equal shares when every
    weight is zero), in cents that add up exactly to ``total``: each gets the floor of its
    exact share and the cents left over go to the largest remainders, ties to the earlier
    component."""
    if not components:
        raise ValidationError("components", QT_TRANSLATE_NOOP("Messages", "a bundle without components has no split"))
    if total != total.quantize(CENT):
        raise ValidationError("price", QT_TRANSLATE_NOOP(
            "Messages", "{total} has more than 2 decimal places"), total=total)
    weights = [Fraction(c.weight) for c in components]
    if any(w < 0 for w in weights):
        raise ValidationError("price weight", QT_TRANSLATE_NOOP("Messages", "price weights cannot be negative"))
    if sum(weights) == 0:
        weights = [Fraction(1)] * len(components)
    cents = int(total.scaleb(2))
    sign, cents = (-1 if cents < 0 else 1), abs(cents)
    whole = sum(weights)
    exact = [cents * w / whole for w in weights]
    shares = [int(e) for e in exact]  # floor: every exact share is ≥ 0
    by_remainder = sorted(range(len(exact)), key=lambda i: (-(exact[i] - shares[i]), i))
    for index in by_remainder[:cents - sum(shares)]:
        shares[index] += 1
    return [(Decimal(sign * s) / 100).quantize(CENT) for s in shares]


def bundle_price_split(session: Session, bundle_sku_id: int, total: Decimal) -> list[tuple[int, Decimal]]:
    """(component SKU id, its part of ``total``) for a bundle sold at ``total``."""
    components = priced_components(session, bundle_sku_id)
    return list(zip((c.sku_id for c in components), split_bundle_price(total, components), strict=True))


# -- assembly ----------------------------------------------------------------------------


def _internal_location(session: Session, location_id: int, field_name: str) -> Location:
    location = session.get(Location, location_id)
    if location is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "location {id} does not exist"), id=location_id)
    if not location.kind.internal:
        raise ValidationError(field_name, QT_TRANSLATE_NOOP(
            "Messages", "{path} is not a place in a warehouse"), path=location.path)
    return location


def _assembly_moves(session: Session, bundle: Sku, quantity: Decimal, bin_id: int, workshop: int,
                    reason: MoveReason, components_out: bool) -> list[MoveSpec]:
    parts = list(bundle.components)
    if not parts:
        raise ValidationError("components", QT_TRANSLATE_NOOP(
            "Messages", "bundle {code} has no components to assemble it from"), code=bundle.code)
    moves = []
    for part in parts:
        amount = part.quantity * quantity
        if amount != amount.quantize(Decimal(1).scaleb(-QUANTITY_PLACES)):
            raise ValidationError("quantity", QT_TRANSLATE_NOOP(
                "Messages", "{quantity} bundles need a component quantity with more than 4 decimal places"),
                quantity=quantity)
        source, target = (bin_id, workshop) if components_out else (workshop, bin_id)
        moves.append(MoveSpec(part.component_sku_id, amount, source, target, reason,
                              reference_type="bundle", reference_id=bundle.id, reference_no=bundle.code))
    return moves


def _component_cost(bundle: Sku) -> Decimal | None:
    costs = [p.component.cost for p in bundle.components]
    if any(c is None for c in costs):
        return None
    total = sum((c * p.quantity for c, p in zip(costs, bundle.components, strict=True) if c is not None), ZERO)
    return total.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def assemble_in(session: Session, actor: Actor, bundle_sku_id: int, quantity: Decimal,
                from_location_id: int, to_location_id: int) -> list[int]:
    """Make ``quantity`` pre-packed bundles: components leave ``from`` for the ASSEMBLY
    location, the bundles come from there into ``to``. Returns the move ids."""
    bundle = _bundle(session, bundle_sku_id, (SkuKind.PREPACKED_BUNDLE,))
    quantity = _positive_quantity(quantity, "quantity")
    source = _internal_location(session, from_location_id, "from")
    target = _internal_location(session, to_location_id, "to")
    workshop = virtual_location(session, LocationKind.ASSEMBLY)
    moves = _assembly_moves(session, bundle, quantity, source.id, workshop, MoveReason.ASSEMBLY, True)
    moves.append(MoveSpec(bundle.id, quantity, workshop, target.id, MoveReason.ASSEMBLY, reference_type="bundle",
                          reference_id=bundle.id, reference_no=bundle.code, unit_cost=_component_cost(bundle)))
    ids = post_moves(session, actor, moves)
    audit.record(session, actor, "bundle.assemble", "sku", bundle.id,
                 f"assembled {quantity} × {bundle.code} from {source.path} into {target.path}",
                 after={"quantity": quantity, "from": source.path, "to": target.path, "moves": ids})
    return ids


def assemble(db: Database, actor: Actor, bundle_sku_id: int, quantity: Decimal,
             from_location_id: int, to_location_id: int) -> list[int]:
    with db.transaction() as session:
        return assemble_in(session, actor, bundle_sku_id, quantity, from_location_id, to_location_id)


def disassemble_in(session: Session, actor: Actor, bundle_sku_id: int, quantity: Decimal,
                   from_location_id: int, to_location_id: int) -> list[int]:
    """Take ``quantity`` pre-packed bundles apart: the bundles leave ``from`` for ASSEMBLY,
    their components come from there into ``to``."""
    bundle = _bundle(session, bundle_sku_id, (SkuKind.PREPACKED_BUNDLE,))
    quantity = _positive_quantity(quantity, "quantity")
    source = _internal_location(session, from_location_id, "from")
    target = _internal_location(session, to_location_id, "to")
    workshop = virtual_location(session, LocationKind.ASSEMBLY)
    moves = [MoveSpec(bundle.id, quantity, source.id, workshop, MoveReason.DISASSEMBLY, reference_type="bundle",
                      reference_id=bundle.id, reference_no=bundle.code)]
    moves += _assembly_moves(session, bundle, quantity, target.id, workshop, MoveReason.DISASSEMBLY, False)
    ids = post_moves(session, actor, moves)
    audit.record(session, actor, "bundle.disassemble", "sku", bundle.id,
                 f"took apart {quantity} × {bundle.code} from {source.path} into {target.path}",
                 after={"quantity": quantity, "from": source.path, "to": target.path, "moves": ids})
    return ids


def disassemble(db: Database, actor: Actor, bundle_sku_id: int, quantity: Decimal,
                from_location_id: int, to_location_id: int) -> list[int]:
    with db.transaction() as session:
        return disassemble_in(session, actor, bundle_sku_id, quantity, from_location_id, to_location_id)
