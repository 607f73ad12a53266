"""Unbroken mobile numbers and labels with a number sign are personal data (issue 17, set 27).

Lumo Threads, a tailor invented for these tests, may never put a customer's phone or passport
number in its copy. A mobile number written with no spaces ("07712345678", "9012345678") was no
phone number to the personal-data rule, and a label the pack names followed by a number sign
("Passport N.° 55512345") stopped at the sign. The brand's own number, a price, a long
registration number and a twelve-figure waybill stay no phone number.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Lumo Threads", "en-GB", "Europe/London"),
            "rules": [
                rule(
                    "pii",
                    "personal_data",
                    {"labelled": ["passport N.°", "passport"], "own_contacts": ["07700900123"]},
                )
            ],
        },
        source="test",
    )


def _fired(subject: str, body: str = "New linen shirts are in.") -> bool:
    message = Message(
        channel="email", subject=subject, body=body, send_time=datetime(2027, 3, 2, 9, 0)
    )
    verdict = RuleEngine(_pack()).check(message, as_of=date(2027, 3, 2))
    return "pii" in verdict.fired_rule_ids


def test_an_unbroken_mobile_number_is_a_phone_number() -> None:
    assert _fired("Dana, 07712345678: your fitting")
    assert _fired("Dana, 9012345678: your fitting")


def test_a_label_with_a_number_sign_reads_its_figure() -> None:
    assert _fired("Your fitting", "Passport N.° 55512345 is on your booking.")
    assert _fired("Your fitting", "Passport № 55512345 is on your booking.")


def test_own_numbers_registrations_and_waybills_are_not() -> None:
    assert not _fired("Your fitting", "Text us on 07700900123 to book.")
    assert not _fired("Your fitting", "Company number 0000123456.")
    assert not _fired("Your fitting", "Waybill 552199887766 left the depot.")
    assert not _fired("Your fitting", "Order ref 1234567890 is ready.")
