"""Price-shaped disclosure triggers written without a regular expression.

Compliance officers write the same few price shapes again and again as regular expressions
("$N/month", "from $N", "N % fee"), and a hand-written pattern easily misses a form ("$49/mo",
"€12 a day", "R$ 300,00") or catches too much. A disclosure's ``trigger_prices`` names the
shapes instead:

- ``any``: any price (``$12``, ``£9.99``, ``R$ 300,00``, ``15 €``, ``12.5¢``, ``USD 40``,
  ``295 kr``, ``54,99 $`` as written in Quebec, ``Rp350.000``, ``₪120``, ``KSh 2,500``);
- ``per <unit>``: a price for a unit of time or quantity — ``per month`` finds "$49/mo",
  "$49 a month", "$49 per month" and "$49 monthly", and the same in the other languages the
  engine reads ("29 € par mois", "al mes", "por mês", "pro Monat", "25 kr/mån",
  "25 kr i månaden", Danish "249 kr./md." and "249 kr. pr. md.", Polish "29,99 zł/mies." and
  "29,99 zł miesięcznie", Indonesian "Rp350.000/bulan"); ``per day``, ``per week``, ``per night``,
  ``per year``, ``per hour`` likewise; ``per minute`` also by its short form ("0,25 €/min",
  "$0.30 per min"); and any other unit by its word ("12¢ per kWh");
- ``from``: a starting price ("from $42", "starting at $42", "<package> starts at $42",
  "prices begin at $42", "as low as $42");
- ``down``: a down payment ("$0 down");
- ``instalments``: a price split in payments ("4 payments of $25", "10x de R$ 30,00");
- ``percent``: any percentage ("1.49 %", "20 percent").

Shapes are matched on the folded (lower-case) view. A price that is a threshold ("orders over
$50") is still read as a condition by the disclosure rule, as for any trigger.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance import (
    arab_currencies,
    ariary_currencies,
    birr_currencies,
    eurasian_currencies,
    franc_currencies,
    iranian_currencies,
    kip_currencies,
    kyat_currencies,
    naira_currencies,
    rupee_scripts,
    shilling_currencies,
    sol_currencies,
    taka_currencies,
    urdu_rupees,
)
from nextbest.tools.compliance.glued_prefixes import FIGURE_START
from nextbest.tools.compliance.normalise import fold

SHAPES: tuple[str, ...] = ("any", "from", "down", "instalments", "percent")
"""Shape names besides ``per <unit>``."""

_FIGURE = (
    r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?"
    r"|\d+(?:[.,]\d{1,2})?"
)
"""A figure: thousands grouped by a dot, comma or space ("350 000 kr", "1 299 $"), or none.
Romanian lei ("74,50 lei", "RON") and Turkish lira ("2.480,00 TL", "₺") are written after it."""
_SYMBOL = (
    r"(?:r\$|[$£€¥₹₺₪]|\b(?:usd|gbp|eur|cad|aud|brl|chf|nzd|mxn|sek|nok|dkk|pln|idr|ils|nis)\b"
    r"|\bkr\b\.?|\brp\.?(?=\s?\d)|\b(?:rm|myr)(?=\s?\d)|"
    + shilling_currencies.BEFORE
    + "|"
    + sol_currencies.BEFORE
    + "|"
    + taka_currencies.BEFORE
    + "|"
    + birr_currencies.BEFORE
    + "|"
    + kyat_currencies.BEFORE
    + "|"
    + ariary_currencies.BEFORE
    + "|"
    + iranian_currencies.BEFORE
    + "|"
    + arab_currencies.BEFORE
    + "|"
    + kip_currencies.BEFORE
    + "|"
    + naira_currencies.BEFORE
    + "|"
    + franc_currencies.BEFORE
    + "|"
    + eurasian_currencies.BEFORE
    + "|"
    + urdu_rupees.BEFORE
    + "|"
    + rupee_scripts.BEFORE
    + ")"
)
"""A currency before its figure; Indonesian rupiah ("Rp350.000", "Rp. 350.000", a short form
"Rp350 rb" written out by :mod:`~nextbest.tools.compliance.rupiah_short_forms`), Israeli
shekels ("₪120", "NIS 120"), Malaysian ringgit ("RM29.90", "RM 120", "MYR 45") and East
African shillings ("KSh 2,500", "Ksh2,500", "KES 1,200",
:mod:`~nextbest.tools.compliance.shilling_currencies`), Peruvian soles ("S/ 1 890",
:mod:`~nextbest.tools.compliance.sol_currencies`), Bangladeshi taka ("৳৪২০", "Tk 380",
:mod:`~nextbest.tools.compliance.taka_currencies`), Ethiopian birr ("ብር 3,200", "ETB 650",
:mod:`~nextbest.tools.compliance.birr_currencies`), Myanmar kyat ("MMK 10,000",
:mod:`~nextbest.tools.compliance.kyat_currencies`), Iranian rial and toman ("IRR 250,000",
:mod:`~nextbest.tools.compliance.iranian_currencies`), the currencies of the Arab states and
Morocco ("AED 1,250", "DH 40", :mod:`~nextbest.tools.compliance.arab_currencies`), Lao kip
("₭8.000", :mod:`~nextbest.tools.compliance.kip_currencies`), Nigerian naira ("₦700",
:mod:`~nextbest.tools.compliance.naira_currencies`), African francs ("RWF 5,000",
:mod:`~nextbest.tools.compliance.franc_currencies`), rupees
("Rs. 3,250", "PKR 2,500", "۳,۲۵۰ روپے", :mod:`~nextbest.tools.compliance.urdu_rupees`) and
rupees in Sinhala, Tamil or Hindi script ("රු. 2,450", "ரூ. 1,250",
:mod:`~nextbest.tools.compliance.rupee_scripts`) among them."""
_WON = "(?:" + re.escape(fold("만").text) + r"\s?)?" + re.escape(fold("원").text)
"""Korean won after a figure ("12,600원"; "1만원", ten thousand won), as the folded view writes
it: its Hangul decomposed into letters, and no word boundary after it, since a particle may
follow ("4,900원이", "3만원부터")."""
_AFTER = (
    r"(?:€|£|¢|₺|\$(?![\w$])|\b(?:usd|gbp|eur|cad|aud|brl|chf|sek|nok|dkk|dollars?|euros?|cents?"
    rf"|reais|kr|kronor|kroner|ore|pln|zl|zlotych|zloty|lei|ron|tl|vnd|senti|senttia|ils|nis"
    r"|ringgit|myr)\b"
    rf"|円|元|₫|₪|ש[\"״]ח(?!\w)|{_WON}|{shilling_currencies.AFTER}|{sol_currencies.AFTER}"
    rf"|{taka_currencies.AFTER}|{birr_currencies.AFTER}|{kyat_currencies.AFTER}"
    rf"|{ariary_currencies.AFTER}"
    rf"|{iranian_currencies.AFTER}"
    rf"|{arab_currencies.AFTER}"
    rf"|{kip_currencies.AFTER}"
    rf"|{naira_currencies.AFTER}"
    rf"|{franc_currencies.AFTER}"
    rf"|{eurasian_currencies.AFTER}"
    rf"|{urdu_rupees.AFTER}"
    rf"|{rupee_scripts.AFTER})"
)
_DONG = r"\d{1,3}(?:\.\d{3})+\s?d\b"
"""A Vietnamese dong price with its sign glued on ("29.000đ", folded ``29.000d``): read only
after a figure grouped in thousands, as "30d" is thirty days."""
_BAHT_BEFORE = r"(?:฿|\bthb)"
_BAHT_AFTER = r"(?:บาท|thb\b)"
"""Thai baht: the sign or code before the figure ("฿1,290", "THB 890"), the word or code after
it ("890 บาท", run into the next word as Thai writes it: "890 บาทต่อชั่วโมง")."""
PRICE = (
    rf"(?:{_SYMBOL}\s?(?:{_FIGURE})|{_BAHT_BEFORE}\s?(?:{_FIGURE})"
    rf"|{FIGURE_START}(?<![.,])(?:(?:{_FIGURE})\s?{_AFTER}"
    rf"|(?:{_FIGURE})\s?{_BAHT_AFTER}|{_DONG}))"
)
"""A price in the folded view: a currency before or after a figure ("14 pounds" is a weight,
so the word ``pounds`` is not a currency here; ``£`` and ``GBP`` are). Yen and yuan are
written after the figure (「1,200円」, 「88元」), and Japanese or Chinese copy runs the word before
straight into it: a letter of such a script before the figure is another word. Estonian and
Finnish cents ("12,9 senti/kWh") and Vietnamese dong ("50.000 VNĐ", "29.000đ") are written
after it."""

_UNITS: dict[str, tuple[str, str]] = {
    "month": (
        r"month|mo|mth|mon|mois|mes|mese|monat|maand|manad|manaden|manader|maned|maneden"
        r"|miesiac|luna|bulan",
        r"monthly|i manaden|om manaden|om maneden|mensuel\w*|mensual\w*|mensile|monatlich"
        r"|maandelijks|manedlig\w*|miesiecznie|isam-?bolana",
    ),
    "day": (r"day|d", "daily|isan'?andro"),
    "week": (r"week|wk", "weekly|isan-?kerinandro"),
    "year": (r"year|yr|annum", "yearly|annually|a year|isan-?taona"),
    "night": (r"night|nt", "nightly"),
    "hour": (r"hour|hr", "hourly"),
    "minute": (r"minute|min", ""),
}
_PER_WORDS = (
    r"(?:/\s*|per\s+|a\s+|an\s+|each\s+|every\s+|par\s+|al\s+|por\s+|pro\s+|im\s+"
    r"|pr(?:\.\s*|\s+)|za\s+|pe\s+)"
)
"""Words for "per" before a unit, folded: English, French, Spanish, German; Danish and Norwegian
"pr." ("kr. pr. md."), Polish "za" ("zł za miesiąc"), Romanian "pe" ("lei pe lună"). Malagasy
writes "per" and the unit as one word after the price ("isan'andro", each day;
"isan-kerinandro", each week; "isam-bolana", each month; "isan-taona", each year): those are
read with the unit's adjectives."""
_SLASH_ONLY: dict[str, str] = {"month": r"man|mdr?|mnd|mies"}
"""Unit abbreviations read only after a slash or the Danish "pr." ("25 kr/mån", folded "/man";
"249 kr./md.", "kr. pr. md."; Polish "zł/mies."): after a word such as "per" they are another
word ("per man")."""
_ABBREVIATION_DOT = r"\.?"
"""The full stop of a currency written short ("kr./md.", "249 kr. pr. md."): the unit follows it."""


