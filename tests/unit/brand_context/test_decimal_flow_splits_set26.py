"""A price with a decimal comma split by a one-line YAML list is reported (issue 17, set 26).

``phrases: [was 24,50 EUR]`` is read as the two phrases ``was 24`` and ``50 EUR``, so a ban
meant for one false reference price bans every price ending in 50 cents. ``kb validate`` now
names such a split; a list whose comma is followed by a space separates two items.
"""

from __future__ import annotations

from nextbest.brand_context.flow_list_splits import find_flow_list_splits


def test_a_price_split_at_its_decimal_comma_is_reported() -> None:
    text = "rules:\n  - params:\n      phrases: [true value, was 24,50 EUR]\n"
    (split,) = find_flow_list_splits(text)
    assert (split.first, split.second, split.reason) == ("was 24", "50 EUR", "decimal")
    assert '"was 24,50 EUR"' in split.message()
    assert "decimal comma" in split.message()


def test_items_separated_by_a_comma_and_a_space_are_two_items() -> None:
    text = "a: [Class 3, 28 mph]\nb: [+45 33 12 40 50, 33 12 40 50]\nc: [1,2,3]\n"
    assert find_flow_list_splits(text) == []
