"""A subject promising a gift in Cyrillic script needs a body that gives one (issue 17, set 26).

Китеп Үйү, a bookshop in Naryn invented for these tests, writes in Kyrgyz and Russian. The
subject rule read its promise words in Latin script only, so "Сизге белек!" (a gift for you)
or "Подарок к заказу" above a body giving nothing went through. A body that gives a gift or
something free, in any of these words, keeps the subject.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 5, 4)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Китеп Үйү",
                "legal_name": "«Китеп Үйү» ЖЧК",
                "postal_address": "Ленин көчөсү, 7, Нарын ш., 722600, Кыргыз Республикасы",
                "sender_addresses": {"email": "kabar@kitepuyu.example"},
                "channels": ["email"],
                "locales": ["ky-KG"],
                "default_time_zone": "Asia/Bishkek",
                "website_domains": ["kitepuyu.example"],
            },
            "rules": [rule("subject", "subject_honesty")],
        },
        source="test",
    )


def _fired(subject: str, body: str) -> set[str]:
    return email_fired(
        _pack(), body, subject=subject, send_time=datetime(2027, 5, 4, 4, 0), as_of=_DAY
    )


_NEWS = "Жаңы китептер дүкөнүбүзгө келди: романдар, балдар китептери жана сөздүктөр."


def test_a_cyrillic_gift_the_body_does_not_give_is_an_empty_promise() -> None:
    assert "subject" in _fired("Сизге белек даяр!", _NEWS)
    assert "subject" in _fired("Подарок к вашему заказу", "Новые книги уже в магазине.")


def test_a_gift_or_free_thing_in_the_body_keeps_the_subject() -> None:
    assert "subject" not in _fired("Сизге белек даяр!", f"{_NEWS} Ар бир буйрутмага белеги бар.")
    assert "subject" not in _fired("Подарок к вашему заказу", "Доставка бесплатно до 31 мая.")


def test_a_subject_without_a_gift_word_is_unaffected() -> None:
    assert "subject" not in _fired("Жаңы китептер", _NEWS)
