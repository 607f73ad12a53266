"""General causes of claim false blocks on the eighth set (issue 17, claims8).

Every test uses a made-up brand built here — "Quillby Bakes", a cake bakery that delivers —
not the sample brand and not the wording of any evaluation brand. Each test has a near
neighbour that must still block.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

DAY = date(2027, 6, 9)
NOON = datetime(2027, 6, 9, 11, 0, tzinfo=UTC)

CLAIMS = {
    "id": "claims",
    "kind": "claim_grounding",
    "description": "Claims must be approved.",
    "rationale": "Test brand policy.",
    "source": "Test rulebook",
    "params": {
        "categories": ["service", "superlative", "guarantee", "endorsement", "comparative"],
        "extra_triggers": {"service": ["baked fresh"]},
    },
}

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
        "brand": {
            "name": "Quillby Bakes",
            "short_name": "Quillby",
            "legal_name": "Quillby Bakes Ltd",
            "postal_address": "4 Mill Row, Ludlow SY8 1AA, United Kingdom",
            "channels": ["email", "sms", "push"],
            "default_time_zone": "Europe/London",
            "website_domains": ["quillby.example"],
        },
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
