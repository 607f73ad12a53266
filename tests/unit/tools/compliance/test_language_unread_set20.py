"""Copy in an allowed language the engine does not read is not taken for another (set 20).

Sowa Herbaciarnia, a Polish tea shop invented for these tests, writes in Polish, a language the
function-word reader does not list. Polish shares short words with Czech and Slovak ("a", "na",
"do", "po", "z", "o"), and enough of them in one e-mail read as Slovak, so the shop's own Polish
copy was blocked under its Polish-only rule. Such scattered votes are now not enough when an
allowed language is one the reader cannot read; English copy, dense with its function words,
still blocks.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.language_id import judge

_POLISH = (
    "Zamów na stronie, a my dostarczymy paczkę do domu. Po zakupie dostaniesz kod na kolejne "
    "zamówienie, a z nim rabat na herbatę o smaku malin i na miód z naszej pasieki."
)
_ENGLISH = (
    "Order on our website and we will bring the parcel to your door. After your order you will "
    "get a code for the next one, with a discount on our raspberry tea and on the honey."
)


def _pack(allowed: list[str]) -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Sowa Herbaciarnia",
                "legal_name": "Sowa Herbaciarnia sp. z o.o.",
                "postal_address": "ul. Długa 7, 80-827 Gdańsk",
                "sender_addresses": {"email": "sklep@sowa.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/Warsaw",
                "website_domains": ["sowa.example"],
            },
            "rules": [rule("jezyk", "language", {"allowed": allowed})],
        },
        source="test",
    )


def test_polish_copy_under_a_polish_rule_passes(check: Any) -> None:
    verdict = check(_pack(["pl"]), channel="email", subject="Herbata", body=_POLISH)
    assert "jezyk" not in fired(verdict), verdict.violations


def test_english_copy_under_a_polish_rule_still_blocks(check: Any) -> None:
    verdict = check(_pack(["pl"]), channel="email", subject="Tea", body=_ENGLISH)
    assert "jezyk" in fired(verdict)


def test_the_share_applies_only_beside_an_unread_allowed_language() -> None:
    assert judge(_POLISH, frozenset({"pl"})) is None
    assert judge(_POLISH, frozenset({"lv", "en"})) is None
    found = judge(_POLISH, frozenset({"de"}))  # only read languages allowed: judged as before
    assert found is not None and found.language in ("cs", "sk")