def shape_key(shape: str) -> str:
    """A shape as the engine reads it: lower case, ``per_month`` / ``monthly`` as ``per month``.

    Args:
        shape: The shape as the officer wrote it.

    Returns:
        The normalised shape, e.g. ``per month``.
    """
    key = re.sub(r"[\s_-]+", " ", shape.strip().casefold())
    if key in {"percent", "percentage", "%", "per cent"}:
        return "percent"
    if key in {"installments", "instalment", "installment", "payments"}:
        return "instalments"
    per = re.fullmatch(r"(?:per|/)\s*(.+)", key)
    if per is not None:
        unit = per.group(1).strip()
        for name, (nouns, _) in _UNITS.items():
            if unit.rstrip("s") in nouns.split("|") or unit in nouns.split("|"):
                return f"per {name}"
        return f"per {unit}"
    for name, (_, adjectives) in _UNITS.items():
        if key in adjectives.split("|"):
            return f"per {name}"
    return key


def valid_shape(shape: str) -> bool:
    """Whether ``shape`` is one this module knows (``per`` takes any unit word).

    Args:
        shape: The shape as the officer wrote it.

    Returns:
        True for ``any``, ``from``, ``down``, ``instalments``, ``percent`` and ``per <word>``.
    """
    key = shape_key(shape)
    return key in SHAPES or bool(re.fullmatch(r"per [^\W\d_][\w ]*", key))


