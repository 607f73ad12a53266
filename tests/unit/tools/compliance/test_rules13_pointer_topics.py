"""What a reading pointer offers to read is a topic, not a claim (issue 17).

Generic cases for a brand invented here: Fjällbacka Cykel, a Swedish bike-repair shop, whose
service statements must be approved claims.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from compliance_helpers import rule as _rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance import Message, RuleEngine, Verdict
from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.pointer_topics import pointer_topic

DAY = date(2027, 3, 10)
SEND = datetime(2027, 3, 10, 10, 0)

PACK: dict[str, Any] = {
    "brand": {
        "name": "Fjällbacka Cykel",
        "legal_name": "Fjällbacka Cykel AB",
        "postal_address": "Strandvägen 3, 457 40 Fjällbacka",
        "channels": ["email", "sms"],
        "default_time_zone": "Europe/Stockholm",
        "website_domains": ["fjallbackacykel.se"],
    },
    "rules": [
        _rule(
            "pastaenden",
            "claim_grounding",
            {
                "categories": ["service"],
                "extra_triggers": {"service": ["kundtjänst", "samma dag", "same-day repair"]},
            },
        )
    ],
}


def _check(body: str) -> Verdict:
    pack = parse_pack(PACK, source="test")
    message = Message(channel="sms", body=body, send_time=SEND)
    return RuleEngine(pack).check(message, as_of=DAY)


def _before(sentence: str, trigger: str) -> str:
    folded = fold(sentence).text
    return folded[: folded.index(fold(trigger).text)]


def test_what_a_pointer_offers_to_read_is_no_claim() -> None:
    """'Läs mer om hur du kan …', 'Du hittar också kontaktuppgifter till vår kundtjänst'."""
    body = (
        "Läs mer om hur du kan boka reparation samma dag på vår webbplats. Du hittar också "
        "kontaktuppgifter till vår kundtjänst där."
    )
    assert not _check(body).violations


def test_the_same_words_said_outright_still_need_an_approved_claim() -> None:
    """'Vi lagar din cykel samma dag' states the service: a claim."""
    verdict = _check("Vi lagar din cykel samma dag. Vår kundtjänst svarar alltid.")
    assert {v.rule_id for v in verdict.violations} == {"pastaenden"}


def test_pointer_shapes_in_english() -> None:
    """A how-you-can question after 'read more about' is a topic; a plain claim is not."""
    sentence = "Read more about how you can book a same-day repair on our website."
    assert pointer_topic(_before(sentence, "same-day repair"))
    sentence = "You'll also find contact details for our customer service."
    assert pointer_topic(_before(sentence, "customer service"))
    assert not pointer_topic(_before("Learn more about our same-day repair.", "same-day repair"))
    assert not pointer_topic(_before("Learn how our award-winning team works.", "award-winning"))
