"""A banned pattern written against a link path bans the brand's own links (issue 17, set 18).

The brand is Ashgrove Frames, invented for these tests. Its SMS rule bans links to a
customer's private gallery: the pattern "ashgrove\\.example/(g|gallery)/". A link to one of the
brand's own domains is normally left to the link policy (a banned word in a slug is not banned
wording), but a pattern that matches the path itself, slash and all, is written for such links.
A banned word inside an own link's slug still passes.
"""

from __future__ import annotations

from datetime import date, datetime

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import RuleEngine
from nextbest.tools.compliance.message import Message


def _pack() -> BrandPack:
    brand = {
        "name": "Ashgrove Frames",
        "legal_name": "Ashgrove Frames Ltd",
        "postal_address": "12 Kiln Lane, Bath BA1 1AA",
        "sender_addresses": {"sms": "ASHGROVE"},
        "channels": ["sms"],
        "default_time_zone": "Europe/London",
        "website_domains": ["ashgrove.example"],
    }
    rule = {
        "id": "sms-private",
        "kind": "banned_phrase",
        "channels": ["sms"],
        "description": "No private gallery links and no 'guaranteed' in SMS.",
        "rationale": "tests",
        "source": "test suite",
        "params": {
            "phrases": ["guaranteed"],
            "patterns": [r"ashgrove\.example/(g|gallery)/"],
        },
    }
    required = {
        "id": "stop",
        "kind": "required_element",
        "description": "SMS carries the STOP line.",
        "rationale": "tests",
        "source": "test suite",
        "params": {"element": "statement", "text": "Reply STOP to opt out"},
    }
    return parse_pack({"brand": brand, "rules": [rule, required]}, source="test")


def _fired(body: str) -> bool:
    message = Message(
        channel="sms",
        body=body,
        sender="ASHGROVE",
        send_time=datetime(2027, 2, 15, 11, 0),
        recipient_time_zone="Europe/London",
        consent="opt_in",
    )
    verdict = RuleEngine(_pack()).check(message, as_of=date(2027, 2, 15))
    return any(v.rule_id == "sms-private" for v in verdict.violations)


def test_link_to_a_private_gallery_blocks() -> None:
    assert _fired(
        "Ashgrove: your prints are ready: https://ashgrove.example/g/Xy7Q Reply STOP to opt out"
    )


def test_banned_word_in_an_own_link_slug_passes() -> None:
    body = (
        "Ashgrove: how we frame: https://ashgrove.example/blog/guaranteed-straight "
        "Reply STOP to opt out"
    )
    assert not _fired(body)
