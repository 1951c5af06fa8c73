"""Catalogue services: SPU variants, SKU codes and validation, optimistic edits, categories, brands."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from omsdesk.auth.actor import Actor
from omsdesk.auth.audit import entries_for
from omsdesk.catalog.mapping import map_channel_sku
from omsdesk.catalog.models import Sku, SkuKind, Spu
from omsdesk.catalog.services import (
    SalesAttribute, SkuSpec, SpuSpec, add_variants, category_tree, create_brand, create_category, create_sku,
    create_spu, list_brands, move_category, rename_category, set_sku_active, sku_uses, update_sku,
)
from omsdesk.errors import ConflictError, NotFoundError, ValidationError
from omsdesk.runtime import Runtime
from tests.catalog.conftest import a_bin, import_orders, receive
from tests.fakes import make_order

COLOURS = SalesAttribute("Colour", ["Black", "White", "Navy Blue"])
SIZES = SalesAttribute("Size", ["S", "M", "L", "XL"])


def tee(**changes) -> SpuSpec:
    spec = SpuSpec(code="TS01", name="Crew-neck tee", sales_attributes=[COLOURS, SIZES], cost=Decimal("12.5000"),
                   list_price=Decimal("39.90"), weight_kg=Decimal("0.2100"))
    return replace(spec, **changes)


def skus_of(rt: Runtime, spu_id: int) -> list[Sku]:
    with rt.db.reading() as session:
        return list(session.scalars(select(Sku).where(Sku.spu_id == spu_id).order_by(Sku.id)))


def counts(rt: Runtime) -> tuple[int, int]:
    with rt.db.reading() as session:
        return session.scalar(select(func.count(Spu.id))), session.scalar(select(func.count(Sku.id)))


def sku_spec(code: str = "MUG-01", name: str = "马克杯 Mug", **changes) -> SkuSpec:
    return replace(SkuSpec(code=code, name=name), **changes)


# -- variants --------------------------------------------------------------------------


def test_three_colours_by_four_sizes_make_twelve_skus_in_one_step(runtime: Runtime) -> None:
    created = create_spu(runtime.db, runtime.actor, tee())
    skus = skus_of(runtime, created.spu_id)
    assert [s.id for s in skus] == created.sku_ids and len(skus) == 12
    assert [s.code for s in skus[:5]] == ["TS01-BLACK-S", "TS01-BLACK-M", "TS01-BLACK-L", "TS01-BLACK-XL",
                                          "TS01-WHITE-S"]
    assert skus[-1].code == "TS01-NAVY-BLUE-XL"
    assert skus[-1].name == "Crew-neck tee Navy Blue XL"
    assert skus[-1].attributes == {"Colour": "Navy Blue", "Size": "XL"}
    assert {(s.cost, s.list_price, s.weight_kg, s.kind) for s in skus} == {
        (Decimal("12.5000"), Decimal("39.90"), Decimal("0.2100"), SkuKind.STANDARD)}
    with runtime.db.reading() as session:
        assert len(entries_for(session, "spu", created.spu_id)) == 1
        assert entries_for(session, "sku", skus[0].id)[0].action == "sku.add"


def test_chinese_values_get_positional_codes_and_chinese_names(runtime: Runtime) -> None:
    spec = SpuSpec(code="T恤-01", name="纯棉T恤", sales_attributes=[
        SalesAttribute("颜色", ["黑色", "白色", "红色"]), SalesAttribute("尺码", ["S", "M"])])
    created = create_spu(runtime.db, runtime.actor, spec)
    skus = skus_of(runtime, created.spu_id)
    assert [s.code for s in skus] == ["T恤-01-C1-S", "T恤-01-C1-M", "T恤-01-C2-S", "T恤-01-C2-M",
                                      "T恤-01-C3-S", "T恤-01-C3-M"]
    assert skus[2].name == "纯棉T恤 白色 S"
    assert skus[2].attributes == {"颜色": "白色", "尺码": "S"}


def test_codes_given_for_the_values_are_used(runtime: Runtime) -> None:
    spec = SpuSpec(code="CUP", name="杯子", sales_attributes=[SalesAttribute("颜色", ["黑", "白"], codes=["BK", "WH"])])
    created = create_spu(runtime.db, runtime.actor, spec)
    assert [s.code for s in skus_of(runtime, created.spu_id)] == ["CUP-BK", "CUP-WH"]


def test_an_spu_without_attributes_is_one_sku_with_its_own_code(runtime: Runtime) -> None:
    created = create_spu(runtime.db, runtime.actor, SpuSpec(code="POSTER", name="Poster A2"))
    assert [(s.code, s.name, s.attributes) for s in skus_of(runtime, created.spu_id)] == [("POSTER", "Poster A2", {})]


def test_a_taken_sku_code_refuses_the_whole_spu_and_creates_nothing(runtime: Runtime) -> None:
    create_sku(runtime.db, runtime.actor, sku_spec("ts01-white-m", "Old tee"))
    before = counts(runtime)
    with pytest.raises(ValidationError, match=r"already in use, nothing was created: ts01-white-m"):
        create_spu(runtime.db, runtime.actor, tee())
    assert counts(runtime) == before


@pytest.mark.parametrize(("attributes", "message"), [
    ([SalesAttribute("Colour", ["Black", "black"])], "given twice"),
    ([SalesAttribute("Colour", ["Navy Blue", "navy-blue"])], "get the same code"),
    ([SalesAttribute("Colour", ["C2", "白"])], "get the same code"),
    ([SalesAttribute("Colour", [])], "at least one value"),
    ([SalesAttribute("Colour", ["Black"]), SalesAttribute("colour", ["S"])], "given twice"),
    ([SalesAttribute("Colour", ["Black", "White"], codes=["B"])], "2 values but 1 codes"),
    ([SalesAttribute("Colour", ["Black"], codes=["B K"])], "not a usable value code"),
])
def test_clashing_or_empty_attribute_values_are_refused(runtime: Runtime, attributes, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        create_spu(runtime.db, runtime.actor, tee(sales_attributes=attributes))
    assert counts(runtime) == (0, 0)


def test_a_taken_spu_code_is_refused_whatever_its_case(runtime: Runtime) -> None:
    create_spu(runtime.db, runtime.actor, tee())
    with pytest.raises(ValidationError, match="SPU code ts01 already exists"):
        create_spu(runtime.db, runtime.actor, tee(code="ts01", sales_attributes=[SIZES]))


def test_add_variants_creates_only_the_missing_combinations(runtime: Runtime) -> None:
    created = create_spu(runtime.db, runtime.actor, tee())
    added = add_variants(runtime.db, runtime.actor, created.spu_id,
                         [SalesAttribute("colour", ["White", "红色"]), SalesAttribute("Size", ["XXL"])])
    skus = skus_of(runtime, created.spu_id)
    assert len(added) == 4 * 5 - 12 and len(skus) == 20
    new_codes = {s.code for s in skus if s.id in added}
    assert "TS01-C4-S" in new_codes and "TS01-BLACK-XXL" in new_codes and "TS01-C4-XXL" in new_codes
    assert all(s.cost == Decimal("12.5000") for s in skus)
    with runtime.db.reading() as session:
        spu = session.get(Spu, created.spu_id)
        assert spu.sales_attributes[0]["values"] == ["Black", "White", "Navy Blue", "红色"]
    assert add_variants(runtime.db, runtime.actor, created.spu_id, []) == []
    with pytest.raises(ValidationError, match="has no attribute 'Material'"):
        add_variants(runtime.db, runtime.actor, created.spu_id, [SalesAttribute("Material", ["Cotton"])])


# -- SKUs --------------------------------------------------------------------------------


@pytest.mark.parametrize(("spec", "field", "message"), [
    (sku_spec(code="MUG 01"), "code", "not a usable code"),
    (sku_spec(code=""), "code", "not a usable code"),
    (sku_spec(code="X" * 65), "code", "not a usable code"),
    (sku_spec(name="  "), "name", "a name is required"),
    (sku_spec(cost=Decimal("-1")), "cost", "negative"),
    (sku_spec(list_price=Decimal("9.999")), "list_price", "more than 2 decimal places"),
    (sku_spec(weight_kg=Decimal("0.00001")), "weight_kg", "more than 4 decimal places"),
    (sku_spec(unit=""), "unit", "1–20 characters"),
])
def test_bad_sku_input_is_refused_naming_the_field(runtime: Runtime, spec: SkuSpec, field: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        create_sku(runtime.db, runtime.actor, spec)
    assert caught.value.field == field
    assert counts(runtime) == (0, 0)


def test_sku_codes_are_unique_ignoring_case(runtime: Runtime) -> None:
    create_sku(runtime.db, runtime.actor, sku_spec("MUG-01"))
    with pytest.raises(ValidationError, match="SKU code mug-01 is already used by SKU MUG-01"):
        create_sku(runtime.db, runtime.actor, sku_spec("mug-01"))


def test_missing_references_are_named(runtime: Runtime) -> None:
    with pytest.raises(NotFoundError, match="category 999 does not exist"):
        create_sku(runtime.db, runtime.actor, sku_spec(category_id=999))


def test_the_code_may_change_while_the_sku_is_unused(runtime: Runtime) -> None:
    sku_id = create_sku(runtime.db, runtime.actor, sku_spec("MUG-1"))
    update_sku(runtime.db, runtime.actor, sku_id, sku_spec("MUG-01", "Mug, white"), expected_version=1)
    with runtime.db.reading() as session:
        sku = session.get(Sku, sku_id)
        assert (sku.code, sku.name, sku.version) == ("MUG-01", "Mug, white", 2)
        entry = entries_for(session, "sku", sku_id)[-1]
    assert entry.before == {"code": "MUG-1", "name": "马克杯 Mug"}
    assert entry.after == {"code": "MUG-01", "name": "Mug, white", "version": 2}


def test_the_code_is_frozen_once_stock_has_moved(runtime: Runtime) -> None:
    sku_id = create_sku(runtime.db, runtime.actor, sku_spec())
    receive(runtime, sku_id, "3", a_bin(runtime))
    with pytest.raises(ValidationError, match=r"code of SKU MUG-01 can no longer change: it is already used "
                                              r"\(stock moves\)"):
        update_sku(runtime.db, runtime.actor, sku_id, sku_spec("MUG-02"), expected_version=1)
    update_sku(runtime.db, runtime.actor, sku_id, sku_spec(name="Mug, big"), expected_version=1)  # other fields may
    with runtime.db.reading() as session:
        assert session.get(Sku, sku_id).code == "MUG-01"


def test_the_code_is_frozen_once_an_order_line_refers_to_it(runtime: Runtime, shop_id: int) -> None:
    sku_id = create_sku(runtime.db, runtime.actor, sku_spec("MUG-01"))
    import_orders(runtime, shop_id, [make_order(1, lines=1)])  # its line has seller SKU SKU-001
    map_channel_sku(runtime.db, runtime.actor, shop_id, channel_sku="SKU-001", sku_id=sku_id)
    with runtime.db.reading() as session:
        assert sku_uses(session, sku_id) == ["order lines", "channel mappings"]
    with pytest.raises(ValidationError, match=r"already used \(order lines, channel mappings\)"):
        update_sku(runtime.db, runtime.actor, sku_id, sku_spec("MUG-9"), expected_version=1)


def test_a_stale_edit_is_refused_naming_what_changed_and_who(runtime: Runtime) -> None:
    sku_id = create_sku(runtime.db, runtime.actor, sku_spec())
    colleague = Actor("li.na")
    update_sku(runtime.db, colleague, sku_id, sku_spec(list_price=Decimal("19.90")), expected_version=1)
    set_sku_active(runtime.db, colleague, sku_id, False)
    with pytest.raises(ConflictError, match=r"changed by li.na while you edited it \(list_price, active\)"):
        update_sku(runtime.db, runtime.actor, sku_id, sku_spec(name="Mug"), expected_version=1)
    with runtime.db.reading() as session:
        sku = session.get(Sku, sku_id)
        assert (sku.name, sku.list_price, sku.active, sku.version) == ("马克杯 Mug", Decimal("19.90"), False, 3)


def test_the_kind_may_not_change_once_used(runtime: Runtime) -> None:
    sku_id = create_sku(runtime.db, runtime.actor, sku_spec())
    receive(runtime, sku_id, "1", a_bin(runtime))
    with pytest.raises(ValidationError, match="kind of SKU MUG-01 can no longer change"):
        update_sku(runtime.db, runtime.actor, sku_id, sku_spec(kind=SkuKind.VIRTUAL_BUNDLE), expected_version=1)


def test_set_active_is_audited_and_idempotent(runtime: Runtime) -> None:
    sku_id = create_sku(runtime.db, runtime.actor, sku_spec())
    set_sku_active(runtime.db, runtime.actor, sku_id, False)
    set_sku_active(runtime.db, runtime.actor, sku_id, False)
    with runtime.db.reading() as session:
        assert session.get(Sku, sku_id).active is False
        assert [e.action for e in entries_for(session, "sku", sku_id)] == ["sku.add", "sku.deactivate"]


# -- categories and brands ---------------------------------------------------------------------


def test_categories_form_a_tree_with_paths(runtime: Runtime) -> None:
    db, actor = runtime.db, runtime.actor
    clothes = create_category(db, actor, "服装")
    tees = create_category(db, actor, "T恤", clothes)
    create_category(db, actor, "Hoodies", clothes)
    home = create_category(db, actor, "Home")
    with runtime.db.reading() as session:
        tree = category_tree(session)
    assert [n.name for n in tree] == ["Home", "服装"]
    assert [(c.name, c.path) for c in tree[1].children] == [("Hoodies", "服装 / Hoodies"), ("T恤", "服装 / T恤")]
    move_category(db, actor, tees, home)
    rename_category(db, actor, home, "家居")
    with runtime.db.reading() as session:
        moved = {n.name: n for n in category_tree(session)}["家居"].children[0]
    assert (moved.id, moved.path) == (tees, "家居 / T恤")


def test_a_category_cannot_move_into_its_own_subtree(runtime: Runtime) -> None:
    db, actor = runtime.db, runtime.actor
    top = create_category(db, actor, "服装")
    middle = create_category(db, actor, "上衣", top)
    bottom = create_category(db, actor, "T恤", middle)
    with pytest.raises(ValidationError, match="cannot be moved into itself or one of its subcategories"):
        move_category(db, actor, top, bottom)
    with pytest.raises(ValidationError, match="cannot be moved into itself"):
        move_category(db, actor, top, top)


def test_sibling_categories_and_brands_have_unique_names_ignoring_case(runtime: Runtime) -> None:
    db, actor = runtime.db, runtime.actor
    create_category(db, actor, "Shoes")
    with pytest.raises(ValidationError, match="already exists"):
        create_category(db, actor, "shoes")
    create_brand(db, actor, "Acme")
    with pytest.raises(ValidationError, match="brand 'ACME' already exists"):
        create_brand(db, actor, "ACME")
    create_brand(db, actor, "贝壳")
    with runtime.db.reading() as session:
        assert [b.name for b in list_brands(session)] == ["Acme", "贝壳"]
