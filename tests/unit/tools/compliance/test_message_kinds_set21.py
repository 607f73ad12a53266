"""A promotional word that sorts messages is not an offer (issue 17, set 21).

Taman Buku, a Malaysian-Indonesian bookshop invented for these tests, ends every e-mail with an
opt-out line calling its mail promotional ("Tidak mau lagi menerima surel promo?", "Stop our
promo e-mails"). The offer rule read that "promo" as promotional wording without an offer and
blocked every plain catalogue e-mail. A promotion announced by e-mail ("the e-mail promo ends
Sunday") stays a promotion.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 5, 10)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Taman Buku", "id-ID", "Asia/Jakarta"),
            "rules": [rule("offers", "offer_terms")],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Buku baru bulan ini",
        body=body,
        send_time=datetime(2027, 5, 10, 3, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_an_opt_out_line_naming_promo_mail_is_no_offer() -> None:
    body = "Tiga novel baru sudah tiba di rak kami.\n\n"
    assert "offers" not in _fired(body + "Tidak mau lagi menerima surel promo? Klik di sini.")
    assert "offers" not in _fired(body + "Berhenti dari pesan promo: balas BERHENTI.")
    assert "offers" not in _fired(body + "Tired of our promo e-mails? Unsubscribe here.")
    assert "offers" not in _fired(body + "Pour ne plus recevoir nos e-mails promo, cliquez ici.")


def test_a_promotion_run_by_email_stays_a_promotion() -> None:
    body = "Tiga novel baru sudah tiba di rak kami.\n\n"
    assert "offers" in _fired(body + "Our e-mail promo ends Sunday.")
    assert "offers" in _fired(body + "Ada promo untuk semua novel minggu ini.")
