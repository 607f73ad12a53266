"""A banned two-word phrase with a word of how often or how badly between (issue 17, set 18).

The brand is "Calmloft", a sleep app invented for these tests (not the sample brand, not an
evaluation brand). Its rule bans "treats insomnia" and "no fees". "treats everyday insomnia"
and "treats persistent insomnia" say the banned statement of some insomnia and block, as
"treats chronic insomnia" (an adjective's suffix) did already; a negation with such a word
between ("no frequent fees") says less and is left alone, as are sentences that only share
the words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Verdict

_BRAND: dict[str, Any] = {
    "name": "Calmloft",
    "legal_name": "Calmloft Pty Ltd",
    "postal_address": "5 Harbour Lane, Hobart TAS 7000, Australia",
    "sender_addresses": {"email": "hello@calmloft.example"},
    "channels": ["email"],
    "default_time_zone": "Australia/Hobart",
    "website_domains": ["calmloft.example"],
}


@pytest.fixture(scope="module")
def pack() -> BrandPack:
    """The Calmloft pack: one banned-phrase rule."""
    ban = rule("no-treatment", "banned_phrase", {"phrases": ["treats insomnia", "no fees"]})
    return parse_pack({"brand": _BRAND, "rules": [ban]}, source="test")


def _fires(check: Callable[..., Verdict], pack: BrandPack, body: str) -> bool:
    return "no-treatment" in fired(check(pack, channel="email", subject="News", body=body))


@pytest.mark.parametrize(
    "body",
    [
        "Night Reset treats everyday insomnia without pills.",
        "Night Reset treats persistent insomnia for good.",
        "Night Reset treats chronic insomnia.",
    ],
)
def test_qualified_noun_blocks(check: Callable[..., Verdict], pack: BrandPack, body: str) -> None:
    assert _fires(check, pack, body), body


@pytest.mark.parametrize(
    "body",
    [
        "Night Reset has no frequent fees to worry about.",
        "Treat yourself to everyday calm: insomnia is worth talking to your GP about.",
    ],
)
def test_other_wording_passes(check: Callable[..., Verdict], pack: BrandPack, body: str) -> None:
    assert not _fires(check, pack, body), body
