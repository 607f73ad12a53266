"""A Korean superlative whose subject is the reader ranks no claim (issue 17, set 21).

Hanul Tea, a Korean tea shop invented for these tests, lists 가장 ("the most") as a superlative
claim trigger. A year's look back, "손님들이 가장 많이 고른 차" (the teas customers picked most),
grades what the customers did, not the shop against anyone, and was blocked as an unapproved
superlative; "가장 신선한 차" (the freshest tea) said by the shop still is one.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import invented_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine


def _pack() -> BrandPack:
    claims = rule(
        "claims",
        "claim_grounding",
        {"categories": ["superlative"], "extra_triggers": {"superlative": ["가장", "최고"]}},
    )
    return parse_pack(
        {
            "brand": invented_brand("hanul"),
            "rules": [claims],
        },
        source="test",
    )


def _fired(subject: str, body: str) -> set[str]:
    message = Message(
        channel="email",
        subject=subject,
        body=body,
        send_time=datetime(2027, 12, 28, 1, 0),
        locale="ko-KR",
    )
    return set(RuleEngine(_pack()).check(message, as_of=date(2027, 12, 28)).fired_rule_ids)


def test_what_the_readers_did_most_is_no_claim() -> None:
    assert "claims" not in _fired("올해의 차", "올해 손님들이 가장 많이 고른 차를 모았어요.")
    assert "claims" not in _fired(
        "여러분이 가장 아낀 한 잔", "한 해를 돌아보며 천천히 마셔 보세요."
    )


def test_the_brand_s_own_superlative_is_still_a_claim() -> None:
    assert "claims" in _fired("겨울 햇차", "부산에서 가장 신선한 차를 만나 보세요.")
