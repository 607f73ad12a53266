"""Where the copy carries wording the pack itself mandates, word for word.

A line a compliance officer mandated (a disclosure rule's wording, a claim's disclaimer, an
offer's conditions in any of their channel forms, a required statement) is the brand speaking
as the rulebook told it to. Its words do not, by themselves, call for another disclosure or put
the message in another rule's audience: "Medication, if prescribed, is billed separately"
required by one rule is not a medication promotion under another, and "$27/day" inside a
mandated surcharge line is not an advertised rate. A trigger outside such wording still counts.

The brand's own names, legal name and postal address are treated alike: "Crypto" inside
"Keelson Crypto Ltd" or "Airport" inside "12 Airport Road" is the sender, not a topic
(a trigger that is the whole name, used to reach every message, still fires).

A sentence of a mandated line of several, carried alone word for word ("You see the fee
before you confirm." out of a fee line), is the officer's words too
(:mod:`~nextbest.tools.compliance.mandated_sentences`); not a sentence of an offer's
conditions, which carried in part are conditions left incomplete.

A wording of fewer than :data:`LINE_WORDS` words is no line: "APR representative", the form a
rule requires of every APR, does not exempt the "APR" in it from the rule requiring the credit
broker statement wherever an APR is stated.

Promotional wording is not mandated and keeps triggering: an offer's headline (the start of its
``terms``) and a standing statement ("Take our free Online Posture Check") promote what they
name. Nor is a trigger exempt when it is a whole sentence of the mandated line or the whole
line ("36-month monitoring agreement" required by one rule and calling for the renewal wording
of another; "Take 2 mins to learn more" calling for the link that must follow it): an officer
who quotes a complete sentence of a wording as a trigger chains the two rules on purpose.

The pattern is compiled once per pack and kept while the pack lives (a pack is immutable once an
engine is built): a process checking many brands in turn never compiles one twice.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Callable

from nextbest.brand_context.models import Brand, BrandPack, DisclosureRule
from nextbest.tools.compliance.kinds.banned_phrase import required_wordings
from nextbest.tools.compliance.kinds.base import CheckContext
from nextbest.tools.compliance.mandated_sentences import sentences_of
from nextbest.tools.compliance.message import TextField
from nextbest.tools.compliance.normalise import plain
from nextbest.tools.compliance.phrases import compile_phrases

_CACHE_KEY = "required_text_spans"
_NAMES_KEY = "required_text_brand_names"
_LINES_KEY = "required_text_lines"
_patterns: dict[int, tuple[weakref.ref[BrandPack], re.Pattern[str] | None]] = {}
"""Pack id → (the pack, weakly held; its pattern). An entry goes when its pack is collected, so
the cache holds one pattern per live pack, however many brands a process checks in turn (a
bounded cache emptied when full recompiled every pattern when more packs than its bound took
turns)."""
_lock = threading.Lock()


def _forget(key: int) -> Callable[[weakref.ReferenceType[BrandPack]], None]:
    """A weak-reference callback removing the entry of a collected pack (not a newer one).

    It takes no lock: the collector may run it inside :func:`required_pattern` while that holds
    the lock, and a lone dictionary removal needs none.
    """

    def drop(ref: weakref.ReferenceType[BrandPack]) -> None:
        entry = _patterns.get(key)
        if entry is not None and entry[0] is ref:
            _patterns.pop(key, None)

    return drop


def address_forms(address: str) -> list[str]:
    """The postal address and its shorter forms, as copy often drops the country or the town.

    Each run of its leading comma parts that holds a figure: "9 Spoke Lane", "9 Spoke Lane,
    Norwich NR1 3QE" and the whole address.

    Args:
        address: The brand's postal address.

    Returns:
        The address and its shorter forms.
    """
    parts = [p.strip() for p in address.split(",") if p.strip()]
    forms = [", ".join(parts[:n]) for n in range(1, len(parts) + 1)]
    return [f for f in forms if any(c.isdigit() for c in f)]


def brand_address_forms(brand: Brand) -> list[str]:
    """Every written form of the brand's postal address, each with its shorter forms.

    Args:
        brand: The pack's brand (``postal_address`` and ``postal_address_forms``).

    Returns:
        The forms of :func:`address_forms` for the address and for each other written form.
    """
    return [
        form
        for address in (brand.postal_address, *brand.postal_address_forms)
        for form in address_forms(address)
    ]


def mandated_texts(pack: BrandPack) -> list[str]:
    """Wordings ``pack`` mandates word for word.

    Args:
        pack: The brand pack.

    Returns:
        Disclosure wordings (per region and channel too), claim disclaimers, required
        statements, offers' conditions (``disclosure`` and its per-channel forms) and the
        brand's legal name and postal address (the footer the law requires); then each
        sentence of a line of several (a disclosure wording, a disclaimer, a required
        statement) that copy may carry alone
        (:func:`~nextbest.tools.compliance.mandated_sentences.sentences_of`). An offer's
        conditions are not cut so: a part of them is conditions left incomplete, and its
        sentences keep calling for the lines their prices or terms need.
    """
    texts = required_wordings(pack)
    for rule in pack.rules:
        if isinstance(rule, DisclosureRule):
            for wordings in (
                *rule.params.required_by_region.values(),
                *rule.params.required_by_channel.values(),
            ):
                texts += wordings
    texts += sentences_of(t for t in texts if t.strip())
    brand = pack.brand
    if brand.legal_name:
        texts.append(brand.legal_name)
    texts += brand_address_forms(brand)
    for offer in pack.offers:
        if offer.disclosure:
            texts.append(offer.disclosure)
        texts += list(offer.disclosure_by_channel.values())
    return [t for t in texts if t.strip()]


def required_pattern(pack: BrandPack) -> re.Pattern[str] | None:
    """The skeleton pattern of every wording ``pack`` mandates (:func:`mandated_texts`).

    Args:
        pack: The brand pack.

    Returns:
        One pattern for the skeleton view, or None when the pack requires no wording.
    """
    key = id(pack)
    entry = _patterns.get(key)
    if entry is not None and entry[0]() is pack:
        return entry[1]
    pattern = compile_phrases(mandated_texts(pack), obfuscation=False)
    with _lock:
        _patterns[key] = (weakref.ref(pack, _forget(key)), pattern)
    return pattern


_SYMBOL_AFTER = re.compile(r"[ \u00a0\u202f]?[€£¥¢%]")
_SYMBOL_BEFORE = re.compile(r"[$£€¥][ \u00a0\u202f]?$")


def _with_symbols(text: str, start: int, end: int) -> tuple[int, int]:
    """A mandated line's span widened over a currency or percent sign at either end.

    The skeleton view the wordings are matched on drops symbols, so a line ending in a price
    ("…: 29,90 €.") matches up to its digits; the sign belongs to the figure, so a price
    trigger there ("29,90 €") lies inside the line.
    """
    after = _SYMBOL_AFTER.match(text, end)
    before = _SYMBOL_BEFORE.search(text, max(0, start - 2), start)
    return (before.start() if before else start, after.end() if after else end)


def required_spans(ctx: CheckContext) -> dict[TextField, list[tuple[int, int]]]:
    """Original spans of required or approved wording in each copy field, once per message.

    Args:
        ctx: The check context.

    Returns:
        Field name → spans (possibly empty).
    """
    cached = ctx.cache.get(_CACHE_KEY)
    if cached is not None:
        return cached  # type: ignore[return-value]
    pattern = required_pattern(ctx.pack)
    spans: dict[TextField, list[tuple[int, int]]] = {name: [] for name in ctx.fields}
    if pattern is not None:
        for name, text in ctx.fields.items():
            spans[name] = [
                _with_symbols(text.original, *text.skel.original_span(*m.span()))
                for m in pattern.finditer(text.skel.text)
            ]
    ctx.cache[_CACHE_KEY] = spans
    return spans


def _brand_names(pack: BrandPack) -> frozenset[str]:
    """The brand's names (every written form) and legal name in plain form."""
    brand = pack.brand
    return frozenset(plain(n) for n in (*brand.own_names, brand.legal_name))


