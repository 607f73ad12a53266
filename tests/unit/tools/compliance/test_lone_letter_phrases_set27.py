"""A banned abbreviation of one-letter words is not found across word edges (issue 17, set 27).

Паляўнічы Дом, a Belarusian outdoor shop invented for these tests, bans the abbreviation
"с.о." of a currency it may not quote. The skeleton writes Cyrillic letters that look Latin as
Latin ones, and the word guards see only Latin letters: "с" ending one word and "о" opening the
next, each beside a Cyrillic letter the guards do not see, read as the banned abbreviation.
A one-letter word at a phrase's edge is now whole only when no letter of any script touches it.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import ban_fires, email_ban_pack


def test_a_one_letter_abbreviation_is_not_found_across_words(check: Any) -> None:
    pack = email_ban_pack("Palyaunichy Dom", "be-BY", "Europe/Minsk", ["с.о."])
    assert not ban_fires(check, pack, "Палатка плюс опцыя сушкі за 89 руб.")
    assert ban_fires(check, pack, "Палатка за 25 с.о. на месяц.")
    assert ban_fires(check, pack, "Палатка за 25 С. О. на месяц.")


def test_a_latin_one_letter_edge_is_unchanged(check: Any) -> None:
    pack = email_ban_pack("Palyaunichy Dom", "en-GB", "Europe/Minsk", ["a freebie"])
    assert ban_fires(check, pack, "Every tent comes with a freebie this week.")
    assert not ban_fires(check, pack, "Every tent comes with extra freebie packs.")
