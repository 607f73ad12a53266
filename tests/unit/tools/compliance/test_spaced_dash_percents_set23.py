"""A spaced em dash before a percentage is no minus sign (issue 17, set 23).

Filzhof, a felt-slipper maker invented for these tests, states each product's composition after
an em dash ("Hausschuh — 70% Schafwolle"). The folded view writes the dash as a hyphen, so the
composition read as "-70%", seventy percent off, and blocked as a promotion without an offer. A
minus glued to its figure or typed as a hyphen is still a reduction.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 3, 3)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Filzhof", "de-AT", "Europe/Vienna"),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email", subject="Neu", body=body, send_time=datetime(2027, 3, 3, 9, 0)
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_composition_after_an_em_dash_is_no_reduction() -> None:
    assert "offers" not in _fired("Der Hausschuh Alm — 70% Schafwolle, 30% Filz.")


def test_a_minus_before_a_percentage_is_still_a_reduction() -> None:
    assert "offers" in _fired("Alle Hausschuhe -30% nur diese Woche!")
    assert "offers" in _fired("Alle Hausschuhe – 30% nur diese Woche!")
