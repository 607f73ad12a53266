"""A savings brand's "your savings" in a subject is the reader's money (issue 17, set 23).

Tidewell Savings, a savings club invented for these tests, sells a savings pot and an index
fund. A subject "Your savings, put to work" above a message about the fund was read as a
promised reduction, because no savings product was named in the body. Savings said to be
someone's are their money; a plain "Big savings" still promises a reduction.
"""

from __future__ import annotations

from collections.abc import Callable

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.savings_products import owned_savings
from nextbest.tools.compliance.verdict import Verdict

_BODY = "Invest from £100 in the Tidewell Index Fund. Capital at risk; returns are not promised."


def _pack() -> BrandPack:
    brand = email_brand("Tidewell Savings", "en-GB", "Europe/London")
    return parse_pack(
        {
            "brand": brand,
            "rules": [rule("subject", "subject_honesty")],
            "products": [
                {"id": "pot", "name": "Harbour Pot", "category": "savings"},
                {"id": "fund", "name": "Tidewell Index Fund", "category": "fund"},
            ],
        },
        source="test",
    )


def _fired(check: Callable[..., Verdict], subject: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject=subject, body=_BODY))


def test_your_savings_is_the_readers_money(check: Callable[..., Verdict]) -> None:
    assert "subject" not in _fired(check, "Your savings, put to work")
    assert "subject" not in _fired(check, "Your hard-earned savings, put to work")


def test_plain_savings_still_promise_a_reduction(check: Callable[..., Verdict]) -> None:
    assert "subject" in _fired(check, "Big savings this week")


def test_owned_savings_reads_a_possessive() -> None:
    assert owned_savings("our members savings grew")
    assert not owned_savings("savings of 20 percent")
