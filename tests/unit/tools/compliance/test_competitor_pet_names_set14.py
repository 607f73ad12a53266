"""A competitor's name that the copy gives a pet or a person (issue 17, fourteenth set).

The brand is Northwind Coffee (``compliance_helpers``, invented for the tests); its
competitor rule names a rival roaster called "Biscuit", which is also a dog's name.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import build_pack, fired, rule

from nextbest.tools.compliance.individual_names import named_individual


def _pack() -> Any:
    return build_pack([rule("competitor", "case_sensitive_term", {"terms": ["Biscuit"]})])


def test_a_dog_named_like_the_competitor_is_a_dog(check: Any) -> None:
    body = (
        "This month's cafe regular is Biscuit, a 4-year-old spaniel from Bangor.\n\n"
        "“Biscuit naps under the counter every morning.” — Pat, Bangor"
    )
    assert "competitor" not in fired(check(_pack(), channel="email", subject="Hi", body=body))
    body = "Our barista brings her dog Biscuit to the roastery on Fridays."
    assert "competitor" not in fired(check(_pack(), channel="email", subject="Hi", body=body))


def test_the_competitor_itself_is_still_named(check: Any) -> None:
    for body in (
        "Switching from Biscuit? Your first bag ships free.",
        "Biscuit, a coffee subscription brand, charges more. Biscuit is not for you.",
    ):
        assert "competitor" in fired(check(_pack(), channel="email", subject="Hi", body=body))
    assert not named_individual("Biscuit, a dog food company, charges more.", "Biscuit")
    assert named_individual("a puppy named Biscuit", "Biscuit")
    assert named_individual("Biscuit the beagle", "Biscuit")
