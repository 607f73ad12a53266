"""``required_element``: unsubscribe, postal address, brand name, STOP/HELP, ad label, sender.

Configured per brand without regular expressions: when the brand has an ``unsubscribe_url``,
an e-mail's unsubscribe must be a link to it (wording, "reply UNSUBSCRIBE" or a link to
another page does not do); the brand name is the brand's ``short_name`` when it has one, or
its full name (in another script than the short one, "Kafe Lotos" beside "Кафе Лотос", it
names the brand too); the brand name counts only when written as words, not inside a link or
an e-mail address (``https://brand.example/app`` says where to go, not who sends); ``stop``
and ``help`` may be required separately, and an SMS opt-out that names a number must name the
brand's own SMS sender when that is a number ("Text STOP to 71942" from the short code 71492
stops nothing; :func:`wrong_opt_out_number`); a ``statement`` is an exact text (a short label
with its marks, "[Ad]", :mod:`~nextbest.tools.compliance.marked_labels`), and with
``at_start`` it must open one of its fields ("(광고)" first in the subject, not after a
greeting); ``fields`` limits where the element may stand (e.g. body only). A rule's own
patterns add ways to pass, or replace the built-in test with ``replace_builtin``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from nextbest.brand_context.models import BrandPack, RequiredElementRule
from nextbest.tools.compliance.kinds.base import CheckContext, FieldText, violation
from nextbest.tools.compliance.kinds.link_policy import extract_links
from nextbest.tools.compliance.marked_labels import label_pattern
from nextbest.tools.compliance.message import CONSENT_ORDER
from nextbest.tools.compliance.normalise import plain
from nextbest.tools.compliance.phrases import compile_phrases, phrase_pattern
from nextbest.tools.compliance.unspaced_addresses import glued_token_patterns, split_glued
from nextbest.tools.compliance.verdict import Violation

OPT_OUT_KEYWORDS: tuple[str, ...] = (
    "STOP", "QUIT", "END", "REVOKE", "OPT OUT", "OPTOUT", "CANCEL", "UNSUBSCRIBE", "STOPALL",
)  # fmt: skip
"""Opt-out keywords carriers honour (CTIA)."""

UNSUBSCRIBE_PATTERN = (
    r"\bunsubscribe\b|\bopt[ -]?out\b|\b(?:manage|update|change|edit) (?:your )?(?:email |"
    r"subscription |communication |contact )?(?:preferences|subscriptions?|settings)\b"
    r"|\b(?:email|subscription|communication) (?:preferences|settings)\b|\bstop receiving\b"
    r"|\bremove (?:me|yourself)\b|\bunsub\b|\bno longer (?:wish|want) to receive\b"
    r"|\b(?:se )?desinscri(?:re|ption|vez-vous|vez)\b|\b(?:se )?desabonn(?:er|ement|ez-vous|ez)\b"
    r"|\babmelden\b|\babbestellen\b|\babmeldung\b"
    r"|\bdar(?:se|te) de baja\b|\bdarse de baja\b|\bbaja de (?:la )?(?:lista|suscripcion)\b"
    r"|\bcancela(?:r)? (?:la |tu )?suscripcion\b|\bdisiscriviti\b|\bdisiscrizione\b"
    r"|\bcancella(?:re)? (?:l'|la )?iscrizione\b|\buitschrijven\b|\bafmelden\b"
    r"|\bdescadastr(?:ar|e-se|ese|amento)\b|\bcancelar (?:a |sua )?inscricao\b"
    r"|\bavregistrer(?:a|ing)\b|\bavprenumerera\b|\bavsluta (?:din |dina )?prenumeration"
    r"(?:en|er)?\b|\bavanmal(?:an|a)?\b"
)
"""Wording that tells an email recipient how to opt out, in English, French, German, Spanish,
Italian, Dutch, Portuguese or Swedish (folded view)."""

_KEYWORDS = "|".join(k.lower().replace(" ", r"[ -]?") for k in OPT_OUT_KEYWORDS)
STOP_PATTERN = (
    r"\b(?:reply|text|txt|send|respond)(?: with)? ['\"]?(?:" + _KEYWORDS + r")\b"
    r"|\b(?:" + _KEYWORDS + r")['\"]? (?:to|=|2) ?(?:opt[ -]?out|unsubscribe|stop|end|cancel|"
    r"quit|optout)\b"
)
"""An opt-out instruction, e.g. ``Reply STOP to opt out`` or ``STOP=end`` (folded view)."""

STOP_CAPS_PATTERN = r"(?<![A-Za-z])(?:" + "|".join(OPT_OUT_KEYWORDS) + r")(?![A-Za-z])"
"""An opt-out keyword written in capitals in the original text."""

_STOP_NUMBER = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(OPT_OUT_KEYWORDS) + r")['\"”]?\s+(?:to|at|on)\s+"
    r"(\+?\d[\d -]{2,16}\d)(?!\d)"
)
"""An opt-out keyword and the number it is to be texted to ("Text STOP to 50320")."""


def _opens(pattern: re.Pattern[str], view: str) -> bool:
    """Whether ``pattern`` matches at the start of ``view`` (leading spaces aside)."""
    return pattern.match(view, len(view) - len(view.lstrip())) is not None


def _digits(number: str) -> str:
    """The digits of a number as copy writes it (spaces, dashes and ``+`` dropped)."""
    return re.sub(r"\D", "", number)


def wrong_opt_out_number(text: str, own: str) -> str | None:
    """The number an opt-out sends the reader to when it is not the brand's SMS sender.

    An opt-out works only at the number that sent the text: "Text STOP to 71942" from the
    short code 71492 stops nothing. A long number may be written with or without its country
    code ("+353 87 …" or "087 …"): the national part is compared.

    Args:
        text: A field's original text.
        own: The brand's SMS sender address; only a number (a short code or a phone number)
            is compared, an alphanumeric sender id says nothing of the opt-out number.

    Returns:
        The first opt-out number that is not ``own``, or None.
    """
    mine = _digits(own)
    if not mine or not own.strip().lstrip("+").replace(" ", "").isdigit():
        return None
    for match in _STOP_NUMBER.finditer(text):
        theirs = _digits(match.group(1))
        if theirs == mine:
            continue
        if min(len(theirs), len(mine)) >= 8 and theirs[-8:] == mine[-8:]:
            continue  # the same phone number, with or without its country code
        return match.group(1)
    return None


HELP_PATTERN = r"\b(?:reply|text|txt|send)(?: with)? ['\"]?help\b|\bhelp['\"]? (?:for|=|2)\b"
"""A help instruction, e.g. ``Reply HELP for help`` (folded view)."""

AD_MARKERS: tuple[str, ...] = (
    "ad", "#ad", "advert", "advertisement", "advertising", "promotional", "promotional message",
    "marketing message", "sponsored", "paid partnership",
)  # fmt: skip
"""Words that identify a message as an advertisement."""

_ADDRESS_ABBREVIATIONS: dict[str, str] = {
    "street": "st", "avenue": "ave", "road": "rd", "boulevard": "blvd", "suite": "ste",
    "drive": "dr", "lane": "ln", "place": "pl", "court": "ct", "square": "sq", "floor": "fl",
    "building": "bldg", "north": "n", "south": "s", "east": "e", "west": "w", "apartment": "apt",
    "highway": "hwy", "parkway": "pkwy", "unit": "unit", "number": "no",
}  # fmt: skip
US_STATES: dict[str, str] = {
    "alabama": "al", "alaska": "ak", "arizona": "az", "arkansas": "ar", "california": "ca",
    "colorado": "co", "connecticut": "ct", "delaware": "de", "florida": "fl", "georgia": "ga",
    "hawaii": "hi", "idaho": "id", "illinois": "il", "indiana": "in", "iowa": "ia",
    "kansas": "ks", "kentucky": "ky", "louisiana": "la", "maine": "me", "maryland": "md",
    "massachusetts": "ma", "michigan": "mi", "minnesota": "mn", "mississippi": "ms",
    "missouri": "mo", "montana": "mt", "nebraska": "ne", "nevada": "nv",
    "new hampshire": "nh", "new jersey": "nj", "new mexico": "nm", "new york": "ny",
    "north carolina": "nc", "north dakota": "nd", "ohio": "oh", "oklahoma": "ok",
    "oregon": "or", "pennsylvania": "pa", "rhode island": "ri", "south carolina": "sc",
    "south dakota": "sd", "tennessee": "tn", "texas": "tx", "utah": "ut", "vermont": "vt",
    "virginia": "va", "washington": "wa", "west virginia": "wv", "wisconsin": "wi",
    "wyoming": "wy", "district of columbia": "dc",
}  # fmt: skip
"""US state names and their postal codes (an address may spell either)."""

_STATES = re.compile(
    r"(?<![a-z0-9])(" + "|".join(sorted(US_STATES, key=len, reverse=True)) + r")(?![a-z0-9])"
)
_LEGAL_SUFFIXES: frozenset[str] = frozenset(
    {"inc", "llc", "ltd", "limited", "co", "corp", "corporation", "gmbh", "plc", "sa", "ag", "bv"}
)


def brand_name_variants(name: str) -> list[str]:
    """Ways the copy may write the brand name: as is, without a legal suffix, ``&`` as ``and``.

    Args:
        name: The brand name, e.g. ``Thyme & Tin Co.``.

    Returns:
        The variants, e.g. ``["Thyme & Tin Co.", "thyme & tin", "thyme and tin", ...]``.
    """
    words = name.lower().replace(".", " ").replace(",", " ").split()
    while len(words) > 1 and words[-1] in _LEGAL_SUFFIXES:
        words = words[:-1]
    base = " ".join(words)
    variants = {name, base}
    for joiner in ("&", "+", "and"):
        for other in ("&", "and", "n", "+"):
            variants.add(base.replace(f" {joiner} ", f" {other} "))
    return sorted(variants)


def required_address_tokens(address: str) -> list[str]:
    """The address tokens a message must contain: trailing words after the last number go.

    The country (``USA``, ``United Kingdom``) and anything after the postcode are optional in
    the copy; the street, numbers and postcode are not.

    Args:
        address: The brand's postal address.

    Returns:
        Tokens as produced by :func:`address_tokens`.
    """
    tokens = address_tokens(address)
    last_number = max((i for i, t in enumerate(tokens) if any(c.isdigit() for c in t)), default=-1)
    return tokens[: last_number + 1] if last_number >= 0 else tokens


def address_tokens(text: str) -> list[str]:
    """Address words with punctuation dropped and common abbreviations unified.

    Args:
        text: An address or any text.

    Returns:
        Lower-case tokens, e.g. ``["418", "alder", "st", "ste", "200", ...]``.
    """
    return list(_address_tokens(text))


@lru_cache(maxsize=4096)
def _address_tokens(text: str) -> tuple[str, ...]:
    """:func:`address_tokens`, cached (a message's fields are read by several rules)."""
    text = _STATES.sub(lambda m: US_STATES[m.group(1)], plain(text).replace("#", " "))
    tokens = [_ORDINAL.sub(r"\1", t) if t[0].isdigit() else t for t in text.split()]
    return tuple(_ADDRESS_ABBREVIATIONS.get(t, t) for t in tokens)


_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ANGLE = re.compile(r"<([^<>]+)>")


def _address_of(sender: str) -> str:
    """``Brand <news@brand.com>`` → ``news@brand.com``; lower-cased and stripped."""
    match = _ANGLE.search(sender)
    return (match.group(1) if match else sender).strip().lower()


def link_target(url: str) -> str:
    """A link reduced for comparison: no scheme, no ``www.``, lower-case, no trailing slash.

    Args:
        url: A link as written (``https://www.brand.com/unsubscribe/``).

    Returns:
        ``brand.com/unsubscribe``.
    """
    target = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip().lower())
    target = target.removeprefix("www.")
    return target.rstrip("/.,;:!?)")


