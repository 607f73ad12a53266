"""A count of an accented noun the offer never mentions is no changed offer term.

Issue 17, set 20. Termas del Sol, a Mexican thermal spa invented for these tests, sells its
thermal circuit at an offer price. Copy that restates the offer and describes the circuit
("… a $890 MXN: 6 baños de vapor en un solo recorrido") counts baths, which the offer never
speaks of: the 6 is what the product holds, not a term. A wrong price is still a changed term,
and so is a count of time ("3 días") the offer does not give.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_TERMS = "Circuito Termal a $890 MXN. Promoción válida del 1 al 31 de marzo de 2027."


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Termas del Sol",
                "legal_name": "Termas del Sol, S.A. de C.V.",
                "postal_address": "Calle Manantial 12, Ixtapan de la Sal, México",
                "sender_addresses": {"email": "hola@termasdelsol.example"},
                "channels": ["email"],
                "locales": ["es-MX"],
                "default_time_zone": "America/Mexico_City",
                "website_domains": ["termasdelsol.example"],
            },
            "products": [
                {
                    "id": "circuito",
                    "name": "Circuito Termal",
                    "list_price": 1190,
                    "currency": "MXN",
                }
            ],
            "offers": [
                {
                    "id": "marzo",
                    "name": "Circuito Termal a $890 MXN",
                    "terms": _TERMS,
                    "discount_type": "price",
                    "discount_amount": 890,
                    "currency": "MXN",
                    "channels": ["email"],
                    "products": ["circuito"],
                    "valid_from": "2027-03-01",
                    "valid_until": "2027-03-31",
                }
            ],
            "rules": [rule("ofertas", "offer_terms")],
        },
        source="test",
    )


def _fires(check: Any, sentence: str) -> bool:
    verdict = check(
        _pack(),
        channel="email",
        subject="Circuito Termal",
        body=f"{sentence}\n\n{_TERMS}",
        offer_id="marzo",
        as_of=date(2027, 3, 10),
        send_time=datetime(2027, 3, 10, 17, 0),
    )
    return "ofertas" in fired(verdict)


def test_a_count_of_an_accented_noun_is_no_offer_term(check: Any) -> None:
    assert not _fires(check, "Circuito Termal a $890 MXN: 6 baños de vapor en un solo recorrido.")


def test_a_changed_price_or_duration_is_still_a_changed_term(check: Any) -> None:
    assert _fires(check, "Circuito Termal a $790 MXN: 6 baños de vapor en un solo recorrido.")
    assert _fires(check, "Circuito Termal a $890 MXN: 3 días de acceso en un solo pago.")
