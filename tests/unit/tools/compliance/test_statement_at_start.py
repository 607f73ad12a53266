"""A required label that must open the field, not merely appear in it (issue 17).

Advertising laws in several countries say where the label stands: a Korean advertising SMS must
*begin* with "(광고)", a Vietnamese one with "[QC]", a Catalan e-mail subject with "Publicitat:".
Byeolbit Tea, a Korean tea shop invented for these tests, requires "(광고)" at the start of the
SMS body and "Publicitat:"-style plain words at the start of the e-mail subject; a label after a
greeting does not count, spaces before it do not matter. A statement without ``at_start`` is
still found anywhere.
"""

from __future__ import annotations

from typing import Any

import pytest
from compliance_helpers import fired, rule
from pydantic import ValidationError

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack, RequiredElementParams
from nextbest.brand_context.pack_entries import content_hash


def _pack(at_start: bool = True) -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Byeolbit Tea",
                "legal_name": "Byeolbit Tea Co., Ltd.",
                "postal_address": "12 Insadong-gil, Jongno-gu, Seoul",
                "sender_addresses": {"sms": "BYEOLBIT", "email": "hello@byeolbit.example"},
                "channels": ["sms", "email"],
                "locales": ["ko-KR"],
                "default_time_zone": "Asia/Seoul",
                "website_domains": ["byeolbit.example"],
            },
            "rules": [
                rule(
                    "sms-label",
                    "required_element",
                    {
                        "element": "statement",
                        "text": "(광고)",
                        "fields": ["body"],
                        "at_start": at_start,
                    },
                    channels=["sms"],
                ),
                rule(
                    "subject-label",
                    "required_element",
                    {
                        "element": "statement",
                        "text": "Advertising notice",
                        "fields": ["subject"],
                        "at_start": at_start,
                    },
                    channels=["email"],
                ),
            ],
        },
        source="test",
    )


def _sms(check: Any, body: str, at_start: bool = True) -> set[str]:
    return fired(check(_pack(at_start), channel="sms", body=body))


def _email(check: Any, subject: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject=subject, body="Byeolbit Tea news."))


def test_the_label_must_open_the_sms(check: Any) -> None:
    assert "sms-label" not in _sms(check, "(광고) 별빛티 햇차가 도착했어요.")
    assert "sms-label" not in _sms(check, "  (광고)별빛티 햇차가 도착했어요.")
    assert "sms-label" in _sms(check, "별빛티 햇차가 도착했어요. (광고)")
    assert "sms-label" in _sms(check, "안녕하세요! (광고) 별빛티 햇차가 도착했어요.")


def test_without_at_start_the_label_may_stand_anywhere(check: Any) -> None:
    assert "sms-label" not in _sms(check, "별빛티 햇차가 도착했어요. (광고)", at_start=False)
    assert "sms-label" in _sms(check, "별빛티 햇차가 도착했어요.", at_start=False)


def test_a_plain_wording_must_open_the_subject(check: Any) -> None:
    assert "subject-label" not in _email(check, "Advertising notice: new spring teas")
    assert "subject-label" in _email(check, "New spring teas (advertising notice)")
    assert "subject-label" in _email(check, "Re: Advertising notice new spring teas")


def test_at_start_is_for_statements_only_and_is_part_of_the_pack_hash() -> None:
    with pytest.raises(ValidationError, match="at_start applies to a 'statement'"):
        RequiredElementParams(element="stop", at_start=True)
    assert content_hash(_pack(at_start=False)) != content_hash(_pack(at_start=True))
