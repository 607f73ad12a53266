"""A trigger verb found in its imperative in Danish and Norwegian copy (issue 17, set 15).

The brand is Lyngby Lys, an electricity retailer invented for these tests, writing in Danish.
Its withdrawal line is needed wherever the right of withdrawal is mentioned, listed as
"fortrydelsesret" and the infinitive "fortryde": "fortryd inden for 14 dage" mentions it. The
same rule for an English brand reads only the listed words.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.verb_forms import imperative_forms

_LINE = "Du har 14 dages fortrydelsesret efter aftalens indgåelse."


def _pack(locale: str) -> Any:
    brand = {
        "name": "Lyngby Lys",
        "legal_name": "Lyngby Lys A/S",
        "postal_address": "Hovedgaden 1, 2800 Lyngby",
        "sender_addresses": {"email": "post@lyngbylys.example", "sms": "Lyngby", "push": "ll"},
        "channels": ["email", "sms", "push"],
        "default_time_zone": "Europe/Copenhagen",
        "website_domains": ["lyngbylys.example"],
        "locales": [locale],
    }
    withdrawal = rule(
        "withdrawal",
        "disclosure",
        {"trigger_phrases": ["fortrydelsesret", "fortryde"], "required_any": [_LINE]},
    )
    return parse_pack({"brand": brand, "rules": [withdrawal]}, source="test")


def test_imperative_mention_needs_the_line(check: Any) -> None:
    body = "Bestil i dag – fortryd inden for 14 dage, hvis det ikke er noget for dig."
    verdict = check(_pack("da-DK"), channel="email", subject="Bestil", body=body)
    assert "withdrawal" in fired(verdict)


def test_imperative_mention_with_the_line_passes(check: Any) -> None:
    body = f"Bestil i dag – fortryd inden for 14 dage. {_LINE}"
    verdict = check(_pack("da-DK"), channel="email", subject="Bestil", body=body)
    assert "withdrawal" not in fired(verdict)


def test_forms_only_for_languages_that_build_them() -> None:
    assert imperative_forms(["fortryde", "bestille", "rente"], ["da-DK"]) == ["fortryd", "bestil"]
    assert imperative_forms(["fortryde"], ["en-GB"]) == []
    assert imperative_forms(["fortryd købet"], ["da-DK"]) == []
