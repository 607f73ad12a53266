"""The compliance CLI, end to end through the real `nextbest` app."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from nextbest.app.cli.main import app
from nextbest.brand_context.ingest import sample_pack_path

runner = CliRunner()
COMPLIANCE = ["--author", "ana", "--role", "compliance"]


@pytest.fixture(scope="module")
def initialised(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``kb init --sample`` run once per module (it embeds the whole pack); tests copy it."""
    with pytest.MonkeyPatch.context() as patch:  # the copy below needs an all-in-folder layout
        patch.delenv("NEXTBEST_DATABASE_URL", raising=False)
        patch.delenv("NEXTBEST_CHROMA_URL", raising=False)
        home = tmp_path_factory.mktemp("kb") / "ws"
        result = runner.invoke(app, ["kb", "init", "--sample", "--home", str(home)])
    assert result.exit_code == 0, result.output
    return home


@pytest.fixture
def home(initialised: Path, tmp_path: Path) -> Path:
    """This test's own copy of the ``kb init --sample`` workspace."""
    return Path(shutil.copytree(initialised, tmp_path / "ws"))


def kb(home: Path, *args: str):
    return runner.invoke(app, ["kb", *args, "--home", str(home)])


def test_help_explains_every_command() -> None:
    result = runner.invoke(app, ["kb", "--help"])
    assert result.exit_code == 0
    for command in (
        "init",
        "import",
        "export",
        "validate",
        "list",
        "show",
        "add",
        "edit",
        "retire",
        "history",
        "diff",
        "search",
        "rollback",
    ):
        assert command in result.output
    add_help = runner.invoke(app, ["kb", "add", "--help"]).output
    assert "--set" in add_help and "--author" in add_help and "--role" in add_help


def test_list_show_search_json(home: Path) -> None:
    listed = json.loads(kb(home, "list", "--kind", "claim", "--json").output)
    ids = {row["id"] for row in listed}
    assert "clm-refund-60" in ids and "clm-carbon-neutral" not in ids
    shown = json.loads(kb(home, "show", "ctia-stop-help", "--json").output)
    assert shown["kind"] == "rule" and shown["data"]["params"]["element"] == "stop_help"
    hits = json.loads(kb(home, "search", "get my money back", "--kind", "claim", "--json").output)
    assert hits[0]["id"] == "clm-refund-60"


def test_edit_history_diff_rollback(home: Path) -> None:
    result = kb(
        home,
        "edit",
        "claim",
        "clm-refund-60",
        *COMPLIANCE,
        "--set",
        "text=Full refund within 30 days.",
        "-m",
        "policy v5",
    )
    assert result.exit_code == 0, result.output
    assert "v2" in result.output
    history = json.loads(kb(home, "history", "clm-refund-60", "--json").output)
    assert [h["version_from"] for h in history] == [1, 2]
    assert history[1]["change"]["reason"] == "policy v5"
    changes = json.loads(kb(home, "diff", "1", "2", "--json").output)
    assert changes[0]["fields"][0]["after"] == "Full refund within 30 days."
    assert kb(home, "rollback", "1", *COMPLIANCE, "-m", "undo").exit_code == 0
    versions = json.loads(kb(home, "history", "--json").output)
    assert versions[-1]["action"] == "rollback to v1"
    shown = json.loads(kb(home, "show", "clm-refund-60", "--json").output)
    assert "60 days" in shown["data"]["text"]


def test_marketer_is_refused_with_nonzero_exit(home: Path) -> None:
    result = kb(
        home,
        "edit",
        "rule",
        "sms-length",
        "--author",
        "mo",
        "--role",
        "marketer",
        "--set",
        "params.max_segments=6",
    )
    assert result.exit_code == 1
    assert "refused" in result.output and "compliance" in result.output
    assert json.loads(kb(home, "history", "--json").output)[-1]["version"] == 1


