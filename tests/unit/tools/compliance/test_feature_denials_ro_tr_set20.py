"""Lacked features denied in Romanian and Turkish (issue 17, set 20).

The brand is Vatra Lămpi, a lamp maker invented for these tests. Its Lampa Dor lacks a dimmer
("variator", "dimmer") and a cable cover ("kablo kılıfı"). Romanian denies before the feature
("Lampa Dor nu are variator", "fără variator"), Turkish after it ("kablo kılıfı dahil
değildir", "dimmer yok"): both pass, while the feature said of the lamp still blocks.
"""

from __future__ import annotations

from datetime import date, datetime

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import RuleEngine
from nextbest.tools.compliance.message import Message


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
    facts = {
        "id": "facts",
        "kind": "product_facts",
        "description": "Features said of a product match the catalogue.",
        "rationale": "tests",
        "source": "test suite",
    }
    return parse_pack({"brand": brand, "rules": [facts], "products": products}, source="test")


def _facts_fired(body: str) -> bool:
    message = Message(
        channel="email", subject="Salut", body=body, send_time=datetime(2027, 2, 15, 10, 0)
    )
    verdict = RuleEngine(_pack()).check(message, as_of=date(2027, 2, 15))
    return any(v.rule_id == "facts" for v in verdict.violations)


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
