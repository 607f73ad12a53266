"""Promise words of languages written without spaces between words, in a subject.

A subject's promise words ("free", "gift", "sale") are read word by word. Chinese, Japanese and
Thai run their words together, so a subject promising free delivery or a discount in one of
them is one long run of letters that no word list matches. These words are found inside the
run instead; each must be kept by the body or the offer's own wording, as a promise word is.
The words are the common ones of commerce: free, free delivery or postage, discount, half
price.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

UNSPACED_PROMISES: tuple[str, ...] = (
    "免運費", "免運", "免运费", "免运", "免費", "免费", "包郵", "包邮", "折扣", "半價",  # Chinese
    "半价",
    "送料無料", "無料", "割引", "半額",  # Japanese
    "ส่งฟรี", "ฟรี", "ส่วนลด",  # Thai
)  # fmt: skip
"""Promise words (longest forms first, so "free delivery" is read before "free")."""

_PROMISE = re.compile("|".join(re.escape(w) for w in UNSPACED_PROMISES))


def unbacked_promises(subject: str, backing: Iterable[str]) -> list[str]:
    """The promise words of unspaced scripts in ``subject`` that no backing text carries.

    Args:
        subject: The subject or push title, as written.
        backing: The body, the CTA and the offer's name, terms and disclosure, as written.

    Returns:
        The unkept promise words, in order, each once.
    """
    found = [m.group() for m in _PROMISE.finditer(subject)]
    if not found:
        return []
    joined = "\n".join(backing)
    missing: list[str] = []
    for word in found:
        if word not in joined and word not in missing:
            missing.append(word)
    return missing
