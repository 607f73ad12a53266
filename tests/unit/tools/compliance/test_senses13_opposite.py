"""Banned phrases said in the opposite sense (issue 17, thirteenth set), on an invented brand.

The brand is Northwind Coffee, built in code by ``compliance_helpers`` (not the sample brand,
not an eval brand); each rule below is one a brand in another vertical could hold.
"""

from __future__ import annotations

from compliance_helpers import build_pack, fired, rule

from nextbest.tools.compliance.denials import never_without, no_longer, said_unneeded
from nextbest.tools.compliance.professional_acts import done_by_professional
from nextbest.tools.compliance.safety_warnings import forbids_act, warned_against


def _at(text: str, phrase: str) -> int:
    return text.index(phrase)


def test_pressure_words_negated_by_no_need_in_swedish_italian_and_english(check) -> None:
    pressure = rule("no-rush", "banned_phrase", {"phrases": ["skynda dig", "hurry", "affrettati"]})
    pack = build_pack([pressure])
    body = "Kaffe är en njutning. Du behöver inte skynda dig, smaka i lugn och ro."
    assert "no-rush" not in fired(check(pack, channel="email", subject="Kaffe", body=body))
    body = "Skynda dig, bara idag!"
    assert "no-rush" in fired(check(pack, channel="email", subject="Kaffe", body=body))
    text = "Non c'è bisogno di correre"
    assert said_unneeded(text, _at(text, "correre"))
    text = "Affrettati: ultimi pacchi"
    assert not said_unneeded(text, _at(text, "Affrettati"))


def test_lending_without_checks_denied_by_we_never_in_several_languages() -> None:
    for text, phrase in (
        ("Vi lånar aldrig ut pengar utan kreditprövning.", "utan"),
        ("Non concediamo mai prestiti senza verifica.", "senza"),
        ("Nunca prestamos dinero sin verificación.", "sin"),
        ("Wir verleihen nie Geld ohne Prüfung.", "ohne"),
    ):
        assert never_without(text, _at(text, phrase)), text
    for text, phrase in (
        ("Lån utan kreditprövning, ansök idag.", "utan"),
        ("Ingen ränta – lån utan kreditprövning.", "utan"),
        ("Prestiti senza verifica, subito.", "senza"),
    ):
        assert not never_without(text, _at(text, phrase)), text


def test_no_more_taxes_is_no_longer_not_plus() -> None:
    text = "Il prezzo è finale: non ci sono più tasse da aggiungere."
    assert no_longer(text, _at(text, "più"))
    text = "No hay más tasas que pagar."
    assert no_longer(text, _at(text, "más"))
    text = "Solo 29 € più tasse."
    assert not no_longer(text, _at(text, "più"))
    text = "Non solo 29 €, ma più tasse"
    assert not no_longer(text, _at(text, "più"))


def test_safety_warning_against_pairing_with_the_banned_thing(check) -> None:
    alcohol = rule("no-alcohol", "banned_phrase", {"phrases": ["drinking", "beer"]})
    pack = build_pack([alcohol])
    body = "Never operate the roaster after drinking, and keep children away."
    assert "no-alcohol" not in fired(check(pack, channel="email", subject="Roast", body=body))
    body = "Roast your beans after drinking a cold beer with friends."
    assert "no-alcohol" in fired(check(pack, channel="email", subject="Roast", body=body))
    text = "Tänd aldrig grillen efter att ha druckit"
    assert warned_against(text, _at(text, "druckit"))
    text = "Non usare la torrefattrice dopo aver bevuto"
    assert warned_against(text, _at(text, "bevuto"))
    text = "Don't miss out on free beer"
    assert not warned_against(text, _at(text, "beer"))


def test_reserved_act_said_of_a_professional_not_of_the_product(check) -> None:
    cure = rule("no-cure", "banned_phrase", {"phrases": ["diagnose anemia", "diagnoses"]})
    pack = build_pack([cure])
    body = "Only your doctor can diagnose anemia. Our iron-rich blend is just coffee."
    assert "no-cure" not in fired(check(pack, channel="email", subject="Iron", body=body))
    body = "Our blend can diagnose anemia in a week."
    assert "no-cure" in fired(check(pack, channel="email", subject="Iron", body=body))
    text = "Our baristas can diagnose anemia"
    assert not done_by_professional(text, _at(text, "diagnose"))
    text = "Bara din läkare kan ställa diagnos"
    assert done_by_professional(text, _at(text, "ställa"))
    text = "Solo il tuo medico può diagnosticare"
    assert done_by_professional(text, _at(text, "diagnosticare"))


def test_a_shot_of_colour_is_no_measure_of_liquor(check) -> None:
    liquor = rule("no-liquor", "banned_phrase", {"phrases": ["shots of"]})
    pack = build_pack([liquor])
    body = "Our new mugs bring 12 shots of color to your shelf."
    assert "no-liquor" not in fired(check(pack, channel="email", subject="Mugs", body=body))
    body = "Add two shots of rum to your cold brew."
    assert "no-liquor" in fired(check(pack, channel="email", subject="Mugs", body=body))


def test_a_prohibition_of_the_banned_act_is_advice_against_it(check) -> None:
    credit = rule("no-credit", "banned_phrase", {"phrases": ["borrow", "miss out"]})
    pack = build_pack([credit])
    body = "Set a budget for beans. Never borrow money to buy coffee, and enjoy every cup."
    assert "no-credit" not in fired(check(pack, channel="email", subject="Budget", body=body))
    body = "Don't miss out: our roast sale ends tonight."
    assert "no-credit" in fired(check(pack, channel="email", subject="Sale", body=body))
    body = "Borrow a grinder from us today."
    assert "no-credit" in fired(check(pack, channel="email", subject="Grinder", body=body))
    text = "Non indebitarti per il caffè"
    assert forbids_act(text, _at(text, "indebitarti"))
    text = "Non perdere l'occasione"
    assert not forbids_act(text, _at(text, "perdere"))
    text = "No upfront fees"
    assert not forbids_act(text, _at(text, "upfront"))


def test_a_pattern_match_ending_in_a_denied_copula_is_the_statement_denied(check) -> None:
    lock = rule(
        "flex-not-fixed",
        "banned_phrase",
        {"patterns": [r"(?i)daily roast club[^.!?\n]{0,60}\b(?:fixed|locked in)\b"]},
    )
    pack = build_pack([lock])
    body = "With the Daily Roast Club you're never locked in: cancel any week."
    assert "flex-not-fixed" not in fired(check(pack, channel="email", subject="Club", body=body))
    body = "The Daily Roast Club price is locked in for a year."
    assert "flex-not-fixed" in fired(check(pack, channel="email", subject="Club", body=body))
    body = "The Daily Roast Club isn't pricey, and it is locked in for a year."
    assert "flex-not-fixed" in fired(check(pack, channel="email", subject="Club", body=body))
