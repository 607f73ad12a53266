from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from nextbest.brand_context.ingest import (
    PackValidationError,
    load_pack,
    parse_pack,
    sample_pack_path,
)
from nextbest.brand_context.models import RULE_KINDS, BrandPack


@pytest.fixture
def raw() -> dict:
    return yaml.safe_load(sample_pack_path().read_text())


def _problems(data: dict) -> list[str]:
    with pytest.raises(PackValidationError) as info:
        parse_pack(copy.deepcopy(data), source="pack.yaml")
    return [str(p) for p in info.value.problems]


def test_sample_pack_meets_the_brief(sample_pack: BrandPack) -> None:
    assert set(sample_pack.brand.channels) == {"email", "sms", "push"}
    assert len(sample_pack.claims) >= 15
    assert len(sample_pack.offers) >= 6
    assert len(sample_pack.rules) >= 20
    assert any(c.valid_until and c.valid_until.year <= 2025 for c in sample_pack.claims)
    assert any(len(c.channels) < 3 for c in sample_pack.claims)
    newer = {
        "urgency",
        "personal_data",
        "subject_honesty",
        "capitals",
        "case_sensitive_term",
        "audience",
        "language",
        "product_facts",
    }
    assert {r.kind for r in sample_pack.rules} == set(RULE_KINDS) - newer


def test_invalid_param_names_the_field_path(raw: dict) -> None:
    index = next(i for i, r in enumerate(raw["rules"]) if r["kind"] == "length_limit")
    raw["rules"][index]["params"]["max_chars"] = "lots"
    problems = _problems(raw)
    assert any(p.startswith(f"rules[{index}].params.max_chars:") for p in problems), problems


def test_unknown_rule_kind_lists_the_valid_kinds(raw: dict) -> None:
    raw["rules"][2]["kind"] = "vibes_check"
    (problem,) = _problems(raw)
    assert problem.startswith("rules[2].kind:")
    assert "vibes_check" in problem
    for kind in RULE_KINDS:
        assert kind in problem


def test_duplicate_ids_are_rejected(raw: dict) -> None:
    raw["claims"][3]["id"] = raw["claims"][0]["id"]
    (problem,) = _problems(raw)
    assert "duplicate id" in problem and "claims[0]" in problem and "claims[3]" in problem


def test_unknown_field_is_named(raw: dict) -> None:
    raw["offers"][1]["discont"] = 5
    assert "offers[1].discont: unknown field (check the spelling)" in _problems(raw)


def test_invalid_regex_and_time_zone_are_rejected(raw: dict) -> None:
    index = next(i for i, r in enumerate(raw["rules"]) if r["kind"] == "banned_phrase")
    raw["rules"][index]["params"]["patterns"] = ["(unclosed"]
    raw["brand"]["default_time_zone"] = "Mars/Olympus_Mons"
    problems = _problems(raw)
    assert any(p.startswith(f"rules[{index}].params.patterns") for p in problems)
    assert any(p.startswith("brand.default_time_zone") and "Mars" in p for p in problems)


def test_offer_amount_must_match_type(raw: dict) -> None:
    raw["offers"][0]["discount_amount"] = None
    (problem,) = _problems(raw)
    assert problem.startswith("offers[0]") and "needs discount_amount" in problem


def test_malformed_yaml_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("brand:\n  name: [unclosed\n  legal_name: x\n")
    with pytest.raises(PackValidationError) as info:
        load_pack(bad)
    assert info.value.source == str(bad)
    assert "malformed YAML at line" in str(info.value)


def test_validity_window_and_status(sample_pack: BrandPack) -> None:
    from datetime import date

    expired = sample_pack.claim("clm-carbon-neutral")
    draft = sample_pack.claim("clm-double-hyaluronic")
    assert expired and not expired.is_valid_on(date(2026, 11, 24))
    assert expired.is_valid_on(date(2025, 6, 1))
    assert draft and not draft.is_valid_on(date(2026, 11, 24))
    sms_claims = {c.id for c in sample_pack.claims_valid_on(date(2026, 11, 24), "sms")}
    assert "clm-refund-60" in sms_claims and "clm-spf30" not in sms_claims
