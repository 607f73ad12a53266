"""The guardrail on a brand it was not written beside: one test per failure class of issue 17.

Every test uses a small made-up brand (a bicycle shop, "Spokewise") built here, not the sample
brand and not the evaluation brands.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict

DAY = date(2027, 3, 10)
NOON = datetime(2027, 3, 10, 17, 0, tzinfo=UTC)  # 12:00 in New York (brand time)
FOOTER = (
    "\n\nSpokewise Cycles Inc., 12 Harbor Road, Boston, MA 02110. "
    "Unsubscribe: https://spokewise.com/unsubscribe"
)
SMS_END = " Reply STOP to opt out."


def _rule(rule_id: str, kind: str, params: dict[str, Any] | None = None, **extra: Any) -> dict:
    rule: dict[str, Any] = {
        "id": rule_id,
        "kind": kind,
        "description": f"{rule_id} rule.",
        "rationale": "Test brand policy.",
        "source": "Spokewise rulebook",
        **extra,
    }
    if params is not None:
        rule["params"] = params
    return rule


def _pack() -> BrandPack:
    return BrandPack.model_validate(
        {
            "brand": {
                "name": "Spokewise Cycles",
                "short_name": "Spokewise",
                "legal_name": "Spokewise Cycles Inc.",
                "postal_address": "12 Harbor Road, Boston, MA 02110",
                "channels": ["email", "sms", "push"],
                "default_time_zone": "America/New_York",
                "website_domains": ["spokewise.com"],
                "unsubscribe_url": "https://spokewise.com/unsubscribe",
            },
            "products": [
                {
                    "id": "trail-lock",
                    "name": "Trail Guard Lock",
                    "list_price": 60,
                    "currency": "USD",
                    "category": "accessories",
                },
                {
                    "id": "city-helmet",
                    "name": "Metro Helmet",
                    "aliases": ["the Metro"],
                    "list_price": 80,
                    "currency": "USD",
                },
                {
                    "id": "rain-jacket",
                    "name": "Drizzle Jacket",
                    "list_price": 120,
                    "currency": "USD",
                },
            ],
            "standing_statements": [
                {"id": "free-ship", "text": "Free shipping on orders over $75."}
            ],
            "non_claim_phrases": ["tighten the strap until snug"],
            "claims": [
                {
                    "id": "helmet-cert",
                    "text": "Certified to the CPSC safety standard for bicycle helmets.",
                    "category": "efficacy",
                    "substantiation": "Lab certificate 2026",
                    "channels": ["email", "sms", "push"],
                    "products": ["city-helmet"],
                },
                {
                    "id": "jacket-dry",
                    "text": "Keeps you dry for up to 3 hours of steady rain.",
                    "category": "efficacy",
                    "substantiation": "Spray test 2026",
                    "channels": ["email", "push"],
                    "disclaimer": "Tested at 10 mm/h; results vary with fit.",
                    "products": ["rain-jacket"],
                },
                {
                    "id": "lock-award",
                    "text": "Best Bike Lock 2025 by Cycle Monthly.",
                    "category": "endorsement",
                    "substantiation": "Award letter",
                    "channels": ["email"],
                    "valid_until": "2026-12-31",
                },
            ],
            "offers": [
                {
                    "id": "lock-10",
                    "name": "$10 off the lock",
                    "terms": "$10 off the Trail Guard Lock. Ends March 12, 2027.",
                    "discount_type": "amount",
                    "discount_amount": 10,
                    "currency": "USD",
                    "channels": ["email", "sms", "push"],
                    "products": ["trail-lock"],
                    "valid_until": "2027-03-12",
                },
                {
                    "id": "helmet-25",
                    "name": "25% off the Metro Helmet",
                    "terms": "25% off the Metro Helmet, today only.",
                    "discount_type": "percent",
                    "discount_amount": 25,
                    "channels": ["email", "sms", "push"],
                    "products": ["city-helmet"],
                    "valid_until": "2027-03-10",
                    "ends_at": "23:59",
                },
                {
                    "id": "jacket-open",
                    "name": "Jacket gift",
                    "terms": "A free bottle cage with every Drizzle Jacket.",
                    "discount_type": "free_gift",
                    "channels": ["email", "sms", "push"],
                },
                {
                    "id": "lights-stock",
                    "name": "Light set",
                    "terms": "Light set for $15 with any helmet. 40 sets available.",
                    "discount_type": "price",
                    "discount_amount": 15,
                    "currency": "USD",
                    "channels": ["email"],
                    "valid_until": "2027-03-31",
                    "limited_stock": True,
                },
            ],
            "rules": [
                _rule(
                    "claims",
                    "claim_grounding",
                    {
                        "categories": ["efficacy", "endorsement", "superlative"],
                        "extra_triggers": {"efficacy": ["dry", "safety", "snug"]},
                        "report_as": {
                            "expired": "claim-expired",
                            "missing_disclaimer": "claim-disclaimer",
                        },
                    },
                ),
                _rule("offers", "offer_terms", {}),
                _rule(
                    "banned",
                    "banned_phrase",
                    {"phrases": ["crash-proof", "indestructible", "guaranteed"]},
                ),
                _rule(
                    "warranty",
                    "required_element",
                    {"element": "statement", "text": "Not guaranteed against theft."},
                    channels=["push"],
                ),
                _rule("urgency", "urgency", {}),
                _rule("no-personal-data", "personal_data", {"labelled": ["order number"]}),
                _rule("subject-match", "subject_honesty", {}),
                _rule("caps", "capitals", {}, severity="warn"),
                _rule("competitor", "case_sensitive_term", {"terms": ["Summit"]}),
                _rule(
                    "unsubscribe",
                    "required_element",
                    {"element": "unsubscribe"},
                    channels=["email"],
                ),  # fmt: skip
                _rule("sms-stop", "required_element", {"element": "stop"}, channels=["sms"]),
                _rule(
                    "sms-brand", "required_element", {"element": "brand_name"}, channels=["sms"]
                ),  # fmt: skip
            ],
        }
    )


@pytest.fixture(scope="module")
def engine() -> RuleEngine:
    """One engine over the made-up brand."""
    return RuleEngine(_pack())


def _email(engine: RuleEngine, body: str, *, footer: str = FOOTER, **fields: Any) -> Verdict:
    fields.setdefault("subject", "News from the shop")
    message = Message(channel="email", body=body + footer, send_time=NOON, **fields)
    return engine.check(message, as_of=DAY)


def _sms(engine: RuleEngine, body: str, **fields: Any) -> Verdict:
    message = Message(channel="sms", body=body, send_time=NOON, **fields)
    return engine.check(message, as_of=DAY)


def _fired(verdict: Verdict) -> set[str]:
    return set(verdict.fired_rule_ids)


# --- products and prices ------------------------------------------------------------------


def test_plain_list_price_is_not_a_promotion(engine: RuleEngine) -> None:
    verdict = _email(engine, "The Trail Guard Lock is $60 and the Metro Helmet $80.")
    assert verdict.decision == "pass", verdict.violations


def test_price_below_list_without_an_offer_blocks(engine: RuleEngine) -> None:
    verdict = _email(engine, "The Trail Guard Lock is $45 this week.")
    assert "offers" in _fired(verdict)


def test_standing_statement_is_always_allowed(engine: RuleEngine) -> None:
    verdict = _email(engine, "Free shipping on orders over $75. The Drizzle Jacket is $120.")
    assert verdict.decision == "pass", verdict.violations


def test_was_now_sale_price_agrees_with_the_offer(engine: RuleEngine) -> None:
    body = "Trail Guard Lock: was $60, now $50. $10 off the Trail Guard Lock. Ends March 12, 2027."
    assert _email(engine, body, offer_id="lock-10").decision == "pass"


def test_was_now_sale_price_disagreeing_with_the_offer_blocks(engine: RuleEngine) -> None:
    body = "Trail Guard Lock: was $70, now $45. $10 off the Trail Guard Lock. Ends March 12, 2027."
    verdict = _email(engine, body, offer_id="lock-10")
    assert "offers" in _fired(verdict)
    assert any("reference price" in v.message for v in verdict.violations)


def test_percent_off_on_an_amount_offer_blocks(engine: RuleEngine) -> None:
    body = "Take 10% off the lock. $10 off the Trail Guard Lock. Ends March 12, 2027."
    assert "offers" in _fired(_email(engine, body, offer_id="lock-10"))


def test_amount_off_on_a_percent_offer_blocks(engine: RuleEngine) -> None:
    body = "Save $25 on the helmet. 25% off the Metro Helmet, today only."
    assert "offers" in _fired(_email(engine, body, offer_id="helmet-25"))


# --- claims with scope --------------------------------------------------------------------


def test_product_name_with_claim_word_is_not_a_claim(engine: RuleEngine) -> None:
    verdict = _email(engine, "The Drizzle Jacket comes in three colours.")
    assert "claims" not in _fired(verdict)


def test_directions_of_use_are_not_claims(engine: RuleEngine) -> None:
    verdict = _email(engine, "Put the Metro on, then tighten the strap until snug.")
    assert "claims" not in _fired(verdict), verdict.violations
    assert "claims" in _fired(_email(engine, "The Metro Helmet stays snug on any head."))


def test_narrower_and_reordered_claims_are_accepted(engine: RuleEngine) -> None:
    narrower = _email(engine, "Metro Helmet: certified to the CPSC safety standard.")
    reordered = _email(
        engine,
        "Metro Helmet: for bicycle helmets, certified to the CPSC safety standard.",
    )
    assert narrower.decision == "pass", narrower.violations
    assert reordered.decision == "pass", reordered.violations


def test_stronger_claim_is_blocked(engine: RuleEngine) -> None:
    verdict = _email(
        engine,
        "Drizzle Jacket: keeps you dry for 3 hours of steady rain. Tested at 10 mm/h; results "
        "vary with fit.",
    )
    assert "claims" in _fired(verdict)


def test_claim_for_another_product_blocks(engine: RuleEngine) -> None:
    verdict = _email(
        engine,
        "Drizzle Jacket. Certified to the CPSC safety standard for bicycle helmets.",
    )
    assert any(v.code == "claim.wrong_product" for v in verdict.violations), verdict.violations
    ok = _email(engine, "Metro Helmet. Certified to the CPSC safety standard for bicycle helmets.")
    assert ok.decision == "pass", ok.violations


def test_trigger_word_in_url_path_is_not_a_claim(engine: RuleEngine) -> None:
    verdict = _email(engine, "Read https://spokewise.com/blog/safety-myths-debunked today.")
    assert "claims" not in _fired(verdict), verdict.violations


def test_claim_problems_have_separate_rule_ids(engine: RuleEngine) -> None:
    expired = _email(engine, "Trail Guard Lock: Best Bike Lock 2025 by Cycle Monthly.")
    assert "claim-expired" in _fired(expired)
    missing = _email(engine, "Drizzle Jacket: keeps you dry for up to 3 hours of steady rain.")
    assert "claim-disclaimer" in _fired(missing)
    unapproved = _email(engine, "The Metro Helmet is the safest helmet ever made.")
    codes = {v.code for v in unapproved.violations if v.rule_id == "claims"}
    assert codes == {"claim.unapproved"}


# --- new rule kinds -----------------------------------------------------------------------


def test_required_text_with_banned_words_is_not_banned(engine: RuleEngine) -> None:
    message = Message(
        channel="push",
        subject="Lock up",
        body="Trail Guard Lock, $60. Not guaranteed against theft.",
        send_time=NOON,
    )
    verdict = engine.check(message, as_of=DAY)
    assert verdict.decision == "pass", verdict.violations
    banned = Message(channel="push", body="Guaranteed to stop thieves. Not guaranteed against "
                     "theft.", send_time=NOON)  # fmt: skip
    assert "banned" in _fired(engine.check(banned, as_of=DAY))


def test_unbacked_urgency_blocks(engine: RuleEngine) -> None:
    body = "Last day! $10 off the Trail Guard Lock. Ends March 12, 2027."
    verdict = _email(engine, body, offer_id="lock-10")
    assert "urgency" in _fired(verdict)


def test_backed_urgency_passes(engine: RuleEngine) -> None:
    body = "Ends tonight: 25% off the Metro Helmet, today only."
    verdict = _email(engine, body, offer_id="helmet-25", subject="Ends tonight: 25% off")
    assert verdict.decision == "pass", verdict.violations


def test_countdown_on_an_offer_without_end_date_blocks(engine: RuleEngine) -> None:
    body = "Hurry, the countdown is on! A free bottle cage with every Drizzle Jacket."
    assert "urgency" in _fired(_email(engine, body, offer_id="jacket-open"))


def test_scarcity_needs_an_offer_with_limited_stock(engine: RuleEngine) -> None:
    backed = _email(
        engine,
        "Only 40 left! Light set for $15 with any helmet. 40 sets available.",
        offer_id="lights-stock",
    )
    assert "urgency" not in _fired(backed), backed.violations
    unbacked = _email(engine, "Only 3 left! $10 off the Trail Guard Lock. Ends March 12, 2027.",
                      offer_id="lock-10")  # fmt: skip
    assert "urgency" in _fired(unbacked)


def test_personal_data_in_subject_blocks(engine: RuleEngine) -> None:
    email = _email(engine, "Your helmet has shipped.", subject="jane.doe@example.org, it shipped")
    card = _email(engine, "Paid with card 4111 1111 1111 1111.")
    labelled = _email(engine, "Your order number 48213 has shipped.")
    last4 = _email(engine, "Paid with the card ending in 1111.")
    for verdict in (email, card, labelled):
        assert "no-personal-data" in _fired(verdict), verdict.violations
    assert "no-personal-data" not in _fired(last4)


def test_subject_promising_what_the_body_does_not_give_blocks(engine: RuleEngine) -> None:
    verdict = _email(engine, "The Metro Helmet is $80.", subject="50% off helmets inside")
    assert "subject-match" in _fired(verdict)
    honest = _email(engine, "The Metro Helmet is $80.", subject="The Metro Helmet, $80")
    assert "subject-match" not in _fired(honest)
    other = _email(engine, "The Metro Helmet is $80.", subject="Back in stock: the Drizzle Jacket")
    assert "subject-match" in _fired(other)


def test_excessive_capitals_warn(engine: RuleEngine) -> None:
    verdict = _email(engine, "The NEW Metro Helmet is HERE and it is AMAZING.")
    assert verdict.decision == "warn"
    assert "caps" in _fired(verdict)
    assert _email(engine, "The Metro Helmet meets CPSC rules.").decision == "pass"


def test_case_sensitive_term_matches_only_its_casing(engine: RuleEngine) -> None:
    assert "competitor" in _fired(_email(engine, "Cheaper than Summit bikes."))
    assert _email(engine, "Ride to the summit with the Metro Helmet.").decision == "pass"


# --- required elements --------------------------------------------------------------------


def test_unsubscribe_to_homepage_blocks(engine: RuleEngine) -> None:
    footer = FOOTER.replace("https://spokewise.com/unsubscribe", "https://spokewise.com")
    verdict = _email(engine, "Spring is here.", footer=footer)
    assert "unsubscribe" in _fired(verdict)


def test_reply_unsubscribe_in_email_blocks(engine: RuleEngine) -> None:
    footer = "\n\nSpokewise Cycles Inc., 12 Harbor Road, Boston, MA 02110. Reply UNSUBSCRIBE."
    verdict = _email(engine, "Spring is here.", footer=footer)
    assert "unsubscribe" in _fired(verdict)
    assert _email(engine, "Spring is here.").decision == "pass"


def test_stop_only_brand_does_not_need_help(engine: RuleEngine) -> None:
    assert _sms(engine, "Spokewise: spring tune-ups are open." + SMS_END).decision == "pass"
    assert "sms-stop" in _fired(_sms(engine, "Spokewise: spring tune-ups are open."))


def test_brand_short_name_satisfies_the_brand_element(engine: RuleEngine) -> None:
    assert "sms-brand" not in _fired(_sms(engine, "Spokewise: tune-ups open." + SMS_END))
    assert "sms-brand" in _fired(_sms(engine, "Tune-ups are open." + SMS_END))


def test_new_schema_fields_are_optional() -> None:
    data = _pack().model_dump(mode="json", exclude_defaults=True)
    for key in ("products", "standing_statements", "non_claim_phrases"):
        data.pop(key)
    for offer in data["offers"]:
        offer.pop("products", None)
    for claim in data["claims"]:
        claim.pop("products", None)
    assert BrandPack.model_validate(data).products == []


def test_unknown_product_in_a_claim_scope_is_refused() -> None:
    data = _pack().model_dump(mode="json")
    data["claims"][0]["products"] = ["no-such-product"]
    with pytest.raises(ValueError, match="unknown product"):
        BrandPack.model_validate(data)


def test_recipient_contact_details_in_copy_block(engine: RuleEngine) -> None:
    recipient = {
        "email": "Jane.Doe@example.org",
        "phone": "+1 (617) 555-0199",
        "full_name": "Jane Doe",
    }
    for subject in ("jane.doe@example.org: your order", "Call 617-555-0199 back", "Jane Doe, hi"):
        verdict = _email(engine, "Your helmet has shipped.", subject=subject, recipient=recipient)
        assert "no-personal-data" in _fired(verdict), subject
    first_name = _email(
        engine, "Your helmet has shipped.", subject="Jane, it shipped", recipient=recipient
    )
    assert "no-personal-data" not in _fired(first_name)
