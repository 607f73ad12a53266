"""A dotted date range with a glued dash ends no sentence at the day (issue 17, set 22).

Gorska Koča, a mountain lodge invented for these tests, has a stay offer whose conditions give
its dates as "27. 6.–4. 7. 2031". The sentence splitter took the day's full stop of "4. 7."
(glued to the range dash, so no ordinal word) for a sentence end, so the copy's "7. 2031, …"
read as a restatement stating the figure 7 the offer does not give, and the offer's own
conditions, copied word for word, were blocked as changed terms.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.offer_paraphrase import sentence_spans

_DAY = date(2031, 5, 10)
_CONDITIONS = "Bivanje 27. 6.–4. 7. 2031, cena za odraslo osebo v apartmaju. Število mest omejeno."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Gorska Koča",
                "legal_name": "Gorska Koča d.o.o.",
                "postal_address": "Planinska cesta 4, 4280 Kranjska Gora, Slovenija",
                "sender_addresses": {"email": "info@koca.example"},
                "channels": ["email"],
                "locales": ["sl-SI"],
                "default_time_zone": "Europe/Ljubljana",
                "website_domains": ["koca.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [
                {"id": "teden", "name": "Poletni teden", "list_price": 540, "currency": "EUR"},
            ],
            "offers": [
                {
                    "id": "poletje",
                    "name": "Poletni teden v Gorski koči od 540 € na osebo.",
                    "terms": f"Poletni teden v Gorski koči od 540 € na osebo. {_CONDITIONS}",
                    "disclosure": _CONDITIONS,
                    "discount_type": "none",
                    "channels": ["email"],
                    "products": ["teden"],
                    "valid_from": "2031-05-01",
                    "valid_until": "2031-06-20",
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Poletni teden",
        body=body,
        send_time=datetime(2031, 5, 10, 8, 0),
        offer_id="poletje",
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_glued_range_day_does_not_end_the_sentence() -> None:
    text = "Od 2. 3.–9. 3. 2031 odprto. Vabljeni."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Od 2. 3.–9. 3. 2031 odprto.",
        "Vabljeni.",
    ]


def test_the_offer_conditions_copied_word_for_word_pass() -> None:
    body = f"Poletni teden v Gorski koči od 540 € na osebo.\n{_CONDITIONS}"
    assert "offers" not in _fired(body)
