"""A dollar price beside a list price in another currency is a second price list (issue 17, set 24).

Rishton Kulol, a pottery shop invented for these tests, lists a bowl at 320 000 soʻm and
a pottery class at 40 US dollars, and quotes customers abroad the bowl's dollar price ("$26").
A bare "$" names no one currency, so the offer rule compared 26 with the list price in soʻm and
read a price far below it: a promotion with no offer. A dollar sign is some dollar or peso,
never soʻm, and this brand prices in US dollars: the price is its second price list, not the
list price cut. A price in soʻm below the list price, or a dollar price sold as a deal, still
is; so is a "$" price from a brand that prices nothing in dollars (it names nothing for sure).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.written_currencies import other_currency

_DAY = date(2027, 4, 6)


def _pack(*, dollars: bool = True) -> BrandPack:
    products: list[dict[str, Any]] = [
        {"id": "bowl", "name": "Rishton kosasi", "list_price": 320000, "currency": "UZS"}
    ]
    if dollars:
        products.append(
            {"id": "class", "name": "Kulolchilik darsi", "list_price": 40, "currency": "USD"}
        )
    return parse_pack(
        {
            "brand": {
                "name": "Rishton Kulol",
                "legal_name": "Rishton Kulol MChJ",
                "postal_address": "Kulol koʻchasi 3, Rishton",
                "sender_addresses": {"email": "salom@kulol.example"},
                "channels": ["email"],
                "locales": ["uz-Latn-UZ"],
                "default_time_zone": "Asia/Tashkent",
                "website_domains": ["kulol.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": products,
        },
        source="test",
    )


def _fired(body: str, *, dollars: bool = True) -> set[str]:
    message = Message(
        channel="email", subject="Kosalar", body=body, send_time=datetime(2027, 4, 6, 6, 0)
    )
    return set(RuleEngine(_pack(dollars=dollars)).check(message, as_of=_DAY).fired_rule_ids)


def test_a_dollar_price_beside_a_list_price_in_som_is_no_promotion() -> None:
    assert "offers" not in _fired("Rishton kosasi — $26.")
    assert "offers" not in _fired("Rishton kosasi: 320 000 soʻm yoki $26.")


def test_a_cut_in_som_or_a_dollar_deal_is_still_a_promotion() -> None:
    assert "offers" in _fired("Rishton kosasi endi 250 000 soʻm.")
    assert "offers" in _fired("Rishton kosasi, now only $19!")
    assert "offers" in _fired("Rishton kosasi — $26.", dollars=False)


def test_a_shared_sign_is_another_currency_only_outside_its_family() -> None:
    usd = frozenset({"UZS", "USD"})
    assert other_currency("$26", "UZS", usd)
    assert not other_currency("$26", "UZS")
    assert not other_currency("$26", "USD", usd)
    assert not other_currency("$26", "MXN", frozenset({"MXN", "EUR"}))
    assert other_currency("120 kr", "EUR", frozenset({"EUR", "NOK"}))
    assert not other_currency("120 kr", "NOK", frozenset({"EUR", "NOK"}))
