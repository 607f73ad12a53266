"""A postal address in a script without spaces is found when glued to other text (set 26).

Qinghe Tea, a tea shop invented for these tests, writes its address as one run of Chinese
characters. A footer that puts the company name right before it ("…有限公司｜地址" or with no
mark at all) made the address part of a longer token, so the footer rule reported it missing.
A different street number glued to the same text is still no address.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_ADDRESS = "福建省福州市鼓楼区湖东路56号8楼"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "青禾茶",
                "legal_name": "福州青禾茶业有限公司",
                "postal_address": _ADDRESS,
                "sender_addresses": {"email": "hi@qinghe.example"},
                "channels": ["email"],
                "locales": ["zh-CN"],
                "default_time_zone": "Asia/Shanghai",
                "website_domains": ["qinghe.example"],
            },
            "rules": [rule("footer", "required_element", {"element": "postal_address"})],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="新茶到店",
        body=body,
        send_time=datetime(2027, 5, 6, 2, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=date(2027, 5, 6)).fired_rule_ids)


def test_an_address_on_its_own_line_is_found() -> None:
    assert "footer" not in _fired(f"春茶上新。\n福州青禾茶业有限公司\n{_ADDRESS}")


def test_an_address_glued_to_the_company_name_is_found() -> None:
    assert "footer" not in _fired(f"春茶上新。\n福州青禾茶业有限公司｜{_ADDRESS}")
    assert "footer" not in _fired(f"春茶上新。\n福州青禾茶业有限公司{_ADDRESS}电话0591-1234")


def test_a_wrong_or_missing_address_is_still_missing() -> None:
    assert "footer" in _fired("春茶上新。\n福州青禾茶业有限公司｜福建省福州市鼓楼区湖东路156号8楼")
    assert "footer" in _fired("春茶上新。\n福州青禾茶业有限公司")
