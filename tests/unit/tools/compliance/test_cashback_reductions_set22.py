"""A percentage "de reintegro" (cash back) is a promotion in Spanish copy (issue 17, set 22).

Farmacia Ceibo, a chemist invented for these tests, has one approved offer: 15% de reintegro
on Tuesdays. In Argentina and Uruguay a promotion is most often a refund of part of the price,
"reintegro", not a "descuento": copy bringing back a 25% refund with no offer went through, as
"reintegro" was no reduction word. "reintegro del 15%" reads the same way.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2031, 8, 5)
_TERMS = "15% de reintegro los martes de agosto de 2031 en perfumería. Tope $ 8.000 por mes."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Farmacia Ceibo",
                "legal_name": "Farmacia Ceibo S.R.L.",
                "postal_address": "Av. Rivera 2100, 11200 Montevideo, Uruguay",
                "sender_addresses": {"email": "hola@ceibo.example"},
                "channels": ["email"],
                "locales": ["es-UY"],
                "default_time_zone": "America/Montevideo",
                "website_domains": ["ceibo.example"],
            },
            "rules": [rule("promos", "offer_terms", {"conditions_within_chars": 300})],
            "offers": [
                {
                    "id": "martes",
                    "name": "15% de reintegro los martes",
                    "terms": _TERMS,
                    "disclosure": _TERMS,
                    "discount_type": "percent",
                    "discount_amount": 15,
                    "channels": ["email"],
                    "valid_from": "2031-08-01",
                    "valid_until": "2031-08-31",
                }
            ],
        },
        source="test",
    )


def _fired(body: str, offer_id: str | None = None) -> bool:
    message = Message(
        channel="email",
        subject="Martes en Ceibo",
        body=body,
        send_time=datetime(2031, 8, 5, 12, 0),
        offer_id=offer_id,
    )
    return "promos" in RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids


def test_a_refund_percentage_without_an_offer_blocks() -> None:
    assert _fired("Volvió el 25% de reintegro en perfumería.")
    assert _fired("Este martes, reintegro del 25% en perfumería.")


def test_the_approved_refund_with_its_offer_passes() -> None:
    assert not _fired(_TERMS, "martes")


def test_a_changed_refund_with_its_offer_blocks() -> None:
    assert _fired(_TERMS.replace("15%", "20%"), "martes")
