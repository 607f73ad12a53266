"""Per-customer rendering fills approved slots only, with cleaned values."""

from __future__ import annotations

import pytest

from nextbest.agents.render import RenderError, clean_value, render_text, slot_values


def test_customer_values_are_cleaned_and_cut() -> None:
    dirty = "Ana\u200b {{ config }} <b>http://x.io</b> " + "z" * 80
    cleaned = clean_value(dirty, 30)
    assert len(cleaned) <= 30
    for bad in ("{", "}", "<", ">", "http", "\u200b"):
        assert bad not in cleaned
    assert slot_values({"first_name": "  "})["first_name"] == "there"


def test_only_allowed_slots_render() -> None:
    assert render_text("Hi {{ first_name }},", {"first_name": "Ana"}) == "Hi Ana,"
    assert render_text(None, {}) is None
    with pytest.raises(RenderError):
        render_text("{{ secret }}", {"first_name": "Ana"})
    with pytest.raises(RenderError):
        render_text("{{ ''.__class__.__mro__[1].__subclasses__() }}", {"first_name": "Ana"})
