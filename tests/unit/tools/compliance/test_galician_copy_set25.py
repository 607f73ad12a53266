"""Galician copy is read as Galician, not as Portuguese (set 25).

Forno da Ría, a Galician bakery invented for these tests, writes in Galician. Galician shares
its articles and their contractions with Portuguese ("o", "a", "da", "nas", "ao"), and the
reader, which had no Galician list, took the bakery's own copy for Portuguese and blocked it
under its Galician-only rule. Galician is now read; Portuguese copy read under an English rule
is as plainly Portuguese as before (the two are pooled where neither is allowed), and Spanish
copy under the Galician rule still blocks.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.language_id import judge, language_scores

_GALICIAN = (
    "O pan de millo e as empanadas xa están no forno: a fornada sae ás oito e dura ata o "
    "mediodía. Recóllea na tenda da praza ou nas feiras do mes, e levámola ao teu fogar nunha "
    "hora."
)
_PORTUGUESE = (
    "O pão de milho já está no forno: a fornada sai às oito e dura até ao meio-dia. "
    "Recolha na loja da praça ou peça pelo site, e levamos à sua casa numa hora."
)
_SPANISH = (
    "El pan de maíz ya está en el horno: la hornada sale a las ocho y dura hasta el mediodía. "
    "Recógelo en la tienda de la plaza o pídelo por la web y te lo llevamos a tu casa."
)


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Forno da Ría",
                "legal_name": "Forno da Ría, S.L.",
                "postal_address": "Rúa Nova 3, 36600 Vilagarcía, España",
                "sender_addresses": {"email": "ola@fornodaria.example"},
                "channels": ["email"],
                "locales": ["gl-ES"],
                "default_time_zone": "Europe/Madrid",
                "website_domains": ["fornodaria.example"],
            },
            "rules": [rule("idioma", "language", {"allowed": ["gl"]})],
        },
        source="test",
    )


def test_galician_copy_under_a_galician_rule_passes(check: Any) -> None:
    verdict = check(_pack(), channel="email", subject="Pan de millo", body=_GALICIAN)
    assert "idioma" not in fired(verdict), verdict.violations


def test_spanish_copy_under_a_galician_rule_still_blocks(check: Any) -> None:
    verdict = check(_pack(), channel="email", subject="Pan de maíz", body=_SPANISH)
    assert "idioma" in fired(verdict)


def test_galician_is_read() -> None:
    assert judge(_GALICIAN, frozenset({"gl"})) is None
    found = judge(_GALICIAN, frozenset({"pt"}))
    assert found is None or found.language == "gl"


def test_portuguese_and_galician_pool_where_neither_is_allowed() -> None:
    evidence = language_scores(_PORTUGUESE)
    code, votes = evidence.best(frozenset({"pt", "gl", "en"}))
    assert code == "pt"
    assert votes == evidence.scores["pt"] + evidence.scores["gl"]
    found = judge(_PORTUGUESE, frozenset({"en"}))
    assert found is not None and found.language == "pt"
    found = judge(_GALICIAN, frozenset({"en"}))
    assert found is not None and found.language == "gl"
