"""General causes of claim and banned-phrase false blocks on the seventh set (issue 17, claims7).

Every test uses a made-up brand built here — "Fernmoor Trail Guides", a hiking-guide service —
not the sample brand and not the wording of any evaluation brand. Each test has a near
neighbour that must still block.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.multipliers import counts_free_items
from nextbest.tools.compliance.phrases import cut_from_contraction

DAY = date(2027, 6, 9)
NOON = datetime(2027, 6, 9, 11, 0, tzinfo=UTC)

CLAIMS = {
    "id": "claims",
    "kind": "claim_grounding",
    "description": "Claims must be approved.",
    "rationale": "Test brand policy.",
    "source": "Test rulebook",
    "params": {
        "categories": ["service", "guarantee", "superlative", "health", "comparative", "efficacy"],
        "extra_triggers": {
            "service": ["first-aid certified", "mountain-certified", "guided hikes", "trails"],
            "efficacy": ["summit-ready"],
            "guarantee": ["guarantee"],
        },
    },
}

NO_WIN = {
    "id": "no-win",
    "kind": "banned_phrase",
    "description": "Never tell a reader they have won.",
    "rationale": "Test brand policy.",
    "source": "Test rulebook",
    "params": {"phrases": ["you won", "you can win"]},
}

CLAIM_LIST = [
    {
        "id": "certified",
        "text": "First-aid certified guides trained for alpine rescue.",
        "category": "service",
        "substantiation": "Guide register 2027",
        "channels": ["email", "sms", "push"],
    },
    {
        "id": "mountain",
        "text": "Guides are mountain-certified and insured.",
        "category": "service",
        "substantiation": "Insurance file 2027",
        "channels": ["email", "sms", "push"],
    },
    {
        "id": "booking",
        "text": "Guided hikes bookable within 2 days.",
        "category": "service",
        "substantiation": "Booking report 2027",
        "channels": ["email", "sms", "push"],
    },
    {
        "id": "trails",
        "text": "Explore 12 trails.",
        "category": "service",
        "substantiation": "Trail list 2027",
        "channels": ["email", "sms", "push"],
    },
]

PACK = BrandPack.model_validate(
    {
        "brand": {
            "name": "Fernmoor Trail Guides",
            "short_name": "Fernmoor",
            "legal_name": "Fernmoor Trail Guides Ltd",
            "postal_address": "9 Quarry Lane, Keswick CA12 5AB, United Kingdom",
            "channels": ["email", "sms", "push"],
            "default_time_zone": "Europe/London",
            "website_domains": ["fernmoor.example"],
        },
        "rules": [CLAIMS, NO_WIN],
        "claims": CLAIM_LIST,
    }
)
ENGINE = RuleEngine(PACK)


def _fired(body: str) -> set[str]:
    message = Message(channel="email", subject="Trail news", body=body, send_time=NOON)
    return set(ENGINE.check(message, as_of=DAY).fired_rule_ids)


def test_a_trigger_in_a_phrase_of_the_claim_states_the_claim_narrowed() -> None:
    assert "claims" not in _fired("Every Fernmoor walk is led by first-aid certified guides.")
    assert "claims" not in _fired(
        "Each route is planned with care and walked by mountain-certified guides, map in hand."
    )
    # a new figure or a strengthener next to the phrase changes it
    assert "claims" in _fired("Always first-aid certified guides on every walk.")
    assert "claims" in _fired("Guided hikes bookable within 1 day.")


def test_the_claims_opening_words_name_what_it_speaks_of() -> None:
    assert "claims" not in _fired("The Summit Pass includes guided hikes, a map and a flask.")
    # the trigger alone, not the claim's opening and not half its words, still blocks
    assert "claims" in _fired("Trained guides, always mountain-certified.")
    # the opening followed by another claim's words only
    assert "claims" not in _fired("Fernmoor adds guided hikes with first-aid certified guides.")
    # the opening followed by something else said of it in the same clause
    assert "claims" in _fired("Guided hikes leave every hour from the station.")
    # a universal after the phrase widens it
    assert "claims" in _fired("Walks are led by first-aid certified guides in any weather.")


def test_all_before_the_claims_own_figure_counts_the_same_things() -> None:
    assert "claims" not in _fired("Join for the season: all 12 trails, one pass.")
    assert "claims" in _fired("Join for the season: all 14 trails, one pass.")


def test_a_banned_phrase_is_not_found_in_a_negative_contraction() -> None:
    assert "no-win" not in _fired("The new loop is open and you won't want to miss the view.")
    assert "no-win" in _fired("Congratulations, you won a free guided day!")
    assert cut_from_contraction("you won't", 7)
    assert not cut_from_contraction("you won today", 7)


def test_the_sender_saying_it_cannot_promise_withholds_the_guarantee() -> None:
    assert "claims" not in _fired(
        "We can't guarantee sunshine, but we can share five wet-day routes."
    )
    assert "claims" not in _fired("We cannot guarantee the view from the top.")
    assert "claims" in _fired("We guarantee sunshine on the ridge walk.")
    assert "claims" in _fired("You can't beat our guarantee.")


def test_a_trigger_naming_the_kind_of_content_a_link_holds_is_a_topic() -> None:
    assert "claims" not in _fired(
        "This week's high-protein recipes are on the blog: https://fernmoor.example/recipes"
    )
    # not before a content noun, or with a figure: a statement
    assert "claims" in _fired("High-protein snacks for the trail: https://fernmoor.example/snacks")
    assert "claims" in _fired(
        "High-protein recipes with 30 g per serving: https://fernmoor.example/recipes"
    )


def test_a_multiplier_counting_a_two_for_one_offer_is_no_comparison() -> None:
    assert "claims" not in _fired("Double the maps: buy one trail map, get one free this week.")
    assert "claims" not in _fired("Twice the walks, 2-for-1 on guided days in June.")
    assert "claims" in _fired("Double the views of any other guide company.")
    assert "claims" in _fired("Twice the trails. Buy one map, get one free.")
    text = "Triple the fun: BOGO on day passes."
    assert counts_free_items(text, (0, len(text)), 0)
    assert not counts_free_items(text, (0, len(text)), 4)


def test_a_sentence_said_of_nobody_promises_nothing() -> None:
    assert "claims" not in _fired("Nobody starts out summit-ready, and that's fine.")
    assert "claims" not in _fired("No one is summit-ready on day one. Today's walk is short.")
    # a comparison, the sender or a product in it makes it a claim
    assert "claims" in _fired("Nobody gets you summit-ready like our guides.")
    assert "claims" in _fired("You'll be summit-ready in a week.")


def test_a_trigger_across_a_sentence_break_is_two_phrases() -> None:
    # a view that sets the date aside joins "on" and "time" across the full stop
    assert "claims" not in _fired(
        "Hi Sam, pass number FT-48213377 renews on June 15. Review it any time at "
        "https://fernmoor.example/account"
    )
    assert "claims" in _fired("Guides arrive on time, every time.")
