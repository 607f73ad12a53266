"""A claim word marked with a reference to a footnote stating the approved claim (issue 17, set 21).

Larkmoor Skin, a skincare brand invented for these tests, may say "radiance" only as its
approved claim. Copy shortens the claim to the one word and gives it in full in a footnote
("Radiance* in a bottle … *Gives skin a radiant look"; Japanese 「透明感※」 above a line
「※…」). The marked word was read as an unapproved statement although its footnote carried the
approved wording. A word whose footnote says something else, or a word without a mark, is
still a claim of its own.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.footnoted_triggers import footnoted_claim

_CLAIM = "Gives skin a radiant look"
_JA_CLAIM = "肌にうるおいを与え、明るい印象に見せる"


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Larkmoor Skin",
                "legal_name": "Larkmoor Skin Ltd",
                "postal_address": "4 Orchard Row, Bath BA1 1AA, United Kingdom",
                "sender_addresses": {"email": "hello@larkmoor.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/London",
                "website_domains": ["larkmoor.example"],
            },
            "claims": [
                {
                    "id": "radiance",
                    "text": _CLAIM,
                    "category": "efficacy",
                    "substantiation": "Consumer test, 2026",
                    "channels": ["email"],
                    "keywords": ["radiance"],
                },
                {
                    "id": "tomei",
                    "text": _JA_CLAIM,
                    "category": "efficacy",
                    "substantiation": "Consumer test, 2026",
                    "channels": ["email"],
                    "keywords": ["透明感"],
                },
            ],
            "rules": [
                rule(
                    "claims",
                    "claim_grounding",
                    {
                        "categories": ["efficacy"],
                        "extra_triggers": {"efficacy": ["radiance", "透明感"]},
                    },
                )
            ],
        },
        source="test",
    )


def _fires(check: Any, body: str) -> bool:
    verdict = check(_pack(), channel="email", subject="Winter skincare", body=body)
    return "claims" in fired(verdict)


def test_a_marked_word_whose_footnote_states_the_claim_passes(check: Any) -> None:
    assert not _fires(check, f"Radiance* for the dark months.\n\n*{_CLAIM}")
    assert not _fires(check, f"冬も透明感※のある肌へ。\n※{_JA_CLAIM}")


def test_an_unmarked_word_or_another_footnote_is_still_a_claim(check: Any) -> None:
    assert _fires(check, f"Radiance for the dark months.\n\n*{_CLAIM}")
    assert _fires(check, "Radiance* for the dark months.\n\n*Results may vary.")
    assert _fires(check, f"冬も透明感※のある肌へ。\n※1 {_JA_CLAIM}")


def test_the_footnote_must_be_another_line_opening_with_the_mark() -> None:
    text = "Radiance* now. *Gives skin a radiant look"
    assert not footnoted_claim(text, 0, 8, [(text.index("Gives"), len(text))])
