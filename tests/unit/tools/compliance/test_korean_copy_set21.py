"""Korean copy: a competitor with a particle joined to it, and a full name with no space (set 21).

Hanul Tea, a Korean tea shop invented for these tests, bans naming two rival shops. Korean joins
its particles to the noun before them ("<rival>보다", than the rival), so a whole-word search
never found the name in that form. A Korean full name is written with no space between family
and given name ("박서연"), so a recipient's full name of one word was read as a first name and
could stand in the subject.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import invented_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.message import RecipientDetails

_DAY = date(2027, 3, 9)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": invented_brand("hanul", sms_sender="1588-0000"),
            "rules": [
                rule(
                    "rivals",
                    "case_sensitive_term",
                    {"terms": ["찻잎마을", "TEA9"], "exceptions": ["찻잎마을 이야기"]},
                ),
                rule("no-personal-data", "personal_data", {}),
            ],
        },
        source="test",
    )


def _fired(subject: str, body: str, recipient: RecipientDetails | None = None) -> set[str]:
    message = Message(
        channel="email",
        subject=subject,
        body=body,
        send_time=datetime(2027, 3, 9, 1, 0),
        locale="ko-KR",
        recipient=recipient,
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_rival_with_a_particle_joined_is_named() -> None:
    assert "rivals" in _fired("봄 햇차", "찻잎마을보다 일주일 먼저 만나는 햇차.")
    assert "rivals" in _fired("봄 햇차", "TEA9에서는 볼 수 없는 블렌딩.")
    assert "rivals" in _fired("봄 햇차", "찻잎마을 말고 하늘차.")


def test_an_excepted_title_and_a_longer_word_are_not_the_rival() -> None:
    assert "rivals" not in _fired("봄 햇차", "동화 『찻잎마을 이야기』를 함께 읽어요.")
    assert "rivals" not in _fired("봄 햇차", "찻잎마을회관에서 열린 시음회 소식.")


def test_a_korean_full_name_of_one_word_is_personal_data() -> None:
    someone = RecipientDetails(full_name="박서연")
    assert "no-personal-data" in _fired(
        "박서연님, 봄 햇차가 왔어요", "햇차를 만나 보세요.", someone
    )
    assert "no-personal-data" not in _fired(
        "서연님, 봄 햇차가 왔어요", "햇차를 만나 보세요.", someone
    )
