"""A Slavic subject posing as a payment or order notice is read (issue 17, set 23).

Knjižara Lastavica, a bookshop invented for these tests, writes to its readers in Croatian and
Russian. A newsletter subject that posed as a notice ("Potvrda vaše narudžbe", confirmation of
your order; "Ваш платеж получен", your payment was received) above a body about a reading
evening went through, as only English notice subjects were read. The same subject above a body
that does speak of the order stays honest.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 2, 16)
_EVENING = "Dragi čitatelji, u četvrtak u 19 sati čitamo nove pjesme u knjižari na Trešnjevci."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Knjižara Lastavica",
                "legal_name": "Lastavica d.o.o.",
                "postal_address": "Ozaljska 1, 10000 Zagreb",
                "sender_addresses": {"email": "vijesti@lastavica.example"},
                "channels": ["email"],
                "locales": ["hr-HR"],
                "default_time_zone": "Europe/Zagreb",
                "website_domains": ["lastavica.example"],
            },
            "rules": [rule("subject-match", "subject_honesty")],
        },
        source="test",
    )


def _fired(subject: str, body: str) -> set[str]:
    message = Message(
        channel="email", subject=subject, body=body, send_time=datetime(2027, 2, 16, 9, 0)
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_notice_subject_above_a_newsletter_is_unbacked() -> None:
    assert "subject-match" in _fired("Potvrda vaše narudžbe", _EVENING)
    assert "subject-match" in _fired("Потврда ваше поруџбине", _EVENING)
    assert "subject-match" in _fired("Ваш платеж получен", "Вечер поэзии в четверг в 19:00.")


def test_a_notice_subject_above_a_body_about_the_order_is_backed() -> None:
    body = "Vaša narudžba br. 4411 je zaprimljena i šaljemo je sutra."
    assert "subject-match" not in _fired("Potvrda vaše narudžbe", body)


def test_an_ordinary_subject_is_no_notice() -> None:
    assert "subject-match" not in _fired("Večer poezije u četvrtak", _EVENING)
