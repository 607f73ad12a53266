"""A rupiah amount written against its figure is no code of a restated line (issue 17, set 21).

Gym Cahaya, a gym invented for these tests, must carry "Bulan berikutnya Rp250.000/bulan,
diperpanjang otomatis; batalkan kapan saja." with any price. The restatement reader took
"Rp250" of "Rp250.000" for a code, and a code keeps its sentence: any copy with the same price
counted as the line restated in other words. The amount is a figure; the line's words must be
there too.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.restated_terms import restates

_LINE = "Bulan berikutnya Rp250.000/bulan, diperpanjang otomatis; batalkan kapan saja."


def _pack() -> BrandPack:
    renewal = rule("renewal", "disclosure", {"trigger_prices": ["any"], "required_any": [_LINE]})
    return parse_pack(
        {"brand": email_brand("Gym Cahaya", "id-ID", "Asia/Jakarta"), "rules": [renewal]},
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email", subject="Paket baru", body=body, send_time=datetime(2027, 5, 4, 2, 0)
    )
    return set(RuleEngine(_pack()).check(message, as_of=date(2027, 5, 4)).fired_rule_ids)


def test_the_same_price_without_the_lines_words_is_no_restatement() -> None:
    assert not restates(_LINE, "Paket Cahaya Rp250.000/bulan, akses 24 jam.")
    assert "renewal" in _fired("Paket Cahaya Rp250.000/bulan, akses 24 jam.")


def test_the_line_itself_still_passes() -> None:
    assert "renewal" not in _fired(f"Paket Cahaya Rp250.000/bulan, akses 24 jam. {_LINE}")
