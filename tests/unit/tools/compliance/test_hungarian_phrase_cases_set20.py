"""A banned phrase in a Hungarian case form is still banned (issue 17, set 20).

Pécsi Pizza, a Hungarian pizzeria invented for these tests, bans "ingyenes kiszállítás" (free
delivery) and "ingyen pizza". Hungarian puts the case in a suffix ("ingyenes kiszállítással",
"ingyenes kiszállítást", "ingyen pizzát"), so the phrases as listed were found only in the
nominative. Their case forms are banned now for a brand writing in Hungarian; an English brand
listing the same words gets no Hungarian forms, and a different word is not caught.
"""

from __future__ import annotations

from compliance_helpers import ban_fires, email_ban_pack

_PHRASES = ["ingyenes kiszállítás", "ingyen pizza"]


def test_case_forms_of_a_banned_phrase_are_banned(check) -> None:
    pack = email_ban_pack("Pécsi Pizza", "hu-HU", "Europe/Budapest", _PHRASES)
    for body in (
        "Most ingyenes kiszállítással visszük a vacsorát.",
        "Kérd az ingyenes kiszállítást a pénztárnál!",
        "Az ingyenes kiszállításról a honlapon olvashatsz.",
        "Minden második rendeléshez ingyen pizzát adunk.",
        "Ingyen pizzával várunk.",
    ):
        assert ban_fires(check, pack, body), body


def test_other_words_and_other_languages_are_left_alone(check) -> None:
    pack = email_ban_pack("Pécsi Pizza", "hu-HU", "Europe/Budapest", _PHRASES)
    assert not ban_fires(check, pack, "A kiszállítás díja 490 Ft, a pizzériában ingyenes a szósz.")
    english = email_ban_pack("Pecs Pizza", "en-GB", "Europe/London", _PHRASES)
    assert not ban_fires(check, english, "Ask for ingyenes kiszállítással at the till.")
