"""General causes of claim false blocks on the ninth set (issue 17, claims9).

Every test uses a made-up brand built here — "Pellory Kayaks", a kayak hire with launch
docks — not the sample brand and not the wording of any evaluation brand. Each test has a
near neighbour that must still block.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from compliance_helpers import rule

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.counted_nouns import counted_nouns, counts_something, implied_count
from nextbest.tools.compliance.phrases import phrases_pattern

DAY = date(2027, 5, 12)
NOON = datetime(2027, 5, 12, 11, 0, tzinfo=UTC)

HIRE = {
    "name": "Pellory Kayaks",
    "short_name": "Pellory",
    "legal_name": "Pellory Kayaks Ltd",
    "postal_address": "2 Quay Steps, Fowey PL23 1AA, United Kingdom",
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["pellory.example"],
}

CLAIMS = rule(
    "claims",
    "claim_grounding",
    {
        "categories": [
            "price",
            "superlative",
            "guarantee",
            "endorsement",
            "service",
            "comparative",
        ],
        "extra_triggers": {
            "price": ["save", "savings"],
            "superlative": ["docks"],
            "endorsement": ["PPA", "approved", "accredited"],
            "service": ["confirmed within", "safety-checked", "range", "reach"],
        },
    },
)

CLAIM_LIST = [
    {
        "id": "docks",
        "text": "Over 40 launch docks on the south coast.",
        "category": "superlative",
        "substantiation": "Dock register 2027",
        "channels": ["email", "sms", "push"],
    },
    {
        "id": "booked",
        "text": "Most online bookings are confirmed within 2 hours.",
        "category": "service",
        "substantiation": "Booking log 2027",
        "channels": ["email", "sms", "push"],
    },
    {
        "id": "checked",
        "text": "Every kayak we offer is safety-checked before launch.",
        "category": "service",
        "substantiation": "Safety log 2027",
        "channels": ["email", "sms", "push"],
    },
    {
        "id": "distance",
        "text": "Tern Touring Kayak: up to 40 km range.",
        "category": "service",
        "substantiation": "Sea trial 2027",
        "channels": ["email", "sms", "push"],
        "keywords": ["range", "reach"],
    },
    {
        "id": "ppa",
        "text": "Accredited by the Paddle Providers Association (PPA).",
        "category": "endorsement",
        "substantiation": "Membership 2027",
        "channels": ["email", "sms", "push"],
    },
]

PRODUCTS = [
    {"id": "tern", "name": "Tern Touring Kayak", "list_price": 45, "currency": "GBP"},
]

PACK = BrandPack.model_validate(
    {"brand": HIRE, "rules": [CLAIMS], "claims": CLAIM_LIST, "products": PRODUCTS}
)
ENGINE = RuleEngine(PACK)


def _fired(body: str, subject: str = "Paddling news") -> set[str]:
    message = Message(channel="email", subject=subject, body=body, send_time=NOON)
    return set(ENGINE.check(message, as_of=DAY).fired_rule_ids)


def test_a_word_in_letters_is_not_found_in_a_plain_number() -> None:
    pattern = re.compile(phrases_pattern(["ppa", "sos", "free"]))
    assert not pattern.search("call 0 800 5 505 771")
    assert pattern.search("fr33 paddles")  # leetspeak inside a word is still found
    assert "claims" not in _fired("Questions? Call 0800 7799 and ask for the dock team.")
    assert "claims" in _fired("Our guides are approved by the PPA.")


def test_everyday_senses_of_save_best_and_savings() -> None:
    assert "claims" not in _fired("Save your spot on Saturday's sunset paddle.")
    assert "claims" not in _fired(
        "Set a savings goal for your summer trip. Best of all, it's easy."
    )
    assert "claims" not in _fired("Our guides' best tip: paddle with the tide, not against it.")
    assert "claims" not in _fired("Rinse the paddle in fresh water for the best finish.")
    # the price and the ranking senses still block
    assert "claims" in _fired("Save 30% on every hire this month.")
    assert "claims" in _fired("The best kayak hire in Cornwall.")
    assert "claims" not in _fired("The Sea Plan is our highest level of guided support.")
    assert "claims" in _fired("The Sea Plan is the highest level of support in Cornwall.")
    assert "claims" in _fired("Paddle with us for the best prices on the coast.")


def test_a_trigger_naming_the_topic_of_questions_claims_nothing() -> None:
    assert "claims" not in _fired("Refund questions? Our dock team can help.")
    assert "claims" in _fired("Full refund guaranteed if it rains.")


def test_a_counted_noun_is_a_claim_only_when_the_sentence_counts() -> None:
    assert counted_nouns(["docks", "best docks"], ["Over 40 launch docks."]) == {"docks"}
    assert counted_nouns(["docks"], ["Launch docks on the coast."]) == frozenset()
    assert counts_something("Over sixty docks") and not counts_something("New docks open")
    assert "claims" not in _fired("New docks open in Falmouth this week.")
    assert "claims" not in _fired("Check dock opening times before you go.", subject="Docks")
    # a count of them is the governed size claim
    assert "claims" in _fired("Over 60 docks on the coast.")
    assert "claims" in _fired("Hundreds of docks to launch from.")


def test_a_count_the_approved_claim_implies_is_the_claim_narrowed() -> None:
    assert implied_count("over a hundred docks", "docks", "Over 140 docks.", [])
    assert not implied_count("over a thousand docks", "docks", "Over 140 docks.", [])
    assert "claims" not in _fired("Launch from over 30 docks this summer, from £12 a day.")
    # a higher bound, or a figure the claim does not state, is a claim of its own
    assert "claims" in _fired("Launch from over 50 docks this summer.")
    assert "claims" in _fired("Launch from over 30 docks in 5 counties.")


def test_a_generic_thing_compared_with_itself_in_another_state_is_no_claim() -> None:
    assert "claims" not in _fired("A dry wetsuit keeps you warmer than a damp one.")
    assert "claims" not in _fired("A loaded kayak turns slower than an empty one, so plan ahead.")
    # the brand's own goods compared stay a claim
    assert "claims" in _fired("Our new kayaks are faster than the old ones.")
    assert "claims" in _fired("Pellory kayaks are lighter than other kayaks.")


def test_a_modifier_moved_after_its_noun_by_a_participle_keeps_the_claim() -> None:
    assert "claims" not in _fired("Most bookings made online are confirmed within 2 hours.")
    # a new verb in the claim's place is not the claim
    assert "claims" in _fired("Most bookings made online are refunded within 2 hours.")


def test_a_claim_phrase_ending_on_a_preposition_with_another_object_is_not_the_claim() -> None:
    assert "claims" not in _fired("We are accredited by the Paddle Providers Association (PPA).")
    assert "claims" in _fired("We are accredited by the Coastal Paddle Board.")


def test_a_product_name_may_stand_for_what_the_brand_sells() -> None:
    assert "claims" not in _fired(
        "Every Tern Touring Kayak is safety-checked before launch.", subject="Safety"
    )
    # without a product of the brand the dropped words change the claim
    assert "claims" in _fired("Every kayak in Cornwall is safety-checked before launch.")


def test_a_wrong_product_figure_is_reported_once_by_the_fact_rule() -> None:
    facts = rule("tent-facts", "product_facts", {})
    claims = rule("claims", "claim_grounding", {"categories": ["service"]})
    tents = [
        {
            "id": "ridge",
            "name": "Ridgeline Tent",
            "facts": [{"name": "berths", "value": 4, "unit": "people"}],
        }
    ]
    sleeps = {
        "id": "sleeps",
        "text": "The Ridgeline Tent sleeps up to 4 people.",
        "category": "service",
        "substantiation": "Spec sheet",
        "channels": ["email"],
        "products": ["ridge"],
    }
    pack = BrandPack.model_validate(
        {"brand": HIRE, "rules": [facts, claims], "claims": [sleeps], "products": tents}
    )
    engine = RuleEngine(pack)

    def findings(body: str) -> list[str]:
        message = Message(channel="email", subject="Camping", body=body, send_time=NOON)
        return sorted(v.rule_id for v in engine.check(message, as_of=DAY).violations)

    assert findings("The Ridgeline Tent sleeps up to 6 people.") == ["tent-facts"]
    assert findings("The Ridgeline Tent sleeps up to 4 people.") == []


def test_dutch_and_german_comparatives_are_comparative_claims() -> None:
    assert "claims" in _fired("Onze kajak vaart sneller dan elke andere kajak.")
    assert "claims" in _fired("Unser Kajak ist leichter als andere Boote.")
    # "more than" counts and "earlier than" dates: no comparison of the brand
    assert "claims" not in _fired("Kom eerder dan 9 uur naar de steiger.")
    assert "claims" not in _fired("Wir sind wieder als Team unterwegs.")


def test_a_keyword_of_the_claim_and_a_smaller_maximum_keep_the_claim() -> None:
    assert "claims" not in _fired("Tern Touring Kayak: up to 40 km reach.")
    assert "claims" not in _fired("Tern Touring Kayak: up to 30 km range.")
    # a larger maximum, or a figure without the bound, is a claim of its own
    assert "claims" in _fired("Tern Touring Kayak: up to 50 km range.")
    assert "claims" in _fired("Tern Touring Kayak: 30 km range, every day.")
