"""A question about the reader's own supply running low is no scarcity (issue 17, set 22).

Tintahan, a Philippine printer-ink shop invented for these tests, lists "running low" and the
Filipino "paubos na" (running out) as scarcity wording. "Running low on your ink?" and "Paubos
na ba ang tinta mo?" ask about the reader's own stock, the reason to buy more, and were
reported as false scarcity. A question naming the reader's thing is left alone now; the same
words stated of the brand's stock, or a question that is another sentence, still fire.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.reader_supplies import asks_of_reader_supply


def _pack() -> Any:
    urgency = rule("urgency", "urgency", {"extra_scarcity": ["running low", "paubos na"]})
    return parse_pack(
        {"brand": email_brand("Tintahan", "fil-PH", "Asia/Manila"), "rules": [urgency]},
        source="test",
    )


def test_a_question_about_the_readers_supply_passes(check: Any) -> None:
    for body in (
        "Running low on your printer ink? Order a refill online.",
        "Paubos na ba ang tinta mo? Mag-order na ng refill sa app.",
    ):
        verdict = check(_pack(), channel="email", subject="Ink refills", body=body)
        assert "urgency" not in fired(verdict), body


def test_the_brands_own_stock_is_still_scarcity(check: Any) -> None:
    for body in (
        "Our black ink is running low. Order a refill online.",
        "Paubos na ang stock namin ng tinta! Order na.",
        "Stocks are running low! Want yours?",
    ):
        verdict = check(_pack(), channel="email", subject="Ink refills", body=body)
        assert "urgency" in fired(verdict), body


def test_the_possessive_must_be_in_the_question() -> None:
    assert asks_of_reader_supply("Is your cartridge running low?", 22)
    assert not asks_of_reader_supply("Is the cartridge running low?", 21)
    assert not asks_of_reader_supply("Only 2 left in your size!", 0)
