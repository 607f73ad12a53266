"""The 30-day prior-price line is read in Romanian and Turkish (issue 17, set 20).

Livada Nouă, a Romanian orchard shop invented for these tests, asks for its 30-day line beside
any percentage of a reduction. Once the line is known for the prior-price line it is, a share
("borcane din 80% sticlă reciclată") is no reduction and needs no line, while "-15% la toate
dulcețurile" still does. A Turkish wording of the same line is recognised as well.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.prior_price import is_prior_price_wording

_LINE = "Reducerea se raportează la cel mai mic preț al ultimelor 30 de zile."


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Livada Nouă",
                "legal_name": "Livada Nouă S.R.L.",
                "postal_address": "Str. Merilor 2, Bistrița 420001",
                "sender_addresses": {"email": "salut@livadanoua.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/Bucharest",
                "website_domains": ["livadanoua.example"],
            },
            "rules": [
                rule(
                    "pret-30",
                    "disclosure",
                    {"trigger_prices": ["percent"], "required_any": [_LINE]},
                )
            ],
        },
        source="test",
    )


def test_a_share_of_recycled_glass_needs_no_prior_price_line(check: Any) -> None:
    body = "Dulcețurile noastre vin în borcane din 80% sticlă reciclată."
    verdict = check(_pack(), channel="email", subject="Din livadă", body=body)
    assert "pret-30" not in fired(verdict)


def test_a_reduction_still_needs_the_line(check: Any) -> None:
    body = "Săptămâna aceasta: -15% la toate dulcețurile din magazin."
    verdict = check(_pack(), channel="email", subject="Reduceri", body=body)
    assert "pret-30" in fired(verdict)
    verdict = check(_pack(), channel="email", subject="Reduceri", body=f"{body} {_LINE}")
    assert "pret-30" not in fired(verdict)


def test_the_romanian_and_turkish_lines_are_prior_price_lines() -> None:
    assert is_prior_price_wording([_LINE, "(cel mai mic pret al ultimelor 30 de zile)"])
    assert is_prior_price_wording(["Önceki fiyat, son 30 gündeki en düşük fiyattır."])
