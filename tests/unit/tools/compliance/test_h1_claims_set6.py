"""General causes of claim and urgency false blocks found on the sixth set (issue 17, helper h1).

Every test uses a made-up brand built here — "Copperkettle Cookery School", a cookery school
that runs hands-on classes — not the sample brand and not the wording of any evaluation brand.
Each test has a near neighbour that must still block.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from compliance_helpers import rule as _rule

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict
from nextbest.tools.compliance.claim_basis import basis_lead_in, basis_words
from nextbest.tools.compliance.invitations import invites_to_compare

DAY = date(2027, 4, 15)  # a Thursday
NOON = datetime(2027, 4, 15, 11, 0, tzinfo=UTC)


CLAIMS = _rule(
    "claims",
    "claim_grounding",
    {
        "categories": [
            "guarantee", "endorsement", "superlative", "comparative", "service", "efficacy",
        ],
        "extra_triggers": {"endorsement": ["poll"], "comparative": ["compare"]},
    },
)  # fmt: skip

PRODUCTS = [
    {"id": "bread", "name": "Copperkettle Bread Masterclass", "aliases": ["Bread Masterclass"],
     "list_price": 95, "currency": "GBP", "category": "class"},
    {"id": "knives", "name": "Copperkettle Knife Skills Class", "aliases": ["Knife Skills Class"],
     "list_price": 75, "currency": "GBP", "category": "class"},
    {"id": "wine", "name": "Copperkettle Wine Evening", "aliases": ["Wine Evening"],
     "list_price": 40, "currency": "GBP", "category": "tasting"},
]  # fmt: skip

CLAIM_LIST = [
    {
        "id": "money-back",
        "text": "Money-back guarantee on cookery classes.",
        "category": "guarantee",
        "substantiation": "Booking terms 2027 §4",
        "channels": ["email", "sms", "push"],
        "products": ["bread", "knives"],
        "disclaimer": "Ask within 7 days of your class.",
    },
    {
        "id": "pan-warranty",
        "text": "Lifetime warranty on all pastry pans.",
        "category": "guarantee",
        "substantiation": "Pan warranty terms 2027",
        "channels": ["email", "sms", "push"],
    },
    {
        "id": "resits",
        "text": "Free re-sits guaranteed on most classes.",
        "category": "guarantee",
        "substantiation": "Re-sit policy 2027",
        "channels": ["email", "sms", "push"],
    },
    {
        "id": "cook-more",
        "text": "91% of students polled said they cook more at home after three classes.",
        "category": "endorsement",
        "substantiation": "Copperkettle student poll, spring 2027, n=410",
        "channels": ["email", "sms", "push"],
        "disclaimer": "Based on a poll of 410 students, spring 2027.",
    },
]


def _engine(rules: list[dict[str, Any]], **extra: Any) -> RuleEngine:
    brand = {
        "name": "Copperkettle Cookery School",
        "short_name": "Copperkettle",
        "legal_name": "Copperkettle Cookery School Ltd",
        "postal_address": "9 Mill Row, Ludlow SY8 1AA, United Kingdom",
        "channels": ["email", "sms", "push"],
        "default_time_zone": "Europe/London",
        "website_domains": ["copperkettle.example"],
    }
    pack = {"brand": brand, "rules": rules, **extra}
    return RuleEngine(BrandPack.model_validate(pack))


CLAIM_ENGINE = _engine([CLAIMS], products=PRODUCTS, claims=CLAIM_LIST)


def _send(engine: RuleEngine, body: str, subject: str = "", **extra: Any) -> Verdict:
    message = Message(
        channel="email",
        subject=subject or "News from the school",
        body=body,
        send_time=NOON,
        **extra,
    )
    return engine.check(message, as_of=DAY)


def _fires(body: str, subject: str = "") -> bool:
    return "claims" in _send(CLAIM_ENGINE, body, subject=subject).fired_rule_ids


MONEY_BACK = " Ask within 7 days of your class."


def test_every_product_of_the_claim_restates_it() -> None:
    assert not _fires("Every Bread Masterclass comes with our money-back guarantee." + MONEY_BACK)
    assert not _fires(
        "Every Copperkettle Knife Skills Class comes with our money-back guarantee." + MONEY_BACK
    )
    # a product the claim is not approved for, or the brand's name standing for the whole range
    assert _fires("Every Wine Evening comes with our money-back guarantee." + MONEY_BACK)
    assert _fires("Every Copperkettle class comes with our money-back guarantee." + MONEY_BACK)


def test_every_and_each_restate_all() -> None:
    assert not _fires("Every pastry pan comes with a lifetime warranty.")
    assert not _fires("Each pastry pan comes with our lifetime warranty.")
    assert _fires("Every pan comes with a lifetime warranty.")


def test_every_strengthens_a_claim_that_limits_itself() -> None:
    assert not _fires("Free re-sits guaranteed on most classes.")
    assert _fires("Free re-sits guaranteed on every class.")
    assert _fires("Every Bread Masterclass comes with free re-sits guaranteed.")


def test_a_claim_said_after_its_own_basis() -> None:
    basis = " Based on a poll of 410 students, spring 2027."
    body = (
        "In our spring 2027 poll, 91% of students said they cook more at home after three "
        "classes." + basis
    )
    assert not _fires(body)
    assert not _fires(body, subject="Our spring 2027 student poll")
    # a source the pack does not record, or another figure
    assert _fires(
        "In an independent poll, 91% of students said they cook more at home after three "
        "classes." + basis
    )
    assert _fires(
        "In our spring 2027 poll, 98% of students said they cook more at home after three "
        "classes." + basis
    )


def test_basis_lead_in_reads_only_an_attribution_to_a_source() -> None:
    words = basis_words("Based on a poll of 1,240 students, spring 2027.", "Student poll")
    assert basis_lead_in("In our spring 2027 poll, most cook more.", words) == 4
    assert basis_lead_in("In a poll of 1,240 students, most cook more.", words) == 5
    assert basis_lead_in("For spring 2027, most cook more.", words) == 0  # no source named
    assert basis_lead_in("In a clinical poll, most cook more.", words) == 0  # strengthened
    assert basis_lead_in("In our spring 2027 poll most cook more.", words) == 0  # no comma


def test_the_hardest_part_of_a_task_is_no_superlative() -> None:
    assert not _fires("A chef can help with the hardest step of any recipe.")
    assert not _fires("We go slowly through your trickiest topics, from choux to croissants.")
    assert not _fires("Bring your most difficult lessons from school and we will cook them.")
    assert _fires("Our knives are the toughest in the county.")
    assert _fires("These are the toughest pans we sell.")


def test_an_invitation_to_compare_is_no_comparison() -> None:
    assert not _fires("Browse the timetable.", subject="Compare classes your way")
    assert not _fires("You can compare classes on the timetable page.")
    assert _fires("Compare our classes with any school's.")
    assert _fires("Compare 40 classes in one place.")
    assert _fires("We compare every school in town so you don't have to.")


def test_invites_to_compare_reads_the_verb_said_to_the_reader() -> None:
    text = "Prefer to choose alone? Compare classes your way."
    assert invites_to_compare(text, (24, len(text)), 24)
    text = "Compared with other schools, ours is small."
    assert not invites_to_compare(text, (0, len(text)), 0)


# --- urgency ------------------------------------------------------------------------------------

SALE = {
    "id": "spring-sale",
    "name": "Spring sale",
    "terms": "20% off selected classes booked 1-18 April 2027.",
    "discount_type": "percent",
    "discount_amount": 20,
    "channels": ["email", "sms", "push"],
    "valid_from": "2027-04-01",
    "valid_until": "2027-04-18",  # a Sunday
}
URGENCY = _rule("urgency", "urgency", {"extra_urgency": ["sale ends", "last chance"]})


def test_vague_brand_wording_inside_a_dated_phrase_is_judged_by_its_day() -> None:
    engine = _engine([URGENCY], offers=[SALE, {**SALE, "id": "long", "valid_until": "2027-04-25"}])
    ok = _send(engine, "Sale ends Sunday: 20% off selected classes.", offer_id="spring-sale")
    assert "urgency" not in ok.fired_rule_ids, ok.violations
    wrong_day = _send(engine, "Sale ends Sunday: 20% off selected classes.", offer_id="long")
    assert "urgency" in wrong_day.fired_rule_ids
    vague = _send(engine, "Sale ends soon-ish: 20% off selected classes.", offer_id="spring-sale")
    assert "urgency" in vague.fired_rule_ids  # "sale ends" alone, three days ahead


# --- rule agreement: claims said of nothing the claims rule governs -------------------------------

AWARD_CLAIMS = [
    *CLAIM_LIST,
    {
        "id": "award",
        "text": "Voted Best Cookery School 2026 by Shropshire Table Magazine.",
        "category": "endorsement",
        "substantiation": "Shropshire Table Readers' Awards 2026 licence",
        "channels": ["email", "sms", "push"],
        "disclaimer": "Shropshire Table Magazine 2026 Readers' Awards.",
    },
    {
        "id": "helpline",
        "text": "Daily evening helpline for students.",
        "category": "service",
        "substantiation": "Helpline rota 2027",
        "channels": ["email", "sms", "push"],
    },
]
AWARD_ENGINE = _engine([CLAIMS], products=PRODUCTS, claims=AWARD_CLAIMS)


def _award_fires(body: str, subject: str = "") -> bool:
    return "claims" in _send(AWARD_ENGINE, body, subject=subject).fired_rule_ids


def test_a_withheld_promise_is_no_guarantee_claim() -> None:
    assert not _fires("Please note: no refunds on gift vouchers.")
    assert _fires("Full refunds on gift vouchers, any time.")
    assert _fires("No-quibble refunds on gift vouchers.")


def test_an_award_winning_subject_announces_the_award_the_body_carries() -> None:
    body = (
        "Voted Best Cookery School 2026 by Shropshire Table Magazine. "
        "Shropshire Table Magazine 2026 Readers' Awards."
    )
    assert not _award_fires(body, subject="An award-winning kitchen")
    assert _award_fires("Book a class this spring.", subject="An award-winning kitchen")


def test_a_sentence_that_keeps_one_word_of_a_claim_does_not_strengthen_it() -> None:
    assert not _award_fires("Browse the timetable.", subject="Evenings for every student")
    assert _award_fires("Browse the timetable.", subject="Daily evening helpline for every student")
