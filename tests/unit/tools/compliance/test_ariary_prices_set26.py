"""Prices in Malagasy ariary ("15 000 Ar", "MGA 15 000") are read (issue 17, set 26).

Vilany Mafana, a rice-cooker shop invented for these tests, lists its five-litre cooker at
160 000 Ar and pays it off at 800 Ar a day. An ariary price was no price to the offer rule nor
to a disclosure's price shapes, and the Malagasy words for "each day" and "each week" named no
period: a cooker offered below its list price with no offer, or a daily price without the
mandated total line, went through. The Scandinavian "år" (year) and the Latvian "ar" (with),
which fold to the same letters as the short sign, stay no price.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.normalise import fold, plain
from nextbest.tools.compliance.price_triggers import shape_pattern

_DAY = date(2027, 3, 9)
_TOTAL = "Vilany 5L: 800 Ar isan'andro mandritra ny 200 andro. Vidiny feno: 160 000 Ar."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Vilany Mafana", "mg-MG", "Indian/Antananarivo"),
            "rules": [
                rule("offers", "offer_terms", {"conditions_within_chars": 300}),
                rule(
                    "total",
                    "disclosure",
                    {
                        "trigger_prices": ["per day", "per week"],
                        "required_any": [_TOTAL],
                    },
                ),
            ],
            "products": [
                {"id": "v5", "name": "Vilany 5L", "list_price": 160000, "currency": "MGA"}
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email", subject="Vilany", body=body, send_time=datetime(2027, 3, 9, 8, 0)
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_an_ariary_price_below_the_list_without_an_offer_blocks() -> None:
    assert "offers" in _fired("Vilany 5L: 129 000 Ar fotsiny.")
    assert "offers" in _fired("Vilany 5L: MGA 129 000 fotsiny.")
    assert "offers" in _fired("Vilany 5L: 129.000 Ariary fotsiny.")
    assert "offers" not in _fired("Vilany 5L: 160 000 Ar.")


def test_a_daily_or_weekly_ariary_price_needs_the_total_line() -> None:
    assert "total" in _fired("Vilany 5L amin'ny 800 Ar isan'andro.")
    assert "total" in _fired("Vilany 5L amin'ny 5 600 Ar isan-kerinandro.")
    assert "total" not in _fired("Vilany 5L amin'ny 800 Ar isan'andro.\n" + _TOTAL)


def test_the_short_sign_is_written_out_in_every_view() -> None:
    assert fold("1 500 Ar isan'andro").text == "1 500 ariary isan'andro"
    assert plain("Vidiny: 1 500 Ar.") == plain("Vidiny: 1 500 Ariary.")


def test_a_year_or_a_with_is_no_ariary() -> None:
    price = re.compile(shape_pattern("any"))
    assert fold("3 år garanti").text == "3 ar garanti"
    assert price.search(fold("3 år garanti").text) is None
    assert price.search(fold("ar 20 ar atlaidi").text) is None
    assert price.search(fold("Model 12 Arrow").text) is None


def test_money_received_in_malagasy_is_an_offer_mention() -> None:
    assert "offers" in _fired("Mahazoa 20 000 Ar isaky ny namana manasa!")
    assert "offers" not in _fired("Vidin'ny fandefasana 20 000 Ar.")
