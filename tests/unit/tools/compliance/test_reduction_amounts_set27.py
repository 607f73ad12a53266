"""An amount or a percentage before a Wolof reduction word is an amount off (issue 17, set 27).

Jàmm Tissu, a Dakar fabric shop invented for these tests, gives 1 250 FCFA off its wax fabric.
Its Wolof copy writes the reduction after the amount ("1 250 FCFA wàññi"): an amount off the
offer does not give ("2 750 FCFA wàññi") went through, read as a price that no product has, as
"wàññi" was no reduction word. A reduction word of another language after an amount ("500 ₽
скидка") was read as a price only, too.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_TERMS = "Kood TISSU: 1 250 FCFA wàññi ci wax bi, ba 30/06/2027."
_RU_TERMS = "Промокод ЛЕТО: 300 ₽ скидка на первый заказ до 30.06.2027."


def _pack(locale: str, zone: str, terms: str, amount: int, currency: str) -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Jamm Tissu", locale, zone),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [
                {"id": "wax", "name": "Tissu wax", "list_price": 6000, "currency": currency},
                {"id": "bazin", "name": "Bazin", "list_price": 9000, "currency": currency},
            ],
            "offers": [
                {
                    "id": "first",
                    "name": terms.split(":")[1].split(" ci ")[0].split(" на ")[0].strip(),
                    "terms": terms,
                    "disclosure": terms,
                    "discount_type": "amount",
                    "discount_amount": amount,
                    "currency": currency,
                    "channels": ["email"],
                    "valid_from": "2027-06-01",
                    "valid_until": "2027-06-30",
                }
            ],
        },
        source="test",
    )


def _offers_fire(check: Any, pack: BrandPack, body: str) -> bool:
    verdict = check(
        pack,
        channel="email",
        subject="Tissu",
        body=body,
        offer_id="first",
        as_of=date(2027, 6, 9),
        send_time=datetime(2027, 6, 9, 11, 0),
    )
    return "offers" in fired(verdict)


def test_a_wrong_amount_off_in_wolof_is_read(check: Any) -> None:
    pack = _pack("wo-SN", "Africa/Dakar", _TERMS, 1250, "XOF")
    assert _offers_fire(check, pack, f"Am nga 2 750 FCFA wàññi ci wax bi. {_TERMS}")
    assert not _offers_fire(check, pack, f"Am nga 1 250 FCFA wàññi ci wax bi. {_TERMS}")


def test_a_wrong_percentage_off_in_wolof_is_read(check: Any) -> None:
    pack = _pack("wo-SN", "Africa/Dakar", _TERMS, 1250, "XOF")
    assert _offers_fire(check, pack, f"Am nga 20 % wàññi ci wax bi. {_TERMS}")


def test_an_amount_before_another_languages_reduction_word_is_read(check: Any) -> None:
    pack = _pack("ru-RU", "Europe/Moscow", _RU_TERMS, 300, "RUB")
    assert _offers_fire(check, pack, f"Ваша 500 ₽ скидка ждёт вас. {_RU_TERMS}")
    assert not _offers_fire(check, pack, f"Ваша 300 ₽ скидка ждёт вас. {_RU_TERMS}")
