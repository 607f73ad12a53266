"""Thirteenth-blind-set causes in the capitals rule (issue 17), on an invented brand.

The brand is Northwind Coffee, built in code by ``compliance_helpers`` (not the sample brand,
not an eval brand).
"""

from __future__ import annotations

from compliance_helpers import build_pack, rule

CAPS = rule("caps", "capitals", {"max_caps_words": 0})


def test_a_keyword_the_reader_is_told_to_reply_or_text_is_not_shouting(check) -> None:
    pack = build_pack([CAPS])
    for body in (
        "Pour ne plus recevoir nos messages, répondez DÉSABONNER.",
        "Want the weekly roast list? Text BEANS to 55123.",
        "Um keine Nachrichten mehr zu erhalten, antworten Sie ABMELDEN.",
        'Reply "ROAST" for this week\'s beans.',
    ):
        verdict = check(pack, channel="sms", body=body)
        assert "caps" not in verdict.fired_rule_ids, (body, verdict.violations)


def test_a_capital_word_after_another_verb_still_shouts(check) -> None:
    pack = build_pack([CAPS])
    for body in ("Send LOVE with a gift box of beans.", "Reply now: HUGE savings on beans."):
        verdict = check(pack, channel="sms", body=body)
        assert "caps" in verdict.fired_rule_ids, body
