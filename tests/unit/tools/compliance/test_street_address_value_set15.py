"""A delivery address that opens with its street type is a labelled value (issue 17, set 15).

The brand is Spiżarnia Kasi, a Polish grocer invented for these tests, whose pack names
"adres dostawy" as a personal label. "Adres dostawy: ul. Lipowa 5/12" reads out the customer's
address; the street type's full stop ends no sentence. A label with no address after it, or
an address in another sentence, is fine.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_BRAND: dict[str, Any] = {
    "name": "Spiżarnia Kasi",
    "legal_name": "Spiżarnia Kasi sp. z o.o.",
    "postal_address": "ul. Polna 8, 60-001 Poznań",
    "sender_addresses": {"email": "sklep@spizarnia.example", "sms": "Spizarnia", "push": "sk"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/Warsaw",
    "website_domains": ["spizarnia.example"],
}


def _pack() -> Any:
    data = rule("personal-data", "personal_data", {"labelled": ["adres dostawy", "PESEL"]})
    return parse_pack({"brand": _BRAND, "rules": [data]}, source="test")


def test_an_address_after_its_label_blocks(check: Any) -> None:
    for body in (
        "Zamówienie jest w drodze. Adres dostawy: ul. Lipowa 5/12, 02-512 Warszawa.",
        "Adres dostawy: al. Róż 3, Kraków.",
        "Adres dostawy: ulica Lipowa 5.",
    ):
        verdict = check(_pack(), channel="email", subject="Zamówienie", body=body)
        assert "personal-data" in fired(verdict), body


def test_a_label_without_an_address_passes(check: Any) -> None:
    for body in (
        "Adres dostawy zmienisz w aplikacji. Ul. Polna to nasz magazyn.",
        "Sprawdź adres dostawy przed zamówieniem. W sobotę 5 nowych produktów.",
    ):
        verdict = check(_pack(), channel="email", subject="Zamówienie", body=body)
        assert "personal-data" not in fired(verdict), body
