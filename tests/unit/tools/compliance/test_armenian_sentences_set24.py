"""The Armenian full stop ("։") ends a sentence (issue 17, set 24).

Lusin Tsaghik, a flower shop in Gyumri invented for these tests, has one approved offer: 15%
off roses with the code LUS15. Armenian ends a sentence with "։", not with a full stop: copy
that quoted the offer's two sentences and then a line of its own on the same line (a phone
number to call) read as one sentence, so the offer looked restated with a figure it does not
give (the phone number); and copy restating the headline with another percentage was not read
as the headline at all, since the offer's own wording was one long sentence too.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.kinds.base import FieldText

_DAY = date(2027, 3, 2)
_HEADLINE = "15% զեղչ վարդերի փնջերի համար LUS15 կոդով։"
_TERMS = "Զեղչը տրվում է կայքում ձևակերպված պատվերներին՝ մինչև 2027 թ. մարտի 8-ը ներառյալ։"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Լուսին Ծաղիկ",
                "legal_name": "«Լուսին Ծաղիկ» ՍՊԸ",
                "postal_address": "Գյումրի, Աբովյան փողոց 4",
                "sender_addresses": {"email": "hello@lusin.example"},
                "channels": ["email"],
                "locales": ["hy-AM"],
                "default_time_zone": "Asia/Yerevan",
                "website_domains": ["lusin.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [
                {"id": "roses", "name": "Վարդերի փունջ", "list_price": 12000, "currency": "AMD"}
            ],
            "offers": [
                {
                    "id": "roses15",
                    "name": "15% զեղչ վարդերի փնջերի համար LUS15 կոդով",
                    "terms": f"{_HEADLINE} {_TERMS}",
                    "disclosure": _TERMS,
                    "code": "LUS15",
                    "discount_type": "percent",
                    "discount_amount": 15,
                    "channels": ["email"],
                    "products": ["roses"],
                    "valid_from": "2027-03-01",
                    "valid_until": "2027-03-08",
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Գարնանային վարդեր",
        body=body,
        send_time=datetime(2027, 3, 2, 8, 0),
        offer_id="roses15",
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_the_armenian_full_stop_ends_a_sentence() -> None:
    text = FieldText.of("body", "Առաջին նախադասությունը։ Երկրորդը 2027 թ.։")
    assert len(text.sentences) == 2


def test_a_line_of_its_own_after_the_quoted_offer_is_no_restatement() -> None:
    body = f"Լուսին Ծաղիկ. {_HEADLINE} {_TERMS} Հարցերի համար՝ 0312 5 44 33։"
    assert "offers" not in _fired(body)


def test_the_headline_with_another_percentage_blocks() -> None:
    body = f"20% զեղչ վարդերի փնջերի համար LUS15 կոդով։\n\n{_TERMS}"
    assert "offers" in _fired(body)
    assert "offers" not in _fired(f"{_HEADLINE}\n\n{_TERMS}")
