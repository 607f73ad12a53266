"""The time the reader's own step takes is no promise of speed (issue 17, set 24).

Aragil Express, a courier invented for these tests, has one approved speed claim and reads the
Armenian "րոպեում" (in minutes) and the Russian "минут" (minutes) as speed statements. Copy
telling the reader to book their own delivery "in a few minutes" (how long filling in the form
takes) was read as an unapproved speed promise and blocked. The brand's own delivery said to
take a few minutes, or a delivery the reader is told to receive in them, is still a promise.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 4, 6)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Արագիլ Էքսպրես",
                "legal_name": "«Արագիլ Էքսպրես» ՍՊԸ",
                "postal_address": "Վանաձոր, Տիգրան Մեծի 12",
                "sender_addresses": {"email": "hello@aragil.example"},
                "channels": ["email"],
                "locales": ["hy-AM", "ru-AM"],
                "default_time_zone": "Asia/Yerevan",
                "website_domains": ["aragil.example"],
            },
            "rules": [
                rule(
                    "claims",
                    "claim_grounding",
                    {
                        "categories": ["service"],
                        "extra_triggers": {"service": ["րոպեում", "минут"]},
                    },
                )
            ],
            "claims": [
                {
                    "id": "city-90",
                    "text": "Վանաձորում ծանրոցը կհանձնենք 90 րոպեում։",
                    "category": "service",
                    "substantiation": "Courier log 2026",
                    "channels": ["email"],
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Արագիլ Էքսպրես",
        body=body,
        send_time=datetime(2027, 4, 6, 8, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_the_readers_own_booking_in_a_few_minutes_is_no_claim() -> None:
    assert "claims" not in _fired("Բացեք հավելվածը և գրանցեք ձեր առաքումը մի քանի րոպեում։")
    assert "claims" not in _fired("Оформите доставку на сайте за несколько минут.")


def test_the_brands_delivery_in_a_few_minutes_is_still_a_claim() -> None:
    assert "claims" in _fired("Ձեր ծանրոցը կհանձնենք մի քանի րոպեում։")
    assert "claims" in _fired("Գրանցեք հիմա, և ձեր ծանրոցը կհանձնենք մի քանի րոպեում։")
    assert "claims" in _fired("Получите посылку за несколько минут.")
