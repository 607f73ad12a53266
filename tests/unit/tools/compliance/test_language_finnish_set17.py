"""Finnish copy is read as Finnish, not as English for its "on" (issue 17, set 17).

Kuusela Ikkunat, a Finnish window-cleaning firm invented for these tests, writes in Finnish
(Swedish allowed). Finnish copy whose only English-looking function word is the verb "on"
("is") passes; an English body still blocks, and under a rule that allows only English a
Finnish body is now recognised and blocks.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.language_id import judge

_FINNISH = (
    "Ikkunanpesu 2 h maksaa vähennyksen jälkeen 61,40 €. Vähennys on 35 % työn osuudesta, ja "
    "omavastuu on 150 € vuodessa. Pesu on valmis ennen juhlia, kun varaat sen nyt."
)
_ENGLISH = (
    "Window cleaning for 2 hours costs 61.40 € after the credit. The credit is 35% of the "
    "labour, and you pay the first 150 € of it yourself each year."
)


def _pack(allowed: list[str]) -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Kuusela Ikkunat",
                "legal_name": "Kuusela Ikkunat Oy",
                "postal_address": "Satamakatu 3, 33200 Tampere",
                "sender_addresses": {"email": "hei@kuusela.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/Helsinki",
                "website_domains": ["kuusela.example"],
            },
            "rules": [rule("kieli", "language", {"allowed": allowed})],
        },
        source="test",
    )


def test_finnish_copy_under_a_finnish_rule_passes(check: Any) -> None:
    verdict = check(_pack(["fi", "sv"]), channel="email", subject="Ikkunat", body=_FINNISH)
    assert "kieli" not in fired(verdict)


def test_english_copy_under_a_finnish_rule_blocks(check: Any) -> None:
    verdict = check(_pack(["fi", "sv"]), channel="email", subject="Windows", body=_ENGLISH)
    assert "kieli" in fired(verdict)


def test_finnish_copy_under_an_english_rule_blocks(check: Any) -> None:
    verdict = check(_pack(["en"]), channel="email", subject="Ikkunat", body=_FINNISH)
    assert "kieli" in fired(verdict)
    finding = judge(_FINNISH, frozenset({"en"}))
    assert finding is not None and finding.language == "fi"
