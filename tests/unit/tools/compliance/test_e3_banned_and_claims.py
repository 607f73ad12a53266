"""Causes behind the fourth blind set's banned-phrase and claim errors (issue 17).

Every test uses a made-up brand built here — "Tidewell Kayaks", a kayak rental and guided
tours outfitter — not the sample brand and not the wording of any evaluation brand. Each test
has a near neighbour that must still block.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from compliance_helpers import rule as _rule

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict

DAY = date(2027, 6, 9)
NOON = datetime(2027, 6, 9, 16, 0, tzinfo=UTC)
SMS_SAFETY = "Paddling carries risk: wear a buoyancy aid."


def _engine(rules: list[dict[str, Any]], **extra: Any) -> RuleEngine:
    brand = {
        "name": "Tidewell Kayaks",
        "short_name": "Tidewell",
        "legal_name": "Tidewell Kayaks LLC",
        "postal_address": "4 Jetty Road, Astoria, OR 97103, USA",
        "channels": ["email", "sms", "push"],
        "default_time_zone": "America/Los_Angeles",
        "website_domains": ["tidewell.example"],
    }
    return RuleEngine(BrandPack.model_validate({"brand": brand, "rules": rules, **extra}))


def _send(engine: RuleEngine, body: str, channel: str = "email", **kw: Any) -> Verdict:
    subject = "News from Tidewell" if channel == "email" else None
    message = Message(channel=channel, subject=subject, body=body, send_time=NOON, **kw)
    return engine.check(message, as_of=DAY)


def test_banned_pattern_with_a_case_sensitive_group_matches_only_that_case() -> None:
    engine = _engine(
        [_rule("no-launch-codes", "banned_phrase", {"patterns": [r"\b(?-i:KX)-?\d{2}\b"]})]
    )
    assert "no-launch-codes" in _send(engine, "Launch from ramp KX-12 at nine.").fired_rule_ids
    assert "no-launch-codes" not in _send(engine, "Meet at kx 12 on the dock.").fired_rule_ids


def test_per_channel_required_wording_is_never_banned_wording() -> None:
    rules = [
        _rule("no-risk-talk", "banned_phrase", {"phrases": ["risk"]}),
        _rule(
            "safety-line",
            "disclosure",
            {
                "trigger_phrases": ["tour"],
                "required_any": ["All tours are led by certified guides."],
                "required_by_channel": {"sms": [SMS_SAFETY]},
            },
        ),
    ]
    engine = _engine(rules)
    verdict = _send(
        engine, f"Tidewell: sunset tour Friday. {SMS_SAFETY} Reply STOP to opt out.", "sms"
    )
    assert "no-risk-talk" not in verdict.fired_rule_ids
    neighbour = _send(
        engine, "Tidewell: sunset tour Friday, zero risk. Reply STOP to opt out.", "sms"
    )
    assert "no-risk-talk" in neighbour.fired_rule_ids


CLAIM_RULE = _rule(
    "claims",
    "claim_grounding",
    {"categories": ["efficacy", "health", "superlative", "service", "comparative"]},
)
AVERAGE_CLAIM = {
    "id": "avg-distance",
    "text": "Tidewell guests paddled an average of 9.4 miles of their planned route.",
    "category": "efficacy",
    "substantiation": "2026 tour logs",
    "channels": ["email", "sms", "push"],
}
TYPICAL_LINE = "Results vary. Tidewell guests paddled an average of 9.4 miles of planned route."


def _claims_engine() -> RuleEngine:
    disclosure = _rule(
        "typical-distance",
        "disclosure",
        {"trigger_phrases": ["my best paddle"], "required_any": [TYPICAL_LINE]},
    )
    return _engine([CLAIM_RULE, disclosure], claims=[AVERAGE_CLAIM])


def test_required_wording_is_never_a_paraphrase_of_its_claim() -> None:
    engine = _claims_engine()
    verdict = _send(engine, f"Join a sunset paddle this Friday. {TYPICAL_LINE}")
    assert "claims" not in verdict.fired_rule_ids
    neighbour = _send(engine, "Tidewell guests paddled an average of 9.4 miles of planned route.")
    assert "claims" in neighbour.fired_rule_ids


def test_someones_own_best_is_not_a_superlative() -> None:
    engine = _claims_engine()
    assert not _send(engine, "Share your dog's best paddling photo with us.").violations
    assert not _send(engine, "Guides say a tour works best when you book early.").violations
    assert "claims" in _send(engine, "Tidewell rents the best kayaks on the coast.").fired_rule_ids
    assert "claims" in _send(engine, "Our wax works best on salt-worn hulls.").fired_rule_ids


def test_the_brands_own_news_and_places_are_not_superlatives() -> None:
    engine = _claims_engine()
    assert not _send(engine, "Our biggest app update of the year is here.").violations
    assert not _send(engine, "Find the nearest launch ramp to each beach.").violations
    assert "claims" in _send(engine, "Our lightest kayak ever.").fired_rule_ids


def test_a_clinical_team_is_named_not_claimed() -> None:
    engine = _claims_engine()
    assert not _send(engine, "Read how our clinical advisors planned every route.").violations
    assert "claims" in _send(engine, "Clinically shown to ease back pain.").fired_rule_ids


def test_a_claims_short_disclaimer_counts_on_its_own_channel_only() -> None:
    claim = {
        "id": "dry-bag",
        "text": "Every rental includes a dry bag.",
        "category": "service",
        "substantiation": "Rental terms",
        "channels": ["email", "sms"],
        "disclaimer": "Dry bags hold up to 20 litres; larger bags cost extra at the dock.",
        "disclaimer_by_channel": {"sms": "Up to 20 L; larger bags extra."},
    }
    engine = _engine([CLAIM_RULE], claims=[claim])
    sms = _send(
        engine, "Tidewell: Every rental includes a dry bag. Up to 20 L; larger bags extra.", "sms"
    )
    assert not sms.violations
    email = _send(engine, "Every rental includes a dry bag. Up to 20 L; larger bags extra.")
    assert "claims" in email.fired_rule_ids
    bare = _send(engine, "Tidewell: Every rental includes a dry bag.", "sms")
    assert "claims" in bare.fired_rule_ids


def test_a_rival_name_that_opens_a_sentence_as_a_verb_is_not_the_name() -> None:
    engine = _engine([_rule("rivals", "case_sensitive_term", {"terms": ["Venture", "Drift"]})])
    assert not _send(engine, "Venture the open water this spring. Drift your way home.").violations
    assert "rivals" in _send(engine, "Unlike Venture Kayaks, we launch daily.").fired_rule_ids
    assert "rivals" in _send(engine, "Drift Outfitters charges more.").fired_rule_ids


def test_a_banned_statement_denied_by_the_copy_is_not_made() -> None:
    engine = _engine(
        [_rule("no-insured", "banned_phrase", {"phrases": ["insured by the coast guard"]})]
    )
    denied = "Rentals are not insured by the coast guard. Check your own cover."
    assert not _send(engine, denied).violations
    assert (
        "no-insured" in _send(engine, "Every rental is insured by the coast guard.").fired_rule_ids
    )
    assert "no-insured" in _send(engine, "Don't worry: insured by the coast guard.").fired_rule_ids


def test_a_quoted_customers_own_result_with_typical_results_disclosed_is_no_claim() -> None:
    engine = _claims_engine()
    typical = "Results not typical; individual results vary."
    before = f'Rosa, a Tidewell regular: "I lost 12 lbs paddling with you this summer." {typical}'
    after = f'"We finally sleep better after a day on the water." - Ken, guest. {typical}'
    assert not _send(engine, before).violations
    assert not _send(engine, after).violations
    undisclosed = 'Rosa, a Tidewell regular: "I lost 12 lbs paddling with you this summer."'
    assert "claims" in _send(engine, undisclosed).fired_rule_ids
    product = f'"The cold water heals sore joints." - Ken, guest. {typical}'
    assert "claims" in _send(engine, product).fired_rule_ids


def test_teaching_about_a_condition_or_naming_a_goal_is_not_a_health_claim() -> None:
    engine = _claims_engine()
    assert not _send(engine, "Here's how to spot eczema after a day in salt water.").violations
    assert not _send(engine, "Examples include high blood pressure and asthma.").violations
    assert not _send(engine, "Weight-loss coaching that fits your paddling week.").violations
    assert "claims" in _send(engine, "Salt water soothes eczema.").fired_rule_ids
    assert "claims" in _send(engine, "Paddling lowers blood pressure.").fired_rule_ids


def test_the_next_day_is_a_time_and_getting_cover_is_no_claim() -> None:
    rule = _rule(
        "claims",
        "claim_grounding",
        {"categories": ["service", "superlative"], "extra_triggers": {"service": ["covered"]}},
    )
    engine = _engine([rule])
    assert not _send(engine, "You may feel sore the next day: stretch first.").violations
    assert not _send(engine, "Get covered with our trip protection before you launch.").violations
    assert "claims" in _send(engine, "Gear delivered the next day.").fired_rule_ids
    assert "claims" in _send(engine, "Your kayak at your door the next day.").fired_rule_ids
    assert "claims" in _send(engine, "Lost paddles are covered.").fired_rule_ids
    assert "claims" in _send(engine, "Get covered for lost paddles.").fired_rule_ids


def test_the_best_way_idiom_in_portuguese_is_not_a_superlative() -> None:
    rule = _rule(
        "claims",
        "claim_grounding",
        {"categories": ["superlative"], "extra_triggers": {"superlative": ["o melhor"]}},
    )
    engine = _engine([rule])
    assert not _send(engine, "O melhor jeito de guardar o caiaque no inverno.").violations
    assert "claims" in _send(engine, "O melhor caiaque do litoral.").fired_rule_ids


def test_a_disclaimer_cut_down_for_a_text_message_keeps_its_figures() -> None:
    claim = {
        "id": "rescue",
        "text": "Free rescue tow on every guided tour.",
        "category": "service",
        "substantiation": "Tour terms",
        "channels": ["email", "sms"],
        "disclaimer": "A rescue tow is free within 2 miles of the launch ramp you booked.",
    }
    engine = _engine([CLAIM_RULE], claims=[claim])
    short = (
        "Tidewell: Free rescue tow on every guided tour. "
        "Rescue tow free within 2 miles of launch ramp."
    )
    assert not _send(engine, short, "sms").violations
    no_figure = (
        "Tidewell: Free rescue tow on every guided tour. Rescue tow free near the launch ramp."
    )
    assert "claims" in _send(engine, no_figure, "sms").fired_rule_ids
    assert "claims" in _send(engine, short.removeprefix("Tidewell: ")).fired_rule_ids  # e-mail


def test_a_currency_sign_written_as_a_letter_does_not_hide_a_banned_phrase() -> None:
    engine = _engine([_rule("no-free-gear", "banned_phrase", {"phrases": ["free paddle"]})])
    assert "no-free-gear" in _send(engine, "Claim your fr€e padd1e today.").fired_rule_ids
    assert "no-free-gear" in _send(engine, "Claim your free paddle today.").fired_rule_ids
    assert not _send(engine, "Paddle rental from €12, or 12€ at the dock.").violations
