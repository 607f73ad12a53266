"""Hungarian and Greek copy is read as such (issue 17, set 20).

Kertész Kávé, a Hungarian-Greek coffee roaster invented for these tests, writes in Hungarian
and in Greek. The language rule did not know either: Hungarian copy, whose article is "a", was
read as Czech and blocked under a Hungarian rule, and neither could be recognised under a rule
that allows only English. Now Hungarian and Greek copy passes its own rule (Greek with or
without accents, in capitals too), English copy still blocks under either, and each blocks
under an English-only rule.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.language_id import judge

_HUNGARIAN = (
    "Szia! A decemberi pörkölés a héten érkezik, és a csomagot a megszokott címre küldjük. "
    "A kávét a rendelés után két napon belül pörköljük, a szállítás pedig ingyenes az "
    "előfizetőknek."
)
_GREEK = (
    "Γεια σας! Ο νέος καφές της εβδομάδας έφτασε και είναι έτοιμος για την παραγγελία σας. "
    "Τον καβουρδίζουμε μόνο για εσάς, με παράδοση σε δύο ημέρες στην πόρτα σας."
)
_GREEK_CAPITALS = "ΝΕΟΣ ΚΑΦΕΣ ΣΤΟ ΚΑΤΑΣΤΗΜΑ: ΕΙΝΑΙ ΕΤΟΙΜΟΣ ΓΙΑ ΤΗΝ ΠΑΡΑΓΓΕΛΙΑ ΣΑΣ ΚΑΙ ΤΩΡΑ."
_ENGLISH = (
    "Hi there! The December roast is on its way and we will send the box to your usual "
    "address. We roast the coffee within two days of your order."
)


def _pack(allowed: list[str]) -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Kertész Kávé",
                "legal_name": "Kertész Kávé Kft.",
                "postal_address": "1061 Budapest, Liszt tér 2.",
                "sender_addresses": {"email": "hello@kerteszkave.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/Budapest",
                "website_domains": ["kerteszkave.example"],
            },
            "rules": [rule("nyelv", "language", {"allowed": allowed})],
        },
        source="test",
    )


def _blocks(allowed: list[str], body: str, check: Any) -> bool:
    verdict = check(_pack(allowed), channel="email", subject="Kávé", body=body)
    return "nyelv" in fired(verdict)


def test_hungarian_and_greek_copy_pass_their_own_rule(check: Any) -> None:
    assert not _blocks(["hu"], _HUNGARIAN, check)
    assert not _blocks(["el"], _GREEK, check)
    assert not _blocks(["el"], _GREEK_CAPITALS, check)


def test_english_copy_still_blocks_under_either(check: Any) -> None:
    assert _blocks(["hu"], _ENGLISH, check)
    assert _blocks(["el"], _ENGLISH, check)


def test_each_is_recognised_under_an_english_rule() -> None:
    hungarian = judge(_HUNGARIAN, frozenset({"en"}))
    greek = judge(_GREEK, frozenset({"en"}))
    assert hungarian is not None and hungarian.language == "hu"
    assert greek is not None and greek.language == "el"
    assert judge(_GREEK_CAPITALS, frozenset({"en"}), min_words=6) is not None
