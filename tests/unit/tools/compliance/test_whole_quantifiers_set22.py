"""A Bulgarian "all" / "the whole" widens a claim of one product (issue 17, set 22).

Родопска Мандра, a dairy invented for these tests, may say that one cheese ripens for 60 days in
its cellar. "Цялото ни сирене" (all our cheese) said with the claim's words widens it to every
cheese, as "every cheese" does in English copy; the claim said of its own cheese stays fine.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 2, 3)
_CLAIM = "Сиренето „Балкан“ зрее 60 дни в нашата изба."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Родопска Мандра", "bg-BG", "Europe/Sofia"),
            "rules": [
                rule(
                    "claims",
                    "claim_grounding",
                    {
                        "categories": ["efficacy"],
                        "extra_triggers": {"efficacy": ["зрее 60 дни"]},
                    },
                )
            ],
            "products": [
                {"id": "balkan", "name": "Сирене „Балкан“", "aliases": ["Сиренето „Балкан“"]},
                {"id": "kashkaval", "name": "Кашкавал „Пирин“"},
            ],
            "claims": [
                {
                    "id": "ripening",
                    "text": _CLAIM,
                    "category": "efficacy",
                    "substantiation": "Дневник на избата 2026",
                    "channels": ["email"],
                    "products": ["balkan"],
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Сирене за празниците",
        body=body,
        send_time=datetime(2027, 2, 3, 9, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_all_of_a_kind_widens_a_claim_of_one_product() -> None:
    assert "claims" in _fired("Цялото ни сирене зрее 60 дни в нашата изба.\nСирене „Балкан“.")
    assert "claims" in _fired("Всички сирена зрее 60 дни в нашата изба.\nСирене „Балкан“.")


def test_the_claim_of_its_own_product_stays_fine() -> None:
    assert "claims" not in _fired(_CLAIM)
    assert "claims" not in _fired(f"{_CLAIM}\nСирене „Балкан“ и Кашкавал „Пирин“.")
