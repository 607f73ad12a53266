"""A banned phrase that opens with a sign is found right after a figure (issue 17, set 23).

Tidewell Savings, a savings club invented for these tests, bans rates by the month written
"% a month". The phrase's word boundary was also asked of its opening sign, so "2% a month"
(a digit right before the sign) never matched. A phrase opening with a word keeps its boundary.
"""

from __future__ import annotations

from collections.abc import Callable

from compliance_helpers import ban_fires, email_ban_pack

from nextbest.tools.compliance.verdict import Verdict


def test_a_sign_first_phrase_follows_a_figure(check: Callable[..., Verdict]) -> None:
    pack = email_ban_pack("Tidewell Savings", "en-GB", "Europe/London", ["% a month", "per pot"])
    assert ban_fires(check, pack, "The Harbour Pot pays 2% a month, paid daily.")
    assert ban_fires(check, pack, "The Harbour Pot pays 2 % a month.")
    assert not ban_fires(check, pack, "The Harbour Pot pays 3% a year.")
    assert not ban_fires(check, pack, "One fee, paid upper pot.")  # "per pot" inside a word
    assert ban_fires(check, pack, "One fee per pot.")
