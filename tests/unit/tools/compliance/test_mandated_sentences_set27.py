"""A sentence lifted whole from a mandated line triggers no other disclosure (issue 17, set 27).

Harbourline Remit, a money-transfer service invented for these tests, requires a fee line of two
sentences, the second of which ("You will see the fee and the exchange rate before you pay.")
its copy often carries alone, and a rate line wherever copy speaks of the exchange rate. The
second sentence alone was read as the copy's own mention of the exchange rate, though inside
the whole fee line it never was: the officer's words call for no line either way. A rate the
copy states itself still needs the rate line, and a short sentence of a mandated line is
everyday wording that keeps triggering.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.mandated_sentences import sentences_of

_FEE_LINE = (
    "Fees: $3.50 up to $100; $6.50 from $100.01. "
    "You will see the fee and the exchange rate before you pay. Exchange rate applies."
)
_RATE_LINE = "The exchange rate holds for the day only and may change."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Harbourline Remit", "en-GB", "Europe/London"),
            "rules": [
                rule(
                    "fee-line",
                    "disclosure",
                    {"trigger_phrases": ["transfer fee"], "required_any": [_FEE_LINE]},
                ),
                rule(
                    "rate-line",
                    "disclosure",
                    {"trigger_phrases": ["exchange rate"], "required_any": [_RATE_LINE]},
                ),
            ],
        },
        source="test",
    )


def _rate_line_fires(check: Any, body: str) -> bool:
    verdict = check(_pack(), channel="email", subject="Send money home", body=body)
    return "rate-line" in fired(verdict)


def test_a_sentence_of_a_mandated_line_alone_is_no_trigger(check: Any) -> None:
    body = "Send money home in minutes. You will see the fee and the exchange rate before you pay."
    assert not _rate_line_fires(check, body)
    assert not _rate_line_fires(check, f"Send money home in minutes. {_FEE_LINE}")


def test_the_copys_own_rate_still_needs_the_line(check: Any) -> None:
    own = "Today's exchange rate: 1 GBP = 1.17 EUR. "
    assert _rate_line_fires(
        check, own + "You will see the fee and the exchange rate before you pay."
    )
    assert not _rate_line_fires(check, own + _RATE_LINE)


def test_a_short_sentence_of_a_mandated_line_still_triggers(check: Any) -> None:
    assert _rate_line_fires(check, "Send money home in minutes. Exchange rate applies.")


def test_sentences_are_cut_at_stops_before_capitals_only() -> None:
    assert sentences_of([_FEE_LINE]) == [
        "Fees: $3.50 up to $100; $6.50 from $100.01.",
        "You will see the fee and the exchange rate before you pay.",
    ]
    assert sentences_of(["Delivery takes approx. two days to most towns in the region."]) == []


def test_a_scripts_own_sentence_marks_end_a_mandated_sentence() -> None:
    line = "शुल्क पहले दिखाया जाता है और आप पुष्टि करते हैं। किसी भी समय ऐप में रद्द करें और पैसा वापस पाएं।"
    assert sentences_of([line]) == [
        "शुल्क पहले दिखाया जाता है और आप पुष्टि करते हैं।",
        "किसी भी समय ऐप में रद्द करें और पैसा वापस पाएं।",
    ]
