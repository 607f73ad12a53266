"""A short word in capitals at the head of a sentence shouts (issue 17, set 27).

Brisa Papelaria, a stationer invented for these tests, bans words in capitals. Words shorter
than the rule's minimum were taken for acronyms unless they were English shouting words, so a
short word of another language written loud at the head of a subject or sentence ("SUA
agenda chegou", "ОСЬ: нові зошити") went through. An acronym inside a sentence, in an address,
one the copy defines in brackets, or the name of a PIN stays no shouting.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Brisa Papelaria",
                "legal_name": "Brisa Papelaria Lda",
                "postal_address": "Rua do Sol 4, Braga",
                "sender_addresses": {"sms": "BRISA"},
                "channels": ["sms"],
                "locales": ["pt-PT"],
                "default_time_zone": "Europe/Lisbon",
                "website_domains": ["brisa.example"],
            },
            "rules": [rule("caps", "capitals", {"max_caps_words": 0}, severity="warn")],
        }
    )


def test_a_short_word_opening_a_sentence_shouts(check) -> None:
    pack = _pack()
    for body in (
        "SUA agenda de 2028 chegou.",
        "Novos cadernos. SUA agenda chegou.",
        "ОСЬ: нові зошити в магазині.",
    ):
        verdict = check(pack, channel="sms", body=body)
        assert "caps" in verdict.fired_rule_ids, body


def test_acronyms_stay_acronyms(check) -> None:
    pack = _pack()
    for body in (
        "Entregamos em Braga e nos USA a partir de maio.",
        "Taxa de Uso Anual (TUA). TUA incluída no preço.",
        "PIN novo enviado por carta.",
        "Brisa Papelaria, Rua do Sol 4, Braga, USA.",
    ):
        verdict = check(pack, channel="sms", body=body)
        assert "caps" not in verdict.fired_rule_ids, (body, verdict.violations)
