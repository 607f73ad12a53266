"""A reserved title's full stop ends no sentence (issue 17, set 18).

Brand invented for these tests: Quillby Dance Academy, an American dance school whose pack
reserves "Dr." and "PhD" to its artistic director, Dr. Imani Rowe. "… and Dr. Rowe will
coach them" says the title of the director although its full stop ends a sentence piece; the
title said of another teacher still blocks.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack


def _academy() -> Any:
    brand = {
        "name": "Quillby Dance Academy",
        "legal_name": "Quillby Dance Academy LLC",
        "postal_address": "12 Elm Street, Dayton, OH 45402, USA",
        "sender_addresses": {"email": "hello@quillby.example"},
        "channels": ["email"],
        "locales": ["en-US"],
        "default_time_zone": "America/New_York",
        "website_domains": ["quillby.example"],
    }
    title = rule(
        "reserved-title",
        "banned_phrase",
        {"phrases": ["Dr.", "PhD"], "said_only_of": ["Imani Rowe", "Rowe"]},
    )
    return parse_pack({"brand": brand, "rules": [title]}, source="test")


def test_a_title_before_its_holder_passes(check: Any) -> None:
    for body in (
        "Four seniors will dance, and Dr. Rowe will coach each of them on stage.",
        "Our guest tonight is Dr. Imani Rowe, who founded the academy.",
    ):
        verdict = check(_academy(), channel="email", subject="Showcase", body=body)
        assert "reserved-title" not in fired(verdict), body


def test_the_title_said_of_another_still_blocks(check: Any) -> None:
    for body in (
        "Four seniors will dance, and Dr. Patel will coach each of them. Rowe will watch.",
        "Our tap teacher, Dr. Lee, joins this term.",
    ):
        verdict = check(_academy(), channel="email", subject="Showcase", body=body)
        assert "reserved-title" in fired(verdict), body
