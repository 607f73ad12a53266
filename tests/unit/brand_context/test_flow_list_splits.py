"""Unquoted one-line list items that look like one value split at a comma."""

from __future__ import annotations

from nextbest.brand_context.flow_list_splits import find_flow_list_splits


def _pairs(text: str) -> list[tuple[str, str, str, str, int]]:
    return [(s.path, s.first, s.second, s.reason, s.line) for s in find_flow_list_splits(text)]


def test_a_sentence_split_at_its_comma_is_reported_with_path_and_line() -> None:
    text = (
        "rules:\n"
        "  - id: fees\n"
        "    params:\n"
        "      required_any: [Network fees apply, taxes and excise included.]\n"
    )
    assert _pairs(text) == [
        (
            "rules[0].params.required_any",
            "Network fees apply",
            "taxes and excise included.",
            "sentence",
            4,
        )
    ]
    (split,) = find_flow_list_splits(text)
    assert '"Network fees apply, taxes and excise included."' in split.message()


def test_a_number_split_at_its_thousands_comma_is_reported_in_any_script() -> None:
    text = "claims:\n  - variants: [첫 달 이후 매월 4,900원이 자동결제됩니다.]\n"
    (split,) = find_flow_list_splits(text)
    assert (split.first, split.second, split.reason) == (
        "첫 달 이후 매월 4",
        "900원이 자동결제됩니다.",
        "number",
    )
    assert "4,900원" in split.message()


def test_quoted_items_and_block_lists_are_what_the_officer_wrote() -> None:
    quoted = 'required_any: ["Network fees apply, taxes and excise included."]\n'
    block = "required_any:\n  - Network fees apply\n  - taxes and excise included.\n"
    assert find_flow_list_splits(quoted) == []
    assert find_flow_list_splits(block) == []


def test_lists_of_phrases_labels_and_phone_numbers_are_not_reported() -> None:
    text = (
        "a: [last chance, only today, selling out fast]\n"
        "b: [email, sms, push]\n"
        "c: [TFN, tax file number, member number, member no.]\n"
        "d: [EMI, loans, rate of interest, p.a.]\n"
        "e: [(888) 555-0142, 888-555-0142]\n"
        "f: [1668-2045, 080-500-2045]\n"
        "g: [Save 10%, Free delivery.]\n"
    )
    assert find_flow_list_splits(text) == []


def test_text_that_is_not_yaml_has_no_warnings() -> None:
    assert find_flow_list_splits("a: [unclosed\n") == []
