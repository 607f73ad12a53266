"""Lacked features denied in Romanian and Turkish (issue 17, set 20).

The brand is Vatra Lămpi, a lamp maker invented for these tests. Its Lampa Dor lacks a dimmer
("variator", "dimmer") and a cable cover ("kablo kılıfı"). Romanian denies before the feature
("Lampa Dor nu are variator", "fără variator"), Turkish after it ("kablo kılıfı dahil
değildir", "dimmer yok"): both pass, while the feature said of the lamp still blocks.
"""

from __future__ import annotations

from compliance_helpers import facts_fired, facts_pack

from nextbest.brand_context.models import BrandPack


def _pack() -> BrandPack:
    brand = {
        "name": "Vatra Lămpi",
        "legal_name": "Vatra Lămpi S.R.L.",
        "postal_address": "Str. Olarilor 5, Brașov 500001",
        "sender_addresses": {"email": "salut@vatralampi.example"},
        "channels": ["email"],
        "default_time_zone": "Europe/Bucharest",
        "website_domains": ["vatralampi.example"],
    }
    products = [
        {"id": "dor", "name": "Lampa Dor", "lacks": ["variator", "dimmer", "kablo kılıfı"]},
    ]
    return facts_pack(brand, products)


def _facts_fired(body: str) -> bool:
    return facts_fired(_pack(), body, subject="Salut")


def test_feature_denied_in_romanian_or_turkish_passes() -> None:
    for body in (
        "Lampa Dor nu are variator: lumina ei caldă rămâne la fel toată seara.",
        "Lampa Dor vine fără variator, cu un abajur din in.",
        "Lampa Dor el yapımıdır; kablo kılıfı dahil değildir.",
        "Lampa Dor sade bir tasarım: dimmer yok, tek düğme var.",
    ):
        assert not _facts_fired(body), body


def test_feature_said_in_romanian_or_turkish_blocks() -> None:
    for body in (
        "Lampa Dor are variator pentru seri liniștite.",
        "Lampa Dor kablo kılıfı ile gelir.",
    ):
        assert _facts_fired(body), body
