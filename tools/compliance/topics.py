"""Topic mentions: words that name what a linked page of the brand explains, not a statement.

"See all rates and charges, including the balance transfer APR details, at
lindenway.example/card" points the reader to the terms; it does not state a rate. "We explain
how premium data and congestion work: example.com/network" names a topic. A trigger word (a
disclosure trigger, a claim trigger) in such a sentence is a topic mention when

- the sentence carries a link to one of the brand's own domains (it points somewhere), and
- it has no figure outside the link (a stated rate or amount is a statement, pointer or not),
- and the trigger is either followed by a reference noun (``details``, ``terms``, ``rules``,
  ``figures``…: "our guide covers mpg figures: <link>"),
  or sits inside an indirect question about how something works or what it means
  (``how … works``, ``what … means``), or describes the pieces of content the link holds
  (``ideas that are safe for cats: <link>``, ``tips that are proven to work``) or names their
  kind right before them (``this week's low-sugar recipes are in the app: <link>``).

A trigger right after an imperative to look it up that opens the sentence, with the reader's
own place right after it ("Check coverage at your address: <link>", Portuguese "Veja a
cobertura na sua morada: <link>", Spanish "Consulta la cobertura en tu dirección"), names
what the linked page looks up for the reader: a pointer, not a statement of coverage.

A call-to-action button made of a look-up imperative and the thing it finds ("View stores",
"Ver tiendas") names the page it opens, and a sentence opening with such an imperative and
its one-word object ("Visit our stores and book online.") where to go
(:mod:`~nextbest.tools.compliance.button_pointers`).

Superlatives and other claims in a pointer sentence ("See why we are the best network") are not
topic mentions: only those two shapes are, and (with or without a link) the shapes of
:mod:`~nextbest.tools.compliance.pointer_topics` ("Read more about how you can repay early",
"You'll also find contact details for our customer service").
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.button_pointers import names_destination, names_place_to_visit
from nextbest.tools.compliance.kinds.base import CheckContext
from nextbest.tools.compliance.kinds.link_policy import own_links
from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.pointer_topics import pointer_topic

REFERENCE_NOUNS: tuple[str, ...] = (
    "details", "detail", "terms", "rules", "information", "info", "disclosures", "disclosure",
    "guide", "faq", "faqs", "page", "explainer", "fine print", "policy", "explained", "figures",
)  # fmt: skip
"""Nouns that make the words before them the name of a topic (``the intro APR details``)."""

_REFERENCE_AFTER = re.compile(
    r"\s*(?:" + "|".join(re.escape(n) for n in REFERENCE_NOUNS) + r")\b", re.IGNORECASE
)
_INDIRECT_QUESTION = re.compile(
    r"\b(?:how|what)\b(?P<topic>(?:\s+[\w'-]+){1,8}?)\s+(?:works?|means?|is calculated|"
    r"are calculated|is applied|are applied|is managed|are managed|is measured|are measured)\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d")
CONTENT_NOUNS: tuple[str, ...] = (
    "ideas", "tips", "recipes", "articles", "guides", "stories", "suggestions", "activities",
)  # fmt: skip
"""Nouns for the pieces of content a linked page holds (``treat ideas``, ``recipes``)."""

_CONTENT_AFTER = re.compile(r"\s*(?:" + "|".join(CONTENT_NOUNS) + r")\b", re.IGNORECASE)
"""A content noun right after the trigger: the trigger says what kind of content it is."""

_CONTENT_CLAUSE = re.compile(
    r"\b(?:" + "|".join(CONTENT_NOUNS) + r")\s+(?:that|which)\s+(?:are|is)\s+$", re.IGNORECASE
)

_LOOK_UP_BEFORE = re.compile(
    r"^\W*(?:check|see|look\s+up|find|veja|consulte|verifique|confirme|mira|consulta|"
    r"comprueba|verifica|controlla|vedi|verifiez|consultez|voyez|prufen\s+sie|bekijk|"
    r"controleer|kolla)(?:\s+(?:the|a|o|os|as|el|la|los|las|il|lo|le|les|de|het|die))?"
    r"(?:\s+(?:your|sua|seu|tua|teu|tu|su|votre|ihre|uw|je|din))?\s*$",
)
"""An imperative to look something up opening the sentence, right before the trigger (folded
text: lower case, no diacritics)."""

_READERS_PLACE_AFTER = re.compile(
    r"\s*(?:(?:at|for|in|on)\s+your|(?:na|no|para\s+a|para\s+o|em)\s+(?:sua|seu|tua|teu)|"
    r"(?:en|para)\s+(?:tu|su)|(?:al|nel|nella|alla|per\s+il|per\s+la)\s+(?:tuo|tua|vostro|"
    r"vostra|suo|sua)|(?:a|pour|dans)\s+(?:votre|ton|ta)|(?:an|fur|in)\s+(?:ihrer|deiner)|"
    r"(?:op|voor|in)\s+(?:uw|je|jouw)|(?:pa|for|i)\s+(?:din|ditt|er))\s+"
    r"(?:address|postcode|post\s+code|zip\s+code|area|street|home|morada|endereco|casa|zona|"
    r"rua|codigo\s+postal|direccion|domicilio|calle|indirizzo|via|cap|adresse|domicile|"
    r"code\s+postal|quartier|strasse|postleitzahl|adres|straat|buurt|adress|postnummer|gata)\b",
)
"""The reader's own place right after the trigger ("at your address", "na sua morada", "en tu
dirección", folded)."""


