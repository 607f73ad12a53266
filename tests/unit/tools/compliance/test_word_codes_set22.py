"""An offer code that is also a word is quoted only in capitals (issue 17, set 22).

Tienda Solana, a Spanish shop invented for these tests, has a welcome offer with the code
"HOLA". The pack's own codes are read wherever the copy writes them as words of their own, case
ignored, so a greeting "¡Hola, Marta!" in a message carrying no offer quoted the code and was
blocked as a promotion without an offer. A code of letters alone that the pack writes in
capitals is quoted where the copy writes it in capitals; a code with digits in any case.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 5, 12)


def _pack() -> BrandPack:
    offer = {
        "discount_type": "percent",
        "channels": ["email"],
        "valid_from": "2027-05-01",
        "valid_until": "2027-05-31",
    }
    return parse_pack(
        {
            "brand": {
                "name": "Tienda Solana",
                "legal_name": "Tienda Solana S.L.",
                "postal_address": "Calle Mayor 12, 28013 Madrid, España",
                "sender_addresses": {"email": "hola@solana.example"},
                "channels": ["email"],
                "locales": ["es-ES"],
                "default_time_zone": "Europe/Madrid",
                "website_domains": ["solana.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "offers": [
                {
                    **offer,
                    "id": "bienvenida",
                    "name": "10 % en tu primer pedido",
                    "terms": "Código HOLA: 10 % en el primer pedido, hasta el 31 de mayo de 2027.",
                    "code": "HOLA",
                    "discount_amount": 10,
                },
                {
                    **offer,
                    "id": "verano",
                    "name": "15 % en verano",
                    "terms": "Código sol15: 15 % en un pedido, hasta el 31 de mayo de 2027.",
                    "code": "sol15",
                    "discount_amount": 15,
                },
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Novedades de mayo",
        body=body,
        send_time=datetime(2027, 5, 12, 9, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_greeting_spelt_like_a_code_quotes_no_code() -> None:
    assert "offers" not in _fired("¡Hola, Marta! Ya están aquí las novedades de mayo.")
    assert "offers" not in _fired("Hola de nuevo: mira lo que ha llegado a la tienda.")


def test_the_code_in_capitals_still_needs_its_offer() -> None:
    assert "offers" in _fired("Marta, escribe HOLA al pagar tu pedido.")
    assert "offers" in _fired("Marta, escribe SOL15 al pagar tu pedido.")
