"""Basque copy: a name with a hyphenated case ending, a percentage before its figure (set 24).

Lekeitio Kayak, a kayak school invented for these tests, writes in Basque. "Arraun-en ikasi
zenuen?" (did you learn at Arraun's?) names the banned competitor Arraun with its genitive
ending, but at the start of a sentence the hyphen was read as an English compound
("Peak-season"). Basque writes a percentage with the sign first and a space ("% 15eko
deskontua", a 15 % discount), which no percentage reader read, so a discount unlike the
offer's went through.
"""

from __future__ import annotations

from collections.abc import Callable

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.basque_name_suffixes import case_suffixed
from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.verdict import Verdict

_TERMS = "UDABERRI kodea: % 10eko deskontua kayak ikastaroan, azaroaren 30era arte."


def _pack(locale: str = "eu-ES") -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Lekeitio Kayak", locale, "Europe/Madrid"),
            "rules": [
                rule("rivals", "case_sensitive_term", {"terms": ["Arraun"]}),
                rule("offers", "offer_terms", {"conditions_within_chars": 250}),
            ],
            "products": [
                {"id": "course", "name": "kayak ikastaroa", "list_price": 120, "currency": "EUR"}
            ],
            "offers": [
                {
                    "id": "udaberri",
                    "name": "% 10 kayak ikastaroan",
                    "terms": _TERMS,
                    "code": "UDABERRI",
                    "discount_type": "percent",
                    "discount_amount": 10,
                    "channels": ["email"],
                    "valid_from": "2026-11-01",
                    "valid_until": "2026-11-30",
                }
            ],
        },
        source="test",
    )


def _fired(
    check: Callable[..., Verdict], body: str, locale: str = "eu-ES", **extra: str
) -> set[str]:
    return fired(
        check(_pack(locale), channel="email", subject="Kayak", body=body, locale=locale, **extra)
    )


def test_a_name_with_a_case_ending_is_named(check: Callable[..., Verdict]) -> None:
    assert "rivals" in _fired(check, "Arraun-en ikasi zenuen? Etorri gurera.")
    assert "rivals" in _fired(check, "Arraun-ekin ibili zinen? Etorri gurera.")


def test_an_english_compound_at_the_start_stays_one(check: Callable[..., Verdict]) -> None:
    assert "rivals" not in _fired(check, "Arraun-shaped paddles are back.", locale="en-GB")


def test_a_basque_percentage_is_read(check: Callable[..., Verdict]) -> None:
    body = "Kayak ikastaroan % 15eko deskontua UDABERRI kodearekin.\n" + _TERMS
    assert "offers" in _fired(check, body, offer_id="udaberri")
    body = "Kayak ikastaroan % 10eko deskontua UDABERRI kodearekin.\n" + _TERMS
    assert "offers" not in _fired(check, body, offer_id="udaberri")


def test_the_folded_view_puts_the_sign_after_the_figure() -> None:
    assert fold("% 15eko deskontua").text == "15%-eko deskontua"
    assert fold("% 15 ikastaroan").text == "15 % ikastaroan"
    assert fold("%25 indirim").text == "25% indirim"
    assert fold("20 % 5 egun").text == "20 % 5 egun"


def test_case_suffixed() -> None:
    assert case_suffixed("Arraun-en", 6)
    assert not case_suffixed("Arraun-surfa", 6)
    assert not case_suffixed("Arraun en", 6)
