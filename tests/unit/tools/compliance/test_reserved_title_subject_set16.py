"""A reserved title in the subject, said in the body of the one who holds it (issue 17, set 16).

The brand is Optique des Tanneurs, a French optician invented for these tests, whose only
orthoptist is Inès Garnier: the title "orthoptiste" may be said only of her. A subject "Une
orthoptiste à Tours" above a body that says "Inès Garnier, orthoptiste, rejoint le magasin"
announces her; the same subject above a body that gives the title to nobody named, or to
someone else, still blocks.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_BRAND: dict[str, Any] = {
    "name": "Optique des Tanneurs",
    "legal_name": "Optique des Tanneurs SARL",
    "postal_address": "4 rue des Tanneurs, 37000 Tours, France",
    "sender_addresses": {"email": "bonjour@tanneurs.example", "sms": "Tanneurs", "push": "ot"},
    "channels": ["email", "sms", "push"],
    "locales": ["fr-FR"],
    "default_time_zone": "Europe/Paris",
    "website_domains": ["tanneurs.example"],
}


def _pack() -> Any:
    title = rule(
        "titre",
        "banned_phrase",
        {"phrases": ["orthoptiste"], "said_only_of": ["Inès Garnier"]},
    )
    return parse_pack({"brand": _BRAND, "rules": [title]}, source="test")


def test_a_subject_title_the_body_gives_its_holder_passes(check: Any) -> None:
    body = "Inès Garnier, orthoptiste, rejoint notre magasin de Tours. Sur rendez-vous."
    verdict = check(_pack(), channel="email", subject="Une orthoptiste à Tours", body=body)
    assert "titre" not in fired(verdict)


def test_a_subject_title_of_nobody_named_blocks(check: Any) -> None:
    for body in (
        "Une nouvelle collaboratrice rejoint notre magasin de Tours. Sur rendez-vous.",
        "Paul Martin, orthoptiste, rejoint notre magasin de Tours.",
    ):
        verdict = check(_pack(), channel="email", subject="Une orthoptiste à Tours", body=body)
        assert "titre" in fired(verdict), body
