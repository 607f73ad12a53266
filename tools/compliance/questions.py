"""Open questions that ask about a topic without asserting anything (a rule of language).

"Is whitening safe for sensitive teeth?" asks the reader's own question before the copy
answers it; the health words in it are not a statement. Only a plain yes/no question counts:
it starts with an auxiliary verb, ends with a question mark, and neither names the brand nor
speaks of its own products ("Can our gel cure sensitivity?" insinuates a claim), nor is it a
negative or "did you know" question that asserts its answer ("Isn't our gel the safest?",
"Did you know whitening is safe?").
"""

from __future__ import annotations

import re

_OPEN_QUESTION = re.compile(
    r"^\s*(?:is|are|can|could|does|do|should|will|would)\s+(?!you\s+know\b)"
    r"(?![a-z]*n[’']t\b)[^?]*\?\s*$",
    re.IGNORECASE,
)
_OWN = re.compile(r"\b(?:our|ours|we|us)\b", re.IGNORECASE)


def open_question(sentence: str) -> bool:
    """Whether a sentence is a plain yes/no question that does not speak of the brand's own.

    Args:
        sentence: One sentence of the original text.

    Returns:
        True for "Is whitening safe for sensitive teeth?", False for statements, negative
        questions and questions about "our" products.
    """
    return bool(_OPEN_QUESTION.match(sentence)) and not _OWN.search(sentence)
