"""A reserved term in the opening words of a name the message gives in full (issue 17, set 15).

The brand is Dolina Smaku, a grocer invented for these tests: "ekologiczne" may be said only
of its certified "Sery ekologiczne z Doliny Brzozy". A subject "Sery ekologiczne na święta"
above a body naming that cheese in full shortens the name; the same subject above a body that
never names it, or "ekologiczne" said of something else, still blocks.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_BRAND: dict[str, Any] = {
    "name": "Dolina Smaku",
    "legal_name": "Dolina Smaku sp. z o.o.",
    "postal_address": "ul. Leśna 4, 31-001 Kraków",
    "sender_addresses": {"email": "hej@dolina.example", "sms": "Dolina", "push": "ds"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/Warsaw",
    "website_domains": ["dolina.example"],
}


def _pack() -> Any:
    eco = rule(
        "eko-terms",
        "banned_phrase",
        {"phrases": ["ekologiczne"], "said_only_of": ["Sery ekologiczne z Doliny Brzozy"]},
    )
    return parse_pack({"brand": _BRAND, "rules": [eco]}, source="test")


def test_short_form_of_the_named_product_passes(check: Any) -> None:
    body = "Na święta: Sery ekologiczne z Doliny Brzozy za 19,99 zł."
    verdict = check(_pack(), channel="email", subject="Sery ekologiczne na święta", body=body)
    assert "eko-terms" not in fired(verdict)


def test_short_form_without_the_full_name_blocks(check: Any) -> None:
    body = "Na święta: sery z naszej lodówki za 19,99 zł."
    verdict = check(_pack(), channel="email", subject="Sery ekologiczne na święta", body=body)
    assert "eko-terms" in fired(verdict)


def test_the_term_said_of_something_else_blocks(check: Any) -> None:
    body = "Na święta: Sery ekologiczne z Doliny Brzozy. Nasze torby są ekologiczne."
    verdict = check(_pack(), channel="email", subject="Święta", body=body)
    assert "eko-terms" in fired(verdict)
