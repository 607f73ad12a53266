"""A "free" in a question answered "no", and a "free" after the thing it gives (set 16).

Issue 17, sixteenth blind set. The brand is Mossbank Candles, a candle maker invented here (not
the sample brand, not an eval brand). '"Is the candle club free?" No.' offers nothing free, nor
does an answer after a lead-in ("… so here is the straight answer: no");
"Buy one tin candle, get one free this week" gives the second tin (the thing is before the
"free"), as does "Wick trim: FREE in Kendal". A "free" that names another thing, or a question
answered yes, is still read.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from compliance_helpers import MOSSBANK_CANDLES, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.questions import answered_no

_BRAND: dict[str, Any] = MOSSBANK_CANDLES

_TINS = {
    "id": "tin-bogo",
    "name": "Buy one tin candle, get one free",
    "terms": "Add two tin candles to your basket and the second is free, 1-30 November 2026.",
    "discount_type": "bogo",
    "channels": ["email"],
    "valid_from": "2026-11-01",
    "valid_until": "2026-11-30",
}
_TRIM = {
    "id": "kendal-trim",
    "name": "Free wick trim at our Kendal shop",
    "terms": "Free wick trim at our Kendal shop, 1-30 November 2026. One candle per visit.",
    "discount_type": "free_gift",
    "channels": ["email"],
    "valid_from": "2026-11-01",
    "valid_until": "2026-11-30",
}
_DAY = date(2026, 11, 24)


def _pack() -> BrandPack:
    return parse_pack(
        {"brand": _BRAND, "rules": [rule("offers", "offer_terms")], "offers": [_TINS, _TRIM]},
        source="test",
    )


def _fired(check: Any, body: str, subject: str = "Mossbank news", **extra: Any) -> set[str]:
    verdict = check(_pack(), channel="email", subject=subject, body=body, as_of=_DAY, **extra)
    return fired(verdict)


def test_a_free_in_a_question_answered_no_is_no_promotion(check: Any) -> None:
    body = '"Is the candle club free?" No. The club is £9 a month.'
    assert "offers" not in _fired(check, body)
    body = '"Is the candle club free?" Yes, this month it is.'
    assert "offers" in _fired(check, body)
    body = (
        '"Is the candle club free?"\n\nWe hear this a lot, so here is the straight answer: no. '
        "The club is £9 a month."
    )
    assert "offers" not in _fired(check, body)


def test_the_answer_may_follow_a_lead_in() -> None:
    text = '"Is it free?" We get this a lot, so here is the honest answer: no.'
    assert answered_no(text, text.index("free"))
    text = '"Is it free?" We get this a lot. Is it? The honest answer is no.'
    assert not answered_no(text, text.index("free"))


def test_a_postposed_free_gives_what_comes_before_it(check: Any) -> None:
    terms = _TINS["terms"]
    body = f"Buy one tin candle, get one free this week.\n\n{terms}"
    assert "offers" not in _fired(check, body, offer_id="tin-bogo")
    body = f"Buy one tin candle, get a free lighter this week.\n\n{terms}"
    assert "offers" in _fired(check, body, offer_id="tin-bogo")
    trim = _TRIM["terms"]
    assert "offers" not in _fired(
        check, trim, subject="Wick trim: FREE in Kendal", offer_id="kendal-trim"
    )
    assert "offers" in _fired(check, trim, subject="FREE lighter in Kendal", offer_id="kendal-trim")
