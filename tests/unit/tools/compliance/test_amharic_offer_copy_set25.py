"""Amharic copy of one approved offer, read in its subject and body (issue 17, set 25).

Tana Mar, a honey shop in Bahir Dar invented for these tests, has one approved offer: 20% off
a jar of honey with the code TANA20.

- **A subject that widens the offer to everything.** Amharic glues the preposition to the
  quantifier ("በሁሉም ዕቃዎች", on all goods), so a subject promising the discount on all goods
  went through. "For all customers" (ለሁሉም ደንበኞች) says who, not on what, and stays fine.
- **The offer's name run into its terms' first sentence** (after an Ethiopic semicolon "፤")
  still states the offer. The name was read as a sentence of the offer only when the terms did
  not repeat it, and the long terms sentence shares too few words with a copy line that restates
  the name alone: the name with 30% in place of 20% went through (the engine reads no Amharic
  word for a reduction, so only the restatement tells).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from compliance_helpers import email_fired, invented_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 2, 10)
_NAME = "TANA20 በሚለው ኮድ የማር ማሰሮ በ20% ቅናሽ"
_CONDITIONS = "ቅናሹ በድረ ገጻችን ለሚሰጡ ትዕዛዞች ብቻ ሲሆን እስከ 28/02/2027 ይቆያል።"
_JAR = {"id": "jar", "name": "የማር ማሰሮ", "list_price": 520, "currency": "ETB"}
_CANDLE = {"id": "candle", "name": "የሰም ሻማ", "list_price": 150, "currency": "ETB"}


def _pack(
    checked_rule: dict[str, Any], products: list[dict[str, Any]], name_ends: str
) -> BrandPack:
    """The honey shop's pack with one rule and the offer's terms opening with its name.

    Args:
        checked_rule: The single rule the pack carries.
        products: The catalogue (the jar the offer covers, maybe others).
        name_ends: The punctuation between the name and the conditions in the terms.

    Returns:
        The parsed pack.
    """
    return parse_pack(
        {
            "brand": invented_brand("tana_mar"),
            "rules": [checked_rule],
            "products": products,
            "offers": [
                {
                    "id": "tana20",
                    "name": _NAME,
                    "terms": f"{_NAME}{name_ends} {_CONDITIONS}",
                    "disclosure": _CONDITIONS,
                    "code": "TANA20",
                    "discount_type": "percent",
                    "discount_amount": 20,
                    "channels": ["email"],
                    "products": ["jar"],
                    "valid_from": "2027-02-01",
                    "valid_until": "2027-02-28",
                }
            ],
        },
        source="test",
    )


def _fired(pack: BrandPack, body: str, subject: str) -> set[str]:
    return email_fired(
        pack,
        body,
        subject=subject,
        send_time=datetime(2027, 2, 10, 8, 0),
        as_of=_DAY,
        offer_id="tana20",
    )


def _subject_fired(subject: str) -> set[str]:
    pack = _pack(rule("subject", "subject_honesty"), [_JAR, _CANDLE], "።")
    return _fired(pack, f"{_NAME}።\n\n{_CONDITIONS}", subject)


def _body_fired(body: str) -> set[str]:
    pack = _pack(rule("offers", "offer_terms", {"conditions_within_chars": 300}), [_JAR], "፤")
    return _fired(pack, body, "የማር ወቅት")


def test_a_subject_on_all_goods_blocks() -> None:
    assert "subject" in _subject_fired("በሁሉም ዕቃዎች ላይ 20% ቅናሽ")


def test_a_subject_for_all_customers_or_on_the_jar_passes() -> None:
    assert "subject" not in _subject_fired("ለሁሉም ደንበኞች 20% ቅናሽ በማር ማሰሮ")
    assert "subject" not in _subject_fired("የማር ማሰሮ በ20% ቅናሽ")


def test_the_name_with_another_percentage_blocks() -> None:
    body = f"TANA20 በሚለው ኮድ የማር ማሰሮ በ30% ቅናሽ።\n\n{_CONDITIONS}"
    assert "offers" in _body_fired(body)


def test_the_name_as_approved_passes() -> None:
    assert "offers" not in _body_fired(f"{_NAME}።\n\n{_CONDITIONS}")
