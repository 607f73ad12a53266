"""``capitals``: no shouting — words in capitals, or too high a share of capital letters.

Short words and words without a vowel (acronyms such as ``APR``, ``CPSC``), words the rule
allows, opt-out keywords (``STOP``, ``HELP``), a keyword the reader is told to reply or text
(``répondez DÉSABONNER``, ``Text JOIN``), promo codes of the pack's offers, capital words
of the brand's and products' names and of the pack's approved wordings (claims, offer terms,
required texts), the signal words of safety warnings (``WARNING``), the names of
identifiers (``IBAN``, ``SWIFT``, ``IMEI``), the letters of a phone number
(``1-800-FLOWERS``-style) and links are not shouting; nor is a code of capitals and
figures (``SAVE15``, ``2FOR1``, even one the pack does not know: a wrong code is another
rule's matter). The words the pack allows are whole tokens: a code ``SUMMER10`` allows no
``SUMMER``. A short everyday word written in capitals (``NEW``, ``BIG``, ``NOW``) is no acronym:
it shouts whatever its length. A capital word that names or belongs to an identifier (before a
long number, "IMEI 356938035643809", or inside an account number, "NL91 ABNA 0417 …") is part of
that number, not shouting. A call to action of short words in capitals (``LOG IN``, ``SIGN UP``,
``SET UP``: the reader actions of :data:`~nextbest.tools.compliance.lexicon.READER_ACTIONS`
written as two words) shouts like one long word, and a short word in capitals beside a word
that shouts (``GARDEN DAY``) shouts with it (:mod:`~nextbest.tools.compliance.shouted_runs`).
A name the pack bans in its exact casing (a ``case_sensitive_term`` rule's terms, such as a
competitor written ``ACME``) is a name, not shouting: that rule reports it. A Latin word
written straight against Japanese or Chinese letters (「UVカット」) is a word of its own: those
letters have no case and are another word.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import partial

from nextbest.brand_context.models import BrandPack, CapitalsRule, CaseSensitiveTermRule
from nextbest.tools.compliance.kinds.banned_phrase import required_texts
from nextbest.tools.compliance.kinds.base import CheckContext, violation
from nextbest.tools.compliance.kinds.link_policy import extract_links
from nextbest.tools.compliance.kinds.required_element import OPT_OUT_KEYWORDS
from nextbest.tools.compliance.lexicon import READER_ACTIONS
from nextbest.tools.compliance.short_shouts import opens_sentence_loudly
from nextbest.tools.compliance.shouted_runs import run_words
from nextbest.tools.compliance.unspaced_scripts import UNSPACED_RANGES
from nextbest.tools.compliance.verdict import Violation

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
"""A word, for the share of capital letters (caseless letters of any script count too)."""
_MARKS = "\u0300-\u036f\u1dc0-\u1dff"
"""Combining marks a letter may carry where no precomposed letter exists (Yoruba "Ẹ̀")."""
_CASED_WORD = re.compile(
    rf"[^\W\d_{UNSPACED_RANGES}]+(?:[{_MARKS}]+[^\W\d_{UNSPACED_RANGES}]*)*"
    rf"(?:['’][^\W\d_{UNSPACED_RANGES}]+)?"
)
"""A word that may be in capitals: Japanese or Chinese copy writes a Latin word straight
against its own letters (「NEWアイテム」), which have no case and are another word. A letter
with a combining mark (Yoruba "BẸ̀RẸ̀", a tone mark on a dotted letter) stays inside its word."""
_TOKEN = re.compile(rf"[^\W_{UNSPACED_RANGES}]+(?:['’][^\W\d_{UNSPACED_RANGES}]+)?")
"""A whole token of the pack's own wording, letters and figures together (``SUMMER10``)."""
_DIGIT = re.compile(r"\d")
"""A figure right before or after a capital word: a code (``LOVE15``, ``2FOR1``), not a
shouted word."""
_VOWEL = re.compile(
    r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-ÝĀ-ąĒ-ěĨ-ıŌ-őŨ-ųŶ-Ÿ"  # Latin, with the accented and dotted forms
    "\u018f\u0190\u0186\u0197\u019f"  # Latin schwa, open e, open o, barred i and o (Ə Ɛ Ɔ Ɨ Ɵ)
    "ƠƯ\u1ea0-\u1ef9"  # Vietnamese horned vowels and vowels with two diacritics ("ĐỪNG")
    r"ΑΕΗΙΟΥΩΆΈΉΊΌΎΏΪΫ"  # Greek
    r"АЕЁИОУЫЭЮЯІЇЄ"  # Cyrillic
    "\u0531\u0535\u0537\u0538\u053b\u0548\u0555]"  # Armenian: Ա Ե Է Ը Ի Ո Օ
)
"""A vowel of a capital word, in any of the alphabets copy is written in: a word without one
is an acronym (``CPSC``); one with only accented, Greek, Cyrillic or Armenian vowels
(``ÁLLÁS``, ``ΤΩΡΑ``, ``СКИДКА``, ``ԳԻՆ``, Vietnamese ``ĐỪNG``), or with the schwa of the Turkic
Latin alphabets and the open vowels of African ones (``TƏZƏ``, ``ƐYƐ``), is a word like any
other."""
SAFETY_SIGNAL_WORDS: frozenset[str] = frozenset(
    {"WARNING", "CAUTION", "DANGER", "NOTICE", "CHOKING", "HAZARD", "HAZARDS", "POISON"}
)
"""Signal words of safety warnings, written in capitals by law and convention (``WARNING:
CHOKING HAZARD``): never shouting."""
IDENTIFIER_ACRONYMS: frozenset[str] = frozenset(
    {"IBAN", "SWIFT", "IMEI", "SIRET", "SIREN", "NIPC", "EORI", "ISIN", "PIN"}
)
"""Names of account, device and company identifiers, acronyms in every language ("nunca lhe
pede o NIF, o IBAN"): never shouting."""
SHOUT_WORDS: frozenset[str] = frozenset(
    {
        "NEW", "BIG", "HOT", "NOW", "OUT", "WOW", "YES", "TOP", "OFF", "WIN", "BUY", "GET",
        "ALL", "YOU", "FUN",
    }
)  # fmt: skip
"""Everyday words shorter than the rule's minimum that, in capitals, shout rather than
abbreviate ("NEW evening slots", "BIG news", "OUT now"). In any language, a short word in
capitals that opens a sentence and runs into lower-case words shouts too
(:mod:`~nextbest.tools.compliance.short_shouts`)."""
_IDENTIFIER_NEXT = re.compile(r"[^\S\n]+\d{5,}|[^\S\n]+\d{4}[^\S\n]+\d{4}")
"""A long number right after a capital word: the word names or belongs to an identifier
("IMEI 356938035643809", "ABNA 0417 1643 00"), it does not shout."""
_IDENTIFIER_BEFORE = re.compile(r"\b[A-Z]+\d+[^\S\n]+$")
"""A token of capitals and figures right before a capital word: a group of an account
number ("NL91 ABNA …")."""
_REPLY_VERB = re.compile(
    r"(?<![^\W\d_])(?:reply|text|txt|r[ée]pond(?:ez|re|s)|textez|antworte(?:n)?"
    r"|rispond(?:i|ete|ere)|respond(?:e|a|er)|svara|antwoord)"
    r"(?:[^\S\n]+(?:sie|with|avec|par|con|mit|med|met))?[^\S\n]*[«\"“'‘]?[^\S\n]*$",
    re.IGNORECASE,
)
"""A verb of replying or texting right before a capital word: the word is a keyword the reader
types ("Reply STOP", "Text JOIN to 55555", "répondez DÉSABONNER"), not shouting. A verb of
sending is left out: "Send LOVE this weekend" may shout."""
KEYWORD_REACH = 24
"""Characters before a capital word searched for :data:`_REPLY_VERB`."""
_PHONE_WORD_BEFORE = re.compile(r"\d{3,4}[-. ]$")
"""Digits right before a capital word: a phone number spelled in letters (``1-800-…``)."""

