"""Ondalta Redes, a Portuguese network operator invented here (issue 17, set 14).

Not the sample brand and not any evaluation brand. Two generic failure classes on one brand:
- an invitation to look a trigger up at the reader's own place is a pointer, not a claim;
- a feature a plan lacks, denied in Portuguese, Spanish, Italian or French, passes, while the
  same feature said of the plan still blocks.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from compliance_helpers import rule as _rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

DAY = date(2027, 3, 9)
SEND = datetime(2027, 3, 9, 10, 0)
NOON = datetime(2027, 3, 9, 11, 0, tzinfo=UTC)

BRAND: dict[str, Any] = {
    "name": "Ondalta Redes",
    "legal_name": "Ondalta Redes, Lda.",
    "postal_address": "Rua das Flores 12, 4050-262 Porto",
    "channels": ["email"],
    "default_time_zone": "Europe/Lisbon",
    "website_domains": ["ondalta.example"],
}

CLAIMS_PACK: dict[str, Any] = {
    "brand": BRAND,
    "rules": [
        _rule(
            "alegacoes",
            "claim_grounding",
            {
                "categories": ["service"],
                "extra_triggers": {"service": ["cobertura", "cobertura 5G", "coverage"]},
            },
        )
    ],
}

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

FACTS_RULE: dict[str, Any] = {
    "id": "specs",
    "kind": "product_facts",
    "description": "Features said of a plan match its specification.",
    "rationale": "Misleading specifications.",
    "source": "Test rulebook",
}


def _claims(body: str) -> list[str]:
    pack = parse_pack(CLAIMS_PACK, source="test")
    message = Message(channel="email", subject="Ondalta", body=body, send_time=SEND)
    verdict = RuleEngine(pack).check(message, as_of=DAY)
    return [v.rule_id for v in verdict.violations if v.rule_id == "alegacoes"]


def _specs(body: str) -> list[str]:
    pack = {"brand": BRAND, "products": PRODUCTS, "rules": [FACTS_RULE]}
    engine = RuleEngine(BrandPack.model_validate(pack))
    message = Message(channel="email", subject="Ondalta", body=body, send_time=NOON)
    verdict = engine.check(message, as_of=DAY)
    return [v.rule_id for v in verdict.violations if v.rule_id == "specs"]


@pytest.mark.parametrize(
    "body",
    [
        "Veja a cobertura na sua morada: https://ondalta.example/cobertura",
        "Consulte a cobertura na sua zona em https://ondalta.example/cobertura",
        "Consulta la cobertura en tu dirección: https://ondalta.example/es",
        "Check coverage at your address: https://ondalta.example/coverage",
    ],
)
def test_a_look_up_at_the_readers_place_is_no_claim(body: str) -> None:
    assert _claims(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Temos cobertura na sua morada: https://ondalta.example/cobertura",
        "Veja a cobertura 5G que chega a todo o país: https://ondalta.example/cobertura",
        "Veja a cobertura na sua morada.",
        "A Ondalta garante cobertura na sua zona: https://ondalta.example/cobertura",
    ],
)
def test_coverage_said_outright_still_needs_an_approved_claim(body: str) -> None:
    assert _claims(body) == ["alegacoes"]


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
