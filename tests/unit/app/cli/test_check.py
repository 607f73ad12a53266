"""``nextbest check``: rich or JSON output; exit 0 pass/warn, 1 block, 2 bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nextbest.app.cli.main import app

SMS_OK = "Lumen Botanics: a little glow for the shorter days. Reply STOP to opt out, HELP for help."
SMS_CONTEXT = [
    "--sender", "48213", "--consent", "express_written", "--tz", "America/New_York",
    "--send-time", "2026-11-24T18:00:00Z", "--as-of", "2026-11-24",
]  # fmt: skip
runner = CliRunner()


@pytest.fixture(autouse=True)
def _no_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Checks run against the bundled sample unless a test makes a workspace."""
    monkeypatch.setenv("NEXTBEST_HOME", str(tmp_path / "no-workspace"))


def run(*args: str):
    return runner.invoke(app, ["check", *args])


def test_pass_exits_zero() -> None:
    result = run("--channel", "sms", "--text", SMS_OK, *SMS_CONTEXT)
    assert result.exit_code == 0, result.output
    assert "PASS" in result.output


def test_warn_exits_zero() -> None:
    text = SMS_OK.replace("a little glow", "last chance for a little glow")
    result = run("--channel", "sms", "--text", text, *SMS_CONTEXT)
    assert result.exit_code == 0 and "WARN" in result.output


def test_block_exits_one_and_names_the_rule() -> None:
    result = run("--channel", "sms", "--text", "Our c.u.r.e for dry skin", *SMS_CONTEXT)
    assert result.exit_code == 1
    assert "BLOCK" in result.output and "brand-no-drug-claims" in result.output


def test_missing_context_blocks_unless_copy_only() -> None:
    assert run("--channel", "sms", "--text", SMS_OK).exit_code == 1
    assert run("--channel", "sms", "--text", SMS_OK, "--copy-only").exit_code == 0


def test_json_output() -> None:
    result = run(
        "--channel", "email", "--text", "Calm Balm heals.", "--subject", "Re: hi",
        "--as-of", "2026-11-24", "--copy-only", "--json",
    )  # fmt: skip
    assert result.exit_code == 1
    payload = json.loads(result.output)
    assert payload["verdict"]["decision"] == "block"
    assert "canspam-deceptive-subject" in {v["rule_id"] for v in payload["verdict"]["violations"]}
    assert payload["revision_instructions"] and payload["judge_status"] == "off"


def test_file_of_drafts(tmp_path: Path) -> None:
    drafts = tmp_path / "drafts.jsonl"
    drafts.write_text(
        json.dumps({"id": "ok", "body": SMS_OK})
        + "\n\n"
        + json.dumps({"id": "bad", "body": SMS_OK + " 20% off!", "as_of": "2026-11-24"})
        + "\n",
        encoding="utf-8",
    )
    result = run("--file", str(drafts), "--channel", "sms", *SMS_CONTEXT, "--json")
    assert result.exit_code == 1
    payload = json.loads(result.output)
    assert [(d["id"], d["verdict"]["decision"]) for d in payload] == [
        ("ok", "pass"),
        ("bad", "block"),
    ]


def test_custom_pack(tmp_path: Path) -> None:
    pack = tmp_path / "brand.yaml"
    pack.write_text(
        "brand: {name: Acme, legal_name: Acme Inc, postal_address: 1 Main St Springfield,"
        " channels: [push]}\n"
        "rules:\n  - {id: no-wow, kind: banned_phrase, description: no wow, rationale: calm,"
        " source: policy, params: {phrases: [wow]}}\n",
        encoding="utf-8",
    )
    assert run("--pack", str(pack), "--channel", "push", "--text", "W0W deals").exit_code == 1
    assert run("--pack", str(pack), "--channel", "push", "--text", "Hello").exit_code == 0


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--channel", "sms"],
        ["--channel", "sms", "--text", "x", "--file", "drafts.jsonl"],
        ["--channel", "fax", "--text", "x"],
        ["--channel", "sms", "--text", ""],
        ["--channel", "sms", "--text", "x", "--consent", "maybe"],
        ["--channel", "sms", "--text", "x", "--send-time", "tomorrow"],
        ["--channel", "sms", "--text", "x", "--as-of", "2026-13-45"],
        ["--channel", "sms", "--text", "x", "--pack", "/nonexistent/brand.yaml"],
        ["--channel", "sms", "--file", "/nonexistent/drafts.jsonl"],
    ],
)
def test_bad_input_exits_two(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2, result.output


def test_malformed_jsonl_exits_two(tmp_path: Path) -> None:
    drafts = tmp_path / "drafts.jsonl"
    drafts.write_text('{"body": "ok"}\n{not json\n', encoding="utf-8")
    result = run("--file", str(drafts), "--channel", "sms")
    assert result.exit_code == 2
    assert "not valid JSON" in " ".join(result.output.split())


def test_malformed_pack_exits_two_with_the_field_path(tmp_path: Path) -> None:
    pack = tmp_path / "brand.yaml"
    pack.write_text(
        "brand: {name: Acme, legal_name: Acme Inc, postal_address: 1 Main St, channels: [sms]}\n"
        "rules:\n  - {id: len, kind: length_limit, description: len, rationale: len,"
        " source: policy, params: {field: body, max_chars: -1}}\n",
        encoding="utf-8",
    )
    result = run("--pack", str(pack), "--channel", "sms", "--text", "x")
    assert result.exit_code == 2
    assert "rules[0].params.max_chars" in result.output


def test_file_of_evaluation_cases() -> None:
    cases = Path(__file__).resolve().parents[4] / "evals" / "guardrail" / "cases.jsonl"
    result = run("--file", str(cases), "--json")
    assert result.exit_code == 1
    payload = json.loads(result.output)
    expected = [json.loads(line)["expected"] for line in cases.read_text().splitlines() if line]
    assert [d["verdict"]["decision"] for d in payload] == expected


def test_check_uses_the_workspace_pack_in_force(tmp_path: Path) -> None:
    pack = {
        "brand": {
            "name": "Quayside Tea",
            "legal_name": "Quayside Tea Ltd",
            "postal_address": "4 Dock Lane, Bristol BS1 4AA",
            "channels": ["push"],
        },
        "rules": [
            {
                "id": "quayside-banned",
                "kind": "banned_phrase",
                "description": "No cure claims.",
                "rationale": "Health claims.",
                "source": "Policy",
                "params": {"phrases": ["soothes"]},
            }
        ],
    }
    file = tmp_path / "quayside.yaml"
    file.write_text(json.dumps(pack))
    home = tmp_path / "ws"
    imported = runner.invoke(
        app,
        ["kb", "import", str(file), "--author", "ana", "--role", "compliance", "--home", str(home)],
    )
    assert imported.exit_code == 0, imported.output
    result = run("--channel", "push", "--text", "Our tea soothes.", "--home", str(home))
    assert result.exit_code == 1, result.output
    assert "quayside-banned" in result.output
    before = run(
        "--channel", "push", "--text", "Our tea soothes.", "--home", str(home),
        "--as-of", "2001-01-01",
    )  # fmt: skip
    assert before.exit_code == 2
    assert "Traceback" not in before.output


def test_check_without_workspace_says_it_uses_the_sample() -> None:
    result = run("--channel", "sms", "--text", SMS_OK, *SMS_CONTEXT)
    assert result.exit_code == 0
    assert "bundled sample brand" in result.output
