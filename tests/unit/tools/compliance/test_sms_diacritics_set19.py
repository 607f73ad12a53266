"""An officer's pattern naming accented letters is read on the original text (issue 17, set 19).

Lesní Med, a Czech honey shop invented for these tests, asks (a warning) that SMS copy be
written without Czech diacritics. The folded view the engine reads patterns on has no accented
letters, so such a pattern never matched; it now runs on the original text too. The house style
of a channel also covers an approved claim's accented wording sent on it, while the plain-letter
form of the same SMS passes. A blocking ban of an accented word finds it as written, and once:
the same words read on the original and on the folded text are one finding.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_CLAIM = "Med stáčíme ručně na naší včelnici."


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Lesní Med",
                "legal_name": "Lesní Med s.r.o.",
                "postal_address": "Lipová 4, 566 01 Vysoké Mýto",
                "sender_addresses": {"sms": "LesniMed", "email": "info@lesnimed.example"},
                "channels": ["sms", "email"],
                "default_time_zone": "Europe/Prague",
                "website_domains": ["lesnimed.example"],
            },
            "claims": [
                {
                    "id": "rucne",
                    "text": _CLAIM,
                    "category": "service",
                    "substantiation": "Provozní řád včelnice",
                    "channels": ["sms", "email"],
                }
            ],
            "rules": [
                rule(
                    "sms-diakritika",
                    "banned_phrase",
                    {"patterns": ["[áéíóúůýčďěňřšťž]"]},
                    severity="warn",
                    channels=["sms"],
                ),
                rule("bez-medoviny", "banned_phrase", {"patterns": [r"\bmedovin[aůy]\b"]}),
                rule(
                    "bez-akci-na-medovinu",
                    "banned_phrase",
                    {"patterns": [r"(?:lipová|medovina)[^.\n]{0,60}\bzdarma\b"]},
                ),
            ],
        },
        source="test",
    )


def test_accented_letters_in_an_sms_warn_even_in_claim_wording(check: Any) -> None:
    for body in ("Lesní Med: nový květový med je tu.", "Lesni Med: " + _CLAIM):
        verdict = check(_pack(), channel="sms", body=body, claim_ids=["rucne"])
        assert "sms-diakritika" in fired(verdict)
        assert verdict.decision == "warn"


def test_plain_letters_in_an_sms_and_accents_by_email_pass(check: Any) -> None:
    verdict = check(_pack(), channel="sms", body="Lesni Med: novy kvetovy med je tu.")
    assert "sms-diakritika" not in fired(verdict)
    verdict = check(
        _pack(), channel="email", subject="Nový med", body="Lesní Med: nový květový med je tu."
    )
    assert "sms-diakritika" not in fired(verdict)


def test_a_banned_accented_word_is_found_as_written(check: Any) -> None:
    verdict = check(_pack(), channel="email", subject="Novinka", body="Zkuste naše medovinů.")
    assert "bez-medoviny" in fired(verdict)
    verdict = check(_pack(), channel="email", subject="Novinka", body="Zkuste náš lipový med.")
    assert "bez-medoviny" not in fired(verdict)


def test_an_accented_pattern_read_twice_is_one_finding(check: Any) -> None:
    body = "Lipová medovina: druhá láhev zdarma."
    verdict = check(_pack(), channel="email", subject="Novinka", body=body)
    found = [v for v in verdict.violations if v.rule_id == "bez-akci-na-medovinu"]
    assert [v.span for v in found] == [(0, 35)]
    body = "Lipová medovina: druhá láhev za 199 Kč."
    verdict = check(_pack(), channel="email", subject="Novinka", body=body)
    assert "bez-akci-na-medovinu" not in fired(verdict)
