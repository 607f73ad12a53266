"""A feature said of the wrong product is one finding (issue 17), on an invented brand."""

from __future__ import annotations

from nextbest.tools.compliance.one_finding import without_claimed_lacks
from nextbest.tools.compliance.verdict import Violation


def _finding(kind: str, code: str | None, span: tuple[int, int], evidence: str) -> Violation:
    return Violation(
        rule_id=kind,
        kind=kind,
        severity="block",
        message="m",
        field="body",
        span=span,
        evidence=evidence,
        code=code,
    )


def test_a_lacked_feature_under_a_wrong_product_claim_is_left_out() -> None:
    claim = _finding("claim_grounding", "claim.wrong_product", (10, 17), "ad-free")
    lack = _finding("product_facts", None, (10, 17), "ad-free")
    assert without_claimed_lacks([claim, lack]) == [claim]


def test_a_figure_or_an_unapproved_claim_keeps_the_fact_finding() -> None:
    figure = _finding("product_facts", None, (10, 16), "150 kg")
    claim = _finding("claim_grounding", "claim.wrong_product", (10, 16), "150 kg")
    assert without_claimed_lacks([claim, figure]) == [claim, figure]
    lack = _finding("product_facts", None, (10, 17), "ad-free")
    unapproved = _finding("claim_grounding", "claim.unapproved", (10, 17), "ad-free")
    assert without_claimed_lacks([unapproved, lack]) == [unapproved, lack]
