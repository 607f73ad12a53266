"""Indonesian rupiah and Israeli shekel prices are read (issue 17, set 21).

Roti Fajar, an Indonesian bakery invented for these tests, lists a cheese bun at Rp12.000;
Gan Perach, an Israeli florist invented for these tests, lists a bouquet at ₪60. Neither
currency was a price to the offer rule, so a price below the list with no offer went through.
A rupiah amount written short ("Rp12 rb", "Rp1,2 jt") is the whole figure, so the list price
written short is no reduction.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.normalise import fold

_DAY = date(2027, 2, 3)


def _pack(name: str, locale: str, zone: str, product: dict[str, object]) -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand(name, locale, zone),
            "rules": [rule("offers", "offer_terms")],
            "products": [product],
        },
        source="test",
    )


def _fired(pack: BrandPack, body: str) -> set[str]:
    message = Message(
        channel="email", subject="Minggu ini", body=body, send_time=datetime(2027, 2, 3, 3, 0)
    )
    return set(RuleEngine(pack).check(message, as_of=_DAY).fired_rule_ids)


_BAKERY = {"id": "keju", "name": "Roti Keju", "list_price": 12000, "currency": "IDR"}
_FLORIST = {"id": "zer", "name": "זר אביב", "list_price": 60, "currency": "ILS"}


def test_a_rupiah_price_below_the_list_without_an_offer_blocks() -> None:
    pack = _pack("Roti Fajar", "id-ID", "Asia/Jakarta", _BAKERY)
    assert "offers" in _fired(pack, "Roti Keju hangat, Rp9.000 saja.")
    assert "offers" in _fired(pack, "Roti Keju hangat, Rp 9 rb.")
    assert "offers" not in _fired(pack, "Roti Keju hangat, Rp12.000.")
    assert "offers" not in _fired(pack, "Roti Keju hangat, Rp12 rb.")
    assert "offers" not in _fired(pack, "Roti Keju hangat, Rp. 12.000,-")


def test_a_shekel_price_below_the_list_without_an_offer_blocks() -> None:
    pack = _pack("Gan Perach", "he-IL", "Asia/Jerusalem", _FLORIST)
    assert "offers" in _fired(pack, "זר אביב ב-₪45 בכל החנויות.")
    assert "offers" in _fired(pack, 'זר אביב ב-45 ש"ח בכל החנויות.')
    assert "offers" not in _fired(pack, "זר אביב ב-₪60 בכל החנויות.")
    assert "offers" not in _fired(pack, "זר אביב ב-60 ש״ח בכל החנויות.")


def test_a_short_rupiah_amount_is_written_out_in_the_folded_view() -> None:
    text = "Paket Rp1,25 jt, kopi Rp25rb, 25 rb tanpa mata uang."
    folded = fold(text)
    assert folded.text == "paket rp1.250.000, kopi rp25.000, 25 rb tanpa mata uang."
    start = folded.text.index("rp25.000")
    assert text[slice(*folded.original_span(start, start + len("rp25.000")))] == "Rp25rb"
