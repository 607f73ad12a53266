"""Offer and disclosure causes found on the seventh development set (issue 17, helper offers7).

The brands are built in code (``compliance_helpers``); never an eval brand.
"""

from __future__ import annotations

from compliance_helpers import BRAND, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.kinds.offer_mentions import entry_is_free

_OFFERS = rule("offers", "offer_terms", {})
_CONTEST = {
    "id": "summer-draw",
    "name": "Harbor Summer Prize Draw",
    "terms": "No purchase necessary. Open to residents 18+. Rules: example.com/rules",
    "discount_type": "none",
    "disclosure": "No purchase necessary. Open to residents 18+. Rules: example.com/rules",
    "channels": ["email"],
    "valid_from": "2026-11-01",
    "valid_until": "2026-12-31",
}


def _free_at(text: str) -> bool:
    start = text.index("free")
    return entry_is_free(text, start, start + 4)


def test_free_said_of_entering_a_draw_is_no_gift() -> None:
    assert _free_at("enter free at https://example.com/draw")
    assert _free_at("enter the harbor summer prize draw free at example.com")
    assert _free_at("summer draw: enter free")
    assert _free_at("enter for free today.")
    assert not _free_at("enter code ship for free shipping")
    assert not _free_at("enter now and get a free tote")
    assert not _free_at("shop free at example.com")


def test_enter_free_does_not_claim_a_free_thing_of_a_no_discount_offer(check) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS], "offers": [_CONTEST]}, source="test")
    tail = " No purchase necessary. Open to residents 18+. Rules: example.com/rules"
    for body, fires in (
        ("Enter the Harbor Summer Prize Draw free at https://example.com/draw." + tail, False),
        ("Enter free at https://example.com/draw." + tail, False),
        ("Enter the draw and get a free mug." + tail, True),
    ):
        verdict = check(pack, channel="email", body=body, offer_id="summer-draw")
        free = [v for v in verdict.violations if "nothing is free" in v.message]
        assert bool(free) is fires, (body, verdict.violations)
