"""A percent sign before its figure, as Turkish writes it, is a percentage (issue 17, set 20).

Kiraz Çini, a Turkish tile workshop invented for these tests, writes "%15 indirim" (15% off).
Every percentage reader reads it as "15%": a rule asking for a line beside any percentage
fires on it, and a pack wording written the same way ("%100 el yapımı") is still found in the
copy. A "%" inside a web address ("a%20b") stays what it is.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.normalise import fold, plain

_LINE = "İndirimden önceki fiyat, son 30 gündeki en düşük fiyattır."


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Kiraz Çini",
                "legal_name": "Kiraz Çini Ltd. Şti.",
                "postal_address": "Çinili Sokak 7, 43100 Kütahya",
                "sender_addresses": {"email": "merhaba@kirazcini.example"},
                "channels": ["email"],
                "locales": ["tr-TR"],
                "default_time_zone": "Europe/Istanbul",
                "website_domains": ["kirazcini.example"],
            },
            "rules": [
                rule(
                    "onceki-fiyat",
                    "disclosure",
                    {"trigger_prices": ["percent"], "required_any": [_LINE]},
                ),
                rule("yasak", "banned_phrase", {"phrases": ["%100 el yapımı"]}),
            ],
        },
        source="test",
    )


def test_a_leading_percent_is_a_percentage(check: Any) -> None:
    body = "Bu hafta tüm kupalarda %15 indirim."
    assert "onceki-fiyat" in fired(check(_pack(), channel="email", subject="Kupalar", body=body))
    body = f"Bu hafta tüm kupalarda %15 indirim. {_LINE}"
    assert "onceki-fiyat" not in fired(
        check(_pack(), channel="email", subject="Kupalar", body=body)
    )


def test_a_pack_wording_with_a_leading_percent_is_still_found(check: Any) -> None:
    body = "Kupalarımız %100 el yapımı ve fırında pişirilir."
    assert "yasak" in fired(check(_pack(), channel="email", subject="Kupalar", body=body))


def test_the_folded_view_moves_the_sign_after_the_figure() -> None:
    assert fold("Tüm kupalarda %15 indirim").text == "tum kupalarda 15% indirim"
    assert plain("%100 el yapımı") == plain("100% el yapımı")
    assert fold("kirazcini.example/a%20b").text == "kirazcini.example/a%20b"
