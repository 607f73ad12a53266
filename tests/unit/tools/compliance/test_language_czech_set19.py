"""Czech copy is read as Czech, not as Portuguese for its "a", "o", "na" (issue 17, set 19).

Lípa Okna, a Czech window-fitting firm invented for these tests, writes in Czech. Czech copy
(with or without diacritics) passes a Czech rule and Slovak copy a Slovak rule; Portuguese copy
still blocks under either, and under a rule that allows only English a Czech body is recognised
as Czech (a Slovak one as Slovak) and blocks.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.language_id import judge

_CZECH = (
    "Dobrý den, chystáte se na výměnu oken? Nová okna vám namontujeme do dvou týdnů a "
    "zaměření je zdarma. Objednat se můžete online nebo na prodejně, kde vám poradíme s "
    "výběrem skla a barvy rámu."
)
_CZECH_PLAIN = (
    "Lipa Okna - nova okna vam namontujeme do dvou tydnu a zamereni je zdarma, kdyz se "
    "objednate do konce mesice. Objednat se muzete online nebo na prodejne."
)
_PORTUGUESE = (
    "Bom dia, está a pensar em trocar as janelas? Instalamos as novas janelas em duas semanas "
    "e a medição é gratuita para todos os clientes da loja."
)
_SLOVAK = (
    "Dobrý deň, chystáte sa na výmenu okien? Nové okná vám namontujeme do dvoch týždňov a "
    "zameranie je zadarmo. Objednať sa môžete online alebo na predajni, kde vám poradíme s "
    "výberom skla a farby rámu."
)


def _pack(allowed: list[str]) -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Lípa Okna",
                "legal_name": "Lípa Okna s.r.o.",
                "postal_address": "Husova 12, 602 00 Brno",
                "sender_addresses": {"email": "info@lipaokna.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/Prague",
                "website_domains": ["lipaokna.example"],
            },
            "rules": [rule("jazyk", "language", {"allowed": allowed})],
        },
        source="test",
    )


def test_czech_copy_under_a_czech_rule_passes(check: Any) -> None:
    for body in (_CZECH, _CZECH_PLAIN):
        verdict = check(_pack(["cs"]), channel="email", subject="Nová okna", body=body)
        assert "jazyk" not in fired(verdict)


def test_czech_language_name_is_read_as_its_code(check: Any) -> None:
    verdict = check(_pack(["Czech"]), channel="email", subject="Nová okna", body=_CZECH)
    assert "jazyk" not in fired(verdict)


def test_slovak_copy_under_a_slovak_rule_passes(check: Any) -> None:
    verdict = check(_pack(["sk"]), channel="email", subject="Nové okná", body=_SLOVAK)
    assert "jazyk" not in fired(verdict)


def test_portuguese_copy_under_a_czech_or_slovak_rule_blocks(check: Any) -> None:
    for allowed in (["cs"], ["sk"]):
        verdict = check(_pack(allowed), channel="email", subject="Janelas", body=_PORTUGUESE)
        assert "jazyk" in fired(verdict)


def test_czech_copy_under_an_english_rule_blocks(check: Any) -> None:
    verdict = check(_pack(["en"]), channel="email", subject="Okna", body=_CZECH)
    assert "jazyk" in fired(verdict)
    finding = judge(_CZECH, frozenset({"en"}))
    assert finding is not None and finding.language == "cs"
    slovak = judge(_SLOVAK, frozenset({"en"}))
    assert slovak is not None and slovak.language == "sk"
