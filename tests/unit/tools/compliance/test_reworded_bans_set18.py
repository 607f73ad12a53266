"""Banned wordings said another way (issue 17, set 18).

Brands invented for these tests: Kesselhof (a German bakery café), Maison Ardoise (a French
soap maker), Fietsbaas (a Dutch bike-rental app) and Hollyfield (a British garden shop). A
ban is found in the forms the language gives it: a German adjective in its other case endings,
a harm denied to the groups a "safe for pets" ban protects, "always" said as "every time", a
French absence opened by another negative word, a listed wording with another of the words
the rule lists in its place, a superlative said as "nothing comes close", a precaution needed
"only the first time" and "no one will notice" under a ban of "nobody will check". The words
the ban does not cover still pass.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack


def _pack(name: str, locale: str, zone: str, phrases: list[str]) -> Any:
    ban = rule("ban", "banned_phrase", {"phrases": phrases})
    return parse_pack({"brand": email_brand(name, locale, zone), "rules": [ban]}, source="test")


def _fires(check: Any, pack: Any, body: str) -> bool:
    return "ban" in fired(check(pack, channel="email", subject="Hallo", body=body))


def test_a_german_adjective_is_banned_in_its_other_case_endings(check: Any) -> None:
    pack = _pack("Kesselhof", "de-DE", "Europe/Berlin", ["gratis Brötchen", "kostenloser Tee"])
    assert _fires(check, pack, "Das Frühstück mit kostenlosem Tee, jeden Morgen.")
    assert _fires(check, pack, "Hol dir kostenlosen Tee am Tresen.")
    assert not _fires(check, pack, "Tee ist im Frühstück enthalten, für 12 € pro Person.")


def test_a_harm_denied_to_pets_or_children_is_a_safety_claim(check: Any) -> None:
    pack = _pack("Hollyfield", "en-GB", "Europe/London", ["safe for pets", "child-safe"])
    assert _fires(check, pack, "Our lawn feed will not hurt the dog.")
    assert _fires(check, pack, "The new moss killer does not hurt children.")
    assert not _fires(check, pack, "Keep pets and children off the lawn for a day.")


def test_always_said_as_every_time_is_still_always(check: Any) -> None:
    pack = _pack("Fietsbaas", "nl-NL", "Europe/Amsterdam", ["altijd goedkoper"])
    assert _fires(check, pack, "Met Fietsbaas ben je elke keer goedkoper uit dan met de bus.")
    assert not _fires(check, pack, "Met Fietsbaas huur je een fiets vanaf € 4 per dag.")


def test_a_french_absence_is_banned_whichever_negative_word_opens_it(check: Any) -> None:
    pack = _pack("Maison Ardoise", "fr-FR", "Europe/Paris", ["sans irritation", "zéro parfum"])
    assert _fires(check, pack, "Un savon si doux qu'il n'y a aucune irritation possible.")
    assert _fires(check, pack, "Aucun parfum ajouté, promis.")
    assert not _fires(check, pack, "Testez le savon sur une petite zone de peau avant usage.")


def test_a_listed_wording_is_banned_with_the_rules_other_words_in_its_place(check: Any) -> None:
    phrases = [
        "nooit meer een boete",
        "nooit meer een bekeuring",
        "voorkom een boete",
        "voorkom een bekeuring",
        "voorkom een wielklem",
    ]
    pack = _pack("Fietsbaas", "nl-NL", "Europe/Amsterdam", phrases)
    assert _fires(check, pack, "Zet je fiets in ons rek: nooit meer een wielklem te vrezen.")
    assert not _fires(check, pack, "Zet je fiets in ons rek, dan staat hij droog.")


def test_a_banned_superlative_said_as_nothing_comes_close(check: Any) -> None:
    pack = _pack("Kesselhof", "de-DE", "Europe/Berlin", ["der beste Kaffee", "bester Kaffee"])
    assert _fires(check, pack, "Bei uns gibt es Kaffee, an den in ganz Leipzig keiner rankommt.")
    assert not _fires(check, pack, "Bei uns gibt es Kaffee, und keiner muss lange warten.")
    english = _pack("Hollyfield", "en-GB", "Europe/London", ["cheapest compost"])
    assert _fires(check, english, "Peat-free compost nobody in town can match, at £6 a bag.")
    assert not _fires(check, english, "Our compost is peat-free, and no one needs to dig it in.")


def test_a_precaution_needed_only_the_first_time_is_made_optional(check: Any) -> None:
    phrases = ["vérification facultative", "pas besoin de vérification", "sauter la vérification"]
    pack = _pack("Maison Ardoise", "fr-FR", "Europe/Paris", phrases)
    assert _fires(check, pack, "La vérification de peau : uniquement la première fois, promis.")
    assert not _fires(check, pack, "Faites la vérification de peau avant chaque usage.")


def test_making_light_of_a_rule_is_banned_however_said(check: Any) -> None:
    pack = _pack("Hollyfield", "en-GB", "Europe/London", ["nobody will check"])
    assert _fires(check, pack, "Bonfire after dark? No one will notice if you light it.")
    assert not _fires(check, pack, "Bonfires are allowed before dusk; check the council notice.")
