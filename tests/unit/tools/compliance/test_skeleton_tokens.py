"""The content tokens of a field's skeleton, read by every claim rule (speed, issue 17)."""

from __future__ import annotations

import pytest

from nextbest.tools.compliance.kinds.claim_grounding import _skeleton_tokens
from nextbest.tools.compliance.kinds.claim_wording import TOKEN, canon
from nextbest.tools.compliance.lexicon import STOPWORDS
from nextbest.tools.compliance.normalise import NormalisedText, skeleton


def _by_pattern(view: NormalisedText) -> list[tuple[str, int, int]]:
    """The tokens as the token pattern reads them (the reference)."""
    at = view.offsets
    return [
        (canon(m.group()), at[m.start()], at[m.end() - 1] + 1)
        for m in TOKEN.finditer(view.text)
        if m.group() not in STOPWORDS
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Fresh bread, baked every morning at the Mill Lane bakery!",
        "  Rated 4.8/5 by 2,100+ bakers -- the best rye in town.\n\nOrder by 9pm.",
        "Café crème: ＤＡＩＬＹ loaves, 100% sourdough",
    ],
)
def test_tokens_of_a_skeleton_are_the_pattern_tokens(text: str) -> None:
    view = skeleton(text)
    assert _skeleton_tokens(view)[0] == _by_pattern(view)


def test_tokens_of_a_view_with_wider_spaces_keep_their_spans() -> None:
    view = NormalisedText(" two  loaves\tfree ", tuple(range(18)), 18)  # not a skeleton's spacing
    tokens, starts, ordered = _skeleton_tokens(view)
    assert tokens == _by_pattern(view)
    assert starts == [1, 6, 13] and ordered
