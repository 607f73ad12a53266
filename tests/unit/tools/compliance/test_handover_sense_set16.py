"""French "remise" as a handover or a repair, not a price reduction (issue 17, set 16).

The brand is Lunetterie Quai Vert, a French optician invented for these tests, whose rule asks
for the reference-price line wherever a reduction is announced ("remise", "réduction"). "La
remise se fait en magasin" (the glasses are handed over in store) and "remise en état de votre
monture" (a repair) announce no reduction; "une remise de 20 %" and "profitez d'une remise
exceptionnelle" do.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_BRAND: dict[str, Any] = {
    "name": "Lunetterie Quai Vert",
    "legal_name": "Lunetterie Quai Vert SARL",
    "postal_address": "9 quai Vert, 21000 Dijon, France",
    "sender_addresses": {"email": "bonjour@quaivert.example", "sms": "QuaiVert", "push": "qv"},
    "channels": ["email", "sms", "push"],
    "locales": ["fr-FR"],
    "default_time_zone": "Europe/Paris",
    "website_domains": ["quaivert.example"],
}
_LINE = (
    "Prix de référence : prix le plus bas pratiqué au cours des 30 jours précédant la réduction."
)


def _pack() -> Any:
    line = rule(
        "prix-reference",
        "disclosure",
        {"trigger_phrases": ["remise", "réduction"], "required_any": [_LINE]},
    )
    return parse_pack({"brand": _BRAND, "rules": [line]}, source="test")


def test_a_handover_or_a_repair_needs_no_line(check: Any) -> None:
    for body in (
        "Vos lunettes sont prêtes. La remise se fait en magasin, avec un ajustage.",
        "La remise de vos lunettes aura lieu sur rendez-vous.",
        "Nous proposons la remise en état de votre monture.",
    ):
        verdict = check(_pack(), channel="email", subject="Vos lunettes", body=body)
        assert "prix-reference" not in fired(verdict), body


def test_a_reduction_still_needs_the_line(check: Any) -> None:
    for body in (
        "Une remise de 20 % sur vos montures ce mois-ci.",
        "Profitez d'une remise exceptionnelle en magasin.",
    ):
        verdict = check(_pack(), channel="email", subject="Vos lunettes", body=body)
        assert "prix-reference" in fired(verdict), body
