"""Prices in Romanian lei and Turkish lira are prices (issue 17, set 20).

Two shops invented for these tests: Olăria Deal, a Romanian pottery shop, and Zeytin Dalı, a
Turkish olive-oil shop. A product priced "89,90 lei", "1.250,00 TL" or "₺ 640" without the
delivery line blocks a rule asking for it beside a product's price, as does a subscription at
"29,90 lei pe lună"; a spending threshold ("comenzile de peste 200 lei", "1.000 TL ve üzeri
siparişlerde") is no product price.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_BRAND: dict[str, Any] = {
    "name": "Olăria Deal",
    "legal_name": "Olăria Deal S.R.L.",
    "postal_address": "Str. Morii 8, Sibiu 550001",
    "sender_addresses": {"email": "salut@olariadeal.example"},
    "channels": ["email"],
    "default_time_zone": "Europe/Bucharest",
    "website_domains": ["olariadeal.example"],
}
_RO_LINE = "Livrare 14,90 lei, gratuită peste 200 lei."
_TR_LINE = "Kargo 59,90 TL; 1.000 TL ve üzeri siparişlerde ücretsiz."


def _pack(line: str, currency: str) -> Any:
    return parse_pack(
        {
            "brand": _BRAND,
            "products": [
                {"id": "vas", "name": "Vasul Horezu", "list_price": 89.90, "currency": currency},
                {"id": "set", "name": "Setul de căni", "list_price": 1250.0, "currency": currency},
                {"id": "club", "name": "Clubul Olarilor", "list_price": 29.90,
                 "currency": currency},
            ],
            "rules": [
                rule(
                    "livrare",
                    "disclosure",
                    {
                        "trigger_products": ["vas", "set", "club"],
                        "trigger_prices": ["any"],
                        "prices_of_products": True,
                        "required_any": [line],
                    },
                )
            ],
        },
        source="test",
    )  # fmt: skip


def _fired(line: str, currency: str, body: str, check: Any) -> set[str]:
    return fired(check(_pack(line, currency), channel="email", subject="Noutăți", body=body))


def test_a_lei_price_without_the_line_blocks(check: Any) -> None:
    body = "Un cadou pentru casă: Vasul Horezu – 89,90 lei, pictat de mână."
    assert "livrare" in _fired(_RO_LINE, "RON", body, check)
    assert "livrare" not in _fired(_RO_LINE, "RON", f"{body} {_RO_LINE}", check)


def test_a_monthly_lei_price_blocks(check: Any) -> None:
    body = "Intră în Clubul Olarilor cu 29,90 lei pe lună și primești un atelier pe sezon."
    assert "livrare" in _fired(_RO_LINE, "RON", body, check)


def test_a_lira_price_without_the_line_blocks(check: Any) -> None:
    for price in ("1.250,00 TL", "₺ 1.250,00"):
        body = f"Yeni sezon: Setul de căni – {price}, el yapımı."
        assert "livrare" in _fired(_TR_LINE, "TRY", body, check), price


def test_a_spending_threshold_is_no_product_price(check: Any) -> None:
    ro = "Vasul Horezu te așteaptă: transport gratuit pentru comenzile de peste 200 lei."
    assert "livrare" not in _fired(_RO_LINE, "RON", ro, check)
    tr = "Setul de căni sizi bekliyor: 1.000 TL ve üzeri siparişlerde hediye paketi."
    assert "livrare" not in _fired(_TR_LINE, "TRY", tr, check)
