"""Tenth-blind-set causes in banned phrases and urgency (issue 17), on an invented brand.

The brand is Northwind Coffee, built in code by ``compliance_helpers`` (not the sample brand,
not an eval brand).
"""

from __future__ import annotations

from compliance_helpers import build_pack, fired, rule

PRESSURE = rule("no-pressure", "banned_phrase", {"phrases": ["the clock is ticking"]})
URGENCY = rule("urgency", "urgency", {})
FREEBIES = rule("no-free-grinder", "banned_phrase", {"phrases": ["free grinder", "free espresso"]})


def test_urgency_on_words_a_blocking_ban_flags_is_one_finding(check) -> None:
    pack = build_pack([PRESSURE, URGENCY])
    body = "Your beans are nearly out and the clock is ticking. Reorder in the app."
    verdict = check(pack, channel="email", subject="Reorder", body=body)
    assert fired(verdict) == {"no-pressure"}, verdict.violations


def test_urgency_elsewhere_and_under_a_warn_ban_is_kept(check) -> None:
    pack = build_pack([PRESSURE, URGENCY])
    body = "The clock is ticking. Last chance: reorder in the app."
    verdict = check(pack, channel="email", subject="Reorder", body=body)
    assert fired(verdict) == {"no-pressure", "urgency"}, verdict.violations
    warn = rule("no-pressure", "banned_phrase", {"phrases": ["clock is ticking"]}, severity="warn")
    verdict = check(
        build_pack([warn, URGENCY]),
        channel="email",
        subject="Reorder",
        body="The clock is ticking.",
    )
    assert verdict.decision == "block" and "urgency" in fired(verdict), verdict.violations


def test_a_free_appraisal_of_a_banned_thing_is_not_the_thing_free(check) -> None:
    pack = build_pack([FREEBIES])
    for body in (
        "Book a free grinder check at the Bangor bar.",
        "A free espresso quote for cafes.",
    ):
        verdict = check(pack, channel="email", subject="Visit us", body=body)
        assert "no-free-grinder" not in fired(verdict), (body, verdict.violations)
    for body in ("Get a free grinder with your order.", "A free grinder, then check out."):
        verdict = check(pack, channel="email", subject="Visit us", body=body)
        assert "no-free-grinder" in fired(verdict), body


CARE = rule("no-care-claims", "banned_phrase", {"phrases": ["barista training", "a perfect cup"]})


def test_the_sender_denying_it_gives_the_banned_thing_is_no_claim(check) -> None:
    pack = build_pack([CARE])
    for body in (
        "We sell beans, and we do not provide barista training.",
        "No roaster can promise a perfect cup, and we never will.",
    ):
        verdict = check(pack, channel="email", subject="About us", body=body)
        assert "no-care-claims" not in fired(verdict), (body, verdict.violations)
    for body in (
        "We provide barista training every week.",
        "You do not need barista training.",
        "Every roaster can promise a perfect cup.",
    ):
        verdict = check(pack, channel="email", subject="About us", body=body)
        assert "no-care-claims" in fired(verdict), body


def test_a_one_word_ban_is_vocabulary_even_in_a_denial(check) -> None:
    pack = build_pack([rule("no-decaf", "banned_phrase", {"phrases": ["decaf"]})])
    verdict = check(pack, channel="email", subject="Why we don't offer decaf", body="Not here.")
    assert "no-decaf" in fired(verdict), verdict.violations


def test_aged_food_and_a_medical_errand_are_everyday_senses(check) -> None:
    pack = build_pack(
        [
            rule("ageist", "banned_phrase", {"phrases": ["the aged"]}, severity="warn"),
            rule("no-medical", "banned_phrase", {"phrases": ["medical"]}),
        ]
    )
    body = "Try the aged cheddar toastie, and ride our shuttle to medical appointments in town."
    verdict = check(pack, channel="email", subject="This week", body=body)
    assert not fired(verdict), verdict.violations
    body = "Coffee mornings for the aged, with medical care on site."
    verdict = check(pack, channel="email", subject="This week", body=body)
    assert fired(verdict) == {"ageist", "no-medical"}, verdict.violations


def test_a_banned_participle_and_noun_is_found_in_its_predicative_form(check) -> None:
    pack = build_pack([rule("no-price-lock", "banned_phrase", {"phrases": ["locked price"]})])
    body = "Join this month and your price is locked for all of next year."
    verdict = check(pack, channel="email", subject="Join", body=body)
    assert "no-price-lock" in fired(verdict), verdict.violations
    body = "Our price list is locked away? No: see every price in the app."
    verdict = check(pack, channel="email", subject="Join", body=body)
    assert "no-price-lock" not in fired(verdict), verdict.violations
