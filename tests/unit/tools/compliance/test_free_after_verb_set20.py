"""A Romanian verb before "gratuit" says how, not what, is free (issue 17, set 20).

Podcast Deltă, an audio app invented for these tests, offers a free trial month. "Testează
gratuit" (test it free) and "Ascultă gratuit 30 de zile" promote that trial; a "cană gratuită"
(a free mug) is a gift the offer does not give and still blocks.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_TERMS = "O lună gratuită în Podcast Deltă, doar pentru conturile noi."


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Podcast Deltă",
                "legal_name": "Podcast Deltă S.R.L.",
                "postal_address": "Str. Dunării 9, Tulcea 820001",
                "sender_addresses": {"email": "salut@podcastdelta.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/Bucharest",
                "website_domains": ["podcastdelta.example"],
            },
            "offers": [
                {
                    "id": "luna-gratuita",
                    "name": "O lună gratuită",
                    "terms": _TERMS,
                    "disclosure": _TERMS,
                    "discount_type": "free_gift",
                    "channels": ["email"],
                    "valid_from": "2026-11-01",
                    "valid_until": "2026-12-31",
                }
            ],
            "rules": [rule("oferte", "offer_terms", {})],
        },
        source="test",
    )


def _fired(cta: str, check: Any) -> set[str]:
    verdict = check(
        _pack(),
        channel="email",
        subject="O lună gratuită",
        body=f"Ascultă emisiunile preferate. {_TERMS}",
        cta=cta,
        offer_id="luna-gratuita",
        as_of=date(2026, 12, 1),
    )
    return fired(verdict)


def test_a_verb_before_gratuit_gives_nothing_of_its_own(check: Any) -> None:
    assert "oferte" not in _fired("Testează gratuit", check)
    assert "oferte" not in _fired("Ascultă gratuit", check)


def test_a_free_thing_the_offer_does_not_give_blocks(check: Any) -> None:
    assert "oferte" in _fired("Cană gratuită", check)
