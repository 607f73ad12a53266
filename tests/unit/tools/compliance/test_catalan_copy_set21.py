"""Catalan copy: dates with a Catalan month name, and Catalan read as a language (set 21).

Fira del Pa, a Catalan bakery fair invented for these tests, has a figure-free offer: a notice
that the last workshop places are going. Restated with its date ("el 12 de març", "el 3
d'abril"), the day was read as a figure the offer does not give, because Catalan month names
were not read as dates. Catalan itself was no language the function-word reader knew, so copy
in Catalan and in Spanish could not be told apart.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.language_id import judge
from nextbest.tools.compliance.stated_dates import ANY_DATE, readings

_NAME = "Últimes places per al taller de pa de pagès"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Fira del Pa",
                "legal_name": "Associació Fira del Pa",
                "postal_address": "Carrer Major 8, 17001 Girona",
                "sender_addresses": {"email": "hola@firadelpa.example"},
                "channels": ["email"],
                "locales": ["ca-ES"],
                "default_time_zone": "Europe/Madrid",
                "website_domains": ["firadelpa.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "offers": [
                {
                    "id": "ultimes",
                    "name": _NAME,
                    "terms": f"{_NAME}.",
                    "discount_type": "none",
                    "channels": ["email"],
                    "valid_from": "2027-03-01",
                    "valid_until": "2027-04-05",
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Taller de pa",
        body=body,
        send_time=datetime(2027, 3, 2, 9, 0),
        offer_id="ultimes",
        locale="ca-ES",
    )
    return set(RuleEngine(_pack()).check(message, as_of=date(2027, 3, 2)).fired_rule_ids)


def test_catalan_month_names_are_dates() -> None:
    found = ANY_DATE.search("el 12 de marc")
    assert found is not None and readings(found) == ((None, 3, 12),)
    found = ANY_DATE.search("el 3 d'abril de 2027")
    assert found is not None and readings(found) == ((2027, 4, 3),)


def test_the_offer_restated_with_its_date_gives_no_other_figure() -> None:
    assert "offers" not in _fired(f"{_NAME}, el 12 de març a la sala gran.")
    assert "offers" not in _fired(f"{_NAME}, el 3 d'abril.")


def test_catalan_is_read() -> None:
    catalan = "Aquest any la fira és més gran i hi ha molts tallers per a tots els públics."
    spanish = "Este año la feria es más grande y hay muchos talleres para todos los públicos."
    assert judge(catalan, frozenset({"es"})) is not None
    assert judge(catalan, frozenset({"ca"})) is None
    assert judge(spanish, frozenset({"ca"})) is not None
