"""An invitation to look a trigger up at the reader's own place is a pointer (issue 17, set 14).

Generic cases for a brand invented here: Ondalta Redes, a Portuguese network operator whose
coverage statements must be approved claims.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from compliance_helpers import rule as _rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance import Message, RuleEngine

DAY = date(2027, 3, 9)
SEND = datetime(2027, 3, 9, 10, 0)

PACK: dict[str, Any] = {
    "brand": {
        "name": "Ondalta Redes",
        "legal_name": "Ondalta Redes, Lda.",
        "postal_address": "Rua das Flores 12, 4050-262 Porto",
        "channels": ["email"],
        "default_time_zone": "Europe/Lisbon",
        "website_domains": ["ondalta.example"],
    },
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


def _claims(body: str) -> list[str]:
    pack = parse_pack(PACK, source="test")
    message = Message(channel="email", subject="Ondalta", body=body, send_time=SEND)
    verdict = RuleEngine(pack).check(message, as_of=DAY)
    return [v.rule_id for v in verdict.violations if v.rule_id == "alegacoes"]


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
