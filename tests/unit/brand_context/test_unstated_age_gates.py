"""Age-gated audience rules that block recipients of unknown age only by default."""

from __future__ import annotations

from typing import Any

from nextbest.brand_context.models import BrandPack
from nextbest.brand_context.unstated_age_gates import find_unstated_age_gates


def _pack(*audience_params: dict[str, Any]) -> BrandPack:
    rules = [
        {
            "id": f"age-{index}",
            "kind": "audience",
            "description": "Adults only.",
            "rationale": "Minors.",
            "source": "Policy",
            "params": params,
        }
        for index, params in enumerate(audience_params)
    ]
    return BrandPack.model_validate(
        {
            "brand": {
                "name": "Tallow Lane Cider",
                "legal_name": "Tallow Lane Cider Ltd",
                "postal_address": "2 Orchard Row, Taunton TA1 1AA",
                "channels": ["email"],
            },
            "rules": rules,
        }
    )


def test_an_age_gate_that_leaves_unknown_ages_to_the_default_is_reported() -> None:
    found = find_unstated_age_gates(_pack({"min_age": 18}, {"max_age": 25, "min_age": 16}))
    assert [gate.rule_id for gate in found] == ["age-0", "age-1"]
    assert "min_age 18 blocks every message" in found[0].message()
    assert "min_age 16 and max_age 25" in found[1].message()
    assert "block_unknown_age: true" in found[0].message()


def test_a_stated_choice_or_a_rule_without_an_age_is_not_reported() -> None:
    pack = _pack(
        {"min_age": 18, "block_unknown_age": True},
        {"min_age": 18, "block_unknown_age": False},
        {"blocked_flags": ["do_not_market"]},
    )
    assert find_unstated_age_gates(pack) == []
