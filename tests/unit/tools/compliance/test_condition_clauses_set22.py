"""A narrower claim followed by a condition is still the claim (issue 17, set 22).

Paybridge, a bill-payment app invented for these tests, may say "No card fee on bills for
water, gas and electricity." A message writing "No card fee on bills for water when you pay in
the app" states a narrower form and adds a condition that only limits it; run on without a
comma, the condition made the sentence look unapproved. The condition is cut off now at its
subordinator (English "when", Filipino "kapag"); a stronger claim with a condition still blocks,
and so does a claim whose approved wording has a condition of its own given another one.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from compliance_helpers import rule

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.condition_clauses import main_clause, states_condition

DAY = date(2027, 3, 2)
NOON = datetime(2027, 3, 2, 4, 0, tzinfo=UTC)


def _claim(claim_id: str, text: str) -> dict[str, object]:
    return {
        "id": claim_id,
        "text": text,
        "category": "price",
        "substantiation": "Fee schedule 2027",
        "channels": ["email"],
    }


PACK = BrandPack.model_validate(
    {
        "brand": {
            "name": "Paybridge",
            "legal_name": "Paybridge Payments Ltd",
            "postal_address": "2 Quay Street, Cardiff CF10 1AA, United Kingdom",
            "channels": ["email"],
            "default_time_zone": "Europe/London",
            "website_domains": ["paybridge.example"],
        },
        "rules": [
            rule(
                "claims",
                "claim_grounding",
                {
                    "categories": ["price"],
                    "extra_triggers": {"price": ["no card fee", "free delivery", "walang fee"]},
                },
            )
        ],
        "claims": [
            _claim("bills", "No card fee on bills for water, gas and electricity."),
            _claim("bills-tl", "Walang fee sa tubig, gas at kuryente."),
            _claim("delivery", "Free delivery when you spend £50 or more."),
        ],
    }
)
ENGINE = RuleEngine(PACK)


def _fired(body: str) -> bool:
    message = Message(channel="email", subject="Bills", body=body, send_time=NOON)
    return any(v.rule_id == "claims" for v in ENGINE.check(message, as_of=DAY).violations)


def test_a_narrower_claim_with_a_condition_passes() -> None:
    assert not _fired("No card fee on bills for water when you pay in the app.")
    assert not _fired("Walang fee sa tubig kapag sa app ka nagbayad.")


def test_a_stronger_claim_with_a_condition_still_blocks() -> None:
    assert _fired("No card fee on all bills whenever you pay in the app.")
    assert _fired("No card fee on bills for phones when you pay in the app.")


def test_a_claims_own_condition_may_not_be_changed() -> None:
    assert _fired("Free delivery when you join the club.")
    assert states_condition("Free delivery when you spend £50 or more.")


def test_the_main_clause_ends_at_the_subordinator() -> None:
    text = "No card fee on bills for water when you pay in the app."
    assert main_clause(text, 0, len(text)) == (0, text.index(" when"))
    assert main_clause("Pay when ready.", 0, 15) is None


def test_even_if_concedes_and_is_not_cut() -> None:
    text = "We collect the old meter even if you switch supplier."
    assert main_clause(text, 0, len(text)) is None