def links_to(link: str, target: str) -> bool:
    """Whether ``link`` points at ``target`` (or below it), both as :func:`link_target`."""
    reduced = link_target(link)
    return reduced == target or reduced.startswith((target + "/", target + "?", target + "#"))


_NON_DIGIT = re.compile(r"\D")
_PHONE = re.compile(r"^\+?[\d\s().-]{5,}$")


def same_sender(given: str, approved: str) -> bool:
    """Whether two sender identities are the same (case-insensitive; phone numbers by digits).

    Args:
        given: The message's sender.
        approved: The brand's approved sender for the channel.

    Returns:
        True for ``Hello@Brand.com`` vs ``hello@brand.com`` or ``+44 7700 900123`` vs
        ``447700900123``.
    """
    given, approved = _address_of(given), _address_of(approved)
    if given == approved:
        return True
    if _PHONE.match(given) and _PHONE.match(approved):
        return _NON_DIGIT.sub("", given) == _NON_DIGIT.sub("", approved)
    return False


ADDRESS_SLACK = 3
"""Extra words an address may carry in the copy (``3rd Floor`` for ``Floor 3``, a unit…)."""


def contains_address(haystack: list[str], needle: list[str]) -> bool:
    """Whether every needle token occurs in one short window of the haystack, in any order.

    Args:
        haystack: The message's address tokens.
        needle: The required address tokens.

    Returns:
        True when a window of ``len(needle) + ADDRESS_SLACK`` tokens contains them all.
    """
    if not needle:
        return True
    if not set(needle) <= set(haystack):
        return False  # a token no window can hold
    want = Counter(needle)
    size = len(needle) + ADDRESS_SLACK
    starts = {i for i, token in enumerate(haystack) if token in want}
    return any(not want - Counter(haystack[i : i + size]) for i in sorted(starts))


