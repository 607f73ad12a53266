"""A standing statement's span takes in the sign and bracket at its end (issue 17, set 24).

Lago Azzurro Kayak, a tour operator invented for these tests, has a standing statement that
ends in a price in brackets ("… (1 150 €)."). The statement was found on the skeleton view,
which drops the euro sign and the bracket at its end, so its span stopped at the figure, and
the offer rule read "1 150 €" as a price of the message's offer, below the list price.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.wording_edges import whole_wording_span

_DAY = date(2027, 6, 2)
_STATEMENT = "Il tour comprende kayak, guida e pranzo; non è compreso il pernottamento (1 150 €)."
_TERMS = "Fino al 30.06.2027, solo online, per un giorno di noleggio."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Lago Azzurro Kayak",
                "legal_name": "Lago Azzurro Kayak S.r.l.",
                "postal_address": "Via del Porto 8, 22100 Como",
                "sender_addresses": {"email": "ciao@kayak.example"},
                "channels": ["email"],
                "locales": ["it-IT"],
                "default_time_zone": "Europe/Rome",
                "website_domains": ["kayak.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 400})],
            "products": [
                {"id": "day", "name": "Tour dei laghi", "list_price": 2400, "currency": "EUR"}
            ],
            "standing_statements": [{"id": "deposit", "text": _STATEMENT}],
            "offers": [
                {
                    "id": "june",
                    "name": "Tour dei laghi a 2 100 €",
                    "terms": _TERMS,
                    "discount_type": "price",
                    "discount_amount": 2100,
                    "currency": "EUR",
                    "channels": ["email"],
                    "products": ["day"],
                    "valid_from": "2027-06-01",
                    "valid_until": "2027-06-30",
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Giugno in kayak",
        body=body,
        send_time=datetime(2027, 6, 2, 8, 0),
        offer_id="june",
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_the_price_at_the_end_of_a_statement_is_the_statement_s() -> None:
    body = f"Tour dei laghi a 2 100 € invece di 2 400 €. {_TERMS}\n{_STATEMENT}"
    assert "offers" not in _fired(body)


def test_the_same_price_outside_the_statement_is_still_read() -> None:
    body = f"Tour dei laghi a 2 100 € invece di 2 400 €. {_TERMS}\nOggi anche a 1 150 €."
    assert "offers" in _fired(body)


def test_the_span_takes_in_the_edges_the_copy_has() -> None:
    text = "Nota: (cauzione 90 €). Fine"
    start = text.index("cauzione")
    end = text.index("90") + 2
    assert whole_wording_span(text, start, end, "(cauzione 90 €).") == (6, 22)
    assert whole_wording_span(text, start, end, "cauzione 90 € !") == (start, end + 2)
