"""Danish and Polish monthly prices as price-shaped disclosure triggers (issue 17, set 15).

The brand is Skovbryn Net, a Danish broadband provider invented for these tests. Its minimum
price line is needed wherever a monthly price is stated: "249 kr./md." and "kr. pr. md." in
Danish, "zł/mies." and "miesięcznie" in Polish are monthly prices; a one-off "1.993 kr." is not.
"""

from __future__ import annotations

import re
from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.price_triggers import shape_pattern

_BRAND: dict[str, Any] = {
    "name": "Skovbryn Net",
    "legal_name": "Skovbryn Net ApS",
    "postal_address": "Bakkevej 4, 7100 Vejle",
    "sender_addresses": {"email": "post@skovbryn.example", "sms": "Skovbryn", "push": "sk.app"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/Copenhagen",
    "website_domains": ["skovbryn.example"],
}
_LINE = "Mindstepris 1.794 kr. inkl. oprettelse."


def _pack() -> Any:
    minimum = rule(
        "minimum-price",
        "disclosure",
        {"trigger_prices": ["per month"], "required_any": [_LINE]},
    )
    return parse_pack({"brand": _BRAND, "rules": [minimum]}, source="test")


def _monthly(text: str) -> bool:
    folded = fold(text)
    return re.search(shape_pattern("per month"), getattr(folded, "text", folded)) is not None


def test_danish_and_polish_monthly_prices_are_read() -> None:
    for text in (
        "Bredbånd 500 koster 249 kr./md.",
        "kun 249 kr. pr. md.",
        "249 kr. om måneden",
        "Koszyk za 29,99 zł/mies.",
        "29,99 zł miesięcznie",
        "29,99 zł za miesiąc",
    ):
        assert _monthly(text), text


def test_one_off_amounts_and_other_words_are_not_monthly() -> None:
    for text in ("Mindstepris 1.993 kr. (6 mdr. binding).", "29 kr per man", "13,99 zł za 10 szt."):
        assert not _monthly(text), text


def test_monthly_price_without_its_line_blocks(check: Any) -> None:
    body = "Bredbånd 500 koster 249 kr./md., og routeren følger med."
    verdict = check(_pack(), channel="email", subject="Nyt bredbånd", body=body)
    assert "minimum-price" in fired(verdict)


def test_monthly_price_with_its_line_passes(check: Any) -> None:
    body = f"Bredbånd 500 koster 249 kr./md. {_LINE}"
    verdict = check(_pack(), channel="email", subject="Nyt bredbånd", body=body)
    assert "minimum-price" not in fired(verdict)
