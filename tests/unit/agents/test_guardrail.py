"""The guardrail node: verdict plus revision instructions for the writer."""

from __future__ import annotations

from datetime import date

import pytest

from nextbest.agents.nodes.check import ComplianceGuardrail, make_check_node, revision_instructions
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


def test_node_returns_json_like_updates(guardrail) -> None:
    node = make_check_node(guardrail)
    update = node({"draft": DRAFT, "as_of": "2026-11-24", "check_scope": "copy"})
    assert update["guardrail_tripped"] is False
    assert update["verdict"]["decision"] == "pass"
    assert update["verdict"]["pack_hash"].startswith("sha256:")
    blocked = node(
        {"draft": {**DRAFT, "body": "Calm Balm heals cracked skin."}, "as_of": "2026-11-24"}
    )
    assert blocked["guardrail_tripped"] is True
    assert blocked["revision_instructions"][0]["severity"] == "block"
    assert isinstance(blocked["revision_prompt"], str) and blocked["revision_prompt"]


def test_revision_instructions_deduplicate_and_fall_back_to_the_source() -> None:
    v = Violation(rule_id="r", kind="k", severity="block", message="m", source="Act §1")
    (only,) = revision_instructions([v, v])
    assert only.instruction == "Comply with r (Act §1)." and only.quote is None


def test_invalid_draft_raises_a_validation_error(guardrail) -> None:
    with pytest.raises(ValueError):
        guardrail.run({"channel": "fax", "body": "x"})
