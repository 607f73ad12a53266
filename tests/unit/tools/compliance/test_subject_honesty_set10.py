"""Tenth-blind-set causes in subject honesty (issue 17), on an invented brand.

The brand is Northwind Coffee, built in code by ``compliance_helpers`` (not the sample brand,
not an eval brand), with a small catalogue added here where a test needs products.
"""

from __future__ import annotations

from compliance_helpers import BRAND, build_pack, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

SUBJECT = rule("subject", "subject_honesty", {})


def _pack_with_products() -> BrandPack:
    products = [
        {"id": "barista-course", "name": "Barista Foundations Course", "category": "course"},
        {"id": "latte-course", "name": "Latte Art Course", "category": "course"},
        {"id": "pay-later", "name": "Roast Pay Plan", "category": "financing"},
    ]
    return parse_pack(
        {"brand": BRAND, "rules": [SUBJECT], "products": products, "offers": []}, source="test"
    )


def test_a_participle_in_the_subject_is_given_by_its_verb_in_the_body(check) -> None:
    pack = build_pack([SUBJECT])
    body = "We waive the $20 grinder setup fee this month. Find it in store."
    verdict = check(pack, channel="email", subject="Grinder setup fee, waived", body=body)
    assert "subject" not in verdict.fired_rule_ids, verdict.violations


def test_the_readers_own_savings_are_no_discount(check) -> None:
    pack = build_pack([SUBJECT])
    body = "A monthly coffee fund helps you plan. Read the guide in the app."
    for subject in ("Grow your retirement savings", "Open a savings account"):
        verdict = check(pack, channel="email", subject=subject, body=body)
        assert "subject" not in verdict.fired_rule_ids, (subject, verdict.violations)
    verdict = check(pack, channel="email", subject="Big savings this week", body=body)
    assert "subject" in verdict.fired_rule_ids


def test_a_product_the_body_pays_for_keeps_the_subject(check) -> None:
    pack = _pack_with_products()
    body = "If paying up front is hard, ask about the Roast Pay Plan: four payments, no fee."
    verdict = check(
        pack,
        channel="email",
        subject="Another way to pay for Barista Foundations Course",
        body=body,
    )
    assert "subject" not in verdict.fired_rule_ids, verdict.violations


def test_the_readers_own_thing_of_a_product_keeps_the_subject(check) -> None:
    pack = _pack_with_products()
    body = "Here is the week-by-week syllabus you asked for."
    verdict = check(
        pack, channel="email", subject="Your Barista Foundations Course syllabus", body=body
    )
    assert "subject" not in verdict.fired_rule_ids, verdict.violations


def test_a_subject_naming_another_product_than_the_body_still_fires(check) -> None:
    pack = _pack_with_products()
    body = "The Latte Art Course has seats again for March."
    for subject in ("Seats again: Barista Foundations Course", "New: Barista Foundations Course"):
        verdict = check(pack, channel="email", subject=subject, body=body)
        assert "subject" in verdict.fired_rule_ids, subject
