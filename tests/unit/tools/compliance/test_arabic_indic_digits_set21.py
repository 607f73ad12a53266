"""Arabic-Indic digits ("٣٧٩ درهم", "١٬٢٥٠") are read as figures (issue 17, set 21).

Sahra Outdoor, a camping shop in Dubai invented for these tests, lists a tent at AED 1,250.
Arabic copy may write its figures in Arabic-Indic digits with the Arabic thousands separator;
they were no figures to the engine, so the tent offered below its list price with no offer went
through when its price was written so. The list price written so stays a fact.
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
            "brand": email_brand("Sahra Outdoor", "ar-AE", "Asia/Dubai"),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [
                {
                    "id": "tent",
                    "name": "Dune Tent",
                    "aliases": ["خيمة ديون"],
                    "list_price": 1250,
                    "currency": "AED",
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email", subject="موسم التخييم", body=body, send_time=datetime(2027, 4, 14, 6, 0)
    )
    return set(RuleEngine(_pack()).check(message, as_of=date(2027, 4, 14)).fired_rule_ids)


def test_a_price_below_the_list_in_arabic_indic_digits_blocks() -> None:
    assert "offers" in _fired("خيمة ديون الآن بـ ٩٩٩ درهم فقط.")
    assert "offers" in _fired("خيمة ديون الآن بـ ۹۹۹ درهم فقط.")


def test_the_list_price_in_arabic_indic_digits_is_a_fact() -> None:
    assert "offers" not in _fired("خيمة ديون: ١٬٢٥٠ درهم.")
