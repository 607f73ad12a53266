"""Eighth-blind-set causes in urgency wording (issue 17), on an invented brand.

The brand is Northwind Coffee, built in code by ``compliance_helpers`` (not the sample brand,
not an eval brand).
"""

from __future__ import annotations

from compliance_helpers import build_pack, rule

URGENCY = rule("urgency", "urgency", {"extra_urgency": ["vite", "soon"]})


def test_a_farewell_is_no_urgency(check) -> None:
    pack = build_pack([URGENCY])
    for closing in ("À très vite au café !", "See you soon at the roastery.", "¡Hasta pronto!"):
        body = f"Our winter list prices: house blend $14, espresso $16.\n\n{closing}"
        verdict = check(pack, channel="email", subject="Winter prices", body=body)
        assert "urgency" not in verdict.fired_rule_ids, (closing, verdict.violations)


def test_urgency_words_outside_a_farewell_still_need_an_offer(check) -> None:
    pack = build_pack([URGENCY])
    for body in ("Vite, la remise finit bientôt !", "Hurry: house blend is $14."):
        verdict = check(pack, channel="email", subject="Winter prices", body=body)
        assert "urgency" in verdict.fired_rule_ids, body


def test_a_deadline_to_order_for_a_holiday_is_no_offer_urgency(check) -> None:
    pack = build_pack([URGENCY])
    for body in (
        "Last chance to order for Christmas! Gift boxes at https://northwind.coffee/gifts",
        "Hurry: order by Thursday for Mother's Day delivery.",
    ):
        verdict = check(pack, channel="email", subject="Gift boxes", body=body)
        assert "urgency" not in verdict.fired_rule_ids, (body, verdict.violations)
    verdict = check(pack, channel="email", subject="Gift boxes", body="Last chance: 20% off gifts!")
    assert "urgency" in verdict.fired_rule_ids
