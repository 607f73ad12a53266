"""The LLM judge, replayed from vcrpy cassettes: it can only add violations.

Cassettes live in ``tests/cassettes/test_check_judge/<test>.yaml``; they hold the exact request
the judge sends (matched on method, path and body) and a hand-written OpenAI chat-completions
response. ``record_mode="none"``: nothing ever reaches the network.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import openai
import pytest
import vcr

from nextbest.agents.guardrail import ComplianceGuardrail
from nextbest.agents.guardrail_judge import GuardrailJudge, Judgement, merge_judgement
from nextbest.agents.llm import LLMSettings, make_client
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.tools.compliance import Message, RuleEngine

CASSETTES = Path(__file__).resolve().parents[2] / "cassettes" / "test_check_judge"
AS_OF = date(2026, 11, 24)
SETTINGS = LLMSettings(model="gpt-4o-mini", api_key="sk-test", timeout_s=5.0, max_retries=0)
PUSH = dict(
    channel="push",
    subject="Lumen Botanics",
    sender="com.lumenbotanics.app",
    consent="opt_in",
    recipient_time_zone="America/Chicago",
    send_time=datetime(2026, 11, 24, 18, 0),
)
BLOCKED = Message(body="Calm Balm cures dry skin overnight.", **PUSH)
CLEAN = Message(body="Calm Balm: say goodbye to redness by morning.", **PUSH)


def completion(content: str | None, refusal: str | None = None) -> dict:
    """A realistic chat-completions response body."""
    return {
        "id": "chatcmpl-guardrail-test",
        "object": "chat.completion",
        "created": 1764007200,
        "model": "gpt-4o-mini-2024-07-18",
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": content,
                    "refusal": refusal,
                    "annotations": [],
                },
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 900, "completion_tokens": 40, "total_tokens": 940},
        "system_fingerprint": "fp_guardrail",
    }


IMPLIED = {
    "decision": "concerns",
    "concerns": [
        {
            "aspect": "implied_claim",
            "severity": "block",
            "quote": "say goodbye to redness by morning",
            "explanation": "Implies Calm Balm treats redness overnight; no approved claim says so.",
            "fix_hint": "Use an approved claim, e.g. 'Suitable for sensitive skin.'",
        }
    ],
}
SCENARIOS: dict[str, tuple[Message, dict]] = {
    "test_judge_pass_cannot_unblock_a_blocked_message": (
        BLOCKED,
        completion(json.dumps({"decision": "pass", "concerns": []})),
    ),
    "test_judge_adds_an_implied_claim": (CLEAN, completion(json.dumps(IMPLIED))),
    "test_malformed_judge_output_keeps_the_block": (
        BLOCKED,
        completion('{"decision": "pass", "concerns": [ oops'),
    ),
    "test_judge_refusal_is_a_failure_not_a_pass": (
        CLEAN,
        completion(None, refusal="I can't help with that."),
    ),
}
"""Per test: the message checked and the response body in its cassette."""


@pytest.fixture(scope="module")
def pack():
    return load_pack(sample_pack_path())


@pytest.fixture
def guardrail(pack, monkeypatch: pytest.MonkeyPatch) -> ComplianceGuardrail:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    client = make_client(SETTINGS)
    assert client is not None
    return ComplianceGuardrail(RuleEngine(pack), GuardrailJudge(client, SETTINGS, pack))


def replay(name: str):
    recorder = vcr.VCR(
        cassette_library_dir=str(CASSETTES),
        record_mode="none",
        filter_headers=["authorization"],
        match_on=["method", "path", "body"],
    )
    return recorder.use_cassette(f"{name}.yaml")


def test_judge_pass_cannot_unblock_a_blocked_message(guardrail) -> None:
    message, _ = SCENARIOS["test_judge_pass_cannot_unblock_a_blocked_message"]
    with replay("test_judge_pass_cannot_unblock_a_blocked_message") as cassette:
        outcome = guardrail.run(message, as_of=AS_OF)
    assert cassette.play_count == 1
    assert outcome.judge_status == "ok"
    assert outcome.tripwire_triggered and outcome.verdict.decision == "block"
    assert {"brand-no-drug-claims", "ftc-claim-substantiation"} <= set(
        outcome.verdict.fired_rule_ids
    )


def test_judge_adds_an_implied_claim(guardrail) -> None:
    message, _ = SCENARIOS["test_judge_adds_an_implied_claim"]
    assert guardrail.engine.check(message, as_of=AS_OF).decision == "pass"
    with replay("test_judge_adds_an_implied_claim") as cassette:
        outcome = guardrail.run(message, as_of=AS_OF)
    assert cassette.play_count == 1
    assert outcome.judge_status == "ok" and outcome.tripwire_triggered
    (added,) = outcome.verdict.violations
    assert added.origin == "judge" and added.rule_id == "judge.implied_claim"
    assert added.field == "body"
    assert message.body[slice(*added.span)] == "say goodbye to redness by morning"
    assert outcome.revision_instructions[0].rule_id == "judge.implied_claim"


def test_malformed_judge_output_keeps_the_block(guardrail) -> None:
    message, _ = SCENARIOS["test_malformed_judge_output_keeps_the_block"]
    with replay("test_malformed_judge_output_keeps_the_block"):
        outcome = guardrail.run(message, as_of=AS_OF)
    assert outcome.judge_status == "failed" and outcome.judge_error
    assert outcome.verdict.decision == "block"
    assert all(v.origin == "rule" for v in outcome.verdict.violations)


def test_judge_refusal_is_a_failure_not_a_pass(guardrail) -> None:
    message, _ = SCENARIOS["test_judge_refusal_is_a_failure_not_a_pass"]
    with replay("test_judge_refusal_is_a_failure_not_a_pass"):
        outcome = guardrail.run(message, as_of=AS_OF)
    assert outcome.judge_status == "failed" and "can't help" in (outcome.judge_error or "")
    assert outcome.verdict.decision == "pass"


class _TimeoutCompletions:
    def parse(self, **_: object) -> None:
        raise openai.APITimeoutError(request=None)  # type: ignore[arg-type]


class _TimeoutClient:
    class chat:  # noqa: N801 - mirrors the OpenAI client's attribute names
        completions = _TimeoutCompletions()


def test_judge_timeout_does_not_crash_or_unblock(pack) -> None:
    judge = GuardrailJudge(_TimeoutClient(), SETTINGS, pack)  # type: ignore[arg-type]
    outcome = ComplianceGuardrail(RuleEngine(pack), judge).run(BLOCKED, as_of=AS_OF)
    assert outcome.judge_status == "failed" and "Timeout" in (outcome.judge_error or "")
    assert outcome.verdict.decision == "block"


def test_judge_is_off_without_an_api_key(pack) -> None:
    settings = LLMSettings.from_env({})
    judge = GuardrailJudge(make_client(settings), settings, pack)
    assert not judge.enabled
    assert judge.review(CLEAN, RuleEngine(pack).check(CLEAN, as_of=AS_OF)).status == "off"


def test_merge_never_lowers_the_decision(pack) -> None:
    verdict = RuleEngine(pack).check(BLOCKED, as_of=AS_OF)
    assert merge_judgement(verdict, Judgement(status="ok")) is verdict
    warn = Judgement(
        status="ok",
        violations=[
            verdict.violations[0].model_copy(update={"severity": "warn", "origin": "judge"})
        ],
    )
    merged = merge_judgement(verdict, warn)
    assert merged.decision == "block" and len(merged.violations) == len(verdict.violations) + 1
