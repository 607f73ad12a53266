"""A French banned phrase is found with its last word in the plural (issue 17, set 23).

Les Ateliers Coquelicot, a French craft school invented for these tests, bans "100 % naturel"
and "sans danger". Only a word in ``-é`` was given its plural, so "nos teintures sont 100 %
naturelles" (the feminine is read already) went through as "100 % naturels" did. A one-word ban
keeps its one form: its plural may be another word.
"""

from __future__ import annotations

from collections.abc import Callable

from compliance_helpers import ban_fires, email_ban_pack

from nextbest.tools.compliance.phrase_inflections import inflected_phrases
from nextbest.tools.compliance.verdict import Verdict


def test_the_last_word_takes_its_plural(check: Callable[..., Verdict]) -> None:
    pack = email_ban_pack(
        "Ateliers Coquelicot", "fr-FR", "Europe/Paris", ["100 % naturel", "ciel idéal"]
    )
    assert ban_fires(check, pack, "Nos pigments sont 100 % naturels, comme toujours.")
    assert ban_fires(check, pack, "Un ciel idéal pour peindre en plein air.")
    assert not ban_fires(check, pack, "Nos pigments naturels, testés à 100 %.")


def test_plural_forms_of_the_last_word() -> None:
    forms = inflected_phrases(
        ["sans danger", "effet local", "petit bateau", "plus frais"], ["fr-FR"]
    )
    assert "sans dangers" in forms
    assert "effet locaux" in forms
    assert "petit bateaux" in forms
    assert not any(f.startswith("plus frais") and f != "plus frais" for f in forms)
    assert inflected_phrases(["pari"], ["fr-FR"]) == []
    assert inflected_phrases(["sans danger"], ["en-GB"]) == []
