"""A claim's short variant carried on with another figure is the long claim, changed (set 25).

Tonle Spa, a Cambodian body-care brand invented for these tests, may say its balm "softens
skin in 3 weeks", or the narrower "softens skin". Khmer puts no space between words, so copy
saying the balm softens skin in 1 week held the narrower variant's words right against a
changed ending, and nothing else in the sentence was a trigger: the stronger claim went
through. The long claim as approved, the variant alone and the variant followed by another
clause with a figure stay fine.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack

_CLAIM = "ធ្វើឲ្យស្បែកទន់រលោងក្នុងរយៈពេល 3 សប្តាហ៍។"  # softens skin in 3 weeks
_VARIANT = "ធ្វើឲ្យស្បែកទន់រលោង។"  # softens skin
_DISCLAIMER = "លទ្ធផលខុសគ្នាតាមបុគ្គល។"  # results differ by person


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Tonle Spa",
                "legal_name": "Tonle Spa Co., Ltd.",
                "postal_address": "ផ្លូវ ១៣ ក្រុងបាត់ដំបង",
                "sender_addresses": {"email": "hi@tonlespa.example"},
                "channels": ["email"],
                "locales": ["km-KH"],
                "default_time_zone": "Asia/Phnom_Penh",
                "website_domains": ["tonlespa.example"],
            },
            "products": [{"id": "balm", "name": "Lotus Balm"}],
            "claims": [
                {
                    "id": "soft",
                    "text": _CLAIM,
                    "category": "efficacy",
                    "substantiation": "User panel of 40 people.",
                    "channels": ["email"],
                    "products": ["balm"],
                    "variants": [_VARIANT],
                    "disclaimer": _DISCLAIMER,
                }
            ],
            "rules": [
                rule(
                    "claims",
                    "claim_grounding",
                    {"categories": ["efficacy"], "extra_triggers": {"efficacy": ["ទន់រលោង"]}},
                )
            ],
        }
    )


def test_the_variant_with_a_changed_figure_blocks(check) -> None:
    body = f"Lotus Balm ធ្វើឲ្យស្បែកទន់រលោងក្នុងរយៈពេល 1 សប្តាហ៍។ {_DISCLAIMER}"
    verdict = check(_pack(), channel="email", subject="Lotus Balm", body=body)
    assert "claims" in verdict.fired_rule_ids


def test_the_approved_wordings_pass(check) -> None:
    pack = _pack()
    for said in (
        f"Lotus Balm {_CLAIM}",
        f"Lotus Balm {_VARIANT}",
        "Lotus Balm ធ្វើឲ្យស្បែកទន់រលោង, តម្លៃ $12.00។",  # another clause: a price
    ):
        verdict = check(pack, channel="email", subject="Lotus Balm", body=f"{said} {_DISCLAIMER}")
        assert "claims" not in verdict.fired_rule_ids, (said, verdict.violations)
