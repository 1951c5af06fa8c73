"""User-facing errors: English for the CLI and logs, translatable for the app."""

from __future__ import annotations

from omsdesk.errors import MESSAGES, UserError, ValidationError


def test_message_is_the_formatted_template() -> None:
    error = UserError("shop {shop_id} does not exist", shop_id=7)
    assert str(error) == "shop 7 does not exist"
    assert (error.template, error.params) == ("shop {shop_id} does not exist", {"shop_id": 7})


def test_localized_uses_the_translation_of_the_template() -> None:
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return "店铺 {shop_id} 不存在"

    assert UserError("shop {shop_id} does not exist", shop_id=7).localized(translate) == "店铺 7 不存在"
    assert seen == [(MESSAGES, "shop {shop_id} does not exist")]


def test_a_broken_translation_falls_back_to_english() -> None:
    error = ValidationError("name", "a shop named {name!r} already exists", name="x")
    assert error.localized(lambda context, text: "已存在 {nmae}") == "name: a shop named 'x' already exists"
    assert (error.field, error.message) == ("name", "a shop named 'x' already exists")