class RequiredElementCheck:
    """Checks that one required element is present in the message."""

    def __init__(self, rule: RequiredElementRule, pack: BrandPack) -> None:
        """Compile what the element needs.

        Args:
            rule: The rule.
            pack: The brand pack (brand name, postal address, sender addresses).
        """
        self.rule = rule
        self.rule_id = rule.id
        self.pack = pack
        self.extra = [re.compile(p, re.IGNORECASE) for p in rule.params.patterns]
        self.unsubscribe = re.compile(UNSUBSCRIBE_PATTERN)
        self.stop = re.compile(STOP_PATTERN)
        self.stop_caps = re.compile(STOP_CAPS_PATTERN)
        self.help = re.compile(HELP_PATTERN)
        self.help_caps = re.compile(r"(?<![A-Za-z])HELP(?![A-Za-z])")
        names = brand_name_variants(pack.brand.name)
        if pack.brand.short_name:  # the short name, or the full one in a script it lacks
            names += brand_name_variants(pack.brand.short_name)
        for form in pack.brand.name_forms:  # the name as copy in another script writes it
            names += brand_name_variants(form)
        self.brand = compile_phrases(names, obfuscation=False)
        url = pack.brand.unsubscribe_url
        self.unsubscribe_target = link_target(url) if url else None
        wordings = [w for w in (rule.params.text, *rule.params.alternatives) if w]
        self.labels = [p for w in wordings if (p := label_pattern(w)) is not None]
        """Short labels found only with their marks ("[Ad]"; see
        :mod:`~nextbest.tools.compliance.marked_labels`)."""
        wordings = [w for w in wordings if label_pattern(w) is None]
        self.statement = (
            re.compile("|".join(phrase_pattern(w, obfuscation=False) for w in wordings))
            if wordings
            else None
        )
        self.ad = compile_phrases(list(AD_MARKERS), obfuscation=False)
        forms = (pack.brand.postal_address, *pack.brand.postal_address_forms)
        self.addresses = [
            (tokens, [t for t in tokens if t.isdigit()], glued_token_patterns(tokens))
            for tokens in map(required_address_tokens, forms)
        ]
        """Each written form of the address: its tokens, the numbers among them and the
        patterns of its tokens that may stand glued to other text (unspaced scripts)."""
        checks: dict[str, Callable[[CheckContext], Violation | None]] = {
            "unsubscribe": self._unsubscribe,
            "postal_address": self._postal_address,
            "brand_name": self._brand_name,
            "stop_help": self._stop_help,
            "ad_identification": self._ad_identification,
            "sender_identity": self._sender_identity,
            "stop": self._stop,
            "help": self._help,
            "statement": self._statement,
        }
        self._check = checks[rule.params.element]

    def _fields(self, ctx: CheckContext) -> list[FieldText]:
        """The copy fields the element may stand in."""
        return [t for name, t in ctx.fields.items() if name in self.rule.params.fields]

    def check(self, ctx: CheckContext) -> list[Violation]:
        """A violation when the element is missing."""
        if self.extra and any(
            p.search(text.original) or p.search(text.folded.text)
            for p in self.extra
            for text in self._fields(ctx)
        ):
            return []
        if self.rule.params.replace_builtin:
            return [
                self._missing(
                    self.rule.params.element.replace("_", " "),
                    f"Add wording that matches the brand's own test ({self.rule.description}).",
                )
            ]
        result = self._check(ctx)
        return [] if result is None else [result]

    def _missing(self, what: str, hint: str) -> Violation:
        return violation(self.rule, f"Missing {what}.", evidence=f"no {what} found", fix_hint=hint)

    def _folded(self, ctx: CheckContext) -> list[str]:
        return [text.folded.text for text in self._fields(ctx)]

    def _unsubscribe(self, ctx: CheckContext) -> Violation | None:
        if self.unsubscribe_target is not None and ctx.message.channel == "email":
            allowed = set(self.rule.params.fields)
            if any(
                links_to(link.text, self.unsubscribe_target)
                for link in extract_links(ctx)
                if link.field is None or link.field in allowed
            ):
                return None
            return self._missing(
                f"link to the unsubscribe page ({self.pack.brand.unsubscribe_url})",
                f"Add 'Unsubscribe: {self.pack.brand.unsubscribe_url}'; a reply instruction or "
                "a link to another page does not count.",
            )
        texts = self._folded(ctx) + [link.lower() for link in ctx.message.links]
        if any(self.unsubscribe.search(t) for t in texts):
            return None
        return self._missing(
            "unsubscribe link or instruction",
            "Add an unsubscribe link or line, e.g. 'Unsubscribe: https://…/unsubscribe'.",
        )

    def _postal_address(self, ctx: CheckContext) -> Violation | None:
        fields = self._fields(ctx)
        words: list[str] | None = None
        for address, numbers, glued in self.addresses:
            # A number of the address (street number, postcode) stands as written in some
            # field's skeleton text, or no token of the copy can be it: nothing to tokenise.
            if not all(any(n in plain(t.original) for t in fields) for n in numbers):
                continue
            if words is None:
                words = [w for text in fields for w in address_tokens(text.original)]
            if contains_address(words, address):
                return None
            if glued and contains_address(split_glued(words, glued), address):
                return None  # an address of an unspaced script run into the text around it
        return self._missing(
            "postal address", f"Add the postal address: {self.pack.brand.postal_address}."
        )

    def _brand_name(self, ctx: CheckContext) -> Violation | None:
        if self.brand is not None and self._names_brand(ctx, self.brand):
            return None
        name = self.pack.brand.short_name or self.pack.brand.name
        return self._missing("brand name", f"Name the brand ({name}).")

    def _names_brand(self, ctx: CheckContext, brand: re.Pattern[str]) -> bool:
        """Whether the copy names the brand in words: not only inside a link or an address.

        ``https://brand.example/app`` and ``hello@brand.example`` are where to go, not who
        speaks: a reader who sees only an address has not been told who sends the message.
        """
        links = extract_links(ctx)
        allowed = set(self.rule.params.fields)
        for name, text in ctx.fields.items():
            if name not in allowed:
                continue
            addresses = [link.span for link in links if link.field == name and link.span]
            addresses += [m.span() for m in _EMAIL.finditer(text.original)]
            for match in brand.finditer(text.skel.text):
                start, end = text.skel.original_span(*match.span())
                if not any(s < end and start < e for s, e in addresses):
                    return True
        return False

    def _has_stop(self, ctx: CheckContext) -> bool:
        originals = [text.original for text in self._fields(ctx)]
        return any(self.stop.search(t) for t in self._folded(ctx)) or any(
            self.stop_caps.search(t) for t in originals
        )

    def _has_help(self, ctx: CheckContext) -> bool:
        originals = [text.original for text in self._fields(ctx)]
        return any(self.help.search(t) for t in self._folded(ctx)) or any(
            self.help_caps.search(t) for t in originals
        )

    def _wrong_number(self, ctx: CheckContext) -> Violation | None:
        """A violation when an SMS opt-out names a number other than the brand's sender."""
        own = self.pack.brand.sender_addresses.get("sms")
        if ctx.message.channel != "sms" or own is None:
            return None
        for text in self._fields(ctx):
            number = wrong_opt_out_number(text.original, own)
            if number is not None:
                return violation(
                    self.rule,
                    f"The opt-out names {number}, not the brand's SMS number {own}.",
                    evidence=number,
                    fix_hint=f"Give the opt-out at the brand's own number ({own}).",
                )
        return None

    def _stop(self, ctx: CheckContext) -> Violation | None:
        if self._has_stop(ctx):
            return self._wrong_number(ctx)
        return self._missing("STOP opt-out wording", "Add 'Reply STOP to opt out.'")

    def _help(self, ctx: CheckContext) -> Violation | None:
        if self._has_help(ctx):
            return None
        return self._missing("HELP wording", "Add 'Reply HELP for help.'")

    def _statement(self, ctx: CheckContext) -> Violation | None:
        opens = self.rule.params.at_start
        for text in self._fields(ctx):
            views = [(self.statement, text.skel.text)] if self.statement is not None else []
            views += [(label, text.folded.text) for label in self.labels]
            for pattern, view in views:
                if opens and _opens(pattern, view):
                    return None
                if not opens and pattern.search(view):
                    return None
        if opens:
            where = " or ".join(self.rule.params.fields)
            return self._missing(
                "required statement at the start",
                f"Begin the {where} with {self.rule.params.text!r}.",
            )
        return self._missing(
            "required statement", f"Add the statement word for word: {self.rule.params.text!r}."
        )

    def _stop_help(self, ctx: CheckContext) -> Violation | None:
        has_stop = self._has_stop(ctx)
        has_help = self._has_help(ctx)
        if has_stop and has_help:
            return self._wrong_number(ctx)
        missing = " and ".join(
            name
            for name, ok in (("STOP opt-out wording", has_stop), ("HELP wording", has_help))
            if not ok
        )
        return self._missing(missing, "End with 'Reply STOP to opt out, HELP for help.'")

    def _ad_identification(self, ctx: CheckContext) -> Violation | None:
        consent = ctx.message.consent
        if consent is not None and CONSENT_ORDER[consent] >= CONSENT_ORDER["opt_in"]:
            return None
        if self.ad is not None and any(
            self.ad.search(text.skel.text) for text in self._fields(ctx)
        ):
            return None
        return self._missing(
            "advertisement identification",
            "Label the message as an advertisement (e.g. 'Ad:' or 'Promotional message').",
        )

    def _sender_identity(self, ctx: CheckContext) -> Violation | None:
        channel = ctx.message.channel
        approved = self.pack.brand.sender_addresses.get(channel)
        sender = ctx.message.sender
        if approved and sender and same_sender(sender, approved):
            return None
        return violation(
            self.rule,
            f"Sender {sender or '(none)'!r} is not the brand's approved {channel} sender.",
            evidence=f"sender={sender or '(none)'}",
            fix_hint=f"Send from {approved}." if approved else "Configure a sender address.",
        )
