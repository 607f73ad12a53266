"""Rule tests: the labelled example messages a brand pack carries, run through the engine.

A compliance officer writes examples next to the rules ("this must block with
``claim-expired``", "this must pass"); running them after every change shows at once which
examples a change of rules, claims, offers or products would flip (:func:`example_flips`).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, ValidationError

from nextbest.brand_context.models import BrandPack, RuleTest
from nextbest.tools.compliance.engine import RuleEngine
from nextbest.tools.compliance.message import Message


class RuleTestResult(BaseModel):
    """The outcome of one rule test.

    Attributes:
        test_id: The test.
        passed: Whether the decision and every expected rule id came out as labelled.
        expected: The labelled decision.
        decision: The engine's decision (None when the message could not be read).
        expected_rules: Rule ids that had to fire.
        fired_rules: Rule ids that fired.
        problem: Why it failed, in one line (None when it passed).
    """

    model_config = ConfigDict(frozen=True)

    test_id: str
    passed: bool
    expected: str
    decision: str | None = None
    expected_rules: list[str] = []
    fired_rules: list[str] = []
    problem: str | None = None


def run_rule_test(engine: RuleEngine, test: RuleTest) -> RuleTestResult:
    """Check one example message and compare it with its label.

    Args:
        engine: The engine built from the pack under test.
        test: The rule test.

    Returns:
        The result; a message that is not a valid message fails with a one-line problem.
    """
    try:
        message = Message.model_validate(test.message)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "message"
        return RuleTestResult(
            test_id=test.id,
            passed=False,
            expected=test.expect,
            expected_rules=test.rule_ids,
            problem=f"message.{where}: {first['msg']}",
        )
    verdict = engine.check(message, as_of=test.as_of)
    fired = verdict.fired_rule_ids
    missing = [r for r in test.rule_ids if r not in fired]
    problems: list[str] = []
    if verdict.decision != test.expect:
        problems.append(f"expected {test.expect}, got {verdict.decision}")
    if missing:
        problems.append(f"expected {', '.join(missing)} to fire")
    if test.expect == "pass" and fired:
        problems.append(f"fired {', '.join(fired)}")
    return RuleTestResult(
        test_id=test.id,
        passed=not problems,
        expected=test.expect,
        decision=verdict.decision,
        expected_rules=test.rule_ids,
        fired_rules=fired,
        problem="; ".join(dict.fromkeys(problems)) or None,
    )


def run_rule_tests(pack: BrandPack, engine: RuleEngine | None = None) -> list[RuleTestResult]:
    """Run every rule test of ``pack``.

    Args:
        pack: The brand pack (its rules and its rule tests).
        engine: An engine built from ``pack``; built here when None.

    Returns:
        One result per test, in the pack's order.
    """
    engine = engine or RuleEngine(pack)
    return [run_rule_test(engine, test) for test in pack.rule_tests]


class ExampleFlip(BaseModel):
    """A rule test whose outcome a change would turn around.

    Attributes:
        test_id: The rule test.
        broken: True when it comes out as labelled today and would not after the change;
            False when the change would fix it.
        before: Its result against the current pack.
        after: Its result against the proposed pack.
    """

    model_config = ConfigDict(frozen=True)

    test_id: str
    broken: bool
    before: RuleTestResult
    after: RuleTestResult


def example_flips(current: BrandPack, proposed: BrandPack) -> list[ExampleFlip]:
    """The current pack's rule tests whose outcome the proposed pack would change.

    Args:
        current: The pack in force.
        proposed: The pack after the change.

    Returns:
        One entry per example that would break or be fixed, in the pack's order.
    """
    if not current.rule_tests:
        return []
    before = run_rule_tests(current)
    after_engine = RuleEngine(proposed)
    flips: list[ExampleFlip] = []
    for test, was in zip(current.rule_tests, before, strict=True):
        now = run_rule_test(after_engine, test)
        if was.passed != now.passed:
            flips.append(ExampleFlip(test_id=test.id, broken=was.passed, before=was, after=now))
    return flips