LINE_WORDS = 3
"""Words a mandated wording needs to be a line: a shorter one ("APR representative", required
wherever an APR is stated) is the form a trigger must take, and the trigger in it still counts."""
_WORD = re.compile(r"\w+")
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?;:]\s+)$")
_SENTENCE_AFTER = re.compile(r"^(?:$|[.!?;:])")


def whole_sentence(text: str, span: tuple[int, int], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole sentence (or all) of the line at ``span``.

    Args:
        text: The field's original text.
        span: The mandated line's span.
        start: The trigger's start.
        end: The trigger's end.

    Returns:
        True when nothing but a sentence end separates the trigger from the line's ends. A
        full stop before a trigger that opens in lower case ends no sentence: it closes an
        ordinal or an abbreviation ("pay the 2. instalment", "approx. deposit").
    """
    before = text[span[0] : start]
    after = text[end : span[1]]
    opening = _SENTENCE_BEFORE.search(before)
    if opening is None or not _SENTENCE_AFTER.match(after):
        return False
    return not (opening.group().lstrip().startswith(".") and text[start : start + 1].islower())


def _mandated_lines(ctx: CheckContext, field: TextField) -> tuple[tuple[int, int], ...]:
    """The field's mandated wordings of at least :data:`LINE_WORDS` words, once per message.

    Every trigger of every disclosure and audience rule asks; the words of each wording are
    counted once per field, not once per trigger.

    Args:
        ctx: The check context.
        field: The copy field.

    Returns:
        The spans of :func:`required_spans` in ``field`` that are lines, in their order.
    """
    lines = ctx.cache.get(_LINES_KEY)
    if not isinstance(lines, dict):
        lines = ctx.cache[_LINES_KEY] = {}
    kept: tuple[tuple[int, int], ...] | None = lines.get(field)
    if kept is None:
        original = ctx.fields[field].original
        kept = lines[field] = tuple(
            span
            for span in required_spans(ctx).get(field, [])
            if len(_WORD.findall(original, *span)) >= LINE_WORDS
        )
    return kept


def inside_required(
    ctx: CheckContext, field: TextField, start: int, end: int, quoted: bool = True
) -> bool:
    """Whether ``[start, end)`` of ``field`` is words inside a line the pack mandates.

    Args:
        ctx: The check context.
        field: The copy field.
        start: Start in the field's original text.
        end: End (exclusive) in the field's original text.
        quoted: Whether the officer wrote the trigger's words (a phrase or pattern). A trigger
            the engine finds by its shape (a price,
            :mod:`~nextbest.tools.compliance.price_triggers`) quotes no sentence: a bare
            price after a colon ("Lowest price in the last 30 days: €29.90.") is part of its
            line, not a sentence the officer chained on purpose.

    Returns:
        True when the words are part of a mandated line and, for a quoted trigger, not a whole
        sentence of it; for a trigger found by its shape, also when it is the whole of a
        shorter mandated wording (a zero-charge marker "$0.00" required to open every text
        message is the mark the rulebook asks for, not a price of anything).
    """
    original = ctx.fields[field].original
    names = ctx.cache.get(_NAMES_KEY)
    if not isinstance(names, frozenset):
        names = ctx.cache[_NAMES_KEY] = _brand_names(ctx.pack)
    if plain(original[start:end]) in names:
        return False  # the officer made the brand's own name a trigger: every message
    if not quoted and (start, end) in required_spans(ctx).get(field, ()):
        return True  # the whole of a short mandated wording, found by its shape
    spans = [*_mandated_lines(ctx, field), *ctx.brand_name_spans.get(field, [])]
    return any(  # the span holds the words (overlaps(), inlined: read for every trigger)
        span[0] <= start
        and end <= span[1]
        and not (quoted and whole_sentence(original, span, start, end))
        for span in spans
    )


def without_mandated_lines(ctx: CheckContext, field: TextField) -> str:
    """A field's original text with every mandated line blanked out, its offsets kept.

    A line one rule requires (an offer's short conditions "… 1 complete mask, cash-pay only, Rx
    required …") is that rule's text: read for another rule's fixed line, its words restate
    nothing of it.

    Args:
        ctx: The check context.
        field: The copy field.

    Returns:
        The text, each line of :func:`required_spans` of at least :data:`LINE_WORDS` words
        replaced by as many spaces.
    """
    original = ctx.fields[field].original
    lines = _mandated_lines(ctx, field)
    if not lines:
        return original
    parts: list[str] = []
    last = 0
    for start, end in sorted(lines):
        start = max(start, last)
        parts += [original[last:start], " " * (end - start)]
        last = max(last, end)
    parts.append(original[last:])
    return "".join(parts)