_SHOUTED_ACTION = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(re.escape(a.upper()).replace(r"\ ", r"[^\S\n]+") for a in READER_ACTIONS if " " in a)
    + r")(?![^\W\d_])"
)
"""A reader action of two short words in capitals ("LOG IN", "SIGN UP"): one shouted call."""


def _outside(words: list[re.Match[str]], spans: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The words (in order, disjoint) that lie inside none of ``spans``.

    Words are disjoint and in order, so the words inside a span are a run starting at the
    first word that starts in it: found by bisection, not by testing every word.
    """
    if not spans:
        return words
    starts = [m.start() for m in words]
    hidden: set[int] = set()
    for s, e in spans:
        i = bisect_left(starts, s)
        while i < len(words) and words[i].end() <= e:
            hidden.add(i)
            i += 1
    return [m for i, m in enumerate(words) if i not in hidden] if hidden else words


class CapitalsCheck:
    """Counts capital words over the message and the share of capital letters per field."""

    def __init__(self, rule: CapitalsRule, pack: BrandPack) -> None:
        """Collect the words that may be written in capitals.

        Args:
            rule: The rule.
            pack: The brand pack (names, codes).
        """
        self.rule = rule
        self.rule_id = rule.id
        own = [*pack.brand.own_names, *rule.params.allowed]
        own += [n for p in pack.products for n in p.names]
        own += [o.code for o in pack.offers if o.code]
        own += [c.text for c in pack.claims] + required_texts(pack)
        own += [
            term
            for r in pack.rules
            if isinstance(r, CaseSensitiveTermRule)
            for term in r.params.terms
        ]  # names banned in their exact casing: the term's own rule reports them
        self.allowed = {w for text in own for w in _TOKEN.findall(text) if w.isupper()}
        self.allowed |= {w.upper() for w in rule.params.allowed}
        self.allowed |= {k for k in OPT_OUT_KEYWORDS if " " not in k} | {"HELP"}
        self.allowed |= SAFETY_SIGNAL_WORDS | IDENTIFIER_ACRONYMS

    def _may_shout(self, text: str, m: re.Match[str]) -> bool:
        """Whether a capital word of any length may shout: not an acronym, code or name.

        A word without a vowel is an acronym; a word the rule allows, a phone number's letters,
        a keyword the reader is told to reply, a code with figures, or the name or a group of
        an identifier (an everyday shouting word aside) does not shout.
        """
        word = m.group()
        return (
            _VOWEL.search(word) is not None
            and word not in self.allowed
            and not _PHONE_WORD_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
            and not _REPLY_VERB.search(text, max(0, m.start() - KEYWORD_REACH), m.start())
            and not _DIGIT.match(text, m.end())
            and not (m.start() and _DIGIT.match(text, m.start() - 1))
            and not (
                word not in SHOUT_WORDS
                and (
                    _IDENTIFIER_NEXT.match(text, m.end())
                    or _IDENTIFIER_BEFORE.search(text, 0, m.start())
                )
            )
        )

    def _with_actions(
        self, text: str, shouting: list[re.Match[str]], masked: list[tuple[int, int]]
    ) -> list[re.Match[str]]:
        """``shouting`` with each call to action in capitals ("LOG IN") that it lacks."""
        found = list(shouting)
        for m in _SHOUTED_ACTION.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in masked):
                continue  # inside a link
            if any(w.start() < m.end() and m.start() < w.end() for w in shouting):
                continue  # a word of it already shouts ("CHECK OUT")
            if all(w in self.allowed for w in m.group().split()):
                continue  # the pack writes it so
            found.append(m)
        return sorted(found, key=lambda m: m.start())

    def check(self, ctx: CheckContext) -> list[Violation]:
        """A violation per field that shouts.

        The limit on capital words is the whole message's: one capital word in the subject and
        another in the body are two words against a limit of one, reported in the field where
        the count goes over it. The share of capital letters is each field's own.
        """
        params = self.rule.params
        links = extract_links(ctx)
        found: list[Violation] = []
        counted = 0  # capital words of the fields before: the limit is the message's
        for name in params.fields:
            text = ctx.fields.get(name)
            if text is None:
                continue
            masked = [link.span for link in links if link.field == name and link.span]
            # Only a word in capitals may shout; whether a link hides a word depends on that
            # word alone, so the capital words are picked first and the links hide among them.
            upper = _outside(
                [m for m in _CASED_WORD.finditer(text.original) if m.group().isupper()], masked
            )
            shouting = [
                m
                for m in upper
                if (
                    len(m.group()) >= params.min_word_letters
                    or m.group() in SHOUT_WORDS
                    or opens_sentence_loudly(text.original, *m.span())  # "NEU: jetzt …"
                )
                and self._may_shout(text.original, m)
            ]
            if shouting and len(upper) > len(shouting):  # "GARDEN DAY": a short word of the run
                shouting = run_words(
                    text.original, shouting, upper, partial(self._may_shout, text.original)
                )
            if upper and _SHOUTED_ACTION.search(text.original):
                shouting = self._with_actions(text.original, shouting, masked)
            too_many = len(shouting) > params.max_caps_words or (
                bool(shouting) and counted + len(shouting) > params.max_caps_words
            )
            counted += len(shouting)
            ratio = 0.0  # read only for a ratio limit, or to name a finding without a word
            if params.max_ratio is not None or (too_many and not shouting):
                words = _outside(list(_WORD.finditer(text.original)), masked)
                letters = "".join(m.group() for m in words)
                ratio = sum(map(str.isupper, letters)) / len(letters) if letters else 0.0
            too_high = params.max_ratio is not None and ratio > params.max_ratio
            if not (too_many or too_high):
                continue
            first = shouting[0] if shouting else None
            evidence = ", ".join(m.group() for m in shouting[:5]) or f"{ratio:.0%} capitals"
            found.append(
                violation(
                    self.rule,
                    f"The {name} shouts ({evidence}).",
                    field=name,
                    span=first.span() if first else None,
                    evidence=evidence,
                    fix_hint="Write in sentence case; keep capitals for names and acronyms.",
                )
            )
        return found
