"""A banned Norwegian "<noun> garantert" phrase is found as a predicate (set 17).

Issue 17, seventeenth blind set. The brand is Sølvbru Ferjer, a Norwegian ferry line invented
here (not the sample brand, not an eval brand). Its ban of "overfart garantert" (crossing
guaranteed) is a ban of the promise: "Hos oss er overfarten kl. 08:15 garantert" makes it with
the noun definite, a clock time and the copula first; "Overfarten er ikke garantert" denies it.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.scandinavian_predicates import predicate_pattern

_BRAND: dict[str, Any] = {
    "name": "Sølvbru",
    "legal_name": "Sølvbru Ferjer AS",
    "postal_address": "Kaigata 2, 6002 Ålesund, Norge",
    "sender_addresses": {"email": "post@solvbru.example"},
    "channels": ["email"],
    "default_time_zone": "Europe/Oslo",
    "website_domains": ["solvbru.example"],
    "locales": ["nb-NO"],
}


def _pack() -> BrandPack:
    rules = [rule("ingen-garanti", "banned_phrase", {"phrases": ["overfart garantert"]})]
    return parse_pack({"brand": _BRAND, "rules": rules}, source="test")


def _fired(check: Any, body: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject="Vinterruter", body=body))


def test_the_predicate_with_a_clock_time_is_the_banned_promise(check: Any) -> None:
    assert "ingen-garanti" in _fired(check, "Hos oss er overfarten kl. 08:15 garantert.")
    assert "ingen-garanti" in _fired(check, "Overfarten er garantert hele vinteren.")


def test_a_denied_predicate_and_other_brands_are_left_alone(check: Any) -> None:
    assert _fired(check, "Overfarten er ikke garantert i storm; vi varsler deg på SMS.") == set()
    assert predicate_pattern(["overfart garantert"], ["en-GB"]) is None
    assert predicate_pattern(["garantert sol"], ["nb-NO"]) is None  # a noun under four letters
