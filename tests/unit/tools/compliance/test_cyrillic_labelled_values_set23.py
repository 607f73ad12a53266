"""A labelled value written in Cyrillic capitals is personal data (set 23).

Dorozhnyk Servis, a Ukrainian tyre shop invented for these tests, names its car's
registration label as personal. A subject greeting the driver with the plate after that label
("ваш номерний знак ВМ 4417 ЕК") passed: a value in capitals was read only in Latin letters.
Capitals of the Cyrillic and Greek scripts are now read as well; a Latin plate still blocks and
a label with no value after it still passes.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Dorozhnyk Servis",
                "legal_name": "TOV Dorozhnyk Servis",
                "postal_address": "vul. Promyslova 4, Lviv 79000",
                "sender_addresses": {"email": "info@dorozhnyk.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/Kyiv",
                "website_domains": ["dorozhnyk.example"],
            },
            "rules": [
                rule("pd", "personal_data", {"labelled": ["номерний знак", "plate"]}),
            ],
        },
        source="test",
    )


def test_a_cyrillic_plate_after_its_label_blocks(check: Any) -> None:
    verdict = check(
        _pack(),
        channel="email",
        subject="Тарасе, ваш номерний знак ВМ4417ЕК готовий до заміни шин",
        body="Запишіться на шиномонтаж.",
    )
    assert "pd" in fired(verdict)


def test_a_spaced_cyrillic_plate_blocks(check: Any) -> None:
    verdict = check(
        _pack(), channel="email", subject="Шини", body="Ваш номерний знак ВМ 4417 ЕК у нас."
    )
    assert "pd" in fired(verdict)


def test_a_latin_plate_still_blocks(check: Any) -> None:
    verdict = check(_pack(), channel="email", subject="Tyres", body="Your plate BM4417EK is due.")
    assert "pd" in fired(verdict)


def test_the_label_alone_passes(check: Any) -> None:
    verdict = check(
        _pack(), channel="email", subject="Шини", body="Номерний знак не потрібен для запису."
    )
    assert "pd" not in fired(verdict), verdict.violations
