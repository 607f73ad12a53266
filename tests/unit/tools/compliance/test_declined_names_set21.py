"""A subject's product named in another grammatical case by the body (issue 17, set 21).

Lämpövirta, a Finnish heat seller invented for these tests, sells "Aurinkopaketti". In Finnish
(and Estonian, Hungarian, the Baltic and Slavic languages) a name takes case endings: a body
speaking of "Aurinkopaketilla" (adessive) names the plan the subject asks about. In English
copy a word that only begins like a name word ("explore" for "Explorer") names nothing.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack


def _pack(locale: str) -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Lämpövirta",
                "legal_name": "Lämpövirta Oy",
                "postal_address": "Satamakatu 3, 00160 Helsinki",
                "sender_addresses": {"email": "info@lampovirta.example"},
                "channels": ["email"],
                "locales": [locale],
                "default_time_zone": "Europe/Helsinki",
                "website_domains": ["lampovirta.example"],
            },
            "products": [
                {"id": "aurinko", "name": "Aurinkopaketti", "category": "energy"},
                {"id": "tuuli", "name": "Tuulipaketti", "category": "energy"},
                {"id": "explorer", "name": "Explorer Tent", "category": "gear"},
            ],
            "rules": [rule("subject-match", "subject_honesty")],
        },
        source="test",
    )


def test_a_declined_name_in_the_body_keeps_the_subject(check: Any) -> None:
    verdict = check(
        _pack("fi-FI"),
        channel="email",
        subject="Sopiiko Aurinkopaketti sinulle?",
        body="Aurinkopaketilla ei ole irtisanomismaksua, ja sopimus alkaa kuun alusta.",
    )
    assert "subject-match" not in fired(verdict)


def test_a_word_that_only_begins_like_the_name_does_not_in_english(check: Any) -> None:
    verdict = check(
        _pack("en-GB"),
        channel="email",
        subject="Meet the Explorer Tent",
        body="Explore the hills this spring with our guided walks and maps.",
    )
    assert "subject-match" in fired(verdict)
