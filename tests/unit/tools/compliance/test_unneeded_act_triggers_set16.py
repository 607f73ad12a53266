"""A disclosure trigger the copy says the reader need not do (issue 17, set 16).

The brand is Harrowgate Lenders, a pawnbroker invented for these tests, whose loan promotions
carry a risk warning wherever the copy says "borrow" or "loan". "Free valuation, with no
obligation to sell or borrow." names borrowing only to say it is not asked of the reader: no
loan is promoted, so no warning is due. A loan offered ("Borrow against your gold"), or the act
with a qualifier after it ("no need to borrow more than you need"), still needs the warning.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.denials import unneeded_act

_BRAND: dict[str, Any] = {
    "name": "Harrowgate Lenders",
    "legal_name": "Harrowgate Lenders Ltd",
    "postal_address": "5 Tanner Row, York YO1 6JB, United Kingdom",
    "sender_addresses": {"email": "hello@harrowgate.example", "sms": "Harrowgate", "push": "hl"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["harrowgate.example"],
}
_WARNING = "Your item may be sold if you do not repay your loan."


def _pack() -> Any:
    warning = rule(
        "loan-warning",
        "disclosure",
        {"trigger_phrases": ["borrow", "borrowing", "loan", "loans"], "required_any": [_WARNING]},
    )
    return parse_pack({"brand": _BRAND, "rules": [warning]}, source="test")


def test_an_act_the_reader_need_not_do_triggers_nothing(check: Any) -> None:
    for body in (
        "Bring your old rings in. Free valuation, with no obligation to sell or borrow.",
        "Pop in for a valuation. There's no need to borrow.",
        "Free valuation in store, under no obligation to borrow or sell, at any branch.",
    ):
        verdict = check(_pack(), channel="email", subject="Valuations", body=body)
        assert "loan-warning" not in fired(verdict), body


def test_a_loan_offered_still_needs_the_warning(check: Any) -> None:
    for body in (
        "Borrow against your gold today, with no obligation to sell.",
        "With us there's no need to borrow more than you need.",
        "No need to sell: borrow against your watch instead.",
    ):
        verdict = check(_pack(), channel="email", subject="Loans", body=body)
        assert "loan-warning" in fired(verdict), body


def test_the_reading_itself() -> None:
    text = "Free valuation, with no obligation to sell or borrow."
    at = text.index("borrow")
    assert unneeded_act(text, at, at + len("borrow"))
    text = "No need to pay for 12 months."
    at = text.index("pay")
    assert not unneeded_act(text, at, at + len("pay"))