def is_topic_mention(ctx: CheckContext, field: str, start: int, end: int) -> bool:
    """Whether the words at ``[start, end)`` of ``field`` name a topic the brand's link explains.

    Args:
        ctx: The check context.
        field: The copy field.
        start: Start of the trigger in the field's original text.
        end: End of the trigger.

    Returns:
        True for a topic mention (see the module docstring).
    """
    text = ctx.fields.get(field)  # type: ignore[call-overload]
    if text is None:
        return False
    if field == "cta" and names_destination(text.original, start, end):
        return True  # a "Ver tiendas" button: the page it opens
    s_start, s_end = text.sentence_at(start)
    if names_place_to_visit(text.original[s_start:s_end], start - s_start, end - s_start):
        return True  # "Visit our stores and book online.": where to go, no statement
    links = [
        link.span
        for link in own_links(ctx)
        if link.field == field and link.span and s_start <= link.span[0] < s_end
    ]
    original = text.original
    if not links:  # "Read more about how you can …", "You'll also find details for our …"
        return not _FIGURE.search(original, s_start, s_end) and pointer_topic(
            fold(original[s_start:start]).text
        )
    outside = original[s_start:s_end]
    for l_start, l_end in sorted(links, reverse=True):
        outside = outside[: l_start - s_start] + outside[l_end - s_start :]
    if _FIGURE.search(outside):
        return False
    if _REFERENCE_AFTER.match(original, end):
        return True
    if _CONTENT_AFTER.match(original, end):
        return True  # "this week's high-protein recipes: <link>" names the page's recipes
    if _CONTENT_CLAUSE.search(original, s_start, start):
        return True  # "treat ideas that are safe for cats: <link>" describes the page
    if _LOOK_UP_BEFORE.search(fold(original[s_start:start]).text) and _READERS_PLACE_AFTER.match(
        fold(original[end:s_end]).text
    ):
        return True  # "Veja a cobertura na sua morada: <link>" points to a look-up
    sentence = original[s_start:s_end]
    for match in _INDIRECT_QUESTION.finditer(sentence):
        t_start, t_end = match.span("topic")
        if s_start + t_start <= start and end <= s_start + t_end:
            return True
    return pointer_topic(fold(original[s_start:start]).text)
