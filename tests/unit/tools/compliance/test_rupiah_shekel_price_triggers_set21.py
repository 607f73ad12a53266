"""Rupiah and shekel prices are price triggers of a disclosure (issue 17, set 21).

Sanggar Pagi, a yoga studio in Bandung invented for these tests, must carry its renewal line
with any price of its monthly pass; Beit Yoga, a studio in Haifa invented for these tests, must
do the same. A disclosure's ``trigger_prices`` read neither "Rp350.000/bulan" nor "₪120", so a
price without the line went through. The short form "Rp350 rb" is the same price.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 3, 2)


def _pack(name: str, locale: str, zone: str, line: str, shape: str) -> BrandPack:
    renewal = rule("renewal", "disclosure", {"trigger_prices": [shape], "required_any": [line]})
    return parse_pack({"brand": email_brand(name, locale, zone), "rules": [renewal]}, source="test")


def _fired(pack: BrandPack, body: str) -> set[str]:
    message = Message(
        channel="email", subject="Kelas pagi", body=body, send_time=datetime(2027, 3, 2, 2, 0)
    )
    return set(RuleEngine(pack).check(message, as_of=_DAY).fired_rule_ids)


_ID_LINE = "Diperpanjang otomatis tiap bulan; berhenti kapan saja."
_HE_LINE = "המנוי מתחדש אוטומטית; ניתן לבטל בכל עת."


def test_a_rupiah_price_calls_for_the_line() -> None:
    pack = _pack("Sanggar Pagi", "id-ID", "Asia/Jakarta", _ID_LINE, "any")
    assert "renewal" in _fired(pack, "Paket bulanan Rp350.000/bulan.")
    assert "renewal" in _fired(pack, "Paket bulanan Rp350 rb.")
    assert "renewal" not in _fired(pack, f"Paket bulanan Rp350.000/bulan. {_ID_LINE}")
    assert "renewal" not in _fired(pack, "Kelas pagi mulai pukul 06.00.")


def test_a_rupiah_price_per_month_is_read() -> None:
    pack = _pack("Sanggar Pagi", "id-ID", "Asia/Jakarta", _ID_LINE, "per month")
    assert "renewal" in _fired(pack, "Paket bulanan Rp350.000 per bulan.")
    assert "renewal" in _fired(pack, "Paket bulanan Rp350.000/bulan.")


def test_a_shekel_price_calls_for_the_line() -> None:
    pack = _pack("Beit Yoga", "he-IL", "Asia/Jerusalem", _HE_LINE, "any")
    assert "renewal" in _fired(pack, "מנוי חודשי ב-₪120.")
    assert "renewal" in _fired(pack, 'מנוי חודשי ב-120 ש"ח.')
    assert "renewal" not in _fired(pack, f"מנוי חודשי ב-₪120. {_HE_LINE}")
