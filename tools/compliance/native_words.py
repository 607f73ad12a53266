"""English promotional and claim words that are everyday words of the message's own language.

Copy written in Italian, Spanish, French or Portuguese (the message's ``locale``) uses "sale"
as a word of that language: Italian *sale* (salt: "sale fino"), Spanish *sale* (goes out:
"sale el tren"), French *sale* (dirty). Hungarian *most* is "now" ("Rendelj most"), Czech,
Slovak and Polish *most* a bridge. There it is the English word only next to another English
word ("summer sale", "on sale", "the most loved"), as such copy borrows it.
"""

from __future__ import annotations

import re

NATIVE_WORDS: dict[str, frozenset[str]] = {
    "it": frozenset({"sale"}),
    "es": frozenset({"sale"}),
    "fr": frozenset({"sale"}),
    "pt": frozenset({"sale"}),
    "hu": frozenset({"most"}),
    "cs": frozenset({"most"}),
    "sk": frozenset({"most"}),
    "pl": frozenset({"most"}),
}
"""Per language, English promotional and claim words that are also everyday words of it."""

ENGLISH_NEIGHBOURS: frozenset[str] = frozenset(
    {
        "on", "summer", "winter", "spring", "autumn", "fall", "flash", "big", "black", "friday",
        "cyber", "monday", "end", "season", "clearance", "mid", "now", "ends", "starts", "price",
        "prices", "event", "online", "private", "mega", "super", "final", "holiday", "christmas",
        "january", "boxing", "day", "sale", "sales", "week", "weekend", "outlet", "special",
        "the", "our", "your", "its", "their", "of", "popular", "loved", "wanted", "trusted",
    }
)  # fmt: skip
"""English words that, next to the word, show the copy borrows the English one."""

_WORD = re.compile(r"[^\W\d_]+")


def native_sense(locale: str | None, text: str, start: int, end: int) -> bool:
    """Whether the promotional word at ``text[start:end]`` is a word of the copy's language.

    Args:
        locale: The message's locale (``it-IT``), or None.
        text: The field's original text.
        start: Where the word starts.
        end: Where it ends.

    Returns:
        True for "sale" in Italian "pane con sale e olio" or "most" in Hungarian "Nézd meg
        most"; False in "Summer sale", "the most popular" or in English copy.
    """
    if not locale:
        return False
    words = NATIVE_WORDS.get(locale.split("-")[0].split("_")[0].lower())
    if words is None or text[start:end].lower() not in words:
        return False
    before = _WORD.findall(text[max(0, start - 30) : start])
    after = _WORD.findall(text[end : end + 30])
    neighbours = {w.lower() for w in (before[-1:] + after[:1])}
    return not neighbours & ENGLISH_NEIGHBOURS
