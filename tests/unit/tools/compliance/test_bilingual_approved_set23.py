"""A French message's approved claim votes for French before its English version (set 23).

La Fromagerie des Alpilles, a cheese shop invented for these tests, must write in French; an
English version may follow. Its French part is its opening hours (a standing statement) and an
approved claim, which the language rule blanks as the pack's wording, so the English version
after them was all the copy left and read as an English message. English copy under the
pack's French lines that are no claim (its standing statements) still reads as English.
"""

from __future__ import annotations

from collections.abc import Callable

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.verdict import Verdict

_OPENING = "La boutique est ouverte du mardi au samedi, de 9 h à 19 h."
_CLAIM = "Tous nos fromages sont affinés dans nos caves pendant au moins six mois."


def _pack() -> BrandPack:
    brand = email_brand("Fromagerie des Alpilles", "fr-FR", "Europe/Paris")
    return parse_pack(
        {
            "brand": brand,
            "rules": [rule("langue", "language", {"allowed": ["fr"]})],
            "standing_statements": [
                {"id": "horaires", "text": _OPENING},
                {"id": "ttc", "text": "Prix TTC."},
            ],
            "claims": [
                {
                    "id": "affinage",
                    "text": _CLAIM,
                    "category": "service",
                    "substantiation": "registre des caves",
                    "channels": ["email"],
                }
            ],
        },
        source="test",
    )


def _fired(check: Callable[..., Verdict], body: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject="Nouvelles", body=body))


def test_an_english_version_after_approved_french_is_bilingual(
    check: Callable[..., Verdict],
) -> None:
    body = (
        f"Bonjour !\n\n{_OPENING} {_CLAIM}\n\n---\nHello! The shop is open from Tuesday to "
        "Saturday. Come and see us, we will be happy to help you with your choice."
    )
    assert "langue" not in _fired(check, body)


def test_english_copy_with_a_short_french_line_is_still_english(
    check: Callable[..., Verdict],
) -> None:
    body = (
        "Hello! The shop is open from Tuesday to Saturday. Come and see us, we will be happy "
        "to help you with your choice of cheese for the weekend. Prix TTC."
    )
    assert "langue" in _fired(check, body)
    body = (
        f"Hello!\n\n{_OPENING}\n\nCome and see us, we will be happy to help you with your "
        "choice of cheese for the weekend."
    )
    assert "langue" in _fired(check, body)
