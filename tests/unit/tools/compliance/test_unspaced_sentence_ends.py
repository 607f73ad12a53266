"""Sentences of scripts written without spaces end at their own marks, with no space after."""

from __future__ import annotations

import pytest

from nextbest.tools.compliance.kinds.base import FieldText
from nextbest.tools.compliance.offer_paraphrase import sentence_spans


def _pieces(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:end].strip() for start, end in spans]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("新款茶杯上市。周末满百减十。", "新款茶杯上市。"),
        ("茶杯上新！周末满百减十。", "茶杯上新！"),
        ("ခွက်အသစ်ရောက်ပြီ။ပိတ်ရက်လျှော့ဈေး", "ခွက်အသစ်ရောက်ပြီ။"),
        ("ពែងថ្មីមកដល់។ចុងសប្តាហ៍បញ្ចុះតម្លៃ", "ពែងថ្មីមកដល់។"),
    ],
)
def test_a_field_splits_at_a_mark_with_no_space_after(text: str, first: str) -> None:
    field = FieldText.of("body", text)
    pieces = _pieces(text, field.sentences)
    assert len(pieces) == 2
    assert pieces[0] == first


def test_the_offer_reader_splits_chinese_terms_at_the_ideographic_full_stop() -> None:
    terms = "满三百元减五十元。仅限会员。"
    assert _pieces(terms, sentence_spans(terms)) == ["满三百元减五十元。", "仅限会员。"]


def test_a_latin_full_stop_inside_a_number_still_does_not_split() -> None:
    text = "Mugs now 12.50 each. Ends Sunday."
    assert _pieces(text, FieldText.of("body", text).sentences) == [
        "Mugs now 12.50 each.",
        "Ends Sunday.",
    ]
