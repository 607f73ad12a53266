"""Readers' questions the copy answers "no" or declines to answer (issue 17, set 17).

Brands invented for these tests: Fjellbu Hytter, a Norwegian cabin-rental brand that bans
"garantert snø", and Larkspur Tours, a British tour operator that bans "safe to visit". A
subject's question the body's opening answers "no" (in the brand's language), and a quoted
question the copy declines to answer, assert nothing; the same words stated, or a question
answered yes, still block.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack


def _brand(name: str, locale: str, zone: str) -> dict[str, Any]:
    slug = name.lower().replace(" ", "")
    return {
        "name": name,
        "legal_name": f"{name} AS",
        "postal_address": "Fjellveien 3, 2680 Vågå",
        "sender_addresses": {"email": f"post@{slug}.example"},
        "channels": ["email"],
        "locales": [locale],
        "default_time_zone": zone,
        "website_domains": [f"{slug}.example"],
    }


def _cabins() -> Any:
    banned = rule("ingen-snogaranti", "banned_phrase", {"phrases": ["garantert snø"]})
    brand = _brand("Fjellbu Hytter", "nb-NO", "Europe/Oslo")
    return parse_pack({"brand": brand, "rules": [banned]}, source="test")


def test_a_subject_question_the_body_answers_no_passes(check: Any) -> None:
    body = (
        "Det er spørsmålet vi får oftest. Svaret er nei – været bestemmer.\n\n"
        "Vi lover varme hytter og god plass."
    )
    verdict = check(
        _cabins(), channel="email", subject="«Er det garantert snø i påsken?»", body=body
    )
    assert "ingen-snogaranti" not in fired(verdict)


def test_a_subject_question_the_body_answers_yes_or_states_blocks(check: Any) -> None:
    for subject, body in (
        ("«Er det garantert snø i påsken?»", "Svaret er ja! Vi har snø hele påsken."),
        ("Garantert snø i påsken", "Svaret er nei på alt annet enn skiføre."),
        ("Er det garantert snø?", "Bestill nå.\n\n" + "Fine hytter. " * 40 + "Svaret er nei."),
    ):
        verdict = check(_cabins(), channel="email", subject=subject, body=body)
        assert "ingen-snogaranti" in fired(verdict), subject


def _tours() -> Any:
    banned = rule("no-safety-promise", "banned_phrase", {"phrases": ["safe to visit"]})
    brand = _brand("Larkspur Tours", "en-GB", "Europe/London")
    return parse_pack({"brand": brand, "rules": [banned]}, source="test")


def test_a_quoted_question_the_copy_declines_to_answer_passes(check: Any) -> None:
    for body in (
        '"Is the old town safe to visit this spring?" We hear this often, and we won\'t '
        "answer it for you: the government's travel advice does.",
        '"Is the old town safe to visit?" That\'s not for us to answer: check the official '
        "travel advice before you book.",
    ):
        verdict = check(_tours(), channel="email", subject="Your questions", body=body)
        assert "no-safety-promise" not in fired(verdict), body


def test_the_question_answered_yes_or_stated_blocks(check: Any) -> None:
    for body in (
        '"Is the old town safe to visit this spring?" Absolutely, book today.',
        "The old town is safe to visit all year round.",
        '"Is the old town safe to visit?" We can answer that: yes.',
    ):
        verdict = check(_tours(), channel="email", subject="Your questions", body=body)
        assert "no-safety-promise" in fired(verdict), body
