"""Prices in dinars, lari and the other currencies of Eastern Europe, the Caucasus and Central
Asia are prices to the offer rule and to disclosure price shapes (issue 17, set 23).

Мала штампарија, a print shop invented for these tests, lists its business cards at 1.900 дин.
and has no offer: a dinar figure was no price, so a card set offered below its list price went
through. ჩაის სახლი, a Georgian tea shop, lists a tasting box at 45 ₾ and must state the VAT line
beside any price: a lari figure was no price to ``trigger_prices: [any]``, so a tea price without
its VAT line went through. A Romanian "din" ("3 din 5", three of five), a gel and a chip model
stay no price.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.price_triggers import shape_pattern

_DAY = date(2027, 3, 9)


def _brand(name: str, locale: str, zone: str) -> dict[str, object]:
    return {
        "name": name,
        "legal_name": name,
        "postal_address": "Test Street 1",
        "sender_addresses": {"email": "hello@shop.example"},
        "channels": ["email"],
        "locales": [locale],
        "default_time_zone": zone,
        "website_domains": ["shop.example"],
    }


def _print_shop() -> BrandPack:
    return parse_pack(
        {
            "brand": _brand("Мала штампарија", "sr-Cyrl-RS", "Europe/Belgrade"),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [
                {"id": "cards", "name": "Визит карте", "list_price": 1900, "currency": "RSD"},
            ],
        },
        source="test",
    )


def _tea_shop() -> BrandPack:
    return parse_pack(
        {
            "brand": _brand("ჩაის სახლი", "ka-GE", "Asia/Tbilisi"),
            "rules": [
                rule(
                    "vat-line",
                    "disclosure",
                    {"trigger_prices": ["any"], "required_any": ["ფასები მოიცავს დღგ-ს."]},
                )
            ],
            "products": [
                {"id": "box", "name": "ჩაის ნაკრები", "list_price": 45, "currency": "GEL"},
            ],
        },
        source="test",
    )


def _fired(pack: BrandPack, body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Novo / ახალი",
        body=body,
        send_time=datetime(2027, 3, 9, 9, 0),
    )
    return set(RuleEngine(pack).check(message, as_of=_DAY).fired_rule_ids)


def test_a_dinar_price_below_the_list_without_an_offer_blocks() -> None:
    pack = _print_shop()
    assert "offers" in _fired(pack, "Визит карте овог месеца за 1.500 дин.")
    assert "offers" in _fired(pack, "Визит карте овог месеца за 1.500 динара.")
    assert "offers" not in _fired(pack, "Визит карте и даље коштају 1.900 дин.")


def test_a_lari_price_needs_the_vat_line() -> None:
    pack = _tea_shop()
    assert "vat-line" in _fired(pack, "ჩაის ნაკრები — 45 ₾.")
    assert "vat-line" in _fired(pack, "ჩაის ნაკრები 45 ლარად.")
    assert "vat-line" not in _fired(pack, "ჩაის ნაკრები — 45 ₾. ფასები მოიცავს დღგ-ს.")
    assert "vat-line" not in _fired(pack, "ჩაის ნაკრები ახლა მაღაზიაშია.")


def test_any_price_reads_the_region_s_signs_and_words() -> None:
    price = re.compile(shape_pattern("any"))
    for text in (
        "990 ₽",
        "490 руб.",
        "4 500 ₸",
        "15 000 ₮",
        "9 900 төгрөг",
        "RSD 1.290",
        "1.290 din.",
        "2.000 dinara",
    ):
        assert price.search(fold(text).text), text
    for text in ("3 din 5 clienți", "2 gel packs", "AMD 5600 processor"):
        assert not price.search(fold(text).text), text
