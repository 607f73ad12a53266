"""Rules the pack schema could not express before: one test per gap the blind writers listed.

Every test uses a small made-up brand built here (an outdoor shop, "Fennick Outdoor", selling
e-bikes on finance, folding knives and a kids' helmet), not the sample brand and not an
evaluation brand. Each gap is used end to end: pack → engine → verdict.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from compliance_helpers import rule as _rule
from pydantic import ValidationError

from nextbest.brand_context.models import BrandPack, QuietHoursParams
from nextbest.tools.compliance import Message, RuleEngine, Verdict

DAY = date(2027, 5, 12)  # a Wednesday
NOON = datetime(2027, 5, 12, 16, 0, tzinfo=UTC)  # 12:00 in New York (brand time)
FOOTER = (
    "\n\nFennick Outdoor LLC, 9 Mill Street, Burlington, VT 05401. "
    "Unsubscribe: https://fennick.example/unsubscribe"
)
SMS_END = " Reply STOP to opt out."


def _data(*rules: dict[str, Any]) -> dict[str, Any]:
    return {
        "brand": {
            "name": "Fennick Outdoor",
            "short_name": "Fennick",
            "legal_name": "Fennick Outdoor LLC",
            "postal_address": "9 Mill Street, Burlington, VT 05401",
            "channels": ["email", "sms", "push"],
            "default_time_zone": "America/New_York",
            "website_domains": ["fennick.example"],
        },
        "products": [
            {
                "id": "ridge-ebike",
                "name": "Ridgeback E-Bike",
                "list_price": 2400,
                "currency": "USD",
                "category": "bikes",
            },
            {
                "id": "fold-knife",
                "name": "Timberline Folding Knife",
                "aliases": ["the Timberline"],
                "list_price": 45,
                "currency": "USD",
            },
            {
                "id": "kid-helmet",
                "name": "Sprout Helmet",
                "list_price": 35,
                "currency": "USD",
            },
            {"id": "trail-map", "name": "Lakeside Trail Map", "list_price": 8, "currency": "USD"},
        ],
        "standing_statements": [
            {
                "id": "ebike-assembly",
                "text": "Free assembly included.",
                "products": ["ridge-ebike"],
            },
            {
                "id": "finance-cancel",
                "text": "Cancel within 14 days at no cost.",
                "offers": ["ebike-finance"],
            },
        ],
        "offers": [
            {
                "id": "ebike-finance",
                "name": "E-bike financing",
                "terms": "Financing on the Ridgeback E-Bike. Subject to credit approval.",
                "discount_type": "none",
                "channels": ["email", "sms", "push"],
                "products": ["ridge-ebike"],
                "apr": 3.9,
                "term_months": 36,
                "down_payment": 199,
                "monthly_payment": 65,
                "disclosure": "Subject to credit approval.",
            },
            {
                "id": "map-gift",
                "name": "Free map",
                "terms": "A free Lakeside Trail Map with any order.",
                "discount_type": "free_gift",
                "channels": ["email", "sms", "push"],
            },
        ],
        "rules": list(rules),
    }


def _pack(*rules: dict[str, Any]) -> BrandPack:
    return BrandPack.model_validate(_data(*rules))


def _check(pack: BrandPack, body: str, **fields: Any) -> Verdict:
    fields.setdefault("channel", "email")
    fields.setdefault("send_time", NOON)
    fields.setdefault("recipient_time_zone", "America/New_York")
    return RuleEngine(pack).check(Message(body=body, **fields), DAY)


def _fired(verdict: Verdict) -> set[str]:
    return {v.rule_id for v in verdict.violations}


AUDIENCE = _rule(
    "knife-audience",
    "audience",
    {
        "min_age": 18,
        "blocked_regions": ["NY", "US-MA"],
        "blocked_flags": ["self_excluded"],
        "products": ["fold-knife"],
    },
)


def test_recipient_attributes_and_audience_rule() -> None:
    """Age, region and flags of the recipient gate messages about a scoped product."""
    pack = _pack(AUDIENCE)
    knife = "Meet the Timberline: a folding knife for the trail." + FOOTER
    adult = {"age": 34, "region": "VT"}
    assert _check(pack, knife, recipient=adult).decision == "pass"
    assert "knife-audience" in _fired(_check(pack, knife, recipient={"age": 16, "region": "VT"}))
    assert "knife-audience" in _fired(_check(pack, knife, recipient={"region": "VT"}))
    assert "knife-audience" in _fired(_check(pack, knife, recipient={"age": 40, "region": "ny"}))
    assert "knife-audience" in _fired(_check(pack, knife, recipient={"age": 40, "region": "US-NY"}))
    assert "knife-audience" in _fired(_check(pack, knife, recipient={"age": 40, "region": "MA"}))
    assert "knife-audience" in _fired(
        _check(pack, knife, recipient={**adult, "flags": ["Self_Excluded"]})
    )
    assert "knife-audience" in _fired(
        _check(pack, knife, recipient={**adult, "flags": "self-excluded"})
    )
    # Out of scope: a message that does not name the knife goes to anyone.
    helmet = "The Sprout Helmet is back in stock." + FOOTER
    assert _check(pack, helmet, recipient={"age": 12}).decision == "pass"
    # An audience rule is about the recipient: a copy-only check skips it.
    copy_only = RuleEngine(pack).check(
        Message(channel="email", body=knife, send_time=NOON), DAY, scope="copy"
    )
    assert "knife-audience" not in _fired(copy_only)
    # Allowed regions: anything else is out.
    only_vt = _pack(_rule("vt-only", "audience", {"allowed_regions": ["VT"]}))
    assert _check(only_vt, helmet, recipient={"region": "VT"}).decision == "pass"
    assert "vt-only" in _fired(_check(only_vt, helmet, recipient={"region": "NH"}))
    assert _check(only_vt, helmet, recipient={"region": "us-vt"}).decision == "pass"
    # A message whose offer covers a scoped product is about it, named or not.
    ebike = _pack(_rule("ebike-16", "audience", {"min_age": 16, "products": ["ridge-ebike"]}))
    finance = "Ride now: 3.9% APR for 36 months. Subject to credit approval." + FOOTER
    verdict = _check(ebike, finance, offer_id="ebike-finance", recipient={"age": 15})
    assert "ebike-16" in _fired(verdict)


def test_audience_rule_validation() -> None:
    """An empty audience rule and an unknown product are field-path errors."""
    with pytest.raises(ValidationError, match="at least one of min_age"):
        _pack(_rule("empty", "audience", {}))
    with pytest.raises(ValidationError, match=r"rules\[0\]\.params\.products"):
        _pack(_rule("bad", "audience", {"min_age": 18, "products": ["no-such"]}))
    with pytest.raises(ValidationError) as caught:
        _pack(
            _rule("bad", "audience", {"min_age": 18, "products": ["no-such"]}),
            _rule("bad2", "disclosure", {"trigger_products": ["gone"], "required_any": ["abc"]}),
        )
    assert "rules[1].params.trigger_products" in str(caught.value)
    assert "rules[0].params.products" in str(caught.value)


HELMET_AGE = _rule(
    "helmet-age-grade",
    "disclosure",
    {
        "trigger_products": ["kid-helmet"],
        "required_any": ["Ages 5 and up."],
        "within_chars": 60,
    },
)


def test_per_product_required_wording() -> None:
    """Each mention of a product needs its wording nearby; literal phrases keep their '$'."""
    pack = _pack(HELMET_AGE)
    ok = "The Sprout Helmet (Ages 5 and up.) is back." + FOOTER
    assert _check(pack, ok).decision == "pass"
    assert "helmet-age-grade" in _fired(_check(pack, "The Sprout Helmet is back." + FOOTER))
    far = (
        "The Sprout Helmet (Ages 5 and up.) is back. We also restocked tents, stoves, "
        "sleeping bags and lanterns for the season. Pair them with a Sprout Helmet." + FOOTER
    )
    assert "helmet-age-grade" in _fired(_check(pack, far))
    assert _check(pack, "The Lakeside Trail Map is back." + FOOTER).decision == "pass"

    dollar = _pack(
        _rule(
            "zero-down",
            "disclosure",
            {"trigger_phrases": ["$0 down"], "required_any": ["Subject to credit approval."]},
        )
    )
    assert "zero-down" in _fired(_check(dollar, "Ride home for $0 DOWN today." + FOOTER))
    assert _check(dollar, "Ride home for $10 down today." + FOOTER).decision == "pass"
    with pytest.raises(ValidationError, match="at least one of triggers"):
        _pack(_rule("none", "disclosure", {"required_any": ["x y z"]}))


WEEKEND_QUIET = _rule(
    "weekend-quiet",
    "quiet_hours",
    {
        "start": "20:00",
        "end": "10:00",
        "days": ["Sat", "sunday"],
        "no_send_dates": ["2027-07-05"],
    },
)


def test_quiet_hours_by_day() -> None:
    """A window on some days only, starting-day ownership past midnight, and no-send dates."""
    pack = _pack(WEEKEND_QUIET)
    body = "The Lakeside Trail Map is back." + FOOTER
    zone = "America/New_York"

    def sent(local: str) -> Verdict:
        moment = datetime.fromisoformat(local + "-04:00")
        return RuleEngine(pack).check(
            Message(channel="email", body=body, send_time=moment, recipient_time_zone=zone),
            moment.date(),
        )

    assert "weekend-quiet" in _fired(sent("2027-05-15T21:00"))  # Saturday evening
    assert "weekend-quiet" in _fired(sent("2027-05-16T03:00"))  # Saturday's window, Sunday
    assert sent("2027-05-15T03:00").decision == "pass"  # Friday's night: no Friday window
    assert sent("2027-05-12T21:00").decision == "pass"  # Wednesday evening
    assert "weekend-quiet" in _fired(sent("2027-05-17T03:00"))  # Sunday's window, Monday
    assert "weekend-quiet" in _fired(sent("2027-07-05T12:00"))  # a holiday: whole day
    sunday = _pack(
        _rule(
            "no-sunday",
            "quiet_hours",
            {"start": "00:00", "end": "23:59", "end_inclusive": True, "days": ["sunday"]},
        )
    )
    on_sunday = datetime(2027, 5, 16, 15, 0, tzinfo=UTC)
    verdict = _check(sunday, body, send_time=on_sunday)
    assert "no-sunday" in _fired(verdict)
    assert _check(sunday, body, send_time=on_sunday.replace(day=17)).decision == "pass"
    weekends = _pack(
        _rule("wk", "quiet_hours", {"start": "20:00", "end": "10:00", "days": "weekends"})
    )
    params = weekends.rules[0].params
    assert isinstance(params, QuietHoursParams)
    assert params.days == ["saturday", "sunday"]
    with pytest.raises(ValidationError, match=r"days"):
        _pack(_rule("bad-day", "quiet_hours", {"start": "20:00", "end": "08:00", "days": ["x"]}))


def test_case_sensitive_term_exclusions() -> None:
    """Exceptions that contain a term are fine; the term itself matches whole words only."""
    pack = _pack(
        _rule(
            "rival-name",
            "case_sensitive_term",
            {"terms": ["Haven"], "exceptions": ["Safe Haven Trail"]},
        )
    )
    assert "rival-name" in _fired(_check(pack, "Cheaper than Haven, every day." + FOOTER))
    fine = [
        "We haven't restocked yet, but the Safe Haven Trail is open.",
        "Havenly views from the summit.",
        "A haven for hikers.",
    ]
    for line in fine:
        assert _check(pack, line + FOOTER).decision == "pass", line
    assert "rival-name" in _fired(_check(pack, "Safe Haven trail beats Haven." + FOOTER))


def test_scoped_standing_statements() -> None:
    """A standing statement is allowed only in its scope; outside it is ordinary copy."""
    pack = _pack(_rule("offers", "offer_terms", {}))
    in_scope = "The Ridgeback E-Bike is here. Free assembly included." + FOOTER
    assert _check(pack, in_scope).decision == "pass"
    out_of_scope = "The Sprout Helmet is here. Free assembly included." + FOOTER
    assert "offers" in _fired(_check(pack, out_of_scope))
    cancel = "Cancel within 14 days at no cost."
    with_offer = (
        "Ride the Ridgeback E-Bike for $65/mo. Subject to credit approval. " + cancel + FOOTER
    )
    assert _check(pack, with_offer, offer_id="ebike-finance").decision == "pass"
    with pytest.raises(ValidationError, match=r"standing_statements\[0\]\.offers"):
        data = _data()
        data["standing_statements"] = [{"id": "x-s", "text": "abc def", "offers": ["nope"]}]
        BrandPack.model_validate(data)


def test_financing_fields_on_offers() -> None:
    """Stated APR, term, down and monthly payment figures must be the offer's."""
    pack = _pack(_rule("offers", "offer_terms", {}))
    right = (
        "Ride the Ridgeback E-Bike: 3.9% APR for 36 months, $199 down and $65/mo. "
        "Subject to credit approval." + FOOTER
    )
    assert _check(pack, right, offer_id="ebike-finance").decision == "pass"
    wrong = [
        "Ride the Ridgeback E-Bike at 2.9% APR. Subject to credit approval.",
        "Ride the Ridgeback E-Bike: 48 monthly payments. Subject to credit approval.",
        "Ride the Ridgeback E-Bike with $99 down. Subject to credit approval.",
        "Ride the Ridgeback E-Bike for $59 a month. Subject to credit approval.",
        "Ride the Ridgeback E-Bike, financing over 4 years. Subject to credit approval.",
        "Ride the Ridgeback E-Bike for $65/mo. for 48 months. Subject to credit approval.",
        "Ride the Ridgeback E-Bike at 2.9% variable APR. Subject to credit approval.",
    ]
    for line in wrong:
        verdict = _check(pack, line + FOOTER, offer_id="ebike-finance")
        assert "offers" in _fired(verdict), line
    # A figure the offer's own disclosure states is the offer's too.
    data = _data(_rule("offers", "offer_terms", {}))
    data["offers"][0]["disclosure"] = "Subject to credit approval. 3.9% APR, then 9.9% APR."
    stepped = BrandPack.model_validate(data)
    disclosed = " Subject to credit approval. 3.9% APR, then 9.9% APR."
    later = "Ride the Ridgeback E-Bike: 9.9% APR after year one." + disclosed
    assert _check(stepped, later + FOOTER, offer_id="ebike-finance").decision == "pass"
    other = "Ride the Ridgeback E-Bike: 8.9% APR after year one." + disclosed
    assert "offers" in _fired(_check(stepped, other + FOOTER, offer_id="ebike-finance"))
    # A credit figure stated without the offer's whole disclosure is not enough.
    short = "Ride the Ridgeback E-Bike: 9.9% APR after year one. Subject to credit approval."
    assert "offers" in _fired(_check(stepped, short + FOOTER, offer_id="ebike-finance"))
    # A term outside financing wording is not a term.
    warranty = "The Sprout Helmet has a 12-month warranty." + FOOTER
    assert _check(pack, warranty, offer_id="ebike-finance").decision == "pass"


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("apr", 120),
        ("term_months", 0),
        ("monthly_payment", -5),
    ],
)
def test_financing_field_errors(path: str, value: float) -> None:
    """Out-of-range financing fields are rejected."""
    data = _data()
    data["offers"][0][path] = value
    with pytest.raises(ValidationError, match=path):
        BrandPack.model_validate(data)


def test_disclosure_trigger_inside_an_everyday_sense() -> None:
    """A trigger word in its everyday sense ("deposit your bags") does not need the disclosure."""
    pack = _pack(
        _rule(
            "deposit-terms",
            "disclosure",
            {"trigger_phrases": ["deposit"], "required_any": ["Deposits are non-refundable."]},
        )
    )
    handover = _check(pack, "Arriving early? Deposit your bags at the front desk." + FOOTER)
    assert "deposit-terms" not in _fired(handover)
    payment = _check(pack, "A $200 deposit holds your spot on the guided ride." + FOOTER)
    assert "deposit-terms" in _fired(payment)
