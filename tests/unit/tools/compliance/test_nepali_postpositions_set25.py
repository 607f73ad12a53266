"""A catalogue unit with a Nepali postposition glued on ("७ दिनमा", "१५ केजीसम्म") (issue 17, set 25).

Gandaki Rafting, a river-trip company invented for these tests, runs a rafting trip of exactly
3 days with a baggage allowance of at most 10 kg. Nepali joins its postpositions to the noun, so
"५ दिनमा" (in five days) and "१५ केजीसम्म" (up to fifteen kilos) wrote the unit with an ending
glued on; the figure was no figure in the unit, and a wrong duration or allowance went out.
The catalogue's own figures, glued or not, still go.
"""

from __future__ import annotations

from compliance_helpers import email_brand, facts_fired, facts_pack

from nextbest.brand_context.models import BrandPack


def _pack() -> BrandPack:
    return facts_pack(
        email_brand("Gandaki Rafting", "ne-NP", "Asia/Kathmandu"),
        [
            {
                "id": "raft",
                "name": "त्रिशूली र्‍याफ्टिङ यात्रा",
                "list_price": 18000,
                "currency": "NPR",
                "facts": [
                    {"name": "duration", "value": 3, "unit": "दिन", "limit": "exact"},
                    {"name": "baggage", "value": 10, "unit": "केजी", "limit": "max"},
                ],
            }
        ],
    )


def test_a_wrong_figure_with_a_glued_postposition_blocks() -> None:
    pack = _pack()
    assert facts_fired(pack, "त्रिशूली र्‍याफ्टिङ यात्रा अब ५ दिनमा!", "यात्रा")
    assert facts_fired(pack, "त्रिशूली र्‍याफ्टिङ यात्रा: १५ केजीसम्म सामान।", "यात्रा")
    assert facts_fired(pack, "त्रिशूली र्‍याफ्टिङ यात्रा: ५ दिनहरूमा।", "यात्रा")


def test_the_catalogue_figures_still_go() -> None:
    pack = _pack()
    assert not facts_fired(pack, "त्रिशूली र्‍याफ्टिङ यात्रा ३ दिनमा, १० केजीसम्म सामान।", "यात्रा")
    assert not facts_fired(pack, "त्रिशूली र्‍याफ्टिङ यात्रा ३ दिन, १० केजी सामान।", "यात्रा")
