"""A supplement's price is not the price of the product it is added to (issue 17, set 22).

Kopel Vrt, a bath house invented for these tests, lists a day ticket at 24 € and a steam room
at 8 €. Copy that says the steam room is a supplement to the day ticket at 8 € named only the
day ticket in that sentence, so the 8 € read as a day ticket below its list price: a cut with
no offer. A supplement, surcharge or "Aufpreis" is paid on top of the product named; a price
sold as a deal ("only") is still read as before.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.supplement_prices import supplement_price

_DAY = date(2031, 3, 3)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Kopel Vrt",
                "legal_name": "Kopel Vrt d.o.o.",
                "postal_address": "Vrtna ulica 2, 1000 Ljubljana, Slovenija",
                "sender_addresses": {"email": "info@kopel.example"},
                "channels": ["email"],
                "locales": ["sl-SI"],
                "default_time_zone": "Europe/Ljubljana",
                "website_domains": ["kopel.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [
                {
                    "id": "dan",
                    "name": "dnevna vstopnica",
                    "aliases": ["dnevni vstopnici"],
                    "list_price": 24,
                    "currency": "EUR",
                },
                {"id": "para", "name": "Parna soba", "list_price": 8, "currency": "EUR"},
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Parna soba",
        body=body,
        send_time=datetime(2031, 3, 3, 8, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_supplement_to_a_product_is_not_its_price() -> None:
    body = "Parna soba je odprta vsak dan. Doplačilo k dnevni vstopnici je 8 €."
    assert "offers" not in _fired(body)


def test_a_product_below_its_list_price_still_blocks() -> None:
    assert "offers" in _fired("Parna soba je odprta vsak dan. Dnevna vstopnica je 8 €.")


def test_supplement_nouns_of_several_languages() -> None:
    for text in (
        "A surcharge on the day ticket of €8",
        "Aufpreis zum Tagesticket: 8 €",
        "Le supplément pour la chambre: 8 €",
    ):
        assert supplement_price(text, 0, text.index("8")), text
    plain = "No surcharge. The day ticket is €8"
    assert not supplement_price(plain, 0, plain.index("€"))
