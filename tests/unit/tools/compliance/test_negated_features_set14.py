"""A lacked feature the copy denies in Portuguese, Spanish, Italian or French (issue 17, set 14).

A made-up brand built here — "Ondalta Redes", a fibre plan without television and a mobile
plan without 5G — not the sample brand and not any evaluation brand.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

DAY = date(2027, 3, 9)
NOON = datetime(2027, 3, 9, 11, 0, tzinfo=UTC)

PRODUCTS: list[dict[str, Any]] = [
    {
        "id": "fibra-300",
        "name": "Ondalta Fibra 300",
        "aliases": ["Fibra 300"],
        "lacks": ["televisão", "televisión", "televisione", "télévision"],
    },
    {
        "id": "movel-8",
        "name": "Ondalta Móvel 8",
        "aliases": ["Móvel 8"],
        "lacks": ["5G"],
    },
]


def _engine() -> RuleEngine:
    brand = {
        "name": "Ondalta Redes",
        "legal_name": "Ondalta Redes, Lda.",
        "postal_address": "Rua das Flores 12, 4050-262 Porto",
        "channels": ["email"],
        "default_time_zone": "Europe/Lisbon",
        "website_domains": ["ondalta.example"],
    }
    rules = [
        {
            "id": "specs",
            "kind": "product_facts",
            "description": "Features said of a plan match its specification.",
            "rationale": "Misleading specifications.",
            "source": "Test rulebook",
        }
    ]
    pack = {"brand": brand, "products": PRODUCTS, "rules": rules}
    return RuleEngine(BrandPack.model_validate(pack))


def _specs(body: str) -> list[str]:
    message = Message(channel="email", subject="Ondalta", body=body, send_time=NOON)
    verdict = _engine().check(message, as_of=DAY)
    return [v.rule_id for v in verdict.violations if v.rule_id == "specs"]


@pytest.mark.parametrize(
    "body",
    [
        "O Ondalta Fibra 300 não inclui televisão, por isso paga só a internet.",
        "O Ondalta Móvel 8 funciona na rede 4G (sem 5G).",
        "O Ondalta Fibra 300 vem sem televisão nem telefone fixo.",
        "El Ondalta Fibra 300 no incluye televisión.",
        "Ondalta Móvel 8: solo 4G, sin 5G.",
        "L'Ondalta Fibra 300 non include la televisione.",
        "Ondalta Móvel 8, senza 5G.",
        "L'Ondalta Fibra 300 n'inclut pas la télévision.",
        "Ondalta Móvel 8 : 4G, sans 5G.",
    ],
)
def test_a_lacked_feature_denied_in_a_romance_language_passes(body: str) -> None:
    assert _specs(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "O Ondalta Fibra 300 inclui televisão.",
        "O Ondalta Móvel 8 já tem 5G.",
        "Não perca: o Ondalta Móvel 8 inclui 5G.",
        "O Ondalta Móvel 8 é sem fidelização e com 5G.",
        "El Ondalta Fibra 300 incluye televisión.",
        "L'Ondalta Fibra 300 comprende la televisione.",
        "L'Ondalta Fibra 300 inclut la télévision.",
    ],
)
def test_a_lacked_feature_said_of_the_plan_still_blocks(body: str) -> None:
    assert _specs(body) == ["specs"]
