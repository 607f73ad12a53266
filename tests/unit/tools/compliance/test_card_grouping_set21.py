"""An order number grouped unlike a card is no card number (issue 17, set 21).

A payment card number is written unbroken or in the groups printed on cards (fours; four, six
and five). A service e-mail of Lindqvist Ferries, invented here, quotes its order number as a
date and a serial ("20270311-000958", fourteen digits grouped eight and six): read as a card
number, the legitimate notice was blocked.
"""

from __future__ import annotations

from compliance_helpers import DAY, NOON_UTC, build_pack, rule

from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.kinds.personal_data import card_grouped


def _fired(body: str) -> set[str]:
    engine = RuleEngine(build_pack([rule("pii", "personal_data", {})]))
    message = Message(channel="email", subject="Payment received", body=body, send_time=NOON_UTC)
    return set(engine.check(message, as_of=DAY).fired_rule_ids)


def test_card_groupings() -> None:
    assert card_grouped("4929123456781234")
    assert card_grouped("4929 1234 5678 1234")
    assert card_grouped("3714-496353-98431")
    assert not card_grouped("20270311-000958")
    assert not card_grouped("12345 67890 12345")


def test_an_order_number_passes_and_a_card_number_blocks() -> None:
    assert "pii" not in _fired("Order 20270311-000958 is paid.")
    assert "pii" in _fired("Card 4929 1234 5678 1234 was charged.")
    assert "pii" in _fired("Card 4929123456781234 was charged.")
