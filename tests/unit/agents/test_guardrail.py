"""The guardrail node: verdict plus revision instructions for the writer."""

from __future__ import annotations

from datetime import date

import pytest

from nextbest.agents.guardrail import ComplianceGuardrail, revision_instructions
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.tools.compliance import RuleEngine
from nextbest.tools.compliance.verdict import Violation

BODY = "Lumen Botanics: a little glow for the shorter days. Reply STOP to opt out, HELP for help."
DRAFT = {"channel": "sms", "body": BODY}


@pytest.fixture(scope="module")
def guardrail() -> ComplianceGuardrail:
    return ComplianceGuardrail(RuleEngine(load_pack(sample_pack_path())))


def test_passing_draft(guardrail) -> None:
    outcome = guardrail.run(DRAFT, as_of=date(2026, 11, 24), scope="copy")
    assert not outcome.tripwire_triggered
    assert outcome.reason == "No rule was broken."
    assert outcome.revision_instructions == [] and outcome.revision_prompt() == ""
    assert outcome.judge_status == "off"


def test_blocked_draft_gets_instructions_blocking_first(guardrail) -> None:
    draft = {"channel": "sms", "body": "Hurry: our CUR3 for dry skin, 20% off!"}
    outcome = guardrail.run(draft, as_of=date(2026, 11, 24), scope="copy")
    assert outcome.tripwire_triggered and outcome.reason.startswith("Blocked by")
    severities = [i.severity for i in outcome.revision_instructions]
    assert severities == sorted(severities, key=lambda s: s != "block") and severities[-1] == "warn"
    rules = {i.rule_id for i in outcome.revision_instructions}
    assert {"ctia-stop-help", "ctia-brand-name", "ftc-offer-terms", "brand-no-drug-claims"} <= rules
    banned = next(i for i in outcome.revision_instructions if i.rule_id == "brand-no-drug-claims")
    assert banned.quote == "CUR3" and banned.field == "body"
    prompt = outcome.revision_prompt()
    assert "blocked this draft" in prompt and '"CUR3"' in prompt and "Fix:" in prompt


def test_outcome_serialises_to_json_like_state(guardrail) -> None:
    day = date(2026, 11, 24)
    passed = guardrail.run(DRAFT, as_of=day, scope="copy")
    assert passed.tripwire_triggered is False
    verdict = passed.verdict.model_dump(mode="json")
    assert verdict["decision"] == "pass" and verdict["pack_hash"].startswith("sha256:")
    blocked = guardrail.run({**DRAFT, "body": "Calm Balm heals cracked skin."}, as_of=day)
    assert blocked.tripwire_triggered is True
    instructions = [i.model_dump(mode="json") for i in blocked.revision_instructions]
    assert instructions[0]["severity"] == "block"
    assert isinstance(blocked.revision_prompt(), str) and blocked.revision_prompt()


def test_revision_instructions_deduplicate_and_fall_back_to_the_source() -> None:
    v = Violation(rule_id="r", kind="k", severity="block", message="m", source="Act §1")
    (only,) = revision_instructions([v, v])
    assert only.instruction == "Comply with r (Act §1)." and only.quote is None


def test_invalid_draft_raises_a_validation_error(guardrail) -> None:
    with pytest.raises(ValueError):
        guardrail.run({"channel": "fax", "body": "x"})
