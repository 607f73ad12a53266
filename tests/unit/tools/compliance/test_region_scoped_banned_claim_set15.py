"""A region-scoped banned phrase holds even inside an approved claim (issue 17, set 15).

The brand is Koszyk Sąsiada, a grocer invented for these tests. Its same-day claim is
approved, but a banned-phrase rule with ``except_regions`` keeps "tego samego dnia" to the
cities where it holds: the claim's words sent to another region block; sent to a covered
region, or under a rule with no region scope, the approved wording is fine.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_BRAND: dict[str, Any] = {
    "name": "Koszyk Sąsiada",
    "legal_name": "Koszyk Sąsiada sp. z o.o.",
    "postal_address": "ul. Słoneczna 2, 00-001 Warszawa",
    "sender_addresses": {"email": "hej@koszyk.example", "sms": "Koszyk", "push": "ks"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/Warsaw",
    "website_domains": ["koszyk.example"],
}
_CLAIM = {
    "id": "same-day",
    "text": "Zamów do 11:00, a dostarczymy tego samego dnia.",
    "category": "service",
    "substantiation": "Okna dostaw 2026",
    "channels": ["email", "sms", "push"],
}
_BODY = "Koszyk Sąsiada: Zamów do 11:00, a dostarczymy tego samego dnia."


def _pack(scoped: bool) -> Any:
    params = {"phrases": ["tego samego dnia"]}
    banned = (
        rule("same-day-regions", "banned_phrase", params, except_regions=["PL-MZ"])
        if scoped
        else rule("same-day-regions", "banned_phrase", params)
    )
    return parse_pack({"brand": _BRAND, "rules": [banned], "claims": [_CLAIM]}, source="test")


def test_claim_words_outside_the_regions_block(check: Any) -> None:
    verdict = check(
        _pack(True), channel="email", subject="Dostawa", body=_BODY, recipient={"region": "PL-WP"}
    )
    assert "same-day-regions" in fired(verdict)


def test_claim_words_inside_the_regions_pass(check: Any) -> None:
    verdict = check(
        _pack(True), channel="email", subject="Dostawa", body=_BODY, recipient={"region": "PL-MZ"}
    )
    assert "same-day-regions" not in fired(verdict)


def test_an_unscoped_ban_still_spares_the_approved_wording(check: Any) -> None:
    verdict = check(
        _pack(False), channel="email", subject="Dostawa", body=_BODY, recipient={"region": "PL-WP"}
    )
    assert "same-day-regions" not in fired(verdict)
