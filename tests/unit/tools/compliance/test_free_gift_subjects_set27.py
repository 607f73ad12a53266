"""A gift or "free" promised in Belarusian, Tajik, Punjabi or Quechua needs a body that gives it.

Sumaq Maki, a crafts and seeds cooperative invented for these tests, writes its e-mails in
several languages. The subject rule did not read the Belarusian gift ("падарунак"), the Tajik
gift or free ("тӯҳфа", "ройгон"), the Punjabi "free" ("ਮੁਫ਼ਤ") or the Quechua "free of charge"
("mana qullqiyuq"), so a subject promising one above a body giving nothing went through (issue
17, set 27). A body that gives a gift or something free keeps the subject.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from compliance_helpers import email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 6, 8)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Sumaq Maki",
                "legal_name": "Sumaq Maki Cooperative",
                "postal_address": "Calle Awaqkuna 12, Ayacucho 05001, Peru",
                "sender_addresses": {"email": "willay@sumaqmaki.example"},
                "channels": ["email"],
                "locales": ["qu-PE", "be-BY", "tg-TJ", "pa-IN"],
                "default_time_zone": "America/Lima",
                "website_domains": ["sumaqmaki.example"],
            },
            "rules": [rule("subject", "subject_honesty")],
        },
        source="test",
    )


def _fired(subject: str, body: str) -> set[str]:
    return email_fired(
        _pack(), body, subject=subject, send_time=datetime(2027, 6, 8, 15, 0), as_of=_DAY
    )


_PROMISES = [
    # Belarusian: a gift for every buyer, above the new catalogue
    ("Падарунак кожнаму пакупніку", "Новы каталог ужо на сайце: кераміка і лён."),
    # Tajik: a gift for you, above the new catalogue
    ("Тӯҳфаи шумо омода аст", "Каталоги нав дар сомона: сафол ва матоъ."),
    ("Расонидани ройгон", "Каталоги нав дар сомона: сафол ва матоъ."),
    # Punjabi: fertiliser free with every seed bag, above a new-stock notice
    ("ਹਰ ਬੀਜ ਨਾਲ ਖਾਦ ਮੁਫ਼ਤ", "ਨਵੇਂ ਬੀਜ ਸਾਡੀ ਦੁਕਾਨ ਵਿੱਚ ਆ ਗਏ ਹਨ।"),
    ("ਹਰ ਬੀਜ ਨਾਲ ਖਾਦ ਮੁਫਤ", "ਨਵੇਂ ਬੀਜ ਸਾਡੀ ਦੁਕਾਨ ਵਿੱਚ ਆ ਗਏ ਹਨ।"),
    # Quechua: a woven belt free of charge, above a new-stock notice
    ("Awasqa chumpi mana qullqiyuq!", "Musuq awasqakuna tiendaykupi kachkanña."),
    ("Chumpi qullqinnaq", "Musuq awasqakuna tiendaykupi kachkanña."),
]


@pytest.mark.parametrize(("subject", "body"), _PROMISES)
def test_a_gift_or_free_thing_the_body_does_not_give_is_an_empty_promise(
    subject: str, body: str
) -> None:
    assert "subject" in _fired(subject, body)


_KEPT = [
    ("Падарунак кожнаму пакупніку", "Паштоўка ў падарунак да кожнага заказу."),
    ("Тӯҳфаи шумо омода аст", "Ба ҳар фармоиш тӯҳфа: як дафтарча."),
    ("Расонидани ройгон", "Расонидан дар шаҳр ройгон аст."),
    ("ਹਰ ਬੀਜ ਨਾਲ ਖਾਦ ਮੁਫ਼ਤ", "ਇਸ ਹਫ਼ਤੇ ਹਰ ਬੀਜ ਨਾਲ ਖਾਦ ਮੁਫ਼ਤ ਮਿਲੇਗੀ।"),
    ("Awasqa chumpi mana qullqiyuq!", "Sapa rantiypi awasqa chumpi mana qullqiyuq."),
]


@pytest.mark.parametrize(("subject", "body"), _KEPT)
def test_a_gift_or_free_thing_in_the_body_keeps_the_subject(subject: str, body: str) -> None:
    assert "subject" not in _fired(subject, body)


def test_words_that_only_look_like_a_promise_are_none() -> None:
    # Belarusian "падарожжа" (a journey) begins as the gift does; Quechua "qullqiyuq" alone is
    # "with money", not free.
    assert "subject" not in _fired("Падарожжа па Палессі", "Новы каталог ужо на сайце.")
    assert "subject" not in _fired("Qullqiyuq runakunapaq", "Musuq awasqakuna tiendaykupi.")
