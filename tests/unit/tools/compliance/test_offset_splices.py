"""Spans of a normalised text replaced, each character keeping its original offset."""

from nextbest.tools.compliance.offset_splices import Splice, splice


def test_replaced_spans_take_their_given_offsets_and_the_rest_keep_theirs() -> None:
    text = "ab 12k cd"
    offsets = [10 + i for i in range(len(text))]
    new_text, kept = splice(text, offsets, [Splice(3, 6, "12000", [13, 13, 14, 14, 15])])
    assert new_text == "ab 12000 cd"
    assert kept == [10, 11, 12, 13, 13, 14, 14, 15, 16, 17, 18]


def test_no_splices_mean_no_rewrite() -> None:
    assert splice("abc", [0, 1, 2], []) is None
