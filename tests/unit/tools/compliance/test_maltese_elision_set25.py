"""A Maltese trigger word is found without its helping vowel ("ġie kkanċellat") (issue 17, set 25).

Tramm Marsaxlokk, a harbour shuttle invented for these tests, must tell passengers their
rights whenever a message speaks of a cancelled trip; its officer listed the word as the
dictionary gives it, "ikkanċellat". After a vowel Maltese drops the helping ``i``: "it-tour
ġie kkanċellat" (the tour was cancelled) named no cancellation, and the notice went out
without the rights line. A word that merely ends in the same letters stays no trigger.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.maltese_elision import elidable

_LINE = "Għandek dritt għal rimbors sħiħ."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Tramm Marsaxlokk", "mt-MT", "Europe/Malta"),
            "rules": [
                rule(
                    "rights",
                    "disclosure",
                    {"trigger_phrases": ["ikkanċellat", "il-lanċa"], "required_any": [_LINE]},
                )
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    return email_fired(
        _pack(), body, subject="Avviż", send_time=datetime(2027, 2, 9, 9, 0), as_of=date(2027, 2, 9)
    )


def test_a_word_without_its_helping_vowel_is_the_listed_word() -> None:
    assert "rights" in _fired("Il-vjaġġ tal-għaxra ġie kkanċellat.")
    assert "rights" not in _fired("Il-vjaġġ tal-għaxra ġie kkanċellat. " + _LINE)
    assert "rights" in _fired("Ħallejna l-lanċa fil-port.")
    assert "rights" in _fired("Il-vjaġġ ikkanċellat minħabba r-riħ.")


def test_a_longer_word_stays_no_trigger() -> None:
    assert "rights" not in _fired("Il-vjaġġ mhux xikkanċellat, u t-tour jitlaq fil-ħin.")


def test_only_a_helping_vowel_is_made_optional() -> None:
    assert elidable("ikkancellat") == "i?kkancellat"
    assert elidable("il-lanca") == "i?l\\-lanca"
    assert elidable("inkluz") == "inkluz"
    assert elidable("vjagg") == "vjagg"
