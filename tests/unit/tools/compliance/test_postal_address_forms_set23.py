"""A postal address written in more than one language (issue 17, set 23).

Kalamaki Ceramics, a pottery studio invented for these tests, keeps its address in Greek and
writes English copy for visitors with the English form of the same address. With one form in the
pack, every English e-mail lacked "the postal address"; ``postal_address_forms`` lists the other
written forms, any of which meets the element, and each is the brand's own footer (no personal
data, no foreign-language text).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.brand_context.pack_entries import content_hash
from nextbest.tools.compliance import Message, RuleEngine

_GREEK = "Οδός Αιόλου 14, 105 51 Αθήνα"
_ENGLISH = "14 Aiolou Street, 105 51 Athens, Greece"


def _pack(**brand: Any) -> BrandPack:
    return parse_pack(
        {
            "brand": {
                **email_brand("Kalamaki Ceramics", "el-GR", "Europe/Athens"),
                "postal_address": _GREEK,
                **brand,
            },
            "rules": [
                rule("address", "required_element", {"element": "postal_address"}),
                rule("no-ids", "personal_data", {"labelled": ["passport no."]}),
            ],
        },
        source="test",
    )


def _fired(pack: BrandPack, footer: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Wheel classes in March",
        body=f"Book a two-hour wheel class at our studio this March.\n\n{footer}",
        send_time=datetime(2027, 2, 2, 10, 0),
    )
    return set(RuleEngine(pack).check(message, as_of=date(2027, 2, 2)).fired_rule_ids)


def test_the_english_form_of_the_address_meets_the_element_once_the_pack_lists_it() -> None:
    footer = f"Kalamaki Ceramics Ltd, {_ENGLISH}"
    assert "address" in _fired(_pack(), footer)
    listed = _pack(postal_address_forms=[_ENGLISH])
    assert _fired(listed, footer) == set()
    assert _fired(listed, f"Kalamaki Ceramics Ltd, {_GREEK}") == set()


def test_a_listed_form_is_no_licence_for_another_address() -> None:
    listed = _pack(postal_address_forms=[_ENGLISH])
    assert "address" in _fired(listed, "Kalamaki Ceramics Ltd, 22 Ermou Street, 105 63 Athens")


def test_an_empty_list_leaves_the_packs_hash_as_it_was() -> None:
    assert content_hash(_pack(postal_address_forms=[])) == content_hash(_pack())
    assert content_hash(_pack(postal_address_forms=[_ENGLISH])) != content_hash(_pack())
