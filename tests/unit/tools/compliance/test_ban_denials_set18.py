"""Banned statements the copy denies or does not make (issue 17, set 18).

Brands invented for these tests: Maison Ardoise (a French soap maker), Kesselhof (a German
bakery café) and Hollyfield (a British garden shop). A French "Aucun savon n'est …", a German
predicate put first and denied by its copula ("Wasserdicht ist … nicht"), a named charge the
copy says there is none of ("we charge no booking fee.") and a reader's quoted question
answered "no <thing> can be called that" make no banned statement; the same words asserted
still block.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import ban_fires, email_ban_pack


def test_a_french_none_is_subject_denies_the_statement(check: Any) -> None:
    pack = email_ban_pack("Maison Ardoise", "fr-FR", "Europe/Paris", ["sans irritation"])
    assert not ban_fires(check, pack, "Un rappel : aucun savon n'est sans irritation pour tous.")
    assert ban_fires(check, pack, "Notre savon est sans irritation pour tous.")


def test_a_german_fronted_predicate_denied_by_its_copula(check: Any) -> None:
    pack = email_ban_pack("Kesselhof", "de-DE", "Europe/Berlin", ["glutenfrei"])
    assert not ban_fires(
        check, pack, "Glutenfrei sind unsere Brötchen nicht, und das sagen wir auch."
    )
    assert ban_fires(check, pack, "Glutenfrei sind unsere Brötchen, und lecker dazu.")
    assert ban_fires(check, pack, "Unsere Brötchen sind glutenfrei.")


def test_a_named_charge_said_to_be_absent_adds_nothing(check: Any) -> None:
    pack = email_ban_pack("Hollyfield", "en-GB", "Europe/London", ["booking fee", "hidden fees"])
    assert not ban_fires(check, pack, "Reserve a plot online: we charge no booking fee.")
    assert ban_fires(check, pack, "Reserve a plot online (a booking fee applies).")
    assert ban_fires(check, pack, "No booking fee on your first plot, then £2.")
    assert ban_fires(check, pack, "Reserve online, with no hidden fees.")


def test_a_quoted_question_answered_that_no_thing_should_be_so_called(check: Any) -> None:
    pack = email_ban_pack("Hollyfield", "en-GB", "Europe/London", ["safe for pets"])
    asked = (
        'A question we often hear: "Is moss killer safe for pets?" The short answer is that no '
        "moss killer can be called that. Keep pets off treated lawns."
    )
    assert not ban_fires(check, pack, asked)
    answered_yes = 'A question we often hear: "Is moss killer safe for pets?" Ours is!'
    assert ban_fires(check, pack, answered_yes)
