"""Prices in Korean won ("9,900원", "1만원") are prices for a disclosure (issue 17, set 21).

Hanul Tea, a Korean tea shop invented for these tests, requires its auto-renewal line with any
price of its tea subscription. A figure in won was no price to the price trigger (the folded
view writes the Hangul of 원 decomposed, and a particle may follow it), so the subscription
price went out without the line.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import invented_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_LINE = "매월 자동결제되며 언제든 해지할 수 있습니다."


def _pack() -> BrandPack:
    renewal = rule(
        "renewal",
        "disclosure",
        {
            "trigger_products": ["box"],
            "trigger_prices": ["any"],
            "prices_of_products": True,
            "required_any": [_LINE],
        },
    )
    return parse_pack(
        {
            "brand": invented_brand("hanul"),
            "rules": [renewal],
            "products": [
                {
                    "id": "box",
                    "name": "하늘차 정기구독",
                    "list_price": 9900,
                    "currency": "KRW",
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="하늘차 정기구독",
        body=body,
        send_time=datetime(2027, 3, 9, 1, 0),
        locale="ko-KR",
    )
    return set(RuleEngine(_pack()).check(message, as_of=date(2027, 3, 9)).fired_rule_ids)


def test_a_won_price_of_the_subscription_needs_the_line() -> None:
    assert "renewal" in _fired("하늘차 정기구독 월 9,900원.")
    assert "renewal" in _fired("하늘차 정기구독은 월 9,900원이면 충분해요.")
    assert "renewal" in _fired("하늘차 정기구독, 석 달에 3만원.")
    assert "renewal" not in _fired(f"하늘차 정기구독 월 9,900원. {_LINE}")


def test_no_price_needs_no_line() -> None:
    assert "renewal" not in _fired("하늘차 정기구독으로 매달 새 차를 만나 보세요.")
