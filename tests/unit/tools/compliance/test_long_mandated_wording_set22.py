"""A mandated wording of several hundred characters (issue 17, set 22).

A bank's legal line (rates, total cost, the lender's registration, the terms' address) easily
runs past 500 characters. The pattern of every mandated wording is built as a prefix tree, one
node per character; built recursively it stopped the engine with a RecursionError before any
message was checked. Banco Ribera, an Argentine bank invented for these tests, requires such a
line in every e-mail: the engine must build, find the line when it is there and block when it
is not.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.engine import RuleEngine
from nextbest.tools.compliance.phrases import compile_phrases

LEGAL_LINE = " ".join(
    [
        "Banco Ribera S.A.U., CUIT 30-71234567-8, entidad financiera autorizada por el BCRA.",
        "Préstamo personal en pesos a tasa fija: TNA 89,00 %, TEA 131,63 %, CFT con IVA",
        "142,15 %, sujeto a aprobación crediticia; ejemplo para $ 1.000.000 a 12 meses con",
        "cuota de $ 124.890,32. Los depósitos en pesos y en moneda extranjera cuentan con la",
        "garantía de hasta $ 25.000.000 (Ley 24.485). Consultá costos, comisiones y condiciones",
        "en www.bancoribera.example/legales antes de contratar; podés revocar la aceptación",
        "dentro de los 10 días hábiles.",
    ]
)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Banco Ribera",
                "legal_name": "Banco Ribera S.A.U.",
                "postal_address": "Calle Florida 980, C1005 Buenos Aires",
                "sender_addresses": {"email": "hola@bancoribera.example"},
                "channels": ["email"],
                "locales": ["es-AR"],
                "default_time_zone": "America/Argentina/Buenos_Aires",
                "website_domains": ["bancoribera.example"],
            },
            "rules": [
                rule(
                    "legal-line",
                    "required_element",
                    {"element": "statement", "text": LEGAL_LINE, "fields": ["body"]},
                )
            ],
        },
        source="test",
    )


def test_the_wording_is_longer_than_the_recursion_limit_allowed() -> None:
    assert len(LEGAL_LINE) > 500
    pattern = compile_phrases([LEGAL_LINE, LEGAL_LINE[:40]], obfuscation=False)
    assert pattern is not None
    assert pattern.search("banco ribera s a u cuit 30 71234567 8 entidad financiera") is not None


def test_the_engine_builds_and_checks_the_long_line(check: Any) -> None:
    RuleEngine(_pack())
    body = f"Pedí tu préstamo desde la app. {LEGAL_LINE}"
    assert "legal-line" not in fired(
        check(_pack(), channel="email", subject="Tu préstamo", body=body)
    )
    short = "Pedí tu préstamo desde la app. Banco Ribera S.A.U."
    assert "legal-line" in fired(check(_pack(), channel="email", subject="Tu préstamo", body=short))
