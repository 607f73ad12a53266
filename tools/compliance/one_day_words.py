"""Urgency wording that names a single day or hours: "last day", not "last days".

A brand's own urgency wording (``extra_urgency``) is read as vague urgency, true in an
offer's last few days. Wording that names one day, a night or hours ("last day", "ends
tonight", "final hours", "ends tomorrow", and their forms in the languages the engine reads)
says more: it is true only on the offer's last day or the day before, never earlier in its
final days. Wording that names days, weeks or nothing ("final days", "last chance", "ends
soon") stays vague. Words are compared in the skeleton view (lower case, no diacritics).
"""

from __future__ import annotations

ONE_DAY_WORDS: frozenset[str] = frozenset(
    {
        # en
        "day", "today", "tonight", "tomorrow", "hours", "midnight",
        # fr, es, pt, it, ro
        "jour", "aujourd", "hui", "soir", "demain", "heures", "minuit",
        "dia", "hoy", "manana", "noche", "horas", "medianoche", "hoje", "amanha", "noite",
        "giorno", "oggi", "domani", "stasera", "ore", "mezzanotte",
        "zi", "azi", "astazi", "diseara", "maine",
        # de, nl, sv, da, no, fi
        "tag", "heute", "morgen", "stunden", "mitternacht", "abend",
        "dag", "dagen", "vandaag", "idag", "ikvall", "kvall", "kveld", "aften",
        "paiva", "tanaan", "huomenna", "tunnit",
        # pl, cs, sk, hu, tr, el, cy
        "dzien", "dzis", "dzisiaj", "jutro", "godziny", "den", "dnes", "zitra", "zajtra",
        "nap", "ma", "holnap", "orak", "ejfelig", "gun", "bugun", "yarin", "saatler",
        "μερα", "σημερα", "αυριο", "ωρες", "diwrnod", "heno", "yfory", "oriau",
    }
)  # fmt: skip
"""Words that name one day, a night or hours (skeleton view; "dias", "jours", "zile" are not
among them: they name days). "dagen" is the Scandinavian "the day" ("sista dagen")."""


def names_one_day(phrase: str) -> bool:
    """Whether urgency wording names a single day, a night or hours.

    Args:
        phrase: The wording in the skeleton view (lower case, no diacritics, single spaces).

    Returns:
        True for "last day", "ultimo giorno" or "ends tonight"; False for "final days",
        "derniers jours" or "last chance".
    """
    return not ONE_DAY_WORDS.isdisjoint(phrase.split())
