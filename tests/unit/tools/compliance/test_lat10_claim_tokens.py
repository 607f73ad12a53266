"""Claim grounding's shared skeleton tokens (issue 17, speed): same tokens, read once per text."""

from __future__ import annotations

from nextbest.tools.compliance.kinds.claim_grounding import _skeleton_tokens
from nextbest.tools.compliance.normalise import skeleton


def test_tokens_of_a_skeleton_are_kept_for_the_next_rule() -> None:
    skel = skeleton("Our kettles boil water in under 90 seconds.")
    tokens, starts, ordered = _skeleton_tokens(skel)
    again = _skeleton_tokens(skel)
    assert again[0] is tokens  # the second claim rule reuses the first one's tokens
    assert ordered
    assert starts == [t[1] for t in tokens]
    words = [t[0] for t in tokens]
    assert "90" in words
    assert all(skel.original_length >= end > start for _, start, end in tokens)


def test_another_skeleton_is_tokenised_afresh() -> None:
    first = skeleton("Fresh bread every morning.")
    second = skeleton("Warm rolls by noon.")
    a = _skeleton_tokens(first)[0]
    b = _skeleton_tokens(second)[0]
    assert a is not b
    assert _skeleton_tokens(first)[0] == a  # same tokens when read again
