"""A banned phrase is banned in its Turkish case forms too (issue 17, set 20).

Defne Sabun, a Turkish soap maker invented for these tests, may not write "saf zeytinyağı"
(pure olive oil) or "el yapımı sabun". Turkish adds the case to the noun: "saf zeytinyağından"
(from pure olive oil), "el yapımı sabunla" (with handmade soap) are the banned phrases too. A
brand writing in another language gets no such forms.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.phrase_inflections import inflected_phrases

_PHRASES = ["saf zeytinyağı", "el yapımı sabun"]


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Defne Sabun",
                "legal_name": "Defne Sabun Ltd. Şti.",
                "postal_address": "Çarşı Sokak 4, 09400 Kuşadası/Aydın",
                "sender_addresses": {"email": "merhaba@defnesabun.example"},
                "channels": ["email"],
                "locales": ["tr-TR"],
                "default_time_zone": "Europe/Istanbul",
                "website_domains": ["defnesabun.example"],
            },
            "rules": [rule("yasak", "banned_phrase", {"phrases": _PHRASES})],
        },
        source="test",
    )


def test_the_case_forms_are_banned(check: Any) -> None:
    for body in (
        "Sabunlarımız saf zeytinyağından yapılır.",
        "Her sabah el yapımı sabunla yüzünüzü yıkayın.",
        "Bu kış el yapımı sabuna geçin.",
    ):
        verdict = check(_pack(), channel="email", subject="Yeni sabunlar", body=body)
        assert "yasak" in fired(verdict), body


def test_other_words_pass(check: Any) -> None:
    body = "Sabunlarımız zeytinyağı ve defne yağı ile yapılır."
    verdict = check(_pack(), channel="email", subject="Yeni sabunlar", body=body)
    assert "yasak" not in fired(verdict)


def test_no_turkish_forms_for_another_language() -> None:
    assert inflected_phrases(_PHRASES, ["de-DE"]) == []
    assert "el yapımı sabuna" in inflected_phrases(_PHRASES, ["tr-TR"])
