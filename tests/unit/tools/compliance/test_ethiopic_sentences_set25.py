"""The Ethiopic full stop ("።") ends a sentence (issue 17, set 25).

Tana Mar, a honey shop in Bahir Dar invented for these tests, has one approved offer: 20% off
a jar of honey with the code TANA20. Amharic ends a sentence with "።", not with a full stop:
copy that quoted the offer's two sentences and then a line of its own on the same line (a
number to call) read as one sentence, so the offer looked restated with a figure it does not
give (the phone number).
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import invented_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.kinds.base import FieldText
from nextbest.tools.compliance.offer_paraphrase import sentence_spans

_DAY = date(2027, 2, 10)
_HEADLINE = "TANA20 በሚለው ኮድ የማር ማሰሮ በ20% ቅናሽ።"
_TERMS = "ቅናሹ በድረ ገጻችን ለሚሰጡ ትዕዛዞች ብቻ ሲሆን እስከ 28/02/2027 ይቆያል።"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": invented_brand("tana_mar", sms_sender="6120"),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [{"id": "jar", "name": "የማር ማሰሮ", "list_price": 520, "currency": "ETB"}],
            "offers": [
                {
                    "id": "tana20",
                    "name": "TANA20 በሚለው ኮድ የማር ማሰሮ በ20% ቅናሽ",
                    "terms": f"{_HEADLINE} {_TERMS}",
                    "disclosure": _TERMS,
                    "code": "TANA20",
                    "discount_type": "percent",
                    "discount_amount": 20,
                    "channels": ["email", "sms"],
                    "products": ["jar"],
                    "valid_from": "2027-02-01",
                    "valid_until": "2027-02-28",
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="sms",
        body=body,
        send_time=datetime(2027, 2, 10, 8, 0),
        offer_id="tana20",
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_the_ethiopic_full_stop_ends_a_sentence() -> None:
    text = FieldText.of("body", "የመጀመሪያው ዓረፍተ ነገር ነው። ሁለተኛው ደግሞ ይህ ነው፧ ሦስተኛው።")
    assert len(text.sentences) == 3
    assert len(sentence_spans("አንደኛ ነገር ነው። ሁለተኛ ነገር ነው።")) == 2


def test_a_line_of_its_own_after_the_quoted_offer_is_no_restatement() -> None:
    body = f"ጣና ማር፦ {_HEADLINE} {_TERMS} ለጥያቄ 0582 20 11 44 ይደውሉ።"
    assert "offers" not in _fired(body)
