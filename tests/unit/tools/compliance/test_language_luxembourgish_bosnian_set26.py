"""Luxembourgish and Bosnian/Croatian/Serbian copy is read as itself (set 26).

Velo Kiermes, a bicycle shop invented for these tests, writes in Luxembourgish, and Most
Knjige, a bookshop invented for these tests, in Bosnian (Croatian and Serbian Latin forms
tolerated). The language reader listed neither: Luxembourgish copy shares ``der``, ``an``,
``am``, ``bei`` with German and was read as German, and Bosnian copy shares ``je``, ``na``,
``za``, ``od`` with Slovak and was read as Slovak, so each blocked its own brand's rule. Both
are now read by their own words; German copy under the Luxembourgish rule and Slovak copy
under the Bosnian one still block.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.language_id import judge

_LUXEMBOURGISH = (
    "Moien, dës Woch ass de Buttek am Zentrum bis den Owend op. Kommt bei eis an der Stad "
    "laanscht an den Atelier, mir kucken Äre Velo no, an de Kaffi ass fir Iech."
)
_GERMAN = (
    "Hallo, diese Woche ist unser Fahrradladen bis 19 Uhr für Sie da. Kommen Sie bei uns in "
    "der Stadt vorbei, wir prüfen Ihr Rad und auch die Bremsen, wenn Sie es wünschen."
)
_BOSNIAN = (
    "Nova zbirka priča je stigla. Po cijeni od 25 KM je u knjižari pri stanici, a o popustu "
    "se dogovorite sa prodavačem bez čekanja."
)
_SLOVAK = (
    "Dobrý deň, nová kniha je už v našom kníhkupectve. Môžete si ju kúpiť v každej predajni "
    "alebo objednať na webe, a doprava je zadarmo pre všetky objednávky."
)


def _pack(name: str, allowed: list[str]) -> Any:
    return parse_pack(
        {
            "brand": {
                "name": name,
                "legal_name": f"{name} S.à r.l.",
                "postal_address": "1, Haaptstrooss, 9999 Uewerduerf",
                "sender_addresses": {"email": "hello@shop.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/Luxembourg",
                "website_domains": ["shop.example"],
            },
            "rules": [rule("sprache", "language", {"allowed": allowed})],
        },
        source="test",
    )


def test_luxembourgish_copy_under_a_luxembourgish_rule_passes(check: Any) -> None:
    verdict = check(
        _pack("Velo Kiermes", ["lb"]), channel="email", subject="Velo", body=_LUXEMBOURGISH
    )
    assert "sprache" not in fired(verdict), verdict.violations


def test_german_copy_under_a_luxembourgish_rule_blocks(check: Any) -> None:
    verdict = check(_pack("Velo Kiermes", ["lb"]), channel="email", subject="Velo", body=_GERMAN)
    assert "sprache" in fired(verdict)


def test_bosnian_copy_under_a_bosnian_rule_passes(check: Any) -> None:
    pack = _pack("Most Knjige", ["bs", "hr", "sr"])
    verdict = check(pack, channel="email", subject="Nova knjiga", body=_BOSNIAN)
    assert "sprache" not in fired(verdict), verdict.violations


def test_slovak_copy_under_a_bosnian_rule_blocks(check: Any) -> None:
    pack = _pack("Most Knjige", ["bs", "hr", "sr"])
    verdict = check(pack, channel="email", subject="Nova knjiga", body=_SLOVAK)
    assert "sprache" in fired(verdict)


def test_each_is_read_as_itself() -> None:
    luxembourgish = judge(_LUXEMBOURGISH, frozenset({"en"}))
    assert luxembourgish is None or luxembourgish.language == "lb"
    assert judge(_LUXEMBOURGISH, frozenset({"lb"})) is None
    assert judge(_BOSNIAN, frozenset({"hr"})) is None
    assert judge(_BOSNIAN, frozenset({"sr"})) is None
