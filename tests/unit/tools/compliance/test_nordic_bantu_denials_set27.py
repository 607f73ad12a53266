"""Lacked features denied in Nordic, Kinyarwanda or Swahili, or in the footer (issue 17, set 27).

Fjellbris, an outdoor clothing shop invented for these tests, sells a Vidda jacket that has no
hood ("hette") and a Sola lamp that has no radio. A lacked feature the copy denies ("uten
hette", without a hood; Swahili "haina redio", it has no radio; Kinyarwanda "nta redio") is not
said of the product, and a lacked word in the legal footer's paragraph is boilerplate. Saying
the feature of the product still blocks.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 2, 3)
_FOOTER = "Fjellbris AS, Havnegata 4, 8006 Bodø\nLes om hette og lue på nettsiden."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Fjellbris",
                "legal_name": "Fjellbris AS",
                "postal_address": "Havnegata 4, 8006 Bodø",
                "sender_addresses": {"email": "post@fjellbris.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/Oslo",
                "website_domains": ["fjellbris.example"],
            },
            "rules": [rule("facts", "product_facts", {})],
            "products": [
                {
                    "id": "vidda",
                    "name": "Vidda jakke",
                    "list_price": 1900,
                    "currency": "NOK",
                    "lacks": ["hette"],
                },
                {
                    "id": "sola",
                    "name": "Sola lampe",
                    "list_price": 400,
                    "currency": "NOK",
                    "lacks": ["redio"],
                },
            ],
        },
        source="test",
    )


def _fired(body: str, subject: str = "Nytt i butikken") -> set[str]:
    message = Message(
        channel="email",
        subject=subject,
        body=body,
        send_time=datetime(2027, 2, 3, 9, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_nordic_denial_before_the_feature_is_no_claim_of_it() -> None:
    assert "facts" not in _fired("Vidda jakke er uten hette, lett og varm.")
    assert "facts" not in _fired("Vidda jakke har ingen hette.")
    assert "facts" in _fired("Vidda jakke har hette og to lommer.")


def test_a_bantu_denial_before_the_feature_is_no_claim_of_it() -> None:
    assert "facts" not in _fired("Sola lampe haina redio, lakini ina mwanga mkali.")
    assert "facts" not in _fired("Sola lampe nta redio igira.")
    assert "facts" in _fired("Sola lampe ina redio na mwanga mkali.")


def test_a_lacked_word_in_the_footer_paragraph_is_boilerplate() -> None:
    subject = "Vidda jakke er her"
    assert "facts" not in _fired(f"Den er lett og varm.\n\n{_FOOTER}", subject)
    assert "facts" in _fired(f"Den er lett og varm, med hette.\n\n{_FOOTER}", subject)
