"""Schema features the fourth blind set's writers lacked (issue 17): disclosures and audience
rules scoped by the recipient's region or the message's offer, wording per region or channel.

Each test uses a made-up brand built here — "Brackenridge Alarms", a home-alarm installer —
not the sample brand and not the wording of any evaluation brand.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

import pytest
from compliance_helpers import rule as _rule
from pydantic import ValidationError

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict
from nextbest.tools.compliance.price_triggers import shape_pattern

DAY = date(2027, 5, 4)
NOON = datetime(2027, 5, 4, 16, 0, tzinfo=UTC)

OFFERS: list[dict[str, Any]] = [
    {"id": "free-fit", "name": "Free fitting", "terms": "Free fitting. Ends May 31, 2027.",
     "discount_type": "free_gift", "channels": ["email", "sms"],
     "valid_from": "2027-05-01", "valid_until": "2027-05-31"},
    {"id": "win-back", "name": "Come back for $5", "terms": "Monitoring for $5 a month.",
     "discount_type": "price", "discount_amount": 5, "currency": "USD",
     "channels": ["email", "sms"], "valid_from": "2027-05-01", "valid_until": "2027-05-31"},
]  # fmt: skip


def _pack(rules: list[dict[str, Any]]) -> BrandPack:
    brand = {
        "name": "Brackenridge Alarms",
        "short_name": "Brackenridge",
        "legal_name": "Brackenridge Alarms Inc.",
        "postal_address": "12 Bell Court, Dayton, OH 45402, USA",
        "channels": ["email", "sms", "push"],
        "default_time_zone": "America/New_York",
        "website_domains": ["brackenridge.example"],
    }
    return BrandPack.model_validate({"brand": brand, "rules": rules, "offers": OFFERS})


def _send(
    rules: list[dict[str, Any]],
    body: str,
    *,
    channel: str = "sms",
    region: str | None = None,
    offer_id: str | None = None,
    flags: list[str] | None = None,
) -> set[str]:
    recipient = {"region": region, "flags": flags or []}
    message = Message(
        channel=channel,
        subject="Brackenridge news" if channel == "email" else None,
        body=body,
        send_time=NOON,
        recipient=recipient,
        offer_id=offer_id,
    )
    verdict: Verdict = RuleEngine(_pack(rules)).check(message, as_of=DAY)
    return set(verdict.fired_rule_ids)


LICENCE = _rule(
    "licence", "disclosure",
    {"trigger_phrases": ["installation"], "regions": ["US-OH", "KY"],
     "required_any": ["OH Lic 551, KY Lic 902"],
     "required_by_region": {"OH": ["OH Lic 551"], "KY": ["KY Lic 902"]}},
)  # fmt: skip


def test_region_scoped_disclosure_applies_only_to_its_regions() -> None:
    body = "Brackenridge: installation this week."
    assert "licence" in _send([LICENCE], body, region="US-OH")
    assert "licence" not in _send([LICENCE], body, region="IN")
    assert "licence" in _send([LICENCE], body)  # region unknown: the safe side
    assert "licence" not in _send([LICENCE], f"{body} OH Lic 551, KY Lic 902")


def test_region_wording_must_be_the_recipients_own() -> None:
    assert "licence" in _send([LICENCE], "Installation this week. KY Lic 902", region="OH")
    assert "licence" not in _send([LICENCE], "Installation this week. OH Lic 551", region="OH")


SHORT_FORM = _rule(
    "contract", "disclosure",
    {"trigger_phrases": ["monitoring"],
     "required_any": ["Monitoring needs a 24-month contract that renews yearly."],
     "required_by_channel": {"sms": ["Min. term 2 yrs."]}},
)  # fmt: skip


def test_short_form_counts_only_on_its_channel() -> None:
    short = "Brackenridge monitoring from today. Min. term 2 yrs."
    assert "contract" not in _send([SHORT_FORM], short, channel="sms")
    assert "contract" in _send([SHORT_FORM], short, channel="email")
    long = "Monitoring from today. Monitoring needs a 24-month contract that renews yearly."
    assert "contract" not in _send([SHORT_FORM], long, channel="sms")
    assert "contract" not in _send([SHORT_FORM], long, channel="email")


def test_offer_scoped_disclosure_and_waiver() -> None:
    fitting = _rule(
        "fit-terms", "disclosure",
        {"trigger_phrases": ["free"], "offers": ["free-fit"],
         "required_any": ["Fitting by appointment."]},
    )  # fmt: skip
    fee = _rule(
        "call-out", "disclosure",
        {"trigger_phrases": ["visit"], "except_offers": ["free-fit"],
         "required_any": ["A $40 call-out fee applies."]},
    )  # fmt: skip
    body = "Brackenridge: free fitting on your next visit. Ends May 31, 2027."
    assert _send([fitting, fee], body, offer_id="free-fit") == {"fit-terms"}
    assert _send([fitting, fee], "Book a free visit.") == {"call-out"}


def test_offer_scoped_audience() -> None:
    rule = _rule(
        "fit-area", "audience",
        {"offers": ["free-fit"], "allowed_regions": ["OH", "KY"],
         "blocked_flags": ["former_customer"]},
    )  # fmt: skip
    body = "Brackenridge: free fitting. Ends May 31, 2027."
    assert "fit-area" in _send([rule], body, region="IN", offer_id="free-fit")
    assert "fit-area" not in _send([rule], body, region="OH", offer_id="free-fit")
    assert "fit-area" in _send([rule], body, region="OH", offer_id="free-fit",
                               flags=["former_customer"])  # fmt: skip
    assert "fit-area" not in _send([rule], "Monitoring for $5 a month.", region="IN",
                                   offer_id="win-back", flags=["former_customer"])  # fmt: skip


def test_scoping_to_an_unknown_offer_is_refused() -> None:
    rule = _rule("bad-scope", "audience", {"offers": ["no-such-offer"], "min_age": 18})
    with pytest.raises(ValidationError, match="unknown offer"):
        _pack([rule])


def test_price_shaped_triggers_without_a_regex() -> None:
    monthly = _rule(
        "monthly-terms", "disclosure",
        {"trigger_prices": ["per month"], "required_any": ["Billed monthly; cancel anytime."]},
    )  # fmt: skip
    starting = _rule(
        "from-basis", "disclosure",
        {"trigger_prices": ["from"], "required_any": ["Prices vary by home size."]},
    )  # fmt: skip
    rules = [monthly, starting]
    assert _send(rules, "Brackenridge monitoring, $19/mo.") == {"monthly-terms"}
    assert _send(rules, "Brackenridge monitoring, $19 a month.") == {"monthly-terms"}
    assert _send(rules, "Brackenridge kits from $99.") == {"from-basis"}
    assert _send(rules, "Brackenridge: 24 months of cover, from 3 sensors.") == set()
    assert _send(rules, "Free fitting on orders over $99 a month.") == set()  # a threshold


def test_unknown_price_shape_is_refused() -> None:
    rule = _rule("odd-shape", "disclosure", {"trigger_prices": ["cheap"], "required_any": ["x"]})
    with pytest.raises(ValidationError, match="unknown price shape"):
        _pack([rule])


@pytest.mark.parametrize(
    ("shape", "text", "found"),
    [
        ("per month", "$49/mo", True),
        ("monthly", "€12 monthly", True),
        ("per month", "49 months", False),
        ("per day", "$5 a dog", False),
        ("per night", "£120 per night", True),
        ("per kWh", "12.5¢/kwh", True),
        ("instalments", "10x de r$ 30,00", True),
        ("instalments", "4 interest-free payments of $25", True),
        ("percent", "a 1.49 % fee", True),
        ("percent", "version 2", False),
        ("any", "r$ 300,00", True),
        ("any", "page 3", False),
        ("any", "she lost 14 pounds", False),
        ("down", "$0 down", True),
        ("/mo", "$9 per month", True),
        ("percentage", "save 20%", True),
        ("per_yr", "$99 annually", True),
    ],
)
def test_price_shapes_read_common_forms(shape: str, text: str, found: bool) -> None:
    assert bool(re.search(shape_pattern(shape), text)) is found


def test_us_state_written_in_full_is_its_code() -> None:
    rule = _rule("no-ky", "audience", {"blocked_regions": ["Kentucky"]})
    assert "no-ky" in _send([rule], "Brackenridge news.", region="US-KY")
    assert "no-ky" in _send([rule], "Brackenridge news.", region="kentucky")
    assert "no-ky" not in _send([rule], "Brackenridge news.", region="OH")
    assert "licence" in _send([LICENCE], "Installation soon.", region="Ohio")
