"""Copy in a script the brand's locale does not name is not the brand's language (issue 17, set 24).

Bahor Non, a bakery invented for these tests, writes Uzbek in Latin letters (locale
``uz-Latn-UZ``) and allows only Uzbek. Uzbek is written in Latin and Cyrillic letters, and the
script reader did not know Uzbek at all, so copy written wholly in Cyrillic Uzbek went through.
A brand whose locale names no script (``uz-UZ``) may write either.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.locale_scripts import locale_scripts

_DAY = date(2027, 2, 3)
_LATIN = "Yangi non pishdi! Har kuni ertalab issiq non va shirin kulchalar sizni kutadi."
_CYRILLIC = "Янги нон пишди! Ҳар куни эрталаб иссиқ нон ва ширин кулчалар сизни кутади."


def _pack(locale: str) -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Bahor Non",
                "legal_name": "Bahor Non MChJ",
                "postal_address": "Mustaqillik koʻchasi 7, Buxoro",
                "sender_addresses": {"email": "salom@bahor.example"},
                "channels": ["email"],
                "locales": [locale],
                "default_time_zone": "Asia/Tashkent",
                "website_domains": ["bahor.example"],
            },
            "rules": [rule("language", "language", {"allowed": ["uz"]})],
        },
        source="test",
    )


def _fired(locale: str, body: str) -> set[str]:
    message = Message(
        channel="email", subject="Bahor Non", body=body, send_time=datetime(2027, 2, 3, 6, 0)
    )
    return set(RuleEngine(_pack(locale)).check(message, as_of=_DAY).fired_rule_ids)


def test_cyrillic_copy_under_a_latin_locale_blocks() -> None:
    assert "language" in _fired("uz-Latn-UZ", _CYRILLIC)
    assert "language" not in _fired("uz-Latn-UZ", _LATIN)


def test_a_locale_without_a_script_allows_either() -> None:
    assert "language" not in _fired("uz-UZ", _CYRILLIC)
    assert "language" not in _fired("uz-UZ", _LATIN)


def test_locale_scripts_name_the_scripts_every_locale_of_a_language_names() -> None:
    assert locale_scripts(["uz-Latn-UZ", "en-GB"]) == {"uz": frozenset({"Latin"})}
    assert locale_scripts(["sr-Cyrl-RS", "sr-RS"]) == {}
    assert locale_scripts(["zh-Hant-TW", "zh-Hans-CN"]) == {"zh": frozenset({"Han"})}
