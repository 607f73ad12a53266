"""Phone numbers written in short groups ("06 12 34 56 78") are read (issue 17, set 26).

Kafe Tsara, a coffee roaster invented for these tests, takes payment only at its own number,
032 40 500 60. A phone number grouped as French and Malagasy copy write it, in pairs and a
triple, was no phone number to the personal-data rule, so copy asking to pay another number
went through. The brand's own number, a price grouped by thousands and a short list of
figures stay no phone number.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Kafe Tsara", "fr-FR", "Indian/Antananarivo"),
            "rules": [rule("pii", "personal_data", {"own_contacts": ["032 40 500 60"]})],
        },
        source="test",
    )


def _fired(body: str) -> bool:
    message = Message(
        channel="email", subject="Kafe", body=body, send_time=datetime(2027, 2, 3, 9, 0)
    )
    verdict = RuleEngine(_pack()).check(message, as_of=date(2027, 2, 3))
    return "pii" in verdict.fired_rule_ids


def test_a_number_in_short_groups_is_a_phone_number() -> None:
    assert _fired("Payez au 033 71 824 19 avant vendredi.")
    assert _fired("Appelez Mme Rabe au 06 12 34 56 78.")


def test_own_numbers_prices_and_short_lists_are_not() -> None:
    assert not _fired("Payez au 032 40 500 60 avant vendredi.")
    assert not _fired("Le grand sac coûte 1 250 000 Ar.")
    assert not _fired("Tailles 10 20 30 40 en stock.")
