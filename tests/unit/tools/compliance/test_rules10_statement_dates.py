"""A deadline the copy gives another date than the brand's own standing statement (issue 17).

The brand is Northwind Coffee, built in code (not the sample brand, not an eval brand), with a
roasting course and its standing cohort statement.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import BRAND, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

URGENCY = rule("urgency", "urgency", {})
DAY = date(2027, 1, 5)
SENT = datetime(2027, 1, 5, 17, 0)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": BRAND,
            "rules": [URGENCY],
            "products": [
                {"id": "roast-course", "name": "Home Roasting Course"},
                {"id": "latte-course", "name": "Latte Art Course"},
            ],
            "standing_statements": [
                {
                    "id": "roast-cohort",
                    "text": "The Home Roasting Course starts March 1, 2027; "
                    "registration closes February 12, 2027.",
                },
            ],
            "offers": [],
        },
        source="test",
    )


def test_another_date_for_the_statements_deadline_is_false_urgency(check) -> None:
    body = "Registration for the Home Roasting Course closes January 20, 2027. Book now."
    verdict = check(_pack(), as_of=DAY, send_time=SENT, channel="email", subject="Roast", body=body)
    assert fired(verdict) == {"urgency"}, verdict.violations


def test_the_statements_own_date_or_another_product_is_fine(check) -> None:
    for body in (
        "Registration for the Home Roasting Course closes February 12, 2027.",
        "The Home Roasting Course starts March 1, 2027; registration closes February 12, 2027.",
        "Registration for the Latte Art Course closes January 20, 2027.",
        "The Home Roasting Course blog post of January 20, 2027 is up.",
    ):
        verdict = check(
            _pack(), as_of=DAY, send_time=SENT, channel="email", subject="Roast", body=body
        )
        assert "urgency" not in fired(verdict), (body, verdict.violations)
