"""A banned "no more <thing>" promise is found consigning the thing to the past (set 17).

Issue 17, seventeenth blind set. The brand is Rinnwerk, an Austrian gutter-guard maker invented
here (not the sample brand, not an eval brand). Its ban of "nie wieder verstopfte Rinnen" is a
ban of the promise that gutters never clog again: "Mit Rinnwerk gehören verstopfte Rinnen der
Vergangenheit an" makes it too, while copy that only mentions the past does not.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.ended_forms import ended_forms

_BRAND: dict[str, Any] = {
    "name": "Rinnwerk",
    "legal_name": "Rinnwerk GmbH",
    "postal_address": "Hauptplatz 3, 8010 Graz, Österreich",
    "sender_addresses": {"email": "info@rinnwerk.example"},
    "channels": ["email"],
    "default_time_zone": "Europe/Vienna",
    "website_domains": ["rinnwerk.example"],
    "locales": ["de-AT"],
}


def _pack() -> BrandPack:
    rules = [
        rule(
            "keine-versprechen",
            "banned_phrase",
            {"phrases": ["nie wieder verstopfte Rinnen", "no more clogged gutters"]},
        )
    ]
    return parse_pack({"brand": _BRAND, "rules": rules}, source="test")


def _fired(check: Any, body: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject="Herbst", body=body))


def test_a_thing_consigned_to_the_past_is_the_banned_promise(check: Any) -> None:
    body = "Mit dem Rinnwerk Schutzgitter gehören verstopfte Rinnen der Vergangenheit an."
    assert "keine-versprechen" in _fired(check, body)
    assert "keine-versprechen" in _fired(check, "Clogged gutters are a thing of the past.")
    assert "keine-versprechen" in _fired(check, "Nie wieder verstopfte Rinnen!")


def test_the_past_without_the_thing_is_no_promise(check: Any) -> None:
    body = "Laub im Herbst gehört dazu. Das Schutzgitter hält die meisten Blätter ab."
    assert _fired(check, body) == set()
    assert _fired(check, "Ladders are a thing of the past at our depot.") == set()
    assert ended_forms(["absolut sicher"]) == []
