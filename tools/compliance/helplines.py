"""Mandated helplines: what the copy says of a helpline the pack requires is no brand claim.

Gambling, debt, alcohol and health brands must print a helpline ("Gambling problem? Call
1-800-GAMBLER.", "Free debt advice: 0800 138 1111"). Copy that explains that line — "confidential
support is free and open 24/7 at 1-800-GAMBLER" — describes the outside service the
regulator sends the reader to, not a service of the brand's own: its "24/7" is the helpline's.

A helpline here is a phone number (digits, or a vanity number such as ``1-800-GAMBLER``)
printed in a wording the pack requires or approves verbatim (disclosures, required and
standing statements), in a sentence of that wording that speaks of no "we" / "us" / "our"
and does not name the brand: "Questions? Call us at 1-800-555-0100" is the brand's own line,
and what the copy says of it stays a claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nextbest.tools.compliance.kinds.claim_wording import canon, stem
from nextbest.tools.compliance.lexicon import STRENGTHENERS
from nextbest.tools.compliance.normalise import plain

_PHONE = re.compile(
    r"(?<![\w-])(?:\+?\d{1,3}[ .-])?(?:\(?\d{2,5}\)?[ .-])?(?:\d{3,4}[ .-]?\d{3,4}|"
    r"\d{3}-[A-Za-z]{4,10}|(?<=\d-)[A-Za-z]{4,10})(?![\w-])"
)
"""A phone number, in digits or with a vanity word after a hyphen: "1-800-GAMBLER", "0808 802
0133"."""


_OWN = re.compile(r"\b(?:we|us|our|ours)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")


def _is_number(found: str) -> bool:
    """Whether a match is a phone number: seven digits, or four and a vanity word."""
    digits = sum(c.isdigit() for c in found)
    return digits >= 7 or (digits >= 4 and any(c.isalpha() for c in found))


def helpline_numbers(wordings: Iterable[str], brand_names: Iterable[str]) -> frozenset[str]:
    """The helpline numbers printed in the pack's required wordings.

    Args:
        wordings: Texts the pack requires or approves verbatim.
        brand_names: The brand's names (a sentence naming one is the brand's own line).

    Returns:
        The numbers, folded (lower case, no spaces, dots, hyphens or brackets).
    """
    names = [n.lower() for n in brand_names if n]
    numbers: set[str] = set()
    for wording in wordings:
        for sentence in _SENTENCE.findall(wording):
            lowered = sentence.lower()
            if _OWN.search(sentence) or any(n in lowered for n in names):
                continue
            numbers.update(
                fold_number(m.group()) for m in _PHONE.finditer(sentence) if _is_number(m.group())
            )
    return frozenset(numbers)


def fold_number(number: str) -> str:
    """A phone number without case, spaces, dots, hyphens, brackets or a leading plus."""
    return re.sub(r"[\s().+-]", "", number).lower()


def names_helpline(sentence: str, numbers: frozenset[str]) -> bool:
    """Whether a sentence of the copy gives one of the pack's helpline numbers.

    Args:
        sentence: One sentence of the original text.
        numbers: The pack's helpline numbers (see :func:`helpline_numbers`).

    Returns:
        True when the sentence holds one of them and speaks of no "we" / "us" / "our".
    """
    if not numbers or _OWN.search(sentence):
        return False
    return any(
        fold_number(m.group()) in numbers
        for m in _PHONE.finditer(sentence)
        if _is_number(m.group())
    )


def restates_helpline(headline: str, trigger: str, said: set[str]) -> bool:
    """Whether a subject or CTA trigger only repeats what the body says of the helpline.

    "Support is always open" above "confidential support is free and open 24/7 at
    1-800-GAMBLER": the trigger's words, a strengthener aside (``always`` restates the body's
    hours), are words of the body's helpline sentences, and the headline speaks of no "we" /
    "our".

    Args:
        headline: The subject or CTA.
        trigger: The trigger's words as written.
        said: Stems of the words of the body's sentences that give a helpline number.

    Returns:
        True when the headline restates the helpline sentence.
    """
    rest = {stem(canon(w)) for w in plain(trigger).split() if w not in STRENGTHENERS}
    return bool(rest) and rest <= said and not _OWN.search(headline)
