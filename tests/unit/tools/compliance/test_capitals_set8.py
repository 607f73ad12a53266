"""Eighth-blind-set causes in the capitals rule (issue 17), on an invented brand.

The brand is Northwind Coffee, built in code by ``compliance_helpers`` (not the sample brand,
not an eval brand).
"""

from __future__ import annotations

from compliance_helpers import build_pack, rule

CAPS = rule("caps", "capitals", {"allowed": ["STOP", "WINTER15"]}, severity="warn")


def test_a_word_of_an_allowed_code_is_not_allowed_on_its_own(check) -> None:
    pack = build_pack([CAPS])
    verdict = check(pack, channel="email", subject="Warm cups", body="WINTER is here: new roasts.")
    assert "caps" in verdict.fired_rule_ids


def test_codes_of_capitals_and_figures_are_not_shouting(check) -> None:
    pack = build_pack([CAPS])
    for body in (
        "Take 15% off with code WINTER15.",
        "Try code BEANS20 at checkout.",
        "Use 2FOR1 on any bag.",
    ):
        verdict = check(pack, channel="email", subject="Warm cups", body=body)
        assert "caps" not in verdict.fired_rule_ids, (body, verdict.violations)


def test_a_short_everyday_word_in_capitals_shouts(check) -> None:
    pack = build_pack([CAPS])
    for body in ("NEW winter roasts are in.", "BIG news: our café opens Monday.", "Out NOW."):
        verdict = check(pack, channel="email", subject="Warm cups", body=body)
        assert "caps" in verdict.fired_rule_ids, body
    acronyms = check(pack, channel="email", subject="Warm cups", body="Pay by ACH or use the APP.")
    assert "caps" not in acronyms.fired_rule_ids, acronyms.violations


def test_a_capital_word_of_an_identifier_is_not_shouting(check) -> None:
    pack = build_pack([CAPS])
    for body in (
        "Your grinder (SERIAL 4471902238) is covered until 2028.",
        "Refunds go to GB29 NWBK 6016 1331 9268 19 within 5 days.",
    ):
        verdict = check(pack, channel="email", subject="Warm cups", body=body)
        assert "caps" not in verdict.fired_rule_ids, (body, verdict.violations)
    verdict = check(pack, channel="email", subject="Warm cups", body="GREAT beans since 2019.")
    assert "caps" in verdict.fired_rule_ids
