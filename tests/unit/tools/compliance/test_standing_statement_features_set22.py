"""A standing statement naming a feature some products lack is the pack's fact (issue 17, set 22).

Kawaba Juice, a juice bar invented for these tests, blends every juice "no ice" on request
except its frozen slush, which lacks that option. Its standing statement says so: "Any juice
can be made no ice (frozen slush excepted)". Quoted in a menu that names the slush, the
statement's own "no ice" was read as said of the slush, and the menu was blocked. A sentence of
the copy's own saying the slush comes "no ice" is still reported.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 3, 3)
_STATEMENT = "Any juice can be made no ice (frozen slush excepted)."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Kawaba Juice", "en-GB", "Europe/London"),
            "rules": [rule("facts", "product_facts")],
            "products": [
                {"id": "slush", "name": "frozen slush", "list_price": 4, "currency": "GBP",
                 "lacks": ["no ice"]},
                {"id": "green", "name": "green juice", "list_price": 5, "currency": "GBP"},
            ],
            "standing_statements": [{"id": "ice", "text": _STATEMENT}],
        },
        source="test",
    )  # fmt: skip


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Our spring menu",
        body=body,
        send_time=datetime(2027, 3, 3, 10, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_the_standing_statement_quoted_beside_the_product_is_no_feature_claim() -> None:
    assert "facts" not in _fired(f"Our frozen slush is back for spring.\n{_STATEMENT}")


def test_the_feature_said_of_the_product_in_the_copy_still_blocks() -> None:
    assert "facts" in _fired("Try our frozen slush, now served no ice.")
