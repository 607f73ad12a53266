"""A product alias inside another product's approved claim wording is not the product (issue 17).

Made-up brand "Larkspur Lodges", a cabin-rental club whose "Silver Pass" membership is also
called "Silver"; its "Pinecrest" lodge holds an award named "Silver Birch Lodge of the Year".
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

DAY = date(2027, 5, 10)
NOON = datetime(2027, 5, 10, 16, 0, tzinfo=UTC)
AWARD = "Pinecrest is the 2026 Silver Birch Lodge of the Year, as named by the Cabin Circle."
PASS_LINE = "Silver Pass renews yearly; cancel any time at larkspur.example/pass."


def _engine() -> RuleEngine:
    pack: dict[str, Any] = {
        "brand": {
            "name": "Larkspur Lodges",
            "legal_name": "Larkspur Lodges Ltd.",
            "postal_address": "4 Fir Row, Keswick CA12 5AB, United Kingdom",
            "channels": ["email"],
            "default_time_zone": "Europe/London",
            "website_domains": ["larkspur.example"],
        },
        "products": [
            {
                "id": "silver",
                "name": "Silver Pass",
                "aliases": ["Silver"],
                "category": "membership",
            },
            {"id": "pinecrest", "name": "Pinecrest", "category": "lodge"},
        ],  # fmt: skip
        "claims": [
            {
                "id": "birch-award",
                "text": AWARD,
                "category": "endorsement",
                "substantiation": "Cabin Circle letter 2026",
                "channels": ["email"],
                "products": ["pinecrest"],
            },
        ],  # fmt: skip
        "rules": [
            {
                "id": "pass-renewal",
                "kind": "disclosure",
                "description": "Pass renewal terms.",
                "rationale": "Test policy.",
                "source": "Test rulebook",
                "params": {"trigger_products": ["silver"], "required_any": [PASS_LINE]},
            },
        ],  # fmt: skip
    }
    return RuleEngine(BrandPack.model_validate(pack))


def _fired(engine: RuleEngine, body: str) -> set[str]:
    message = Message(channel="email", subject="Lodge news", body=body, send_time=NOON)
    return set(engine.check(message, as_of=DAY).fired_rule_ids)


def test_alias_inside_another_products_approved_wording_is_not_the_product() -> None:
    engine = _engine()
    assert "pass-renewal" not in _fired(engine, f"Hi Sam,\n\n{AWARD} Book a weekend.")


def test_alias_outside_the_approved_wording_still_names_the_product() -> None:
    engine = _engine()
    assert "pass-renewal" in _fired(engine, f"{AWARD} Upgrade to Silver for free nights.")
    assert "pass-renewal" in _fired(engine, "Upgrade to Silver for free nights at Pinecrest.")


def _phrase_engine() -> RuleEngine:
    pack: dict[str, Any] = {
        "brand": {
            "name": "Larkspur Lodges",
            "legal_name": "Larkspur Lodges Ltd.",
            "postal_address": "4 Fir Row, Keswick CA12 5AB, United Kingdom",
            "channels": ["email"],
            "default_time_zone": "Europe/London",
            "website_domains": ["larkspur.example"],
        },
        "rules": [
            {
                "id": "cabin-share",
                "kind": "disclosure",
                "description": "Shares carry the line.",
                "rationale": "Test policy.",
                "source": "Test rulebook",
                "params": {"trigger_phrases": ["cabin share"], "required_any": [PASS_LINE]},
            },
        ],  # fmt: skip
    }
    return RuleEngine(BrandPack.model_validate(pack))


def test_trigger_phrase_inside_an_organisations_name_is_not_the_topic() -> None:
    engine = _phrase_engine()
    named = "Pinecrest was rated five stars by the Cabin Share Council this spring."
    assert "cabin-share" not in _fired(engine, named)
    assert "cabin-share" in _fired(engine, "Ask us about a cabin share this spring.")
    assert "cabin-share" in _fired(engine, "Our Cabin Share plan opens this spring.")


def test_spaced_letters_after_a_one_letter_word_still_spell_the_banned_phrase() -> None:
    pack: dict[str, Any] = {
        "brand": {
            "name": "Larkspur Lodges",
            "legal_name": "Larkspur Lodges Ltd.",
            "postal_address": "4 Fir Row, Keswick CA12 5AB, United Kingdom",
            "channels": ["email"],
            "default_time_zone": "Europe/London",
            "website_domains": ["larkspur.example"],
        },
        "rules": [
            {
                "id": "no-free-night",
                "kind": "banned_phrase",
                "description": "Never call a night free.",
                "rationale": "Test policy.",
                "source": "Test rulebook",
                "params": {"phrases": ["free night"]},
            },
        ],
    }
    engine = RuleEngine(BrandPack.model_validate(pack))
    assert "no-free-night" in _fired(engine, "Claim a f r e e night this winter.")
    assert "no-free-night" in _fired(engine, "Claim a f-r-e-e night this winter.")
    assert "no-free-night" not in _fired(engine, "Claim a night this winter, I m e a n it.")


def test_offer_wording_naming_its_own_product_triggers_that_products_disclosure() -> None:
    line = "Lantern Boxes hold random keepsakes: Common 80%, Rare 20%."
    pack: dict[str, Any] = {
        "brand": {
            "name": "Larkspur Lodges",
            "legal_name": "Larkspur Lodges Ltd.",
            "postal_address": "4 Fir Row, Keswick CA12 5AB, United Kingdom",
            "channels": ["email"],
            "default_time_zone": "Europe/London",
            "website_domains": ["larkspur.example"],
        },
        "products": [{"id": "lantern", "name": "Lantern Box", "category": "keepsake"}],
        "offers": [
            {
                "id": "lantern-week",
                "name": "Lantern week",
                "terms": "Lantern Boxes are in the lodge shop 3 to 9 May 2027.",
                "discount_type": "none",
                "disclosure": "Lantern Boxes are in the lodge shop 3 to 9 May 2027.",
                "channels": ["email"],
                "products": ["lantern"],
                "valid_from": "2027-05-01",
                "valid_until": "2027-05-31",
            }
        ],
        "rules": [
            {
                "id": "lantern-odds",
                "kind": "disclosure",
                "description": "Lantern Box mentions carry the odds.",
                "rationale": "Test policy.",
                "source": "Test rulebook",
                "params": {"trigger_products": ["lantern"], "required_any": [line]},
            },
        ],
    }
    engine = RuleEngine(BrandPack.model_validate(pack))
    body = "Lantern Boxes are in the lodge shop 3 to 9 May 2027. See you soon."

    def fired(text: str) -> set[str]:
        message = Message(
            channel="email", subject="Lodge news", body=text, send_time=NOON,
            offer_id="lantern-week",
        )  # fmt: skip
        return set(engine.check(message, as_of=DAY).fired_rule_ids)

    assert "lantern-odds" in fired(body)
    assert "lantern-odds" not in fired(f"{body} {line}")
