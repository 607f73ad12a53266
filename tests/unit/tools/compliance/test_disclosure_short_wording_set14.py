"""A short required wording does not hide a trigger from another rule (issue 17, set 14).

The brand is Ashby Kitchens, invented for these tests, a credit broker. One rule wants every
APR written "APR representative"; another wants the broker statement wherever an APR is stated.
"0% APR representative over 24 months" is the first rule's form, not a line the rulebook
mandates: its "APR" still calls for the broker statement. A long mandated line (the offer's
representative example) still exempts the words inside it.
"""

from __future__ import annotations

from datetime import date, datetime

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import RuleEngine
from nextbest.tools.compliance.message import Message

_BROKER = "Ashby Kitchens Ltd is a credit broker, not a lender. Finance subject to status."
_EXAMPLE = (
    "Representative example: cash price £4,800, amount of credit £4,800, 24 monthly payments "
    "of £200. 0% APR representative."
)


def _rule(rule_id: str, trigger: str, wording: str) -> dict[str, object]:
    return {
        "id": rule_id,
        "kind": "disclosure",
        "description": f"test rule {rule_id}",
        "rationale": "tests",
        "source": "test suite",
        "params": {"trigger_phrases": [trigger], "required_any": [wording]},
    }


def _pack() -> BrandPack:
    brand = {
        "name": "Ashby Kitchens",
        "legal_name": "Ashby Kitchens Ltd",
        "postal_address": "2 Canal Street, Leeds LS1 4AB",
        "sender_addresses": {"email": "news@ashby.example"},
        "channels": ["email"],
        "default_time_zone": "Europe/London",
        "website_domains": ["ashby.example"],
    }
    rules = [
        _rule("broker", "APR", _BROKER),
        _rule("representative", "APR", "APR representative"),
        _rule("example", "monthly payments", _EXAMPLE),
    ]
    return parse_pack({"brand": brand, "rules": rules}, source="test")


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email", subject="New kitchens", body=body, send_time=datetime(2027, 2, 25, 10, 0)
    )
    verdict = RuleEngine(_pack()).check(message, as_of=date(2027, 2, 25))
    return {v.rule_id for v in verdict.violations}


def test_apr_in_the_short_form_still_needs_the_broker_statement() -> None:
    assert "broker" in _fired(f"0% APR representative over 24 months.\n\n{_EXAMPLE}")


def test_with_the_broker_statement_it_passes() -> None:
    body = f"0% APR representative over 24 months.\n\n{_EXAMPLE}\n\n{_BROKER}"
    assert "broker" not in _fired(body)
