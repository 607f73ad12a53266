"""Yen prices and "N%OFF" in Japanese copy are read (issue 17, set 21).

Kohaku Sabo, a tea house invented for these tests, lists its sencha at 1,200円 and has one
approved offer of 10%OFF. Japanese writes the yen sign after the figure (「1,200円」, full-width
「１，２００円」) and runs the word before straight into it (「煎茶が980円」), and writes a
percentage off without a space (「20%OFF」): none was a price or an amount off, so a sencha
offered below its list price, a wrong percentage, or a price without the tax note went through.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from compliance_helpers import email_fired, invented_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.price_triggers import shape_pattern

_DAY = date(2027, 5, 10)
_TERMS = "クーポンコードSHINCHA10で煎茶が10%OFF。2027年5月31日まで。"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": invented_brand("kohaku"),
            "rules": [
                rule("offers", "offer_terms", {"conditions_within_chars": 300}),
                rule(
                    "tax-note",
                    "disclosure",
                    {"trigger_prices": ["any"], "required_any": ["税込"]},
                ),
            ],
            "products": [
                {"id": "sencha", "name": "煎茶", "list_price": 1200, "currency": "JPY"},
            ],
            "offers": [
                {
                    "id": "shincha",
                    "name": "煎茶10%OFF",
                    "terms": _TERMS,
                    "code": "SHINCHA10",
                    "discount_type": "percent",
                    "discount_amount": 10,
                    "channels": ["email"],
                    "products": ["sencha"],
                    "valid_from": "2027-05-01",
                    "valid_until": "2027-05-31",
                }
            ],
        },
        source="test",
    )


def _fired(body: str, offer_id: str | None = None) -> set[str]:
    send_time = datetime(2027, 5, 10, 3, 0)
    return email_fired(
        _pack(), body, subject="新茶のご案内", send_time=send_time, as_of=_DAY, offer_id=offer_id
    )


def test_a_yen_price_below_the_list_without_an_offer_blocks() -> None:
    assert "offers" in _fired("初夏の感謝価格！煎茶が980円（税込）。")
    assert "offers" in _fired("初夏の感謝価格！煎茶が９８０円（税込）。")
    assert "offers" not in _fired("煎茶は1,200円（税込）です。")


def test_a_wrong_percentage_off_written_without_a_space_blocks() -> None:
    assert "offers" in _fired(f"煎茶が20%OFF（クーポンコードSHINCHA10）。\n{_TERMS}", "shincha")
    assert "offers" not in _fired(f"煎茶が10%OFF（クーポンコードSHINCHA10）。\n{_TERMS}", "shincha")


def test_a_yen_price_needs_the_tax_note() -> None:
    assert "tax-note" in _fired("煎茶は1,200円で好評発売中です。")
    assert "tax-note" not in _fired("煎茶は1,200円（税込）で好評発売中です。")


def test_any_price_reads_yen_and_yuan_after_the_figure() -> None:
    price = re.compile(shape_pattern("any"))
    assert price.search("煎茶が1,200円")
    assert price.search("绿茶只要88元")
    assert not price.search("第3章")
