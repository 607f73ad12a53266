"""A claim word in a label others give, which the copy rejects, is no claim (set 15).

Issue 17, fifteenth blind set. The brand is Fernhollow Climbing Walls, a climbing gym invented
here (not the sample brand, not an eval brand) whose carbon statements must be approved claims.
"You'll see indoor walls sold as zero carbon. They aren't" reports a label to deny it.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import FERNHOLLOW_WALLS, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_BRAND: dict[str, Any] = FERNHOLLOW_WALLS


def _pack() -> BrandPack:
    params = {
        "categories": ["sustainability"],
        "extra_triggers": {"sustainability": ["carbon", "emissions"]},
    }
    return parse_pack(
        {"brand": _BRAND, "rules": [rule("claims", "claim_grounding", params)]}, source="test"
    )


def _fired(check: Any, body: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject="A note on walls", body=body))


def test_a_rejected_label_states_no_claim(check: Any) -> None:
    body = "You'll see indoor walls sold as zero carbon. They aren't: the lights run on gas."
    assert "claims" not in _fired(check, body)
    assert "claims" in _fired(check, "Our indoor walls are zero carbon.")
    assert "claims" in _fired(check, "Our walls are sold as zero carbon. They aren't cheap.")
