"""Copy in the language the customer chose, read from the message's locale (issue 17, set 21).

Vinya Brava, a Catalan winery invented for these tests, writes in Catalan and, to customers who
chose it, in English (brand locales ``ca-ES`` and ``en-GB``); its language rule lists Catalan.
English copy to a customer whose message carries the ``en-GB`` locale was blocked though that
customer chose English; to a customer with the Catalan locale it still blocks.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.chosen_language import chosen_languages

_ENGLISH = (
    "Our new white wine is ready for the table. Come to the cellar and taste it with us "
    "on any Saturday of the month, and bring your friends with you."
)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Vinya Brava",
                "legal_name": "Vinya Brava SL",
                "postal_address": "Camí del Mas 3, 43730 Falset",
                "sender_addresses": {"email": "hola@vinyabrava.example"},
                "channels": ["email"],
                "locales": ["ca-ES", "en-GB"],
                "default_time_zone": "Europe/Madrid",
                "website_domains": ["vinyabrava.example"],
            },
            "rules": [rule("language", "language", {"allowed": ["ca"]})],
        },
        source="test",
    )


def _fired(locale: str) -> set[str]:
    message = Message(
        channel="email",
        subject="New white wine",
        body=_ENGLISH,
        send_time=datetime(2027, 5, 3, 8, 0),
        locale=locale,
    )
    return set(RuleEngine(_pack()).check(message, as_of=date(2027, 5, 3)).fired_rule_ids)


def test_the_chosen_language_is_allowed() -> None:
    assert "language" not in _fired("en-GB")
    assert "language" in _fired("ca-ES")


def test_only_a_locale_of_the_brand_adds_its_language() -> None:
    brand = ["ca-ES", "en-GB"]
    assert chosen_languages(frozenset({"ca"}), "en-GB", brand) == {"ca", "en"}
    assert chosen_languages(frozenset({"ca"}), "fr-FR", brand) == {"ca"}
    assert chosen_languages(frozenset({"ca"}), None, brand) == {"ca"}
    assert chosen_languages(frozenset({"ca"}), "en-GB", ["ca-ES"]) == {"ca"}
