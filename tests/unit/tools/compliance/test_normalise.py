"""Normalisation views and their offset maps."""

from __future__ import annotations

import random
import re

import pytest

from nextbest.tools.compliance.normalise import collapse_spaced, fold, link_view, plain, skeleton
from nextbest.tools.compliance.phrases import compile_phrases, phrase_pattern


def test_fold_case_width_diacritics_homoglyphs_and_invisibles() -> None:
    original = "ＣＵＲＥ Crème \u0441ure cu\u200bre"
    view = fold(original)
    assert view.text == "cure creme cure cure"
    assert len(view.offsets) == len(view.text)


def test_fold_collapses_whitespace_and_keeps_line_breaks() -> None:
    view = fold("  Hello\u00a0\u00a0world \n\n\n next  ")
    assert view.text == "hello world\nnext"


def test_offsets_map_back_to_the_original_text() -> None:
    original = "Our \u0421\u200bURE, really"
    view = skeleton(original)
    match = re.search("cure", view.text)
    assert match is not None
    start, end = view.original_span(*match.span())
    assert original[start:end] == "\u0421\u200bURE"


def test_skeleton_turns_punctuation_into_spaces_but_keeps_money_and_hashtags() -> None:
    assert skeleton("Eco-friendly, 100% natural! Only $40 #ad").text == (
        "eco friendly 100% natural! only $40 #ad"
    )


def test_link_view_keeps_look_alike_letters() -> None:
    assert link_view("https://n\u043erthwind.coffee").text == "https://n\u043erthwind.coffee"
    assert link_view("bit\u200b.ly").text == "bit.ly"


def test_collapse_spaced_joins_single_letter_runs_only() -> None:
    view = skeleton("The c.u.r.e is a cure")
    collapsed = collapse_spaced(view)
    assert collapsed is not None and collapsed.text == "the cure is a cure"
    assert collapse_spaced(skeleton("I am a fan")) is None


@pytest.mark.parametrize("text", ["cure", "CUR3", "cur3", "Cure!", "chemical-free cure"])
def test_phrase_pattern_finds_the_word(text: str) -> None:
    assert re.search(phrase_pattern("cure"), skeleton(text).text)


@pytest.mark.parametrize("text", ["secure", "pedicure", "curated", "manicures", "obscure"])
def test_phrase_pattern_ignores_longer_words(text: str) -> None:
    assert not re.search(phrase_pattern("cure"), skeleton(text).text)


def test_multi_word_phrases_match_joined_or_hyphenated() -> None:
    pattern = compile_phrases(["chemical free"])
    assert pattern is not None
    for text in ("chemical free", "Chemical-free", "chemicalfree", "CHEMICAL_FREE"):
        assert pattern.search(skeleton(text).text), text
    assert compile_phrases([]) is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  ",
        "Free returns within 30 days.",
        "  -- Save 20%!! on the Oak_Lamp (today)\r\n\tonly  ",
        "a\x00b\x7fc #1 best | top+up $5 @home",
        "Pay-as-you-go: no   contract\n\nCancel anytime...",
        "Café crème, ＣＵＲＥ, cr¥pto",  # beyond ASCII: the full views
    ],
)
def test_plain_is_the_skeleton_text(text: str) -> None:
    assert plain(text) == skeleton(text).text


def test_plain_fast_ascii_path_matches_the_skeleton_on_random_text() -> None:
    rng = random.Random(17)
    alphabet = [chr(i) for i in range(128)] + list("ab Z9 \n\r\t_-.$%|")
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert plain.__wrapped__(text) == skeleton.__wrapped__(text).text, repr(text)
