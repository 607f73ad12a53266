"""Welsh is a language the language rule reads (issue 17, set 20).

Caban Hafod, a Welsh holiday-cottage company invented for these tests, sends push notifications
in English only and e-mail in Welsh or English. A push written in Welsh is now recognised from
its function words (``mae``, ``yn``, ``yr``, ``bob``, ``gyda``…) and blocked; the same push in
English passes, and Welsh e-mail copy passes where Welsh is allowed. English copy with a Welsh
place name or a "9am" stays English.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack


def _pack() -> BrandPack:
    brand = {
        "name": "Caban Hafod",
        "legal_name": "Caban Hafod Cyf.",
        "postal_address": "Stryd y Bont, Dolgellau LL40 1AB, United Kingdom",
        "sender_addresses": {"email": "croeso@cabanhafod.example", "push": "cymru.cabanhafod"},
        "channels": ["email", "push"],
        "default_time_zone": "Europe/London",
        "website_domains": ["cabanhafod.example"],
    }
    rules = [
        rule("push-english", "language", {"allowed": ["en"]}, channels=["push"]),
        rule("email-lang", "language", {"allowed": ["cy", "en"]}, channels=["email"]),
    ]
    return parse_pack({"brand": brand, "rules": rules}, source="test")


def test_a_welsh_push_is_blocked(check: Any) -> None:
    body = "Mae ein bythynnod ar lan yr afon ar gael bob penwythnos tan y gwanwyn. Archebwch nawr."
    verdict = check(_pack(), channel="push", subject="Penwythnos", body=body)
    assert "push-english" in fired(verdict)
    assert verdict.decision == "block"


def test_an_english_push_with_welsh_names_passes(check: Any) -> None:
    body = (
        "Our cottages by the river at Dolgellau are free every weekend until spring. Book from 9am."
    )
    verdict = check(_pack(), channel="push", subject="Weekends", body=body)
    assert "push-english" not in fired(verdict)


def test_welsh_email_copy_passes_where_welsh_is_allowed(check: Any) -> None:
    body = "Mae ein bythynnod ar lan yr afon ar gael bob penwythnos tan y gwanwyn gyda brecwast."
    verdict = check(_pack(), channel="email", subject="Penwythnos", body=body)
    assert "email-lang" not in fired(verdict)
