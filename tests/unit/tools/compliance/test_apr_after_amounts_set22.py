"""An "APR" after an amount is no date in April (issue 17, set 22).

Brookmere Credit, a British lender invented for these tests, has a reduced-fee loan offer whose
conditions end with a representative example: "… total to repay £1,854.20. APR 38.4%." Read
for dates, "20. APR" (the pence of the amount, its full stop, then "APR") was the 20th of
April, so the copy's amount lost its pence and the offer's own example, copied word for word,
was blocked as a changed figure. A rate after "APR" ("APR 12.5%") is no date either; a real
date ("by 30 April 2027", "until Apr 30") still is.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.offer_paraphrase import figures_of, without_times

_DAY = date(2027, 3, 10)
_EXAMPLE = "Representative example: borrow £1,800 over 6 months, total to repay £1,854.20."
_CONDITIONS = (
    "Code SPRINGFEE: arrangement fee 1.5% instead of 3% on one loan taken by 30 April 2027. "
    f"{_EXAMPLE} APR 38.4%."
)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Brookmere Credit",
                "legal_name": "Brookmere Credit Ltd",
                "postal_address": "14 Canal Street, Leeds LS1 4AB, United Kingdom",
                "sender_addresses": {"email": "hello@brookmere.example"},
                "channels": ["email"],
                "locales": ["en-GB"],
                "default_time_zone": "Europe/London",
                "website_domains": ["brookmere.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 400})],
            "offers": [
                {
                    "id": "spring-fee",
                    "name": "Half the arrangement fee on your next loan",
                    "terms": _CONDITIONS,
                    "disclosure": _CONDITIONS,
                    "code": "SPRINGFEE",
                    "discount_type": "percent",
                    "discount_amount": 50,
                    "channels": ["email"],
                    "valid_from": "2027-03-01",
                    "valid_until": "2027-04-30",
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Half the arrangement fee",
        body=body,
        send_time=datetime(2027, 3, 10, 9, 0),
        offer_id="spring-fee",
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_the_pence_before_an_apr_are_read() -> None:
    assert 1854.2 in figures_of(f"{_EXAMPLE} APR 38.4%.")
    assert 12.5 in figures_of("Fixed for a year at APR 12.5%.")
    assert "30" not in without_times("Apply until Apr 30 or by 30 April 2027.")


def test_the_offer_example_copied_word_for_word_passes() -> None:
    body = f"Half the arrangement fee on your next loan with code SPRINGFEE.\n\n{_CONDITIONS}"
    assert "offers" not in _fired(body)


def test_a_changed_total_still_blocks() -> None:
    body = (
        "Half the arrangement fee on your next loan with code SPRINGFEE.\n\n"
        + _CONDITIONS.replace("£1,854.20", "£1,827.00")
    )
    assert "offers" in _fired(body)
