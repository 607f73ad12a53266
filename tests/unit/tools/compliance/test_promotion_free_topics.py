"""A message on some topics carries no promotion: ``no_promotion`` on a disclosure rule (issue 17).

Generic cases for a brand invented here: Emberfield Heaters, a space-heater maker whose
recall notices must carry no offer, discount, promo code or free gift. The rule names the
topic with literal phrases and requires no wording.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from compliance_helpers import rule as _rule

from nextbest.brand_context.ingest import PackValidationError, parse_pack
from nextbest.tools.compliance import Message, RuleEngine, Verdict
from nextbest.tools.compliance.message import RecipientDetails

DAY = date(2027, 2, 9)
SEND = datetime(2027, 2, 9, 16, 0)
TOPIC = ["recall notice", "being recalled", "safety recall"]
RULE_ID = "recall-no-promotion"
NOTICE = (
    "Safety recall: Emberfield Glow 1500 heaters made in May 2026 are being recalled because "
    "the tip-over switch can fail. Stop using the heater and contact us for a repair at "
    "emberfield.example/recall."
)


def _pack(**scope: Any) -> dict[str, Any]:
    params: dict[str, Any] = {"trigger_phrases": TOPIC, "no_promotion": True}
    params.update(scope.pop("params", {}))
    return {
        "brand": {
            "name": "Emberfield Heaters",
            "legal_name": "Emberfield Heaters Inc.",
            "postal_address": "410 Kiln Street, Dayton, OH 45402, USA",
            "channels": ["email", "sms"],
            "default_time_zone": "America/New_York",
            "website_domains": ["emberfield.example"],
        },
        "products": [
            {"id": "glow", "name": "Emberfield Glow 1500", "list_price": 89.0, "currency": "USD"},
            {"id": "guard", "name": "Tip-Over Guard", "list_price": 24.99, "currency": "USD"},
        ],
        "standing_statements": [
            {"id": "returns", "text": "Free returns within 30 days on every order."}
        ],
        "offers": [
            {
                "id": "winter-15",
                "name": "Winter warmth 15",
                "terms": "15% off any heater with code WARM15 through February 28, 2027.",
                "discount_type": "percent",
                "discount_amount": 15,
                "code": "WARM15",
                "channels": ["email", "sms"],
            }
        ],
        "rules": [
            _rule(
                RULE_ID,
                "disclosure",
                params,
                description="Recall notices carry no promotion.",
                **scope,
            )
        ],
    }


def _check(
    body: str,
    *,
    channel: str = "email",
    offer_id: str | None = None,
    region: str | None = None,
    **scope: Any,
) -> Verdict:
    pack = parse_pack(_pack(**scope), source="test")
    recipient = RecipientDetails(region=region) if region else None
    message = Message(
        channel=channel,  # type: ignore[arg-type]
        subject="Important safety information" if channel == "email" else None,
        body=body,
        send_time=SEND,
        offer_id=offer_id,
        recipient=recipient,
    )
    return RuleEngine(pack).check(message, as_of=DAY)


def _ours(verdict: Verdict) -> list[Any]:
    return [v for v in verdict.violations if v.rule_id == RULE_ID]


def test_a_recall_notice_with_a_promo_code_blocks_on_the_promotion() -> None:
    body = f"{NOTICE}\n\nWhile you're here: 15% off any heater with code WARM15."
    verdict = _check(body, offer_id="winter-15")
    found = _ours(verdict)
    assert len(found) == 1
    assert verdict.decision == "block"
    hit = found[0]
    assert hit.field == "body" and hit.span is not None
    assert body[hit.span[0] : hit.span[1]] in {"15% off", "code WARM15"}
    assert hit.fix_hint


def test_a_recall_notice_with_a_free_gift_blocks() -> None:
    body = f"{NOTICE} Reply today for a free blanket with your next order."
    assert _ours(_check(body))


def test_a_recall_notice_without_a_promotion_passes() -> None:
    verdict = _check(NOTICE)
    assert not _ours(verdict)
    assert verdict.decision == "pass"


def test_a_recall_notice_carrying_an_offer_blocks_even_when_the_copy_states_none() -> None:
    found = _ours(_check(NOTICE, offer_id="winter-15"))
    assert len(found) == 1 and found[0].span is None
    assert "winter-15" in found[0].message


def test_an_ordinary_promotion_without_the_topic_passes_this_rule() -> None:
    body = "Cold snap: 15% off any heater with code WARM15 through February 28, 2027."
    assert not _ours(_check(body, offer_id="winter-15"))


def test_a_list_price_inside_a_notice_is_no_promotion() -> None:
    body = f"{NOTICE} A Tip-Over Guard ($24.99) also fits older models."
    assert not _ours(_check(body))


def test_a_sale_price_below_list_inside_a_notice_is_a_promotion() -> None:
    body = f"{NOTICE} The Emberfield Glow 1500 is now just $59 this week."
    assert _ours(_check(body))


def test_a_standing_statement_inside_a_notice_is_no_promotion() -> None:
    body = f"{NOTICE} Free returns within 30 days on every order."
    assert not _ours(_check(body))


def test_the_rules_channels_are_respected() -> None:
    body = f"{NOTICE} Save 15% with code WARM15."
    assert _ours(_check(body, channel="sms", channels=["sms"]))
    assert not _ours(_check(body, channel="sms", channels=["email"]))


def test_the_rules_regions_are_respected() -> None:
    body = f"{NOTICE} Save 15% with code WARM15."
    assert _ours(_check(body, region="US-OH", regions=["OH"]))
    assert not _ours(_check(body, region="US-TX", regions=["OH"]))


def test_the_disclosures_own_regions_are_respected() -> None:
    body = f"{NOTICE} Save 15% with code WARM15."
    assert _ours(_check(body, region="US-OH", params={"regions": ["OH"]}))
    assert not _ours(_check(body, region="US-TX", params={"regions": ["OH"]}))


def test_severity_warn_gives_warn() -> None:
    body = f"{NOTICE} Save 15% with code WARM15."
    verdict = _check(body, severity="warn")
    assert [v.severity for v in _ours(verdict)] == ["warn"]
    assert verdict.decision == "warn"


def test_a_required_wording_is_still_required_beside_no_promotion() -> None:
    params = {"required_any": ["Call 1-800-555-0199 for the repair kit."]}
    found = _ours(_check(NOTICE, params=params))
    assert len(found) == 1 and "needs a disclosure" in found[0].message
    assert not _ours(_check(f"{NOTICE} Call 1-800-555-0199 for the repair kit.", params=params))


def test_default_off_a_topic_disclosure_ignores_promotions() -> None:
    params = {"no_promotion": False, "required_any": ["Call 1-800-555-0199 for the repair kit."]}
    body = f"{NOTICE} Call 1-800-555-0199 for the repair kit. Save 15% with code WARM15."
    assert not _ours(_check(body, params=params))


def test_required_any_may_be_empty_only_under_no_promotion() -> None:
    pack = _pack(params={"no_promotion": False})
    with pytest.raises(PackValidationError) as error:
        parse_pack(pack, source="test")
    assert "required_any" in str(error.value)


def test_no_promotion_needs_a_topic_not_a_price_shape() -> None:
    pack = _pack(params={"trigger_phrases": [], "trigger_prices": ["any"]})
    with pytest.raises(PackValidationError):
        parse_pack(pack, source="test")
