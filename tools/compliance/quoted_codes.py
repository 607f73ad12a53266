"""Offer codes quoted in copy: the pack's own promo codes, in any language around them.

A promo code is read by the word before it ("use code SPRING20", "Gutscheincode SPRING20").
Copy in a language whose words for "code" the mention patterns do not know — or copy that
writes the code bare ("enter SPRING20 at checkout" in a script without spaces between words)
— still names an offer when it quotes one of the pack's own codes: a message carrying that
offer then promotes it, so its conditions must be near, and a message on a topic that must
carry no promotion (a bill, an outage notice) carries one.

A code is found where the copy writes it as a word of its own: not inside a longer run of
Latin letters and digits ("XSPRING20" or "SPRING200" is not "SPRING20"). A code of Latin
letters and digits may touch letters of another script ("輸入SPRING20", "ใช้SPRING20"). A code
of letters alone that the pack writes in capitals is a word of the language too (a code
"WELCOME", "HOLA"): the copy quotes it only where it writes it in capitals, so a greeting
"Welcome back" or "¡Hola, Marta!" quotes no code. Nor does a web address whose path writes a
code the pack sets in capitals in lower case ("https://shop.example/spring20", the page of a
product or a campaign named like the code): a page name is no code the reader enters. A value
given to a parameter ("?promo=spring20") still applies the code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nextbest.brand_context.models import BrandPack, Offer
from nextbest.tools.compliance.kinds.base import CheckContext
from nextbest.tools.compliance.kinds.link_policy import extract_links
from nextbest.tools.compliance.kinds.offer_mentions import Mention

_ASCII_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
"""A code of Latin letters and digits: bounded by Latin letters and digits only."""


def _code_pattern(code: str) -> re.Pattern[str]:
    """The pattern finding ``code`` written as a word of its own, case ignored."""
    escaped = re.escape(code)
    if _ASCII_CODE.fullmatch(code):
        return re.compile(rf"(?<![A-Za-z0-9]){escaped}(?![A-Za-z0-9])", re.IGNORECASE)
    return re.compile(rf"(?<!\w){escaped}(?!\w)", re.IGNORECASE)


def _written_as_word(code: str, written: str) -> bool:
    """Whether a code of letters alone, set in capitals by the pack, is written as a word.

    Args:
        code: The code as the pack writes it ("WELCOME").
        written: The copy's words that matched it, case ignored ("Welcome").

    Returns:
        True when the code has no digit, the pack writes it in capitals and the copy does not.
    """
    return code.isalpha() and code.isupper() and not written.isupper()


def _page_name(ctx: CheckContext, field: str, match: re.Match[str], code: str) -> bool:
    """Whether a code the pack sets in capitals is written in lower case in a web address.

    Args:
        ctx: The check context (its links are found once and shared).
        field: The field the match is in.
        match: The code's match in the field's original text.
        code: The code as the pack writes it ("SPRING20").

    Returns:
        True when the copy writes the code in lower case inside a link of the field, not as
        the value of a parameter ("?promo=spring20").
    """
    if not (code.isupper() and match.group().islower()):
        return False
    start, end = match.span()
    if start and match.string[start - 1] == "=":
        return False  # "?promo=spring20": the link applies the code
    return any(
        link.field == field and link.span and link.span[0] <= start and end <= link.span[1]
        for link in extract_links(ctx)
    )


class QuotedCodes:
    """The pack's offer codes, compiled once per pack."""

    def __init__(self, pack: BrandPack) -> None:
        """Compile one pattern per offer that has a code.

        Args:
            pack: The brand pack.
        """
        self.codes: dict[str, tuple[str, re.Pattern[str]]] = {
            offer.id: (offer.code.strip(), _code_pattern(offer.code.strip()))
            for offer in pack.offers
            if offer.code and offer.code.strip()
        }

    def mentions(self, ctx: CheckContext, offers: Iterable[Offer]) -> list[Mention]:
        """Where the copy quotes the code of one of ``offers``, as ``code`` mentions.

        Args:
            ctx: The check context.
            offers: The offers whose codes count (the message's own, or every offer).

        Returns:
            The quoted codes, in field order and order of appearance.
        """
        wanted = [self.codes[o.id] for o in offers if o.id in self.codes]
        if not wanted:
            return []
        found: list[Mention] = []
        for name, text in ctx.fields.items():
            upper = text.original.upper()
            for code, pattern in wanted:
                if code.upper() not in upper:
                    continue  # the cheap test first: the code's letters are not in the field
                found.extend(
                    Mention("code", name, m.start(), m.end(), code, m.group())
                    for m in pattern.finditer(text.original)
                    if not _written_as_word(code, m.group()) and not _page_name(ctx, name, m, code)
                )
        found.sort(key=lambda m: ctx.combined(m.field, m.start))
        return found
