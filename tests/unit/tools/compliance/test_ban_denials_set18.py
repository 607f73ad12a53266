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

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack


def _pack(name: str, locale: str, zone: str, phrases: list[str]) -> Any:
    brand = email_brand(name, locale, zone)
    ban = rule("ban", "banned_phrase", {"phrases": phrases})
    return parse_pack({"brand": brand, "rules": [ban]}, source="test")


def _fires(check: Any, pack: Any, body: str) -> bool:
    return "ban" in fired(check(pack, channel="email", subject="News", body=body))


def test_a_french_none_is_subject_denies_the_statement(check: Any) -> None:
    pack = _pack("Maison Ardoise", "fr-FR", "Europe/Paris", ["sans irritation"])
    assert not _fires(check, pack, "Un rappel : aucun savon n'est sans irritation pour tous.")
    assert _fires(check, pack, "Notre savon est sans irritation pour tous.")


def test_a_german_fronted_predicate_denied_by_its_copula(check: Any) -> None:
    pack = _pack("Kesselhof", "de-DE", "Europe/Berlin", ["glutenfrei"])
    assert not _fires(check, pack, "Glutenfrei sind unsere Brötchen nicht, und das sagen wir auch.")
    assert _fires(check, pack, "Glutenfrei sind unsere Brötchen, und lecker dazu.")
    assert _fires(check, pack, "Unsere Brötchen sind glutenfrei.")


def test_a_named_charge_said_to_be_absent_adds_nothing(check: Any) -> None:
    pack = _pack("Hollyfield", "en-GB", "Europe/London", ["booking fee", "hidden fees"])
    assert not _fires(check, pack, "Reserve a plot online: we charge no booking fee.")
    assert _fires(check, pack, "Reserve a plot online (a booking fee applies).")
    assert _fires(check, pack, "No booking fee on your first plot, then £2.")
    assert _fires(check, pack, "Reserve online, with no hidden fees.")


def test_a_quoted_question_answered_that_no_thing_should_be_so_called(check: Any) -> None:
    pack = _pack("Hollyfield", "en-GB", "Europe/London", ["safe for pets"])
    asked = (
        'A question we often hear: "Is moss killer safe for pets?" The short answer is that no '
        "moss killer can be called that. Keep pets off treated lawns."
    )
    assert not _fires(check, pack, asked)
    answered_yes = 'A question we often hear: "Is moss killer safe for pets?" Ours is!'
    assert _fires(check, pack, answered_yes)