def test_add_and_retire_a_claim(home: Path) -> None:
    result = kb(
        home,
        "add",
        "claim",
        *COMPLIANCE,
        "--set",
        "id=clm-all-skin",
        "--set",
        "text=Suitable for all skin types.",
        "--set",
        "category=health",
        "--set",
        "substantiation=Panel 2026",
        "--set",
        "channels=[email, push]",
    )
    assert result.exit_code == 0, result.output
    assert kb(home, "retire", "claim", "clm-all-skin", *COMPLIANCE).exit_code == 0
    listed = json.loads(kb(home, "list", "--json").output)
    assert "clm-all-skin" not in {row["id"] for row in listed}
    listed_all = json.loads(kb(home, "list", "--all", "--json").output)
    assert "clm-all-skin" in {row["id"] for row in listed_all}


def test_bad_field_exits_2_with_the_path(home: Path, tmp_path: Path) -> None:
    result = kb(
        home, "edit", "rule", "push-body-length", *COMPLIANCE, "--set", "params.max_chars=-5"
    )
    assert result.exit_code == 2
    assert "rules[push-body-length].params.max_chars" in result.output


def test_validate_and_failed_import_leave_store_unchanged(home: Path, tmp_path: Path) -> None:
    data = yaml.safe_load(sample_pack_path().read_text())
    data["rules"][3]["kind"] = "nonsense"
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data))
    result = runner.invoke(app, ["kb", "validate", str(bad)])
    assert result.exit_code == 2
    assert str(bad) in result.output and "rules[3].kind" in result.output
    assert "banned_phrase" in result.output  # lists the valid kinds
    result = kb(home, "import", str(bad), *COMPLIANCE)
    assert result.exit_code == 2
    assert json.loads(kb(home, "history", "--json").output)[-1]["version"] == 1


