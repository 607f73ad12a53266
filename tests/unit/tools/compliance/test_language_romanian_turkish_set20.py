"""Romanian and Turkish copy is read as such, not as Italian or Czech (issue 17, set 20).

Two brands invented for these tests: Ceainăria Luna, a Romanian tea shop, and Kiraz Seramik, a
Turkish ceramics workshop. Romanian copy (comma-below, cedilla or no diacritics) passes a
Romanian rule, Turkish copy passes a Turkish rule (a capital dotted "İ" included), and English
copy still blocks under either; under an Italian rule a Romanian body is named Romanian.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.language_id import judge

_ROMANIAN = (
    "Bună ziua, ceaiurile de iarnă au sosit în magazin. Le găsești pe raft lângă cești, iar "
    "pentru cei care vor să guste ceva nou avem și o cutie cu mostre, până la sfârșitul lunii."
)
_ROMANIAN_CEDILLA = _ROMANIAN.replace("ș", "ş").replace("ț", "ţ")
_ROMANIAN_PLAIN = (
    "Ceaiurile de iarna au sosit in magazin si sunt pe raft pana la sfarsitul lunii, "
    "pentru cei care vor sa guste ceva nou."
)
_TURKISH = (
    "İyi günler, kış koleksiyonu için yeni kupalarımız atölyeye geldi. Bu hafta sonuna kadar "
    "her siparişe bir tabak hediye ediyoruz ve paketleme de ücretsiz."
)
_ENGLISH = (
    "Good morning, the winter collection is here and it is ready for you to order from our "
    "shop this week, with a free gift in every parcel."
)


def _pack(allowed: list[str]) -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Ceainăria Luna",
                "legal_name": "Ceainăria Luna S.R.L.",
                "postal_address": "Str. Teilor 3, Iași 700001",
                "sender_addresses": {"email": "salut@ceainarialuna.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/Bucharest",
                "website_domains": ["ceainarialuna.example"],
            },
            "rules": [rule("limba", "language", {"allowed": allowed})],
        },
        source="test",
    )


def test_romanian_copy_under_a_romanian_rule_passes(check: Any) -> None:
    for body in (_ROMANIAN, _ROMANIAN_CEDILLA, _ROMANIAN_PLAIN):
        verdict = check(_pack(["ro"]), channel="email", subject="Ceaiuri noi", body=body)
        assert "limba" not in fired(verdict), body


def test_turkish_copy_under_a_turkish_rule_passes(check: Any) -> None:
    verdict = check(_pack(["Turkish"]), channel="email", subject="Yeni kupalar", body=_TURKISH)
    assert "limba" not in fired(verdict)


def test_english_copy_under_a_romanian_or_turkish_rule_blocks(check: Any) -> None:
    for allowed in (["ro"], ["tr"]):
        verdict = check(_pack(allowed), channel="email", subject="New teas", body=_ENGLISH)
        assert "limba" in fired(verdict)


def test_romanian_copy_is_named_romanian_under_an_italian_rule() -> None:
    finding = judge(_ROMANIAN, frozenset({"it"}))
    assert finding is not None
    assert finding.language == "ro"


def test_turkish_copy_is_named_turkish_under_an_english_rule() -> None:
    finding = judge(_TURKISH, frozenset({"en"}))
    assert finding is not None
    assert finding.language == "tr"
