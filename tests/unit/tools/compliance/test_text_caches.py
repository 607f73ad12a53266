"""The per-text caches of the compliance engine never leak one caller's changes to another."""

from __future__ import annotations

from nextbest.tools.compliance.kinds.required_element import address_tokens
from nextbest.tools.compliance.normalise import fold, join_punctuation, skeleton, skeleton_of


def test_address_tokens_are_a_fresh_list_each_call() -> None:
    first = address_tokens("418 Alder Street, Suite 200")
    first.append("tampered")
    assert "tampered" not in address_tokens("418 Alder Street, Suite 200")
    assert address_tokens("418 Alder Street, Suite 200") == ["418", "alder", "st", "ste", "200"]


def test_cached_skeleton_is_the_skeleton_of_the_folded_view() -> None:
    text = "Éco-friendly  C.U.R.E\u200b for\nevery day"
    assert skeleton(text) == skeleton_of(fold(text))
    assert skeleton(text).text == "eco friendly c u r e for every day"


def test_joined_words_keep_their_context() -> None:
    view = join_punctuation(fold("We never said it would cu.re anything at all, truly."))
    assert view is not None
    assert view.text == "it would cure anything at"
    assert join_punctuation(fold("No inner punctuation here.")) is None
