"""A banned phrase in an Icelandic case form is still banned (issue 17, set 22).

Hvalfjörður Bakarí, an Icelandic bakery invented for these tests, bans "sígarettupakki" (a pack
of cigarettes), "tóbak" (tobacco) and "ókeypis kleinuhringur" (a free doughnut). Icelandic
declines its nouns and writes "the" as an ending ("sígarettupakkanum", "tóbakinu",
"ókeypis kleinuhring"), so the phrases as listed were found only in the nominative. Their case
forms are banned now for a brand writing in Icelandic; an English brand listing the same words
gets no Icelandic forms, and a word that merely starts the same way is not caught.
"""

from __future__ import annotations

from compliance_helpers import ban_fires, email_ban_pack

_PHRASES = ["sígarettupakki", "tóbak", "ókeypis kleinuhringur"]


def test_case_forms_of_a_banned_phrase_are_banned(check) -> None:
    pack = email_ban_pack("Hvalfjörður Bakarí", "is-IS", "Atlantic/Reykjavik", _PHRASES)
    for body in (
        "Með hverjum sígarettupakkanum fylgir kaffi.",
        "Við seljum ekkert með tóbaki.",
        "Lyktin af tóbakinu hverfur fljótt.",
        "Fáðu ókeypis kleinuhring með kaffinu.",
        "Allir fá ókeypis kleinuhringi í dag.",
    ):
        assert ban_fires(check, pack, body), body


def test_other_words_and_other_languages_are_left_alone(check) -> None:
    pack = email_ban_pack("Hvalfjörður Bakarí", "is-IS", "Atlantic/Reykjavik", _PHRASES)
    assert not ban_fires(check, pack, "Kleinuhringir kosta 450 kr. og kaffið er heitt.")
    assert not ban_fires(check, pack, "Tóbaksvarnir eru mikilvægar.")
    english = email_ban_pack("Hvalfjordur Bakery", "en-GB", "Europe/London", _PHRASES)
    assert not ban_fires(check, english, "Ask for tóbaki at the till.")
