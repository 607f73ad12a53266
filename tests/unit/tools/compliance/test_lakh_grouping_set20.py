"""Figures grouped in lakh and crore are read as one figure (issue 17, set 20).

Kesar Looms, an Indian furniture shop invented for these tests, writes prices the Indian way
(``₹2,35,500``). The figure readers read thousands grouped by three and cut such a figure at
its first two-digit group (``₹2,35``), so a catalogue price read as a price far below list and
was blocked as an unapproved promotion. The folded view now regroups the figure by thousands;
a figure really below list is still a promotion.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.normalise import fold


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Kesar Looms",
                "legal_name": "Kesar Looms Private Limited",
                "postal_address": "12 Mill Lane, Jaipur 302001, Rajasthan, India",
                "sender_addresses": {"email": "hello@kesarlooms.example"},
                "channels": ["email"],
                "locales": ["en-IN"],
                "default_time_zone": "Asia/Kolkata",
                "website_domains": ["kesarlooms.example"],
            },
            "products": [
                {
                    "id": "teak-sofa",
                    "name": "Kesar Teak Sofa",
                    "list_price": 235500,
                    "currency": "INR",
                }
            ],
            "rules": [rule("offers", "offer_terms")],
        },
        source="test",
    )


def test_a_lakh_figure_is_regrouped_by_thousands_and_points_at_the_copy() -> None:
    text = "Sofa ₹2,35,500, hall ₹1,20,00,000 and 4,500 cushions"
    view = fold(text)
    assert "₹235,500" in view.text
    assert "₹12,000,000" in view.text
    assert "4,500 cushions" in view.text
    start = view.text.index("235,500")
    assert view.original_span(start, start + len("235,500")) == (6, 14)


def test_other_comma_shapes_are_left_as_they_are() -> None:
    assert fold("sizes 1,5,200 and 10,20,300,4").text == "sizes 1,5,200 and 10,20,300,4"


def test_the_list_price_in_lakh_grouping_is_no_promotion(check: Any) -> None:
    verdict = check(
        _pack(),
        channel="email",
        subject="Our teak sofa",
        body="The Kesar Teak Sofa is ₹2,35,500, hand finished in Jaipur.",
    )
    assert "offers" not in fired(verdict)


def test_a_lakh_figure_below_list_is_still_a_promotion(check: Any) -> None:
    verdict = check(
        _pack(),
        channel="email",
        subject="Our teak sofa",
        body="The Kesar Teak Sofa is now ₹1,99,000, hand finished in Jaipur.",
    )
    assert "offers" in fired(verdict)
