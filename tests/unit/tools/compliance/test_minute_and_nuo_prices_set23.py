"""A per-minute price written "€/min" and a Lithuanian "nuo" starting price trigger their
disclosures (issue 17, set 23).

Irklas, a kayak hire invented for these tests, requires its deposit line by every per-minute
price and its basis line by every starting price. "0,30 €/min" was no per-minute price (only
the full word "minute" was read) and "nuo 4,50 €" no starting price, so both went out without
their lines. "nuo" before a month is a date, not a price.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 6, 3)
_DEPOSIT = "Užstatas 20 €."
_BASIS = "Galutinė kaina priklauso nuo nuomos trukmės."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Irklas", "lt-LT", "Europe/Vilnius"),
            "rules": [
                rule(
                    "deposit",
                    "disclosure",
                    {"trigger_prices": ["per minute"], "required_any": [_DEPOSIT]},
                ),
                rule("basis", "disclosure", {"trigger_prices": ["from"], "required_any": [_BASIS]}),
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Vasara ant vandens",
        body=body,
        send_time=datetime(2027, 6, 3, 9, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_price_per_min_needs_the_deposit_line() -> None:
    assert "deposit" in _fired("Baidarė tik 0,30 €/min. Iki pasimatymo prie upės.")
    assert "deposit" in _fired("Kayaks at $0.30 per min all summer.")
    assert "deposit" not in _fired(f"Baidarė tik 0,30 €/min. {_DEPOSIT}")


def test_a_nuo_price_needs_its_basis() -> None:
    assert "basis" in _fired("Plaukimas nuo 4,50 €. Iki pasimatymo prie upės.")
    assert "basis" not in _fired(f"Plaukimas nuo 4,50 €. {_BASIS}")
    assert "basis" not in _fired("Nuo birželio 1 d. dirbame kasdien.")
