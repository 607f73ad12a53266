"""A banned Irish phrase is found with its first word mutated (issue 17, set 25).

Teach an Tae, a tea room invented for these tests, writes in Irish and bans "cluiche peile" (a
football match) and "óige" (youth). Irish writes "don chluiche peile" (lenited), "ár gcluiche
peile" (eclipsed) and "ár n-óige" (prefixed): the officer's plain form was not found in them.
An English brand's banned word gets no Irish forms ("sale" is not found in "shale").
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.irish_mutations import irish_mutations

_DAY = date(2027, 8, 20)


def _pack(locale: str, phrases: list[str]) -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Teach an Tae",
                "legal_name": "Teach an Tae Teoranta",
                "postal_address": "3 Sráid na Siopaí, Sligeach",
                "sender_addresses": {"email": "tae@teach.example"},
                "channels": ["email"],
                "locales": [locale],
                "default_time_zone": "Europe/Dublin",
                "website_domains": ["teach.example"],
            },
            "rules": [rule("banned", "banned_phrase", {"phrases": phrases})],
        },
        source="test",
    )


def _fired(pack: BrandPack, body: str) -> set[str]:
    return email_fired(
        pack, body, subject="Nuacht", send_time=datetime(2027, 8, 20, 9, 0), as_of=_DAY
    )


def test_mutated_irish_forms_are_found() -> None:
    pack = _pack("ga-IE", ["cluiche peile", "óige"])
    assert "banned" in _fired(pack, "Cupán tae roimh an gcluiche peile.")
    assert "banned" in _fired(pack, "Cupán tae don chluiche peile.")
    assert "banned" in _fired(pack, "Blas ár n-óige.")
    assert "banned" not in _fired(pack, "Cupán tae agus císte milis.")


def test_an_english_brand_gets_no_irish_forms() -> None:
    assert "banned" not in _fired(_pack("en-GB", ["sale"]), "Samples of shale from the coast.")


def test_the_forms_of_each_initial() -> None:
    assert irish_mutations("bád") == ["bhád", "mbád"]
    assert irish_mutations("múinteoir") == ["mhúinteoir"]
    assert irish_mutations("sráid") == ["shráid", "tsráid"]
    assert irish_mutations("stad") == []
    assert irish_mutations("bhád") == []
