"""A competitor's name with its head word declined, in Slovenian and Croatian (issue 17, set 22).

Lipov Gaj, a wine bar invented for these tests, bans naming "Vinoteka Zorin", "Hotel Breg"
and "Terase 12". Slovenian and Croatian decline a name's head word: a message asking "Ste že
bili v Hotelu Breg?" named the competitor in the locative, and went through. The forms keep
the name's capitals: a lower-case "hotelu" is a word.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.south_slavic_names import south_slavic_forms

_DAY = date(2031, 9, 2)


def _pack(locale: str) -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Lipov Gaj",
                "legal_name": "Lipov Gaj d.o.o.",
                "postal_address": "Lipova ulica 7, 2000 Maribor",
                "sender_addresses": {"email": "info@gaj.example"},
                "channels": ["email"],
                "locales": [locale],
                "default_time_zone": "Europe/Ljubljana",
                "website_domains": ["gaj.example"],
            },
            "rules": [
                rule(
                    "competitor",
                    "case_sensitive_term",
                    {"terms": ["Vinoteka Zorin", "Hotel Breg", "Terase 12"]},
                )
            ],
        },
        source="test",
    )


def _fired(body: str, locale: str = "sl-SI") -> bool:
    message = Message(
        channel="email",
        subject="Jesen pri nas",
        body=body,
        send_time=datetime(2031, 9, 2, 8, 0),
    )
    verdict = RuleEngine(_pack(locale)).check(message, as_of=_DAY)
    return "competitor" in verdict.fired_rule_ids


def test_a_declined_head_word_names_the_competitor_in_slovenian() -> None:
    assert _fired("Ste že bili v Hotelu Breg? Pridite še k nam.")
    assert _fired("Dobimo se pri Vinoteki Zorin ali pri nas.")
    assert _fired("Na Terasah 12 je poleti polno.")


def test_a_declined_head_word_names_the_competitor_in_croatian() -> None:
    assert _fired("Jeste li bili u Hotelu Breg? Dođite k nama.", "hr-HR")
    assert _fired("Svratite u Vinoteku Zorin ili k nama.", "hr-HR")
    assert _fired("Bili ste na Terasama 12? Dođite k nama.", "hr-HR")


def test_common_words_and_other_languages_name_nothing() -> None:
    assert not _fired("V hotelu Breg smo bili lani.")  # "hotel" not written as the name
    assert not _fired("Ste že bili v Hotelu Breg?", "de-DE")
    assert south_slavic_forms("Hotel Breg", "de") == []
    assert "Hotelu Breg" in south_slavic_forms("Hotel Breg", "sl")
