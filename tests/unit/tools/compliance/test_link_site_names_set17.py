"""A capitalised bare domain cited as a site's name is no link (issue 17, set 17).

Hollin Home Help, a US home-help agency invented for these tests, allows links only to its own
domain. "Rated 4.7 out of 5 by clients on Helpfinder.com" cites the review site by its name:
no link to check. "Visit Helpfinder.com", a lower-case "helpfinder.com" or a domain with a path
("Helpfinder.com/reviews") is still an address the reader is sent to, and blocks.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Hollin Home Help",
                "legal_name": "Hollin Home Help LLC",
                "postal_address": "12 Elm Street, Dayton, OH 45402, USA",
                "sender_addresses": {"email": "hello@hollin.example", "push": "hollin"},
                "channels": ["email", "push"],
                "default_time_zone": "America/New_York",
                "website_domains": ["hollin.example"],
            },
            "rules": [
                rule(
                    "links",
                    "link_policy",
                    {"allowed_domains": ["hollin.example"], "require_https": True},
                )
            ],
        },
        source="test",
    )


def test_a_review_site_cited_by_its_name_passes(check: Any) -> None:
    body = "Rated 4.7 out of 5 by clients on Helpfinder.com. 208 reviews."
    verdict = check(_pack(), channel="push", subject="Rated by clients", body=body)
    assert "links" not in fired(verdict)


def test_an_address_the_reader_is_sent_to_still_blocks(check: Any) -> None:
    for body in (
        "Visit Helpfinder.com to read 208 reviews.",
        "Rated 4.7 out of 5 by clients on helpfinder.com.",
        "Rated 4.7 out of 5 on Helpfinder.com/reviews.",
    ):
        verdict = check(_pack(), channel="push", subject="Rated by clients", body=body)
        assert "links" in fired(verdict), body
