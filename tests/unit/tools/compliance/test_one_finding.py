"""One fault, one finding: overlapping second findings are left out, everything else is kept."""

from __future__ import annotations

from nextbest.tools.compliance.one_finding import (
    without_banned_urgency,
    without_repeats,
    without_restated_facts,
)
from nextbest.tools.compliance.verdict import Violation


def _v(
    kind: str,
    span: tuple[int, int] | None,
    *,
    field: str = "body",
    severity: str = "block",
    code: str | None = None,
) -> Violation:
    return Violation(
        rule_id=f"r-{kind}",
        kind=kind,
        severity=severity,  # type: ignore[arg-type]
        message="m",
        field=field,
        span=span,
        code=code,
    )


def test_an_unapproved_claim_on_a_wrong_product_figure_is_the_fact_rules_finding() -> None:
    fact = _v("product_facts", (10, 20))
    claim = _v("claim_grounding", (5, 15), code="claim.unapproved")
    assert without_restated_facts([claim, fact]) == [fact]


def test_other_claim_codes_other_fields_and_distant_words_are_kept() -> None:
    fact = _v("product_facts", (10, 20))
    expired = _v("claim_grounding", (12, 18), code="claim.expired")
    elsewhere = _v("claim_grounding", (30, 40), code="claim.unapproved")
    subject = _v("claim_grounding", (12, 18), field="subject", code="claim.unapproved")
    violations = [fact, expired, elsewhere, subject]
    assert without_restated_facts(violations) is violations


def test_urgency_on_words_a_blocking_ban_flags_is_left_out() -> None:
    ban = _v("banned_phrase", (0, 20))
    urgency = _v("urgency", (5, 25))
    assert without_banned_urgency([ban, urgency]) == [ban]


def test_urgency_under_a_warn_only_ban_or_elsewhere_is_kept() -> None:
    voice = _v("banned_phrase", (0, 20), severity="warn")
    urgency = _v("urgency", (5, 25))
    later = _v("urgency", (40, 50))
    assert without_banned_urgency([voice, urgency]) == [voice, urgency]
    ban = _v("banned_phrase", (0, 20))
    assert without_banned_urgency([ban, later]) == [ban, later]


def test_the_same_finding_twice_is_kept_once() -> None:
    first = Violation(
        rule_id="rivals", kind="case_sensitive_term", severity="block", message="a rival's name",
        field="body", span=(3, 9), evidence="Lumina",
    )  # fmt: skip
    elsewhere = first.model_copy(update={"span": (20, 26)})
    other_rule = first.model_copy(update={"rule_id": "names"})
    kept = [first, other_rule, elsewhere]
    assert without_repeats(kept) is kept
    assert without_repeats([first, other_rule, first.model_copy(), elsewhere]) == kept
