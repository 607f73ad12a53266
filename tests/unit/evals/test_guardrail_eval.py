"""The labelled guardrail set and its runner: size, balance, labels, scores, CLI."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nextbest.app.cli.main import app
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.evals.guardrail.runner import (
    CaseFileError,
    Scores,
    default_cases_path,
    evaluate,
    load_cases,
    percentile,
)

REQUIRED_CATEGORIES = {
    "obfuscation",
    "paraphrased_claim",
    "expired_claim",
    "wrong_discount",
    "missing_opt_out",
    "quiet_hours",
    "tricky_compliant",
}


@pytest.fixture(scope="module")
def cases():
    return load_cases(default_cases_path())


@pytest.fixture(scope="module")
def pack():
    return load_pack(sample_pack_path())


def test_case_set_size_balance_and_coverage(cases) -> None:
    assert len(cases) >= 200
    assert len({c.id for c in cases}) == len(cases)
    blocked = sum(c.expected == "block" for c in cases)
    assert blocked / len(cases) >= 0.40
    assert {c.channel for c in cases} == {"email", "sms", "push"}
    assert all(c.channel == c.message.channel for c in cases)
    assert {c.category for c in cases} >= REQUIRED_CATEGORIES
    per_channel = Counter(c.channel for c in cases)
    assert min(per_channel.values()) >= 40


def test_labels_name_real_rules_and_agree_with_the_decision(cases, pack) -> None:
    rules = {r.id: r for r in pack.rules}
    for case in cases:
        assert set(case.rule_ids) <= set(rules), case.id
        severities = {rules[r].severity for r in case.rule_ids}
        expected = "block" if "block" in severities else "warn" if severities else "pass"
        assert case.expected == expected, case.id


def test_engine_meets_the_block_precision_and_recall_bar(pack) -> None:
    report = evaluate(pack)
    assert report.overall.precision >= 0.98
    assert report.overall.recall >= 0.98
    assert set(report.per_channel) == {"email", "sms", "push"}
    assert set(report.per_kind) == {r.kind for r in pack.rules}
    assert sum(sum(row.values()) for row in report.confusion.values()) == report.cases
    assert report.latency_p95_ms > 0


def test_scores_arithmetic() -> None:
    scores = Scores()
    for expected, predicted in [(True, True)] * 8 + [(True, False)] * 2 + [(False, True)]:
        scores.add(expected, predicted)
    scores.add(False, False)
    assert (scores.tp, scores.fn, scores.fp, scores.tn) == (8, 2, 1, 1)
    assert scores.precision == pytest.approx(8 / 9)
    assert scores.recall == pytest.approx(0.8)
    assert scores.f1 == pytest.approx(2 * (8 / 9) * 0.8 / (8 / 9 + 0.8))
    assert Scores().precision == Scores().recall == 1.0
    assert percentile([1.0, 2.0, 3.0, 4.0, 100.0], 50) == 3.0
    assert percentile([], 95) == 0.0


def test_bad_case_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text('{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(CaseFileError, match="cases.jsonl:1"):
        load_cases(path)


def test_eval_guardrail_cli_json_and_tables() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["eval", "guardrail", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["blocking"]["precision"] >= 0.98 and payload["blocking"]["recall"] >= 0.98
    assert {"per_channel", "per_rule_kind", "confusion", "latency_ms"} <= set(payload)
    tables = runner.invoke(app, ["eval", "guardrail"])
    assert tables.exit_code == 0
    for title in ("Blocking per channel", "Blocking per rule kind", "latency p95"):
        assert title in tables.output
    assert runner.invoke(app, ["eval", "guardrail", "--cases", "/nope.jsonl"]).exit_code == 2


SECOND_BRANDS = sorted(
    p.name for p in (default_cases_path().parent / "second_brands").iterdir() if p.is_dir()
)


@pytest.mark.parametrize("brand", SECOND_BRANDS)
def test_second_brand_sets(brand: str) -> None:
    """Ten unrelated brands (outdoor gear, food, fashion, telecom, finance, pets…), one engine."""
    folder = default_cases_path().parent / "second_brands" / brand
    report = evaluate(load_pack(folder / "brand.yaml"), folder / "cases.jsonl")
    assert report.cases >= 15
    assert report.overall.precision >= 0.98 and report.overall.recall >= 0.98


def test_case_files_in_other_shapes_load(tmp_path: Path) -> None:
    path = tmp_path / "theirs.jsonl"
    flat = {
        "id": "t1",
        "channel": "push",
        "body": "Calm Balm cures dry skin.",
        "consent": "opt_in",
        "send_time": "2026-11-24T18:00:00Z",
        "expected_decision": "BLOCK",
        "rules": ["brand-no-drug-claims", "ftc-claim-substantiation"],
        "labeller": "team-b",
    }
    path.write_text(json.dumps(flat) + "\n", encoding="utf-8")
    (case,) = load_cases(path)
    assert (case.expected, case.channel, case.message.channel) == ("block", "push", "push")
    assert str(case.send_day) == "2026-11-24" and case.rule_ids == flat["rules"]
    report = evaluate(load_pack(sample_pack_path()), path)
    assert report.overall.tp == 1 and report.rule_id_agreement == 1.0


def test_eval_guardrail_over_a_folder_of_brands(tmp_path: Path) -> None:
    import shutil

    second = default_cases_path().parent / "second_brands"
    for name in SECOND_BRANDS[:2]:
        shutil.copytree(second / name, tmp_path / name)
    (tmp_path / "notes").mkdir()  # a folder without a pack is not a brand
    runner = CliRunner()
    result = runner.invoke(app, ["eval", "guardrail", "--brands", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert sorted(payload["brands"]) == SECOND_BRANDS[:2]
    parts = [payload["brands"][n]["blocking"] for n in SECOND_BRANDS[:2]]
    for count in ("tp", "fp", "fn", "tn"):
        assert payload["total"][count] == sum(p[count] for p in parts)
    table = runner.invoke(app, ["eval", "guardrail", "--brands", str(tmp_path)])
    assert table.exit_code == 0 and "total" in table.output
    empty = runner.invoke(app, ["eval", "guardrail", "--brands", str(tmp_path / "notes")])
    # The error may wrap at the terminal width wherever the temporary path's length puts it.
    assert empty.exit_code == 2 and "no folder with brand.yaml" in " ".join(empty.output.split())
    mixed = runner.invoke(app, ["eval", "guardrail", "--brands", str(tmp_path), "--pack", "x"])
    assert mixed.exit_code == 2
