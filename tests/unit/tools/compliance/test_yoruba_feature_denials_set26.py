"""A feature Yoruba copy denies ("kò ní …", has no …) is not said of the product (issue 17, set 26).

Ìlú Aṣọ, a Lagos tailoring brand invented for these tests, sells a basic wrap skirt that has no
lining (àwọ̀tẹ́lẹ̀). Copy saying the skirt has no lining ("kò ní àwọ̀tẹ́lẹ̀", "láìsí àwọ̀tẹ́lẹ̀"),
with or without tone marks, is true; copy giving it a lining still breaks the facts rule.
"""

from __future__ import annotations

from compliance_helpers import facts_fired, facts_pack

from nextbest.brand_context.models import BrandPack


def _pack() -> BrandPack:
    brand = {
        "name": "Ìlú Aṣọ",
        "legal_name": "Ìlú Aṣọ Ltd",
        "postal_address": "5 Broad Street, Lagos Island, Lagos, Nigeria",
        "sender_addresses": {"email": "iroyin@iluaso.example"},
        "channels": ["email"],
        "locales": ["yo-NG"],
        "default_time_zone": "Africa/Lagos",
        "website_domains": ["iluaso.example"],
    }
    products = [{"id": "iro", "name": "Ìró Ìpìlẹ̀", "lacks": ["àwọ̀tẹ́lẹ̀"]}]
    return facts_pack(brand, products)


def test_a_denied_feature_passes_and_a_claimed_one_blocks() -> None:
    pack = _pack()
    assert not facts_fired(pack, "Ìró Ìpìlẹ̀ kò ní àwọ̀tẹ́lẹ̀; ó fúyẹ́ fún ooru.", "Ìró tuntun")
    assert not facts_fired(pack, "Ìró Ìpìlẹ̀ wà láìsí àwọ̀tẹ́lẹ̀.", "Ìró tuntun")
    assert facts_fired(pack, "Ìró Ìpìlẹ̀ ní àwọ̀tẹ́lẹ̀ tó rọ̀.", "Ìró tuntun")
