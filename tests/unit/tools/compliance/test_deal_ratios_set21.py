"""A subject promising a multi-buy deal ("2x1") the message does not give (issue 17, set 21).

Teatre Roig, a theatre invented for these tests, has one offer: 30 % off for students. A subject
promising "2x1" on every ticket above that offer was read as two loose figures, neither near a
promise word, so nothing it promised was checked.
"""

from __future__ import annotations

from compliance_helpers import DAY, NOON_UTC, build_pack, rule

from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.deal_ratios import deal_ratios

_BODY = "Students get 30% off any single ticket with a valid student card."


def _fired(subject: str, body: str = _BODY, offer: str = "students") -> set[str]:
    offers = [
        {
            "id": "students",
            "name": "30% off for students",
            "terms": "30% off any single ticket with a valid student card.",
            "discount_type": "percent",
            "discount_amount": 30,
            "channels": ["email"],
            "valid_from": "2026-11-01",
            "valid_until": "2026-12-31",
        },
        {
            "id": "two-for-one",
            "name": "2x1 on Tuesday shows",
            "terms": "2x1 on Tuesday shows, while tickets last.",
            "discount_type": "percent",
            "discount_amount": 50,
            "channels": ["email"],
            "valid_from": "2026-11-01",
            "valid_until": "2026-12-31",
        },
    ]
    pack = build_pack([rule("subject-match", "subject_honesty")], offers=offers)
    message = Message(
        channel="email", subject=subject, body=body, send_time=NOON_UTC, offer_id=offer
    )
    return set(RuleEngine(pack).check(message, as_of=DAY).fired_rule_ids)


def test_deal_ratios() -> None:
    assert deal_ratios("2x1 en totes les entrades") == {2.0}
    assert deal_ratios("oferta 3 x 2 en libros") == {1.5}
    assert deal_ratios("buy 3 for 2 on candles") == {1.5}
    assert deal_ratios("a 2x4 plank and a 4x4 truck") == set()


def test_a_deal_the_message_does_not_give_is_unbacked() -> None:
    assert "subject-match" in _fired("2x1 on every ticket")
    assert "subject-match" not in _fired("30% off for students")


def test_a_deal_the_offer_gives_is_backed() -> None:
    body = "2x1 on Tuesday shows, while tickets last."
    assert "subject-match" not in _fired("2x1 on Tuesday shows", body, "two-for-one")