_VALUE_NOUNS = (
    "buono", "buoni", "sconto", "sconti", "carta", "carte", "regalo", "taglio", "bonus",
    "credito", "coupon", "voucher", "biglietto", "multa",
)  # fmt: skip
"""Italian nouns a "da" before a price gives a value to ("buono da 10 €"): no starting price."""
FROM_WORDS = (
    r"(?:from|(?:starting|starts?|beginning|begins?) (?:at|from)|as low as"
    r"|a partir de|des|desde|a partire da|ab|vanaf|fran|"
    + re.escape(fold("από").text)
    + "|nuo|"
    + "".join(rf"(?<!\b{n} )" for n in _VALUE_NOUNS)
    + r"da)"
)
"""A starting price's lead-in, folded, in each language the engine reads: "from", "starting at",
"as low as"; French "à partir de", "dès"; Spanish and Portuguese "desde", "a partir de"; Italian
"a partire da", "da"; German "ab"; Dutch "vanaf"; Swedish "från"; Greek "από" (folded);
Lithuanian "nuo" ("nuo 2,40 €"; before a month or a date it is no price)."""
FROM_SUFFIXED = rf"(?<![\w.,])(?:{_FIGURE})\s?(?:ft|huf|forint)(?:\s*/\s*[a-z]+?)?-?tol\b"
"""A Hungarian starting price, its "from" a suffix (folded): "4 990 Ft-tól", "89 Ft/perctől",
"12 990 HUF-tól". The suffix marks the forint sign, so "Ft" here is never a length in feet."""


