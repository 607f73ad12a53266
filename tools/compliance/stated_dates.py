"""End dates stated in copy ("ends May 31", "jusqu'au 31/05/2027", "gültig bis 31.05.2027").

Read on the folded view (case folded, no diacritics). A date may be written with the month's
name in English, French, German, Spanish, Italian, Swedish or Catalan (``March 15, 2027``,
``15 mars``, ``15. März 2027``, ``15 de marzo``, ``den 31 januari 2027``, ``3 de juny``,
``9 d'octubre``), or in figures (``31/03/2027``,
``03/31/27``, ``31.03.2027``, ``31.03.``, ISO ``2027-03-31``). Figures separated by dots are
day first (the second dot is needed: ``3.5`` is a number); with slashes (or dashes and a year)
either order is possible, so every reading is kept (``12/01/2027`` is 12 January or 1
December); an ISO date (four-figure year first) has one reading. A date without a year stands
for that day in any year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS: dict[str, int] = {
    **{m: i for i, m in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"), 1)},
    **{m: i for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)},
    "sept": 9,
    **{m: i for i, m in enumerate(
        ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
         "octobre", "novembre", "decembre"), 1)},
    **{m: i for i, m in enumerate(
        ("januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september",
         "oktober", "november", "dezember"), 1)},
    "maerz": 3,
    **{m: i for i, m in enumerate(
        ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"), 1)},
    "setiembre": 9,
    **{m: i for i, m in enumerate(
        ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
         "settembre", "ottobre", "novembre", "dicembre"), 1)},
    **{m: i for i, m in enumerate(
        ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
         "oktober", "november", "december"), 1)},
    **{m: i for i, m in enumerate(
        ("gener", "febrer", "marc", "abril", "maig", "juny", "juliol", "agost", "setembre",
         "octubre", "novembre", "desembre"), 1)},
}  # fmt: skip
"""Month names (folded) in English, French, German, Spanish, Italian, Swedish and Catalan."""

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|"
    r"miercoles|jueves|viernes|sabado|domingo|mandag|tisdag|onsdag|torsdag|fredag|lordag|"
    r"sondag)(?:en)?,?\s+(?:den\s+)?"
)
DATE_PATTERN = (
    r"(?:" + _WEEKDAY + r")?(?:"
    r"(?P<d1>\d{1,2})/(?P<d2>\d{1,2})(?:/(?P<y1>\d{4}|\d{2}))?(?![\d/])"
    r"|(?P<y6>\d{4})-(?P<m6>\d{2})-(?P<d9>\d{2})(?![\d-])"
    r"|(?P<d5>\d{1,2})-(?P<d6>\d{1,2})-(?P<y4>\d{4}|\d{2})(?![\d-])"
    r"|(?P<d7>\d{1,2})\.(?P<d8>\d{1,2})\.(?P<y5>\d{4}|\d{2})?(?![\d])"
    r"|(?P<m1>" + _MONTH + r")\.?\s+(?P<d3>\d{1,2})(?![.,]\d|\s?%)(?:st|nd|rd|th)?"
    r"(?:,?\s+(?P<y2>\d{4}))?\b"
    r"|(?P<d4>\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:of\s+|de\s+|d')?(?P<m2>" + _MONTH + r")\b\.?"
    r"(?:\s+(?:de\s+)?(?P<y3>\d{4}))?"
    r")"
)
"""A date in figures or with a month name (folded view). A rate after "APR" ("APR 12.5%") is no
day of April."""

END_WORDS = (
    r"\b(?:ends?|ending|expires?|expiring|closes?|valid (?:until|through|thru|till)|"
    r"good (?:until|through|thru)|runs (?:until|through|thru)|available (?:until|through|thru)|"
    r"jusqu'au|jusqu'a|se termine(?: le)?|fin le|prend fin le|endet(?: am)?|gultig bis|nur bis|"
    r"bis zum|bis|termina(?: el)?|valido hasta(?: el)?|hasta el|valida fino al|fino al|scade il|"
    r"galler (?:till och med|t\.o\.m\.?|till)|till och med|t\.o\.m\.?|senast|slutar|gar ut|"
    r"upphor)"
    r"\s+(?:on\s+|le\s+|am\s+|el\s+|il\s+|the\s+|den\s+|at midnight(?: on)?\s+)?"
)
"""Words that state when something ends, before its date (folded view)."""

STATED_END = re.compile(END_WORDS + r"(?P<date>" + DATE_PATTERN + r")")
ANY_DATE = re.compile(r"(?<![\w.])(?P<date>" + DATE_PATTERN + r")")


@dataclass(frozen=True)
class StatedDate:
    """A date stated in copy: every calendar reading of it.

    Attributes:
        start: Start in the folded view.
        end: End (exclusive) in the folded view.
        readings: ``(year or None, month, day)`` for each way the date may be read.
    """

    start: int
    end: int
    readings: tuple[tuple[int | None, int, int], ...]

    def may_be(self, day: date) -> bool:
        """Whether one reading of the stated date is ``day``."""
        return any(
            (year is None or year == day.year) and (month, d) == (day.month, day.day)
            for year, month, d in self.readings
        )


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    value = int(raw)
    return value + 2000 if value < 100 else value


def readings(match: re.Match[str]) -> tuple[tuple[int | None, int, int], ...]:
    """Every plausible ``(year, month, day)`` of a :data:`DATE_PATTERN` match."""
    if match.group("y6"):  # ISO 8601: year, month, day
        year, month, day = int(match.group("y6")), int(match.group("m6")), int(match.group("d9"))
        return ((year, month, day),) if 1 <= month <= 12 and 1 <= day <= 31 else ()
    if match.group("d7"):  # dots: day first
        first, second = int(match.group("d7")), int(match.group("d8"))
        year = _year(match.group("y5"))
        return ((year, second, first),) if 1 <= second <= 12 and 1 <= first <= 31 else ()
    if match.group("d1") or match.group("d5"):
        slash = bool(match.group("d1"))
        first = int(match.group("d1" if slash else "d5"))
        second = int(match.group("d2" if slash else "d6"))
        year = _year(match.group("y1" if slash else "y4"))
        orders = [(second, first), (first, second)]
        return tuple((year, m, d) for m, d in orders if 1 <= m <= 12 and 1 <= d <= 31)
    if match.group("m1"):
        month, day, year = MONTHS[match.group("m1")], int(match.group("d3")), match.group("y2")
    else:
        month, day, year = MONTHS[match.group("m2")], int(match.group("d4")), match.group("y3")
    return ((_year(year), month, day),) if 1 <= day <= 31 else ()


def stated_ends(folded: str) -> list[StatedDate]:
    """End dates stated in a folded text (``ends March 15``, ``jusqu'au 31/03``).

    Args:
        folded: The folded view of a copy field.

    Returns:
        One entry per stated end date with at least one calendar reading.
    """
    found: list[StatedDate] = []
    for match in STATED_END.finditer(folded):
        read = readings(match)
        if read:
            found.append(StatedDate(match.start("date"), match.end("date"), read))
    return found


def dates_in(folded: str) -> list[date]:
    """Every full date (with its year) a folded text states, in any of its readings.

    Args:
        folded: The folded view of a text, e.g. an offer's terms.

    Returns:
        The dates, for comparing a date the copy states with the ones the offer gives.
    """
    found: list[date] = []
    for match in ANY_DATE.finditer(folded):
        for year, month, day in readings(match):
            if year is not None:
                try:
                    found.append(date(year, month, day))
                except ValueError:
                    continue
    return found
