"""Eleventh-blind-set causes in banned phrases and disclosures (issue 17), on an invented brand.

The brand is Northwind Coffee, built in code by ``compliance_helpers`` (not the sample brand,
not an eval brand).
"""

from __future__ import annotations

from compliance_helpers import build_pack, fired, rule

from nextbest.tools.compliance.idioms import idiom_spans


def _in_idiom(text: str, word: str) -> bool:
    start = text.lower().index(word)
    return any(s <= start and start + len(word) <= e for s, e in idiom_spans(text.lower()))


def test_set_phrases_whose_words_carry_no_banned_sense() -> None:
    assert _in_idiom("We never sell data to third-party brokers.", "party")
    assert _in_idiom("A third party roasts for us.", "party")
    assert _in_idiom("The frost of 1976 changed the valley forever.", "forever")
    assert _in_idiom("Cold air leaks in under the door.", "leak")
    assert _in_idiom("Stop heat from leaking out of the cafe.", "leak")
    assert not _in_idiom("Join the tasting party on Friday.", "party")
    assert not _in_idiom("Your price stays the same forever.", "forever")
    assert not _in_idiom("A water leak under the sink.", "leak")


def test_a_banned_word_inside_a_set_phrase_is_not_banned(check) -> None:
    pack = build_pack(
        [
            rule("no-party", "banned_phrase", {"phrases": ["party"]}),
            rule("no-lifetime-price", "banned_phrase", {"phrases": ["forever"]}),
        ]
    )
    body = "We share nothing with third-party advertisers. The 1976 frost changed the farm forever."
    verdict = check(pack, channel="email", subject="Our story", body=body)
    assert not fired(verdict), verdict.violations
    body = "Come to our roastery party. Lock in this price forever."
    verdict = check(pack, channel="email", subject="Our story", body=body)
    assert fired(verdict) == {"no-party", "no-lifetime-price"}, verdict.violations


def test_air_leaking_needs_no_plumbing_disclosure(check) -> None:
    plumbing = rule(
        "plumbing-line",
        "disclosure",
        {"trigger_phrases": ["leak", "pipe"], "required_any": ["Plumbing licence P-1"]},
    )
    pack = build_pack([plumbing])
    body = "Drafty windows let warm air leak out. Close the blinds at night."
    verdict = check(pack, channel="email", subject="Stay warm", body=body)
    assert "plumbing-line" not in fired(verdict), verdict.violations
    body = "Found a leak under the sink? Call us."
    verdict = check(pack, channel="email", subject="Stay warm", body=body)
    assert "plumbing-line" in fired(verdict), verdict.violations


def test_a_question_the_copy_answers_no_makes_no_statement(check) -> None:
    pack = build_pack([rule("no-partner", "banned_phrase", {"phrases": ["official partner"]})])
    body = "Are we an official partner of the growers? No. We buy on the open market."
    verdict = check(pack, channel="email", subject="How we buy", body=body)
    assert "no-partner" not in fired(verdict), verdict.violations
    for body in (
        "Need an official partner for your cafe? No problem: we are one.",
        "Looking for an official partner? We are the official partner of the growers.",
    ):
        verdict = check(pack, channel="email", subject="How we buy", body=body)
        assert "no-partner" in fired(verdict), body


def test_an_accented_letter_beside_its_plain_form_is_no_stretched_letter(check) -> None:
    pack = build_pack([rule("no-therapy", "banned_phrase", {"phrases": ["traite", "soigne"]})])
    body = "Votre commande est traitée et expédiée depuis Rennes."
    verdict = check(pack, channel="email", subject="Votre commande", body=body)
    assert "no-therapy" not in fired(verdict), verdict.violations
    agreed = build_pack([rule("no-free-from", "banned_phrase", {"phrases": ["non testé"]})])
    verdict = check(agreed, channel="email", subject="Engagements", body="Crème non testée.")
    assert "no-free-from" in fired(verdict), verdict.violations
    for body in ("Ce baume traite les brûlures.", "Ce baume traiteee les brûlures."):
        verdict = check(pack, channel="email", subject="Votre commande", body=body)
        assert "no-therapy" in fired(verdict), body


def test_a_banned_verb_phrase_is_found_in_its_ing_form(check) -> None:
    from nextbest.tools.compliance.kinds.banned_phrase import gerund_forms

    assert "getting rich" in gerund_forms(["get rich"])
    assert "retiring early" in gerund_forms(["retire early"])
    assert gerund_forms(["guaranteed win", "cheap"]) == []
    pack = build_pack([rule("no-money-fix", "banned_phrase", {"phrases": ["pay off your loan"]})])
    body = "Imagine paying off your loan with one bag of beans."
    verdict = check(pack, channel="email", subject="Imagine", body=body)
    assert "no-money-fix" in fired(verdict), verdict.violations
