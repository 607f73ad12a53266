"""A subject that widens the offer to everything, or reserves it to members (issue 17, set 16).

Two brands invented for these tests. Optique Ardoise, a French optician, runs "-20 % sur les
verres progressifs Lumen": a subject "-20 % sur toutes vos lunettes" promises the reduction on
every pair of glasses. Granlund Te, a Swedish tea shop, runs a public "Valfri burk för 89 kr"
and a club-only "Klubbpris: Julblandning för 69 kr" for members: a subject "Klubbpris bara för
medlemmar" above the public offer promises an exclusive price the message does not give. The
subjects that keep to the offer's scope and audience pass.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack


def _brand(name: str, locale: str, zone: str, domain: str) -> dict[str, Any]:
    return {
        "name": name,
        "legal_name": f"{name} SAS",
        "postal_address": "2 place Ardoise, 44000 Nantes",
        "sender_addresses": {"email": f"bonjour@{domain}", "sms": "Brand", "push": "b"},
        "channels": ["email", "sms", "push"],
        "locales": [locale],
        "default_time_zone": zone,
        "website_domains": [domain],
    }


def _optician() -> Any:
    terms = "-20 % sur la paire de verres progressifs Lumen, du 1er au 31 mars."
    return parse_pack(
        {
            "brand": _brand("Optique Ardoise", "fr-FR", "Europe/Paris", "ardoise.example"),
            "rules": [rule("objet", "subject_honesty")],
            "products": [
                {"id": "lumen", "name": "Verres progressifs Lumen", "aliases": ["Lumen"],
                 "list_price": 300, "currency": "EUR", "category": "verres"},
                {"id": "monture", "name": "Monture Ardoise", "list_price": 120,
                 "currency": "EUR", "category": "monture"},
            ],
            "offers": [
                {"id": "lumen-20", "name": "-20 % sur les verres progressifs Lumen",
                 "terms": terms, "disclosure": terms, "discount_type": "percent",
                 "discount_amount": 20, "products": ["lumen"], "channels": ["email"]},
            ],
        },
        source="test",
    )  # fmt: skip


def _tea() -> Any:
    return parse_pack(
        {
            "brand": _brand("Granlund Te", "sv-SE", "Europe/Stockholm", "granlund.example"),
            "rules": [rule("amnesrad", "subject_honesty")],
            "products": [
                {"id": "burk", "name": "Granlund Burk", "list_price": 109, "currency": "SEK"},
                {"id": "jul", "name": "Julblandning", "list_price": 99, "currency": "SEK"},
            ],
            "offers": [
                {"id": "burk-89", "name": "Valfri burk för 89 kr",
                 "terms": "Valfri burk för 89 kr t.o.m. 31 januari.", "discount_type": "price",
                 "discount_amount": 89, "currency": "SEK", "products": ["burk"],
                 "channels": ["email"]},
                {"id": "klubb-69", "name": "Klubbpris: Julblandning för 69 kr",
                 "terms": "Klubbpris för medlemmar, 1-31 december.", "discount_type": "price",
                 "discount_amount": 69, "currency": "SEK", "products": ["jul"],
                 "required_flags": ["klubbmedlem"], "channels": ["email"]},
            ],
        },
        source="test",
    )  # fmt: skip


_LUMEN_BODY = "En mars, -20 % sur les verres progressifs Lumen, du 1er au 31 mars."


def test_a_subject_on_everything_above_a_product_offer_blocks(check: Any) -> None:
    for subject in ("-20 % sur toutes vos lunettes", "-20 % sur tous les équipements"):
        verdict = check(
            _optician(), channel="email", subject=subject, body=_LUMEN_BODY, offer_id="lumen-20"
        )
        assert "objet" in fired(verdict), subject


def test_a_subject_within_the_offer_scope_passes(check: Any) -> None:
    for subject in ("-20 % sur vos verres progressifs Lumen", "-20 % sur tous les verres Lumen"):
        verdict = check(
            _optician(), channel="email", subject=subject, body=_LUMEN_BODY, offer_id="lumen-20"
        )
        assert "objet" not in fired(verdict), subject


def test_a_members_only_subject_above_a_public_offer_blocks(check: Any) -> None:
    body = "Valfri burk för 89 kr i vinter. Gäller t.o.m. 31 januari."
    verdict = check(
        _tea(), channel="email", subject="Klubbpris bara för medlemmar", body=body,
        offer_id="burk-89",
    )  # fmt: skip
    assert "amnesrad" in fired(verdict)


def test_a_members_only_subject_above_a_club_offer_passes(check: Any) -> None:
    body = "Julblandning för 69 kr. Klubbpris för medlemmar, 1-31 december."
    verdict = check(
        _tea(), channel="email", subject="Klubbpris bara för medlemmar", body=body,
        offer_id="klubb-69",
    )  # fmt: skip
    assert "amnesrad" not in fired(verdict)


def test_a_quantifier_over_people_or_days_is_no_product_scope(check: Any) -> None:
    for subject in ("-20 % pour tous les clients", "Des offres pour tous les jours : -20 %"):
        verdict = check(
            _optician(), channel="email", subject=subject, body=_LUMEN_BODY, offer_id="lumen-20"
        )
        assert "objet" not in fired(verdict), subject
