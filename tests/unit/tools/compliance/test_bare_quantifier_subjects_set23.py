"""A subject saying "on all products" without a preposition widens the offer (issue 17, set 23).

Tal Gutal, a felt-boot maker invented for these tests, writes in Mongolian, which puts "all"
("бүх") straight before its noun: "Бүх бүтээгдэхүүнд 10% хямдрал" (10% off all products) above
an offer on felt boots only went through, as only a quantifier after a preposition ("on all",
"sur tous") was read. A subject naming the boots passes.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 2, 10)
_TERMS = "Эсгий гутланд 10% хямдрал, 2027.02.28 хүртэл."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Tal Gutal", "mn-MN", "Asia/Ulaanbaatar"),
            "rules": [rule("subject", "subject_honesty")],
            "products": [
                {"id": "boot", "name": "Эсгий гутал", "list_price": 120000, "currency": "MNT"}
            ],
            "offers": [
                {
                    "id": "boots10",
                    "name": "Гутлын хямдрал",
                    "terms": _TERMS,
                    "discount_type": "percent",
                    "discount_amount": 10,
                    "products": ["boot"],
                    "channels": ["email"],
                    "valid_from": "2027-02-01",
                    "valid_until": "2027-02-28",
                }
            ],
        },
        source="test",
    )


def _fired(subject: str) -> set[str]:
    message = Message(
        channel="email",
        subject=subject,
        body=f"Өвлийн гутал.\n\n{_TERMS}",
        send_time=datetime(2027, 2, 10, 3, 0),
        offer_id="boots10",
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_all_products_above_an_offer_on_boots_blocks() -> None:
    assert "subject" in _fired("Бүх бүтээгдэхүүнд 10% хямдрал")


def test_a_subject_naming_the_boots_passes() -> None:
    assert "subject" not in _fired("Эсгий гутланд 10% хямдрал")
