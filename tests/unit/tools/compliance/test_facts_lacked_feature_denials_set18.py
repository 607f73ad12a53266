"""Lacked features denied in German and Dutch, and asked about in a question (issue 17, set 18).

The brand is Kestrelhof Studios, invented for these tests. Its Hot Seat plan lacks a locker
("Spind", "kluisje"); its Studio Key plan has one. "Beim Hot Seat gibt es keinen Spind" and
"Hot Seat heeft geen kluisje" deny the feature of the plan that lacks it. A question that names
no plan ("Need a locker too?") is answered by the sentence after it: the feature is said of the
plan named there, not of the one the previous sentence names. The feature said of the plan that
lacks it still blocks, in both languages and after a question.
"""

from __future__ import annotations

from compliance_helpers import facts_fired, facts_pack

from nextbest.brand_context.models import BrandPack


def _pack() -> BrandPack:
    brand = {
        "name": "Kestrelhof Studios",
        "legal_name": "Kestrelhof Studios GmbH",
        "postal_address": "Lindenweg 4, 04109 Leipzig",
        "sender_addresses": {"email": "hallo@kestrelhof.example"},
        "channels": ["email"],
        "default_time_zone": "Europe/Berlin",
        "website_domains": ["kestrelhof.example"],
    }
    products = [
        {"id": "hot-seat", "name": "Hot Seat", "lacks": ["Spind", "kluisje", "locker"]},
        {"id": "studio-key", "name": "Studio Key"},
    ]
    return facts_pack(brand, products)


def _facts_fired(body: str) -> bool:
    return facts_fired(_pack(), body, subject="Hallo")


def test_feature_denied_in_german_or_dutch_passes() -> None:
    for body in (
        "Beim Hot Seat gibt es keinen Spind: du nimmst jeden Tag einen freien Tisch.",
        "Hot Seat kommt ohne eigenen Spind.",
        "Hot Seat heeft geen kluisje. Kies Studio Key: daar krijg je een kluisje.",
        "Hot Seat komt zonder kluisje.",
    ):
        assert not _facts_fired(body), body


def test_feature_said_in_german_or_dutch_blocks() -> None:
    for body in (
        "Beim Hot Seat bekommst du einen Spind.",
        "Hot Seat heeft een kluisje voor je spullen.",
    ):
        assert _facts_fired(body), body


def test_feature_asked_about_and_answered_with_another_plan_passes() -> None:
    body = "You have been on Hot Seat for a month. Want a locker too? Try Studio Key for a week."
    assert not _facts_fired(body)


def test_feature_asked_about_and_answered_with_the_lacking_plan_blocks() -> None:
    for body in (
        "Want a locker too? Hot Seat gives you one.",
        "Hot Seat comes with a locker too.",
    ):
        assert _facts_fired(body), body