def shape_pattern(shape: str) -> str:
    """The folded-view regular expression of one price shape.

    Args:
        shape: A shape for which :func:`valid_shape` holds.

    Returns:
        A pattern string.

    Raises:
        ValueError: For an unknown shape.
    """
    key = shape_key(shape)
    if key == "any":
        return PRICE
    if key == "from":
        return rf"\b{FROM_WORDS}\s+{PRICE}|{FROM_SUFFIXED}"
    if key == "down":
        return rf"{PRICE}\s+down\b"
    if key == "instalments":
        return (
            rf"\b\d{{1,2}}\s?x\s*(?:de\s+|of\s+)?{PRICE}"
            rf"|\b\d{{1,2}}\s+(?:[a-z-]+\s+){{0,2}}(?:payments|instal+ments|parcelas|cuotas"
            rf"|mensualidades|mensualites|raten)\s+(?:of|de|a|von)\s+{PRICE}"
        )
    if key == "percent":
        return r"(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b|por ?cento\b|pour ?cent\b)"
    if key.startswith("per "):
        unit = key.removeprefix("per ").strip()
        nouns, adjectives = _UNITS.get(unit, (re.escape(unit), ""))
        forms = rf"{PRICE}{_ABBREVIATION_DOT}\s*{_PER_WORDS}(?:{nouns})s?\b"
        if unit in _SLASH_ONLY:
            lead = r"(?:/\s*|pr(?:\.\s*|\s+))"
            forms += rf"|{PRICE}{_ABBREVIATION_DOT}\s*{lead}(?:{_SLASH_ONLY[unit]})\b"
        if adjectives:
            forms += rf"|{PRICE}{_ABBREVIATION_DOT}\s*(?:{adjectives})\b"
        return forms
    raise ValueError(f"unknown price shape {shape!r}")
