"""The engine facade and the verdict: pack as of the send date, hash, scope, decisions."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

import pytest
from compliance_helpers import BRAND, build_pack, rule

from nextbest.brand_context.ingest import PackValidationError, parse_pack
from nextbest.tools.compliance import Message, RuleEngine, pack_content_hash
from nextbest.tools.compliance.verdict import Violation, decide

SMS = dict(
    channel="sms",
    sender="48213",
    consent="express_written",
    recipient_time_zone="America/New_York",
    send_time=datetime(2026, 11, 24, 18, 0),
)
STOP = " Reply STOP to opt out, HELP for help."


def test_verdict_records_pack_hash_version_rules_and_time(sample_pack, sample_engine) -> None:
    verdict = sample_engine.check(
        Message(body="Lumen Botanics: a little glow." + STOP, **SMS), as_of=date(2026, 11, 24)
    )
    assert verdict.decision == "pass" and verdict.violations == []
    expected = "sha256:" + hashlib.sha256(sample_pack.model_dump_json().encode()).hexdigest()
    assert verdict.pack_hash == expected == pack_content_hash(sample_pack)
    assert verdict.as_of == "2026-11-24" and verdict.elapsed_ms > 0
    assert "tcpa-quiet-hours" in verdict.rules_evaluated
    assert "canspam-unsubscribe" not in verdict.rules_evaluated  # email-only rule
    assert "brand-holiday-2025-embargo" not in verdict.rules_evaluated  # ended 2026-01-15
    labelled = RuleEngine(sample_pack, pack_version="v7", pack_hash="sha256:abc")
    verdict = labelled.check(Message(body="x", **SMS))
    assert (verdict.pack_version, verdict.pack_hash) == ("v7", "sha256:abc")


def test_rules_are_read_as_of_the_send_date(sample_engine) -> None:
    body = "Lumen Botanics: black friday preview." + STOP
    before = sample_engine.check(Message(body=body, **SMS), as_of=date(2025, 11, 20))
    after = sample_engine.check(Message(body=body, **SMS), as_of=date(2026, 11, 20))
    assert "brand-holiday-2025-embargo" in before.fired_rule_ids
    assert after.decision == "pass"


def test_copy_scope_skips_recipient_and_sender_rules(sample_engine) -> None:
    message = Message(channel="sms", body="Lumen Botanics: a little glow." + STOP)
    full = sample_engine.check(message, as_of=date(2026, 11, 24))
    copy = sample_engine.check(message, as_of=date(2026, 11, 24), scope="copy")
    assert {"tcpa-sms-consent", "tcpa-quiet-hours"} <= set(full.fired_rule_ids)
    assert copy.decision == "pass"
    assert "tcpa-sms-consent" not in copy.rules_evaluated


def test_violation_spans_point_into_the_original_field(sample_engine) -> None:
    body = "Lumen Botanics: our \u0441ure for dry skin." + STOP
    verdict = sample_engine.check(Message(body=body, **SMS), as_of=date(2026, 11, 24))
    banned = next(v for v in verdict.violations if v.rule_id == "brand-no-drug-claims")
    assert banned.field == "body" and body[slice(*banned.span)] == "\u0441ure"


def test_decide_is_monotone() -> None:
    warn = Violation(rule_id="a", kind="k", severity="warn", message="m")
    block = Violation(rule_id="b", kind="k", severity="block", message="m")
    assert decide([]) == "pass"
    assert decide([warn]) == "warn"
    assert decide([warn, block]) == decide([block]) == "block"


def test_naive_send_time_is_utc_and_defaults_to_as_of() -> None:
    pack = build_pack([rule("quiet", "quiet_hours", {"start": "21:00", "end": "08:00"})])
    engine = RuleEngine(pack)
    base = dict(channel="sms", body="x", recipient_time_zone="America/New_York")
    assert engine.check(Message(**base, send_time=datetime(2026, 11, 25, 3, 0))).blocked
    assert not engine.check(Message(**base), as_of=datetime(2026, 11, 24, 17, 0)).blocked


@pytest.mark.parametrize(
    ("bad_rule", "path"),
    [
        (
            {"kind": "length_limit", "params": {"field": "body", "max_chars": -5}},
            "rules[0].params.max_chars",
        ),
        (
            {"kind": "length_limit", "params": {"field": "title", "max_chars": 5}},
            "rules[0].params.field",
        ),
        (
            {"kind": "banned_phrase", "params": {"patterns": ["(unclosed"]}},
            "rules[0].params.patterns",
        ),
        ({"kind": "banned_phrase", "params": {}}, "rules[0].params"),
        (
            {"kind": "quiet_hours", "params": {"start": "25:00", "end": "08:00"}},
            "rules[0].params.start",
        ),
        ({"kind": "consent", "params": {"required": "maybe"}}, "rules[0].params.required"),
        (
            {"kind": "disclosure", "params": {"triggers": ["x"], "required_any": []}},
            "rules[0].params.required_any",
        ),
        (
            {"kind": "offer_terms", "params": {"conditions_within_chars": 0}},
            "rules[0].params.conditions_within_chars",
        ),
        ({"kind": "link_policy", "params": {"max_link": 2}}, "rules[0].params.max_link"),
        (
            {"kind": "claim_grounding", "params": {"categories": ["vibes"]}},
            "rules[0].params.categories[0]",
        ),
        (
            {"kind": "required_element", "params": {"element": "fax_number"}},
            "rules[0].params.element",
        ),
        ({"kind": "made_up", "params": {}}, "rules[0].kind"),
    ],
)
def test_malformed_rule_params_are_rejected_at_load_with_the_field_path(bad_rule, path) -> None:
    entry = {"id": "r1", "description": "bad", "rationale": "bad", "source": "test", **bad_rule}
    with pytest.raises(PackValidationError) as error:
        parse_pack({"brand": BRAND, "rules": [entry]}, source="pack.yaml")
    assert path in [problem.path for problem in error.value.problems], error.value.problems
    assert "pack.yaml" in str(error.value)


def test_pack_version_and_hash_can_be_given_per_check(sample_engine) -> None:
    verdict = sample_engine.check(
        Message(body="x", **SMS), pack_version="v9", pack_hash="sha256:feed"
    )
    assert (verdict.pack_version, verdict.pack_hash) == ("v9", "sha256:feed")
    assert sample_engine.check(Message(body="x", **SMS)).pack_hash == sample_engine.pack_hash


def test_send_date_without_a_time_is_midday_brand_time() -> None:
    pack = build_pack([rule("quiet", "quiet_hours", {"start": "21:00", "end": "08:00"})])
    message = Message(channel="sms", body="x", recipient_time_zone="America/New_York")
    first = RuleEngine(pack).check(message, as_of=date(2026, 11, 24))
    again = RuleEngine(pack).check(message, as_of=date(2026, 11, 24))
    assert first.decision == again.decision == "pass"
