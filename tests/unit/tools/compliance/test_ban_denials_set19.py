"""Banned wording the copy denies, quotes or uses in another sense (issue 17, set 19).

Brands invented for these tests: Cobbleway (an American tenant-screening agency), Prêtvert (a
French peer-to-peer lender), Ashgrove Funerals (a British funeral plan seller) and Tinder Oven
(a British bakery). A question the copy says is not asked ("we never ask about your credit
score"), a French negated copula before an article and a noun ("n'est pas un produit sans
frais"), a French question the copy answers "Notre réponse est non.", a reader's quoted
question of any kind, and "healthy" of someone's appetite make no banned statement; the same
words asserted still block.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack


def _pack(name: str, locale: str, zone: str, phrases: list[str]) -> Any:
    brand = email_brand(name, locale, zone)
    ban = rule("ban", "banned_phrase", {"phrases": phrases})
    return parse_pack({"brand": brand, "rules": [ban]}, source="test")


def _fires(check: Any, pack: Any, body: str) -> bool:
    return "ban" in fired(check(pack, channel="email", subject="News", body=body))


def test_a_question_said_not_to_be_asked(check: Any) -> None:
    pack = _pack("Cobbleway", "en-US", "America/Chicago", ["credit score"])
    assert not _fires(check, pack, "We never ask about your credit score, and you never share it.")
    assert not _fires(check, pack, "In some states, landlords may not request your credit score.")
    assert _fires(check, pack, "Before we start, we ask about your credit score.")
    assert _fires(check, pack, "Tell us your credit score so we can match you faster.")


def test_a_french_negated_copula_before_an_article_and_a_noun(check: Any) -> None:
    pack = _pack("Prêtvert", "fr-FR", "Europe/Paris", ["sans frais", "prêt sûr"])
    denied = "Le prêt participatif n'est pas un produit sans frais : lisez tout."
    assert not _fires(check, pack, denied)
    assert _fires(check, pack, "Le prêt participatif est un produit sans frais.")
    assert _fires(check, pack, "Ce n'est pas seulement sans frais, c'est simple.")


def test_a_french_question_answered_notre_reponse_est_non(check: Any) -> None:
    pack = _pack("Prêtvert", "fr-FR", "Europe/Paris", ["prêt sûr"])
    answered = "On nous demande : « Est-ce un prêt sûr ? »\n\nNotre réponse est non. Lisez tout."
    assert not _fires(check, pack, answered)
    assert _fires(check, pack, "On nous demande : « Est-ce un prêt sûr ? »\n\nOui, bien sûr.")


def test_a_readers_quoted_question_of_any_kind(check: Any) -> None:
    pack = _pack("Ashgrove Funerals", "en-GB", "Europe/London", ["what if you fall ill"])
    quoted = (
        "This week's question comes from a reader in Leeds: \u201cWhat if you fall ill before "
        "the plan starts \u2014 does the plan still cover it?\u201d Here is the plain answer: yes, "
        "after the first month."
    )
    assert not _fires(check, pack, quoted)
    assert _fires(check, pack, "What if you fall ill tomorrow? Buy a plan today.")


def test_healthy_said_of_an_appetite(check: Any) -> None:
    pack = _pack("Tinder Oven", "en-GB", "Europe/London", ["healthy"])
    assert not _fires(check, pack, "Got a healthy appetite? Our sourdough loaf is big enough.")
    assert _fires(check, pack, "Our sourdough loaf is the healthy choice.")
