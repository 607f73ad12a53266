"""A price in "руб." is a price in Belarusian roubles too (issue 17, set 27).

Кававая Млынок, a Belarusian coffee roaster invented for these tests, lists a pack of beans at
18,50 BYN. Belarusian copy writes its roubles "руб." as Russian copy does, and that word named
the Russian rouble only: a pack offered below its list price in "руб." with no offer was a
second price list in another currency and went through. The sign "₽" and the code "RUB" still
name the Russian rouble alone.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.written_currencies import other_currency

_DAY = date(2027, 3, 9)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Kavavy Mlynok", "be-BY", "Europe/Minsk"),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [
                {"id": "zerne", "name": "Ранішняе зерне", "list_price": 18.5, "currency": "BYN"}
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Свежая абсмажка",
        body=body,
        send_time=datetime(2027, 3, 9, 8, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_price_in_rub_short_form_below_a_byn_list_price_blocks() -> None:
    assert "offers" in _fired("Пачка «Ранішняе зерне» — 16,90 руб.")
    assert "offers" not in _fired("Пачка «Ранішняе зерне» — 18,50 руб.")


def test_the_sign_and_code_still_name_the_russian_rouble() -> None:
    assert other_currency(fold("16,90 ₽").text, "BYN")
    assert other_currency(fold("16,90 RUB").text, "BYN")
    assert not other_currency(fold("16,90 руб.").text, "BYN")
    assert other_currency(fold("16,90 руб.").text, "KZT")
