"""Promotional words in another sense, on a message without an offer (issue 17, set 18).

Brands invented for these tests: Hartwell Swim Club, a British swimming club whose pack reads
every discount, "free", sale and clearance as a promotion that needs an offer; and Boutique
Ondine, a French cosmetics shop that bans « soldes » outside the legal sales. A content
feature every reader gets ("our free tip of the week"), a public event "free and open to the
public", a community bake sale, a lost-property clearance and a French points balance (« votre
solde de points ») are no promotion; the same words said as a promotion still block.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack


def _club() -> Any:
    brand = {
        "name": "Hartwell Swim Club",
        "legal_name": "Hartwell Swim Club Ltd",
        "postal_address": "2 Lido Lane, Hartwell HW1 2AB, United Kingdom",
        "sender_addresses": {"email": "hello@hartwellswim.example"},
        "channels": ["email"],
        "locales": ["en-GB"],
        "default_time_zone": "Europe/London",
        "website_domains": ["hartwellswim.example"],
    }
    offers = rule("offers", "offer_terms", {"conditions_within_chars": 300})
    return parse_pack({"brand": brand, "rules": [offers]}, source="test")


def _ondine() -> Any:
    brand = {
        "name": "Boutique Ondine",
        "legal_name": "Boutique Ondine SARL",
        "postal_address": "8 rue des Lilas, 33000 Bordeaux, France",
        "sender_addresses": {"email": "bonjour@ondine.example"},
        "channels": ["email"],
        "locales": ["fr-FR"],
        "default_time_zone": "Europe/Paris",
        "website_domains": ["ondine.example"],
    }
    banned = rule("hors-soldes", "banned_phrase", {"phrases": ["soldes", "soldé", "soldés"]})
    return parse_pack({"brand": brand, "rules": [banned]}, source="test")


def test_promotion_words_in_everyday_senses_pass(check: Any) -> None:
    for body in (
        "Our free stroke-technique tip of the week: keep your elbow high on the pull.",
        "The open training evening is free and open to the public; bring a towel.",
        "Saturday's gala is on, and the bake sale helps pay for the new lane ropes.",
        "Lost property clearance on Friday: anything left goes to the charity shop.",
    ):
        verdict = check(_club(), channel="email", subject="Club news", body=body)
        assert "offers" not in fired(verdict), body


def test_the_same_words_as_a_promotion_still_block(check: Any) -> None:
    for body in (
        "Our free goggles of the week with every swim pass you buy.",
        "The open training evening is free for new members this week only.",
        "Our summer sale is on: swimwear in the club shop.",
        "Clearance on Friday: all club kit must go.",
    ):
        verdict = check(_club(), channel="email", subject="Club news", body=body)
        assert "offers" in fired(verdict), body


def test_a_french_points_balance_is_no_sale(check: Any) -> None:
    for subject, body in (
        ("Votre solde de points", "Votre solde de points est disponible dans votre compte."),
        ("Votre compte", "Le solde de votre carte cadeau est de 12 points."),
    ):
        verdict = check(_ondine(), channel="email", subject=subject, body=body)
        assert "hors-soldes" not in fired(verdict), body


def test_french_sales_still_block(check: Any) -> None:
    for body in ("Les soldes commencent : tout est soldé.", "Nos prix soldés sont en ligne."):
        verdict = check(_ondine(), channel="email", subject="Nouveautés", body=body)
        assert "hors-soldes" in fired(verdict), body
