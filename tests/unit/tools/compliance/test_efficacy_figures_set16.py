"""An effect stated with a share of what it acts on is an efficacy claim (set 16).

Issue 17, sixteenth blind set. The brand is Mossbank, a candle maker invented here (not the
sample brand, not an eval brand), selling a wax-spill cleaner. "wipes out 99.9% of household
bacteria" states an effect with its figure, as "kills 99.9% of" does: it needs an approved
claim. Wiping the jar out after use states no effect.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import MOSSBANK_CANDLES, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_BRAND: dict[str, Any] = {**MOSSBANK_CANDLES, "name": "Mossbank"}


def _pack() -> BrandPack:
    rules = [rule("claims", "claim_grounding", {"categories": ["efficacy"]})]
    return parse_pack({"brand": _BRAND, "rules": rules}, source="test")


def _fired(check: Any, body: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject="Mossbank news", body=body))


def test_wiping_out_a_share_of_something_is_an_efficacy_claim(check: Any) -> None:
    assert "claims" in _fired(check, "Our Spill Cleaner wipes out 99.9% of household bacteria.")
    assert "claims" in _fired(check, "Our Spill Cleaner wipes out germs on worktops.")
    assert "claims" not in _fired(check, "Wipe out the jar with a dry cloth once it is cool.")
