"""German pronouns that are not the polite address (issue 17, set 18).

The brand is Kesselhof, a German bakery café invented for these tests, whose voice says "du"
and logs the polite forms. A sentence-opening "Ihr" before its verb ("Ihr plant …?") is the
informal plural, and a sentence-opening "Sie" in copy that says "du" is "they"; the polite
"Sie" or "Ihr" mid-sentence, "Ihr" before a noun, and "Sie" in copy that never says "du" are
still logged.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_BRAND: dict[str, Any] = {
    "name": "Kesselhof",
    "legal_name": "Kesselhof Backstube GmbH",
    "postal_address": "Mühlweg 3, 04109 Leipzig, Deutschland",
    "sender_addresses": {"email": "hallo@kesselhof.example"},
    "channels": ["email"],
    "locales": ["de-DE"],
    "default_time_zone": "Europe/Berlin",
    "website_domains": ["kesselhof.example"],
}


def _pack() -> Any:
    terms = {"terms": ["Sie", "Ihnen", "Ihr", "Ihre", "Ihren"]}
    anrede = rule("anrede", "case_sensitive_term", terms, severity="warn")
    return parse_pack({"brand": _BRAND, "rules": [anrede]}, source="test")


def _logged(check: Any, body: str) -> bool:
    return "anrede" in fired(check(_pack(), channel="email", subject="Neu", body=body))


def test_sentence_opening_pronouns_that_are_not_the_polite_address(check: Any) -> None:
    assert not _logged(check, "Ihr plant ein Fest? Dann bestell dein Blech Kuchen bei uns.")
    assert not _logged(check, "Du magst Brot? Zwei neue Öfen sind da. Sie liegen im Hof.")


def test_the_polite_address_is_still_logged(check: Any) -> None:
    assert _logged(check, "Ihr neuer Lieblingskuchen wartet. Komm vorbei!")
    assert _logged(check, "Du magst Brot? Dann holen Sie es morgen ab.")
    assert _logged(check, "Zwei neue Öfen sind da. Sie können ab Montag bestellen.")
