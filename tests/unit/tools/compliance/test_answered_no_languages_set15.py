"""A banned phrase in a question the copy answers "No" in Danish or Polish (issue 17, set 15).

The brand is Østerbro Bredbånd, a provider invented for these tests, that bans "12 mdr.
binding". A quoted reader question "… 12 mdr. binding … – er det lovligt?" answered "Nej."
asks about the phrase; it does not advertise it. The same words in a statement, or a question
answered otherwise ("Nej tak" is no answer), still block.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.sender_denials import answered_no

_BRAND: dict[str, Any] = {
    "name": "Østerbro Bredbånd",
    "legal_name": "Østerbro Bredbånd ApS",
    "postal_address": "Nørre Allé 2, 2100 København Ø",
    "sender_addresses": {"email": "post@oesterbro.example", "sms": "Osterbro", "push": "ob"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/Copenhagen",
    "website_domains": ["oesterbro.example"],
}


def _pack() -> Any:
    banned = rule("binding-max", "banned_phrase", {"phrases": ["12 mdr. binding"]})
    return parse_pack({"brand": _BRAND, "rules": [banned]}, source="test")


def test_a_question_answered_no_passes(check: Any) -> None:
    body = (
        "Læserbrev: „Min nabo har 12 mdr. binding hos et andet selskab – er det lovligt?”\n\n"
        "Nej. For forbrugere må bindingen højst være 6 måneder."
    )
    verdict = check(_pack(), channel="email", subject="Binding", body=body)
    assert "binding-max" not in fired(verdict)


def test_a_statement_or_another_answer_blocks(check: Any) -> None:
    for body in (
        "Nu med 12 mdr. binding og lav pris.",
        "Vil du have 12 mdr. binding? Nej tak, siger de fleste – men vi har den.",
    ):
        verdict = check(_pack(), channel="email", subject="Binding", body=body)
        assert "binding-max" in fired(verdict), body


def test_answer_words_in_other_languages() -> None:
    text = "Czy to zdrowe? Nie. Nie obiecujemy tego."
    assert answered_no(text, text.index("zdrowe") + len("zdrowe"))
    text = "Czy to zdrowe? Niestety tak."
    assert not answered_no(text, text.index("zdrowe") + len("zdrowe"))
