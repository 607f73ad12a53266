"""A "free" inside a reader's quoted yes/no question (issue 17, set 17).

The brand is Brackenford Leisure Centre, a UK leisure centre invented for these tests. Copy
that quotes what a member asked ('One member asked at reception: "Is the car park really
free?"') and then answers it states none of the question's words: no promotion. The copy's
own "free", a quoted question the copy answers "yes" right after it, or an unquoted question
of the brand's own still needs an offer.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.questions import quoted_open_question

_BRAND: dict[str, Any] = {
    "name": "Brackenford Leisure",
    "legal_name": "Brackenford Leisure Centre Ltd",
    "postal_address": "2 Mill Lane, Brackenford, BR1 4QT, United Kingdom",
    "sender_addresses": {"email": "hello@brackenford.example", "sms": "Brackenford", "push": "bl"},
    "channels": ["email", "sms", "push"],
    "locales": ["en-GB"],
    "default_time_zone": "Europe/London",
    "website_domains": ["brackenford.example"],
}


def _pack() -> Any:
    offers = rule("offers", "offer_terms", {"conditions_within_chars": 300})
    return parse_pack({"brand": _BRAND, "rules": [offers]}, source="test")


def test_a_free_in_a_members_quoted_question_is_no_promotion(check: Any) -> None:
    for body in (
        'One member asked at reception: "Is the car park really free?" Here is the honest '
        "answer. Parking is covered for the first two hours, then the council's charges apply.",
        'A parent wrote to us, "Are swimming lessons free for under-fives?" The answer depends '
        "on the class: see the timetable at the front desk.",
    ):
        verdict = check(_pack(), channel="email", subject="Your questions", body=body)
        assert "offers" not in fired(verdict), body


def test_the_copys_own_free_still_needs_an_offer(check: Any) -> None:
    for body in (
        'One member asked at reception: "Is the car park really free?" Yes: parking is free '
        "all weekend.",
        "Is the car park free this weekend? Come and see: parking is free all weekend.",
        "Parking is free all weekend at Brackenford.",
    ):
        verdict = check(_pack(), channel="email", subject="Your questions", body=body)
        assert "offers" in fired(verdict), body


def test_only_a_plain_yes_no_question_after_a_verb_of_asking_is_quoted() -> None:
    asked = 'A member asked: "Is the sauna free?" It is included with gold membership.'
    assert quoted_open_question(asked, asked.index("free"))
    own = 'A member asked: "Is our sauna free?" It is included with gold membership.'
    assert not quoted_open_question(own, own.index("free"))
    said = 'Our motto: "The sauna is free on Sundays." See you there.'
    assert not quoted_open_question(said, said.index("free"))
