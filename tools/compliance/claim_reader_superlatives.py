"""A Korean superlative whose subject is the reader: "여러분이 가장 좋아한 …".

Korean writes "the most" as 가장 before the verb it grades, and the clause's subject stands
before it with its particle: "독자들이 가장 많이 찾은 책" is "the books readers looked for most",
"여러분이 가장 아낀 문장" "the lines you held dearest". Such a superlative grades what the readers
did or liked among the things the message lists, a year's look back or a reading list; it ranks
nothing of the brand against anyone, as "the brand's fastest delivery" would. The clause's
subject is the reader when it is a word for the readers, customers or members (or "you all",
여러분), with its plural 들, honorific 님 and subject particle 이 / 가 / 께서, and at most one
word (a time, 올해) between it and 가장.

The pattern runs on the skeleton view (Hangul decomposed as the skeleton writes it) and is
added to the claim grounding rule's exceptions of superlatives.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import skeleton

READERS: tuple[str, ...] = (
    "여러분", "독자", "고객", "회원", "구독자", "이용자", "손님", "당신", "사용자", "시청자",
    "청취자", "관객", "학생", "수강생",
)  # fmt: skip
"""Korean words for the people a message goes to."""

_SUFFIXES: tuple[str, ...] = ("님", "들")
_PARTICLES: tuple[str, ...] = ("께서", "이", "가")
_MOST = "가장"


def _alternation(words: tuple[str, ...]) -> str:
    forms = sorted({skeleton(w).text for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(f) for f in forms) + ")"


READER_SUPERLATIVE_PATTERN = (
    _alternation(READERS)
    + "".join(f"(?:{re.escape(skeleton(s).text)})?" for s in _SUFFIXES)
    + _alternation(_PARTICLES)
    + r"(?: [^ ]+)? "
    + re.escape(skeleton(_MOST).text)
)
"""A reader subject with its particle before 가장 (skeleton view): "독자들이 가장"."""
