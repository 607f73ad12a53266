"""Nepali rupee prices ("रु 8,500", "रू 8,500", "NPR 8,500") are read (issue 17, set 25).

Phewa Udaan, a paragliding school invented for these tests, must say what a price includes
whenever it quotes one. Nepali copy writes the rupee's short form without its full stop as
often as with it; such a price was no price to the disclosure, so a flight quoted "रु ८,५००"
went out without its inclusions line. The word "र" (and) before a figure stays no price.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.normalise import fold

_LINE = "मूल्यमा उडान, भिडियो र होटल ढुवानी समावेश छन्।"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Phewa Udaan", "ne-NP", "Asia/Kathmandu"),
            "rules": [
                rule(
                    "inclusions",
                    "disclosure",
                    {"trigger_prices": ["any"], "required_any": [_LINE]},
                )
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    return email_fired(
        _pack(),
        body,
        subject="फेवा माथि उडान",
        send_time=datetime(2027, 3, 2, 9, 0),
        as_of=date(2027, 3, 2),
    )


def test_a_rupee_price_without_the_full_stop_needs_the_line() -> None:
    for price in ("रु ८,५००", "रू 8,500", "रु8,500", "NPR 8,500", "८,५०० रुपैयाँ", "रु. ८,५००"):
        assert "inclusions" in _fired(f"टन्डम उडान {price} मात्र।"), price
        assert "inclusions" not in _fired(f"टन्डम उडान {price} मात्र। {_LINE}"), price


def test_the_word_and_before_a_figure_is_no_price() -> None:
    assert "inclusions" not in _fired("बिहान र २ बजे उडान हुन्छ; पाइलट र 3 सहायक।")


def test_the_full_stop_put_in_keeps_the_offsets() -> None:
    folded = fold("उडान रु ८,५००")
    assert folded.text.endswith(" र. ८,५००")
    start = folded.text.index("र.")
    assert folded.original_span(start, start + 2) == (5, 7)
