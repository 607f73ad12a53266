"""Danish and Polish comparatives as comparative claims (issue 17, set 15).

The brand is Havbris Net, a broadband provider invented for these tests, that governs
comparative statements and has no approved comparison. "hurtigere fiber end hos andre" and
"tańsze niż w markecie" compare it with rivals; "mere end 100 kunder" and "więcej niż 1200
produktów" count, and "tidligere end planlagt" is a time.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_BRAND: dict[str, Any] = {
    "name": "Havbris Net",
    "legal_name": "Havbris Net A/S",
    "postal_address": "Havnegade 9, 5000 Odense",
    "sender_addresses": {"email": "post@havbris.example", "sms": "Havbris", "push": "hb.app"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/Copenhagen",
    "website_domains": ["havbris.example"],
}


def _pack() -> Any:
    claims = rule("claims", "claim_grounding", {"categories": ["comparative"]})
    return parse_pack({"brand": _BRAND, "rules": [claims]}, source="test")


def test_comparisons_with_rivals_block(check: Any) -> None:
    for body in (
        "Intet andet sted får du hurtigere fiber end hos Havbris.",
        "Havbris er bedre end de andre.",
        "Warzywa tańsze niż w markecie.",
        "Dostarczamy szybciej niż kurier.",
    ):
        verdict = check(_pack(), channel="email", subject="Nyhed", body=body)
        assert "claims" in fired(verdict), body


def test_counts_and_times_are_no_comparison(check: Any) -> None:
    for body in (
        "Vi har mere end 100 nye kunder i Odense.",
        "Installationen sker tidligere end planlagt.",
        "W sklepie jest więcej niż 50 odmian jabłek.",
        "There is no end to the summer.",
    ):
        verdict = check(_pack(), channel="email", subject="Nyhed", body=body)
        assert "claims" not in fired(verdict), body
