"""A capital word whose vowels are accented, Greek or Cyrillic shouts too (issue 17, set 20).

Thalassa Cafés, a seaside coffee bar invented for these tests, bans words in capitals. The rule
told an acronym from a word by its Latin vowels, so a shouted word of Greek or Cyrillic capitals,
or a Latin one whose only vowels carry accents, was taken for an acronym and let through.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Thalassa Cafés",
                "legal_name": "Thalassa Cafés Ltd",
                "postal_address": "12 Harbour Street, Limassol 3036, Cyprus",
                "sender_addresses": {"sms": "THALASSA"},
                "channels": ["sms"],
                "default_time_zone": "Asia/Nicosia",
                "website_domains": ["thalassa.example"],
            },
            "rules": [
                rule(
                    "caps",
                    "capitals",
                    {"max_caps_words": 0, "allowed": ["ΦΠΑ", "ΕΛΤΑ"]},
                    severity="warn",
                )
            ],
        }
    )


def test_greek_cyrillic_and_accented_capital_words_shout(check) -> None:
    pack = _pack()
    for body in (
        "Thalassa: ΕΚΠΤΩΣΗ στον καφέ φίλτρου όλη την εβδομάδα.",
        "Thalassa: РАСПРОДАЖА кофе в зёрнах до воскресенья.",
        "Thalassa: ÜDÜLŐ hangulat a teraszon egész héten.",
    ):
        verdict = check(pack, channel="sms", body=body)
        assert "caps" in verdict.fired_rule_ids, body


def test_greek_acronyms_and_allowed_words_do_not_shout(check) -> None:
    pack = _pack()
    for body in (
        "Thalassa: Όλες οι τιμές περιλαμβάνουν ΦΠΑ, αποστολή με ΕΛΤΑ.",
        "Thalassa: Νέος καφές φίλτρου από την Αιθιοπία, ΚΤΡ 12.",
    ):
        verdict = check(pack, channel="sms", body=body)
        assert "caps" not in verdict.fired_rule_ids, (body, verdict.violations)
