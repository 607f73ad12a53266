"""An offer's name run into its terms' first sentence still states the offer (issue 17, set 25).

Tana Mar, a honey shop in Bahir Dar invented for these tests, has one approved offer, 20% off
a jar of honey with the code TANA20, whose terms repeat the offer's name and run straight into
its conditions after an Ethiopic semicolon ("፤"). The name was read as a sentence of the offer
only when the terms did not repeat it, and the long terms sentence shares too few words with
a copy line that restates the name alone: the name with 30% in place of 20% went through (the
engine reads no Amharic word for a reduction, so only the restatement tells).
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_fired, invented_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 2, 10)
_NAME = "TANA20 በሚለው ኮድ የማር ማሰሮ በ20% ቅናሽ"
_CONDITIONS = "ቅናሹ በድረ ገጻችን ለሚሰጡ ትዕዛዞች ብቻ ሲሆን እስከ 28/02/2027 ይቆያል።"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": invented_brand("tana_mar"),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [{"id": "jar", "name": "የማር ማሰሮ", "list_price": 520, "currency": "ETB"}],
            "offers": [
                {
                    "id": "tana20",
                    "name": _NAME,
                    "terms": f"{_NAME}፤ {_CONDITIONS}",
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


def _fired(body: str) -> set[str]:
    return email_fired(
        _pack(),
        body,
        subject="የማር ወቅት",
        send_time=datetime(2027, 2, 10, 8, 0),
        as_of=_DAY,
        offer_id="tana20",
    )


def test_the_name_with_another_percentage_blocks() -> None:
    body = f"TANA20 በሚለው ኮድ የማር ማሰሮ በ30% ቅናሽ።\n\n{_CONDITIONS}"
    assert "offers" in _fired(body)


def test_the_name_as_approved_passes() -> None:
    assert "offers" not in _fired(f"{_NAME}።\n\n{_CONDITIONS}")
