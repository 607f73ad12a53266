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

from compliance_helpers import ban_fires, email_ban_pack


def test_a_question_said_not_to_be_asked(check: Any) -> None:
    pack = email_ban_pack("Cobbleway", "en-US", "America/Chicago", ["credit score"])
    assert not ban_fires(
        check, pack, "We never ask about your credit score, and you never share it."
    )
    assert not ban_fires(
        check, pack, "In some states, landlords may not request your credit score."
    )
    assert ban_fires(check, pack, "Before we start, we ask about your credit score.")
    assert ban_fires(check, pack, "Tell us your credit score so we can match you faster.")


def test_a_french_negated_copula_before_an_article_and_a_noun(check: Any) -> None:
    pack = email_ban_pack("Prêtvert", "fr-FR", "Europe/Paris", ["sans frais", "prêt sûr"])
    denied = "Le prêt participatif n'est pas un produit sans frais : lisez tout."
    assert not ban_fires(check, pack, denied)
    assert ban_fires(check, pack, "Le prêt participatif est un produit sans frais.")
    assert ban_fires(check, pack, "Ce n'est pas seulement sans frais, c'est simple.")


def test_a_french_question_answered_notre_reponse_est_non(check: Any) -> None:
    pack = email_ban_pack("Prêtvert", "fr-FR", "Europe/Paris", ["prêt sûr"])
    answered = "On nous demande : « Est-ce un prêt sûr ? »\n\nNotre réponse est non. Lisez tout."
    assert not ban_fires(check, pack, answered)
    assert ban_fires(check, pack, "On nous demande : « Est-ce un prêt sûr ? »\n\nOui, bien sûr.")


def test_a_readers_quoted_question_of_any_kind(check: Any) -> None:
    pack = email_ban_pack("Ashgrove Funerals", "en-GB", "Europe/London", ["what if you fall ill"])
    quoted = (
        "This week's question comes from a reader in Leeds: \u201cWhat if you fall ill before "
        "the plan starts \u2014 does the plan still cover it?\u201d Here is the plain answer: yes, "
        "after the first month."
    )
    assert not ban_fires(check, pack, quoted)
    assert ban_fires(check, pack, "What if you fall ill tomorrow? Buy a plan today.")


def test_healthy_said_of_an_appetite(check: Any) -> None:
    pack = email_ban_pack("Tinder Oven", "en-GB", "Europe/London", ["healthy"])
    assert not ban_fires(check, pack, "Got a healthy appetite? Our sourdough loaf is big enough.")
    assert ban_fires(check, pack, "Our sourdough loaf is the healthy choice.")
