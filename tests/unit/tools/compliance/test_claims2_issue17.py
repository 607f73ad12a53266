"""General causes of claim false blocks on development sets 2–4 (issue 17, helper claims2).

Every test uses a made-up brand built here — "Harrowgate Cycle Works", a bicycle repair shop —
not the sample brand and not the wording of any evaluation brand. Each test has a near
neighbour that must still block.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.kinds.claim_wording import pronoun_objects

DAY = date(2027, 5, 12)
NOON = datetime(2027, 5, 12, 11, 0, tzinfo=UTC)

CLAIMS = {
    "id": "claims",
    "kind": "claim_grounding",
    "description": "Claims must be approved.",
    "rationale": "Test brand policy.",
    "source": "Test rulebook",
    "params": {"categories": ["guarantee", "service", "superlative", "efficacy"]},
}

CLAIM_LIST = [
    {
        "id": "any-bike",
        "text": "We'll repair your bike even if you bought it elsewhere.",
        "category": "service",
        "substantiation": "Workshop policy 2027",
        "channels": ["email", "sms", "push"],
    },
    {
        "id": "same-day",
        "text": "Get your puncture fixed in 45 minutes.",
        "category": "service",
        "substantiation": "Workshop times 2027",
        "channels": ["email", "sms", "push"],
    },
]

PACK = BrandPack.model_validate(
    {
        "brand": {
            "name": "Harrowgate Cycle Works",
            "short_name": "Harrowgate",
            "legal_name": "Harrowgate Cycle Works Ltd",
            "postal_address": "4 Canal Yard, Harrogate HG1 1AA, United Kingdom",
            "channels": ["email", "sms", "push"],
            "default_time_zone": "Europe/London",
            "website_domains": ["harrowgate.example"],
        },
        "rules": [CLAIMS],
        "claims": CLAIM_LIST,
    }
)
ENGINE = RuleEngine(PACK)


def _fires(body: str) -> bool:
    message = Message(channel="email", subject="Workshop news", body=body, send_time=NOON)
    return "claims" in ENGINE.check(message, as_of=DAY).fired_rule_ids


def test_an_object_pronoun_stands_for_the_claims_noun() -> None:
    assert not _fires("We'll repair your bike even if you bought it elsewhere.")
    assert not _fires("We'll repair it even if you bought it elsewhere.")
    assert not _fires(
        "Wheel it in: we'll repair it even if you bought it elsewhere, and your puncture is "
        "fixed in about 45 minutes."
    )
    # a pronoun does not cover other words, nor a changed figure
    assert _fires("We'll repair it for free even if you bought it elsewhere.")
    assert _fires("We'll repair it in 20 minutes even if you bought it elsewhere.")


def test_pronoun_objects_reads_the_word_before_it_or_them() -> None:
    assert pronoun_objects("We'll repair it even if you bought them elsewhere.") == {
        "repair",
        "buy",
    }
    assert pronoun_objects("Repairs for every bike.") == frozenset()


CLINIC = BrandPack.model_validate(
    {
        "brand": {
            "name": "Fernhollow Foot Clinic",
            "short_name": "Fernhollow",
            "legal_name": "Fernhollow Foot Clinic Ltd",
            "postal_address": "12 Well Lane, Malvern WR14 4AA, United Kingdom",
            "channels": ["email", "sms", "push"],
            "default_time_zone": "Europe/London",
            "website_domains": ["fernhollow.example"],
        },
        "rules": [
            {
                **CLAIMS,
                "params": {"categories": ["health", "service", "superlative", "endorsement"]},
            }
        ],
        "claims": [
            {
                "id": "podiatrist",
                "text": "Every insole is fitted by a registered podiatrist.",
                "category": "service",
                "substantiation": "Clinic staffing 2027",
                "channels": ["email", "sms", "push"],
            }
        ],
    }
)
CLINIC_ENGINE = RuleEngine(CLINIC)


def _clinic_fires(body: str, subject: str) -> bool:
    message = Message(channel="email", subject=subject, body=body, send_time=NOON)
    return "claims" in CLINIC_ENGINE.check(message, as_of=DAY).fired_rule_ids


def test_a_headline_doctor_announces_the_clinician_the_claim_names() -> None:
    claim = "Every insole is fitted by a registered podiatrist."
    assert not _clinic_fires(claim, subject="A doctor on every fitting")
    assert not _clinic_fires(claim, subject="Fitted by doctors")
    # without the claim in the body, or with more than the claim says
    assert _clinic_fires("Book a fitting this spring.", subject="A doctor on every fitting")
    assert _clinic_fires(claim, subject="Doctor-recommended insoles")


NAMED = RuleEngine(
    PACK.model_copy(update={"non_claim_phrases": ["Guaranteed Fit Finder"]}),
)


def _named_fires(body: str, subject: str) -> bool:
    message = Message(channel="email", subject=subject, body=body, send_time=NOON)
    return "claims" in NAMED.check(message, as_of=DAY).fired_rule_ids


def test_a_subject_shortens_a_declared_name_the_body_uses() -> None:
    body = "Try our Guaranteed Fit Finder at https://harrowgate.example/fit before you ride."
    assert not _named_fires(body, subject="Guaranteed fit, from home")
    # the name not in the body, or a claim of another kind beside it
    assert _named_fires("Book a fitting this spring.", subject="Guaranteed fit, from home")
    assert _named_fires(body, subject="Guaranteed fit at the lowest prices in town")


TUNE = RuleEngine(
    BrandPack.model_validate(
        {
            **PACK.model_dump(mode="json", include={"brand", "rules"}),
            "products": [
                {"id": "tune", "name": "Harrowgate Gear Tune", "aliases": ["Gear Tune"],
                 "list_price": 30, "currency": "GBP", "category": "service"},
            ],
            "claims": [
                {"id": "tune-8", "text": "Get a Gear Tune with up to 8 adjustments.",
                 "category": "service", "substantiation": "Service menu 2027",
                 "channels": ["email"], "products": ["tune"]},
            ],
        }
    )
)  # fmt: skip


def test_one_of_what_the_products_name_says_narrows_the_claim() -> None:
    def fires(body: str) -> bool:
        message = Message(channel="email", subject="Workshop news", body=body, send_time=NOON)
        return "claims" in TUNE.check(message, as_of=DAY).fired_rule_ids

    assert not fires("With a Gear Tune you can get up to 8 adjustments on one gear.")
    # another count is a new figure; a strengthener beside it still strengthens the claim
    assert fires("With a Gear Tune you can get up to 8 adjustments on 2 gears.")
    assert fires("With a Gear Tune you get up to 8 adjustments on one gear, guaranteed.")


DEPOT = RuleEngine(
    BrandPack.model_validate(
        {
            **PACK.model_dump(mode="json", include={"brand"}),
            "rules": [{**CLAIMS, "params": {"categories": ["sustainability", "superlative"]}}],
            "products": [
                {"id": "depot", "name": "Millrace Depot", "list_price": 0, "currency": "GBP",
                 "category": "workshop"},
            ],
            "claims": [
                {"id": "solar", "text": "The Millrace Depot runs on 100% solar power.",
                 "category": "sustainability", "substantiation": "Energy audit 2027",
                 "channels": ["email"], "products": ["depot"]},
            ],
        }
    )
)  # fmt: skip


def test_a_name_and_one_word_of_the_claims_kind_headline_it() -> None:
    def fires(body: str, subject: str) -> bool:
        message = Message(channel="email", subject=subject, body=body, send_time=NOON)
        return "claims" in DEPOT.check(message, as_of=DAY).fired_rule_ids

    claim = "The Millrace Depot runs on 100% solar power."
    assert not fires(claim, subject="Millrace Depot, greener")
    # the claim not in the body, or more words than the name
    assert fires("Visit the Millrace Depot this spring.", subject="Millrace Depot, greener")
    assert fires(claim, subject="Millrace Depot, greener than any workshop")


LEAD = RuleEngine(
    BrandPack.model_validate(
        {
            **PACK.model_dump(mode="json", include={"brand", "claims"}),
            "rules": [
                {**CLAIMS, "params": {"categories": ["service", "superlative", "guarantee"],
                                      "extra_triggers": {"service": ["repair"]}}},
            ],
        }
    )
)  # fmt: skip


def test_a_word_leading_into_the_claim_on_its_line_is_no_second_claim() -> None:
    def fires(body: str) -> bool:
        message = Message(channel="email", subject="Workshop news", body=body, send_time=NOON)
        return "claims" in LEAD.check(message, as_of=DAY).fired_rule_ids

    claim = "We'll repair your bike even if you bought it elsewhere."
    assert not fires("Book your repair before the summer. " + claim)
    # the claim on another line, a figure, or a strengthener: a statement of its own
    assert fires("Book your repair before the summer.\n" + claim)
    assert fires("Book your repair in 2 days. " + claim)
    assert fires("Every repair, always. " + claim)


STORY = RuleEngine(
    BrandPack.model_validate(
        {
            **PACK.model_dump(mode="json", include={"brand", "claims"}),
            "rules": [
                {**CLAIMS, "params": {"categories": ["service"],
                                      "extra_triggers": {"service": ["repaired"]}}},
            ],
        }
    )
)  # fmt: skip


def test_a_customer_story_in_a_disclosed_message_reports_their_result() -> None:
    def fires(body: str) -> bool:
        message = Message(channel="email", subject="Workshop news", body=body, send_time=NOON)
        return "claims" in STORY.check(message, as_of=DAY).fired_rule_ids

    story = "When Sam's chain snapped on the moor, his bike was repaired within the hour."
    assert not fires(story + " Individual results vary.")
    # without the disclosure, or said of the reader or of everyone
    assert fires(story)
    assert fires("Your bike was repaired within the hour. Individual results vary.")
    assert fires("Every bike was repaired within the hour. Individual results vary.")


HEALTH = RuleEngine(
    BrandPack.model_validate(
        {
            **PACK.model_dump(mode="json", include={"brand", "claims"}),
            "rules": [{**CLAIMS, "params": {"categories": ["health"]}}],
        }
    )
)


def test_words_describing_the_content_a_link_holds_name_a_topic() -> None:
    def fires(body: str) -> bool:
        message = Message(channel="email", subject="Workshop news", body=body, send_time=NOON)
        return "claims" in HEALTH.check(message, as_of=DAY).fired_rule_ids

    assert not fires(
        "Here are ride snack ideas that are safe for children: https://harrowgate.example/blog"
    )
    # said of the brand's own goods, without the link, or with a figure
    assert fires("Our saddles are safe for children: https://harrowgate.example/saddles")
    assert fires("Here are ride snack ideas that are safe for children.")
    assert fires(
        "Here are 5 ride snack ideas that are safe for children: https://harrowgate.example/b"
    )
