"""General causes of claim false blocks on the eighth set (issue 17, claims8).

Every test uses a made-up brand built here — "Quillby Bakes", a cake bakery that delivers —
not the sample brand and not the wording of any evaluation brand. Each test has a near
neighbour that must still block.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from compliance_helpers import rule

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.claim_inflections import agreement_forms

DAY = date(2027, 6, 9)
NOON = datetime(2027, 6, 9, 11, 0, tzinfo=UTC)

BAKERY = {
    "name": "Quillby Bakes",
    "short_name": "Quillby",
    "legal_name": "Quillby Bakes Ltd",
    "postal_address": "4 Mill Row, Ludlow SY8 1AA, United Kingdom",
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["quillby.example"],
}

CLAIMS = rule(
    "claims",
    "claim_grounding",
    {
        "categories": ["service", "superlative", "guarantee", "endorsement", "comparative"],
        "extra_triggers": {"service": ["baked fresh"]},
    },
)

CLAIM_LIST = [
    {
        "id": "fresh",
        "text": "Cakes baked fresh each morning by our bakers.",
        "category": "service",
        "substantiation": "Bakery rota 2027",
        "channels": ["email", "sms", "push"],
    },
]

PACK = BrandPack.model_validate(
    {
        "brand": BAKERY,
        "rules": [CLAIMS],
        "claims": CLAIM_LIST,
    }
)
ENGINE = RuleEngine(PACK)


def _fired(body: str, subject: str = "Bakery news") -> set[str]:
    message = Message(channel="email", subject=subject, body=body, send_time=NOON)
    return set(ENGINE.check(message, as_of=DAY).fired_rule_ids)


def test_ever_after_the_person_it_is_said_of_means_at_any_time() -> None:
    assert "claims" not in _fired("If you're ever short of a birthday cake, ring the shop.")
    assert "claims" not in _fired('"The cake was more than I ever expected." - a customer')
    assert "claims" not in _fired("Should we ever run out of lemons, we will tell you.")
    # "ever" alone as a ranking or a promise still blocks
    assert "claims" in _fired("Our lemon loaf is the tastiest ever.")
    assert "claims" in _fired("No hidden fees, ever.")


def test_most_before_a_plural_noun_is_the_majority_of() -> None:
    assert "claims" not in _fired("Most birthday parties need the cake by noon.")
    assert "claims" not in _fired("Most people slice a loaf too thin.")
    # an adjective after it, or a determiner before it, makes it a ranking
    assert "claims" in _fired("Most loved cakes in town.")
    assert "claims" in _fired("The most popular loaves are back.")
    assert "claims" in _fired("Our most delicious tarts yet.")
    # compared with the majority: a comparison
    assert "claims" in _fired("We charge less than most bakeries.")
    assert "claims" in _fired("Unlike most bakeries, we open on Sundays.")


def test_most_of_a_persons_own_state_ranks_nothing() -> None:
    assert "claims" not in _fired("Pick the flavour you're most excited about.")
    assert "claims" in _fired("We're the most trusted bakery in the county.")


def test_the_brands_own_newest_item_dates_it() -> None:
    assert "claims" not in _fired("Our newest loaf, Lemon Drizzle, is out today.")
    assert "claims" not in _fired("See the newest: https://quillby.example/new")
    # a superlative over others' things stays a ranking
    assert "claims" in _fired("The newest ovens in the country bake our bread.")


def test_the_readers_payment_on_time_is_no_punctuality_promise() -> None:
    assert "claims" not in _fired("No late fee when you pay on time.")
    assert "claims" not in _fired("Make every instalment on time and the cake plan stays free.")
    assert "claims" in _fired("Our vans always arrive on time.")
    assert "claims" in _fired("We pay every supplier on time.")


NEXT_DAY_LINE = "Next-day delivery: order by 3 pm, Monday to Friday. Not on Sundays."

SHOP = {
    "brand": BAKERY,
    "products": [
        {"id": "loaf", "name": "Lemon Drizzle Loaf", "category": "cakes"},
        {"id": "tart", "name": "Plum Tart", "category": "cakes"},
        {"id": "app", "name": "Quillby app", "category": "app"},
    ],
    "claims": [
        {
            "id": "ontime",
            "text": "96% of our 2026 cake orders arrived on the chosen day.",
            "category": "service",
            "substantiation": "Courier audit 2026",
            "channels": ["email", "sms", "push"],
            "disclaimer": "Based on 8,100 orders in 2026.",
            "keywords": ["on time", "fastest"],
        },
        {
            "id": "award",
            "text": "Winner, Best Bakery, Ludlow Food Awards 2025.",
            "category": "endorsement",
            "substantiation": "Award letter 2025",
            "channels": ["email", "sms", "push"],
            "valid_until": "2026-12-31",
        },
        {
            "id": "no-sugar",
            "text": "No added sugar.",
            "category": "health",
            "substantiation": "Recipe sheet 2027",
            "channels": ["email", "sms", "push"],
            "products": ["tart"],
            "disclaimer": "Contains naturally occurring sugars.",
        },
        {
            "id": "collect",
            "text": "Collect in minutes at most shops.",
            "category": "service",
            "substantiation": "Shop audit 2027",
            "channels": ["email", "sms", "push"],
            "products": ["loaf"],
            "disclaimer": "Subject to shop opening hours.",
        },
    ],
}


def _shop_rules(extra_service: list[str]) -> list[dict[str, object]]:
    return [
        {
            "id": "claims",
            "kind": "claim_grounding",
            "description": "Claims must be approved.",
            "rationale": "Test brand policy.",
            "source": "Test rulebook",
            "params": {
                "categories": ["service", "superlative", "endorsement", "health"],
                "extra_triggers": {"service": ["in minutes", *extra_service]},
            },
        },
        {
            "id": "next-day",
            "kind": "disclosure",
            "description": "Next-day delivery carries its cut-off line.",
            "rationale": "Test brand policy.",
            "source": "Test rulebook",
            "params": {
                "trigger_phrases": ["next-day", "next day", "same day"],
                "required_any": [NEXT_DAY_LINE],
            },
        },
    ]


SHOP_ENGINE = RuleEngine(BrandPack.model_validate({**SHOP, "rules": _shop_rules([])}))
STRICT_ENGINE = RuleEngine(BrandPack.model_validate({**SHOP, "rules": _shop_rules(["next day"])}))


def _check(
    body: str, subject: str | None = "Bakery news", engine: RuleEngine = SHOP_ENGINE
) -> list[tuple[str, str | None, str | None]]:
    channel = "email" if subject else "sms"
    message = Message(channel=channel, subject=subject, body=body, send_time=NOON)
    verdict = engine.check(message, as_of=DAY)
    return [(v.rule_id, v.field, v.code) for v in verdict.violations]


def test_a_trigger_the_pack_governs_by_a_disclosure_is_left_to_that_rule() -> None:
    body = f"Send the Plum Tart with next-day delivery.\n\n{NEXT_DAY_LINE}"
    assert _check(body, subject="Next-day cakes") == []
    # without the line the disclosure rule blocks it, once
    assert [r for r, _, _ in _check("Send the Plum Tart with next-day delivery.")] == ["next-day"]
    # a pack that lists the words among its own claim triggers asks for both checks
    assert "claims" in {r for r, _, _ in _check(body, engine=STRICT_ENGINE)}


def test_the_same_day_as_another_event_is_no_same_day_service() -> None:
    assert _check("Send a cake on the same day you first met.") == []
    assert _check("Order a cake the same day as your anniversary.") == []
    assert [r for r, _, _ in _check("We bake it the same day you order.")] == ["next-day"]
    assert [r for r, _, _ in _check("Delivered the same day we bake it.")] == ["next-day"]


def test_a_subject_of_the_claims_own_kind_keyword_announces_it() -> None:
    body = "96% of our 2026 cake orders arrived on the chosen day. Based on 8,100 orders in 2026."
    assert _check(body, subject="On time last summer") == []
    # a keyword of another kind (a superlative) is a search term only
    assert ("claims", "subject", "claim.unapproved") in _check(body, subject="Fastest bakery")


def test_a_headline_over_an_expired_claim_repeats_the_bodys_finding() -> None:
    found = _check("Winner, Best Bakery, Ludlow Food Awards 2025.", subject="Award-winning cakes")
    assert ("claims", "body", "claim.expired") in found
    assert not [f for f in found if f[1] == "subject"]


def test_a_claim_said_only_of_other_products_needs_no_disclaimer_finding() -> None:
    found = _check("The Lemon Drizzle Loaf has no added sugar.")
    assert ("claims", "body", "claim.wrong_product") in found
    assert ("claims", None, "claim.missing_disclaimer") not in found
    # said of its own product, the disclaimer is still needed
    found = _check("The Plum Tart has no added sugar.")
    assert ("claims", None, "claim.missing_disclaimer") in found


def test_the_brand_name_before_a_claim_is_not_the_product_named_after_it() -> None:
    body = "Quillby: Collect in minutes at most shops. Lemon Drizzle Loaf, ready at 8. "
    body += "Subject to shop opening hours. Reply STOP to opt out."
    assert _check(body, subject=None) == []
    found = _check("Quillby app: Collect in minutes at most shops. Subject to shop opening hours.")
    assert ("claims", "body", "claim.wrong_product") in found


def test_a_participle_trigger_agrees_with_its_noun() -> None:
    assert agreement_forms("garanti") == ("garantie", "garantis", "garanties")
    assert agreement_forms("garantizado") == ("garantizada", "garantizados", "garantizadas")
    assert agreement_forms("garantiert")[0] == "garantierte"
    assert agreement_forms("risultati visibili") == ()
    assert agreement_forms("vegan") == ()
    assert "claims" in _fired("Avec nos fours, fraîcheur garantie tout l'été.")
    assert "claims" in _fired("Frescura garantizada en cada pastel.")
    assert "claims" not in _fired("Frais du matin, livrés à midi.")


def test_a_delivery_at_once_is_a_speed_promise() -> None:
    assert "claims" in _fired("Your cake arrives instantly at any of our shops.")
    assert "claims" in _fired("Refunds are credited to your card right away.")
    assert "claims" not in _fired("Our plum tart is instantly recognisable.")
    assert "claims" not in _fired("Your order ships from our Ludlow bakery.")


def test_a_multiplier_of_a_feeling_measures_nothing() -> None:
    assert "claims" not in _fired("Two cakes, twice the love.", subject="Twice the love")
    assert "claims" in _fired("Twice the filling of other bakeries.")


def test_the_winner_of_the_brands_own_contest_is_no_award() -> None:
    assert "claims" not in _fired("Winner of our summer photo contest announced!")
    assert "claims" not in _fired("Congratulations to the winners of the June giveaway.")
    assert "claims" in _fired("Winner of the Shropshire Food Awards 2026.")
    assert "claims" in _fired("Winner of the county baking competition 2026.")


def test_set_phrases_and_the_readers_punctuality_rank_nothing() -> None:
    for text in (
        "As ever, thanks for baking with us.",
        "Our ever-growing range of cakes is on the shelf.",
        "You'll most likely need two loaves for a party.",
        "Best of luck with the big day!",
        "A cake for best friends.",
        "Hope you're having the best week.",
        "The earliest slot is 8 am.",
        "Please arrive on time for your decorating class.",
        "Join us for our first-ever pop-up bakery.",
        "Beat your personal best at the fun run.",
    ):
        assert "claims" not in _fired(text), text
    assert "claims" in _fired("Our most-requested recipe is back.")
    assert "claims" in _fired("The best cakes in Shropshire.")
    assert "claims" in _fired("We strive to arrive on time, every time.")
    assert "claims" in _fired("The first-ever gluten-free sourdough.")
