"""Czech copy under a Slovak-only rule is told by its spelling, and the reverse (issue 17, set 24).

Horský Čaj, a tea shop invented for these tests, writes to its customers in one of the two
sister languages. Their function words are mostly shared, so Czech copy under a rule allowing
only Slovak went through. Letters only one of them writes (Czech ``ě``, ``ř``, ``ů``; Slovak
``ä``, ``ľ``, ``ô``) and their own small words (``se`` / ``sa``, ``pro`` / ``pre``) tell them
apart. Copy typed without diacritics and a Czech name in Slovak copy stay unjudged.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.czech_slovak import sister_language

_CZECH = (
    "Dobrý den, do čajovny v Trenčíně přišly nové zelené čaje. Přijďte se podívat, rádi vám "
    "poradíme s výběrem."
)
_SLOVAK = (
    "Dobrý deň, v čajovni nájdete päť nových zelených čajov. Ľahký jazmínový čaj vám radi "
    "pripravíme, môžete ho ochutnať v sobotu."
)
_CZECH_PLAIN = (
    "Dobry den, do cajovny v Trencine prisly nove zelene caje. Prijdte se podivat, radi vam "
    "poradime s vyberem."
)
_SLOVAK_WITH_A_CZECH_NAME = (
    "Dobrý deň, v sobotu u nás ochutnáte čaje, ktoré vybral Jiří Dvořák. Príďte sa pozrieť, "
    "radi vám poradíme."
)


def _pack(allowed: list[str]) -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Horský Čaj",
                "legal_name": "Horský Čaj s.r.o.",
                "postal_address": "Námestie 5, 911 01 Trenčín",
                "sender_addresses": {"email": "info@horskycaj.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/Bratislava",
                "website_domains": ["horskycaj.example"],
            },
            "rules": [rule("jazyk", "language", {"allowed": allowed})],
        },
        source="test",
    )


def _blocks(check: Any, allowed: list[str], body: str) -> bool:
    verdict = check(_pack(allowed), channel="email", subject="Nové čaje", body=body)
    return "jazyk" in fired(verdict)


def test_czech_copy_under_a_slovak_rule_blocks(check: Any) -> None:
    assert _blocks(check, ["sk"], _CZECH)
    assert not _blocks(check, ["sk"], _SLOVAK)


def test_slovak_copy_under_a_czech_rule_blocks(check: Any) -> None:
    assert _blocks(check, ["cs"], _SLOVAK)
    assert not _blocks(check, ["cs"], _CZECH)


def test_both_allowed_or_no_diacritics_or_a_name_is_not_judged(check: Any) -> None:
    assert not _blocks(check, ["cs", "sk"], _CZECH)
    assert not _blocks(check, ["sk"], _CZECH_PLAIN)
    assert not _blocks(check, ["sk"], _SLOVAK_WITH_A_CZECH_NAME)


def test_the_reading_names_the_sister_language() -> None:
    found = sister_language(_CZECH, frozenset({"sk"}))
    assert found is not None
    assert found.language == "cs"
    assert found.allowed_marks == 0
    assert sister_language(_CZECH, frozenset({"en"})) is None
