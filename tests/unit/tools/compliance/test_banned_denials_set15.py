"""Banned statements denied of every one of a kind, and labels others give, rejected (set 15).

Issue 17, fifteenth blind set. The brand is Fernhollow Climbing Walls, a climbing gym invented
here (not the sample brand, not an eval brand). A gym bans safety and green promises; saying
what no lesson can do, or rejecting a label others use, is no promise.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import FERNHOLLOW_WALLS, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.denials import rebutted
from nextbest.tools.compliance.sender_denials import sender_denies

_BRAND: dict[str, Any] = FERNHOLLOW_WALLS


def _pack() -> BrandPack:
    rules = [
        rule("no-safety-promise", "banned_phrase", {"phrases": ["fall-proof", "risk-free"]}),
        rule("green-claims", "banned_phrase", {"phrases": ["carbon neutral"]}),
    ]
    return parse_pack({"brand": _BRAND, "rules": rules}, source="test")


def _fired(check: Any, body: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject="Fernhollow news", body=body))


def test_a_quality_denied_of_every_one_is_not_claimed(check: Any) -> None:
    assert "no-safety-promise" not in _fired(
        check, "A straight answer: no climbing course is risk-free. Training lowers the odds."
    )
    assert "no-safety-promise" not in _fired(
        check, "A promise we never make: no lesson can make a climber fall-proof."
    )
    assert "no-safety-promise" in _fired(check, "Our lessons make every climber fall-proof.")
    assert "no-safety-promise" in _fired(check, "Climbing with us is risk-free.")
    assert "no-safety-promise" in _fired(check, "No other gym is risk-free like ours.")
    assert "no-safety-promise" in _fired(check, "No course is risk-free but ours.")


def test_sender_denies_a_one_word_quality_only_after_a_quantified_subject() -> None:
    text = "Truth is: nothing is risk-free."
    start = text.index("risk-free")
    assert sender_denies(text, start, start + len("risk-free"))
    text = "No miracle is needed: our course is risk-free."
    start = text.index("risk-free")
    assert not sender_denies(text, start, start + len("risk-free"))


def test_a_label_others_give_and_the_copy_rejects_is_not_claimed(check: Any) -> None:
    body = "You'll see indoor walls sold as carbon neutral. They aren't: the lights run on gas."
    assert "green-claims" not in _fired(check, body)
    assert "green-claims" in _fired(check, "Our walls are sold as carbon neutral.")
    body = "Our walls are sold as carbon neutral. They aren't cheap to run."
    assert "green-claims" in _fired(check, body)
    text = "Some call it carbon neutral, but it isn't."
    start = text.index("carbon neutral")
    assert rebutted(text, start, start + len("carbon neutral"))


def test_a_quoted_question_answered_no_is_not_claimed(check: Any) -> None:
    body = (
        'A parent asked us: "Will lessons make my daughter fall-proof?" The honest answer is no,'
        " and nobody should promise that."
    )
    assert "no-safety-promise" not in _fired(check, body)
    body = 'A parent asked us: "Will lessons make my daughter fall-proof?" Yes, they will.'
    assert "no-safety-promise" in _fired(check, body)