def test_export_then_import_is_a_no_op(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.yaml"
    assert kb(home, "export", "--out", str(out)).exit_code == 0
    assert runner.invoke(app, ["kb", "validate", str(out)]).exit_code == 0
    result = kb(home, "import", str(out), *COMPLIANCE)
    assert result.exit_code == 0 and "no changes" in result.output


def test_missing_workspace_is_explained(tmp_path: Path) -> None:
    result = runner.invoke(app, ["kb", "list", "--home", str(tmp_path / "nowhere")])
    assert result.exit_code == 2 and "kb init --sample" in result.output


def _tiny_pack(tests: list[dict]) -> dict:
    return {
        "brand": {
            "name": "Quayside Tea",
            "legal_name": "Quayside Tea Ltd",
            "postal_address": "4 Dock Lane, Bristol BS1 4AA",
            "channels": ["push"],
        },
        "rules": [
            {
                "id": "banned",
                "kind": "banned_phrase",
                "description": "No cure claims.",
                "rationale": "Health claims.",
                "source": "Policy",
                "params": {"phrases": ["cures"]},
            }
        ],
        "rule_tests": tests,
    }


def test_kb_test_runs_the_packs_rule_tests(tmp_path: Path) -> None:
    ok = [
        {"id": "calm", "message": {"channel": "push", "body": "New blends in."}, "expect": "pass"},
        {
            "id": "cure",
            "message": {"channel": "push", "body": "Our tea cures colds."},
            "expect": "block",
            "rule_ids": ["banned"],
        },
    ]
    good = tmp_path / "good.yaml"
    good.write_text(yaml.safe_dump(_tiny_pack(ok)))
    result = runner.invoke(app, ["kb", "test", "--pack", str(good)])
    assert result.exit_code == 0, result.output
    assert "2 of 2 rule tests pass" in result.output
    flipped = [ok[0], dict(ok[1], expect="pass", rule_ids=[])]
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(_tiny_pack(flipped)))
    result = runner.invoke(app, ["kb", "test", "--pack", str(bad), "--json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    assert report["failed"] == 1
    assert report["results"][1]["problem"].startswith("expected pass, got block")


def test_kb_test_on_the_workspace_pack(home: Path) -> None:
    result = kb(home, "test")
    assert result.exit_code == 0, result.output
    assert "no rule tests" in result.output


def test_kb_test_changed_shows_which_examples_a_change_breaks(tmp_path: Path) -> None:
    tests = [
        {"id": "calm", "message": {"channel": "push", "body": "Calming blends."}, "expect": "pass"}
    ]
    current = tmp_path / "current.yaml"
    current.write_text(yaml.safe_dump(_tiny_pack(tests)))
    data = _tiny_pack(tests)
    data["rules"][0]["params"]["phrases"].append("calming")
    changed = tmp_path / "changed.yaml"
    changed.write_text(yaml.safe_dump(data))
    result = runner.invoke(
        app, ["kb", "test", "--pack", str(current), "--changed", str(changed), "--json"]
    )
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    assert report["broken"] == 1 and report["flips"][0]["test_id"] == "calm"
    same = runner.invoke(app, ["kb", "test", "--pack", str(current), "--changed", str(current)])
    assert same.exit_code == 0 and "flips none of the 1 rule tests" in same.output


def test_kb_import_effective_from_and_export_before_any_version(tmp_path: Path) -> None:
    home = tmp_path / "ws2"
    pack = tmp_path / "pack.yaml"
    pack.write_text(yaml.safe_dump(_tiny_pack([])))
    args = ["kb", "import", str(pack), *COMPLIANCE, "--home", str(home)]
    result = runner.invoke(app, [*args, "--effective-from", "2026-01-15"])
    assert result.exit_code == 0, result.output
    exported = runner.invoke(app, ["kb", "export", "--as-of", "2026-02-01", "--home", str(home)])
    assert exported.exit_code == 0 and "Quayside Tea" in exported.output
    before = runner.invoke(app, ["kb", "export", "--as-of", "2025-12-01", "--home", str(home)])
    assert before.exit_code != 0 and "Traceback" not in before.output
    assert "error" in before.output
    bad = runner.invoke(app, [*args, "--effective-from", "15/01/2026"])
    assert bad.exit_code == 2 and "not an ISO date" in bad.output


def test_validate_warns_about_a_wording_split_at_its_comma(tmp_path: Path) -> None:
    pack = tmp_path / "split.yaml"
    pack.write_text(
        sample_pack_path().read_text(encoding="utf-8")
        + "non_claim_phrases: [Use after cleansing, then apply your moisturiser.]\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["kb", "validate", str(pack)])
    shown = " ".join(result.output.split())  # rich wraps long lines
    assert result.exit_code == 0 and "is valid" in shown
    assert "warning line" in shown and "non_claim_phrases" in shown
    assert '"Use after cleansing, then apply your moisturiser."' in shown
    as_json = json.loads(runner.invoke(app, ["kb", "validate", str(pack), "--json"]).output)
    assert as_json["valid"] is True and len(as_json["warnings"]) == 1
    quoted = tmp_path / "quoted.yaml"
    quoted.write_text(
        sample_pack_path().read_text(encoding="utf-8")
        + 'non_claim_phrases: ["Use after cleansing, then apply your moisturiser."]\n',
        encoding="utf-8",
    )
    assert (
        json.loads(runner.invoke(app, ["kb", "validate", str(quoted), "--json"]).output)["warnings"]
        == []
    )


def test_validate_and_import_warn_about_an_age_gate_left_to_its_default(tmp_path: Path) -> None:
    data = _tiny_pack([])
    data["rules"].append(
        {
            "id": "adults",
            "kind": "audience",
            "description": "No marketing to anyone under 18.",
            "rationale": "Minors.",
            "source": "Policy",
            "params": {"min_age": 18},
        }
    )
    pack = tmp_path / "gate.yaml"
    pack.write_text(yaml.safe_dump(data))
    result = runner.invoke(app, ["kb", "validate", str(pack)])
    shown = " ".join(result.output.split())
    assert result.exit_code == 0 and "rule adults: min_age 18 blocks every message" in shown
    imported = runner.invoke(
        app, ["kb", "import", str(pack), *COMPLIANCE, "--home", str(tmp_path / "home")]
    )
    assert imported.exit_code == 0 and "rule adults" in " ".join(imported.output.split())
    data["rules"][-1]["params"]["block_unknown_age"] = False
    pack.write_text(yaml.safe_dump(data))
    as_json = json.loads(runner.invoke(app, ["kb", "validate", str(pack), "--json"]).output)
    assert as_json["warnings"] == []
