"""Banned wording the copy denies or only quotes from a reader (issue 17, set 16).

The brand is Fernhollow Home, a household brand invented for these tests, that bans
"disinfectant", "steriliser", "every germ" and "zero waste". The copy may say what a product is
and then what it is not ("a cleaner, not a disinfectant"), deny the statement of every product
of its kind ("no spray kills every germ"), say its labels do not carry the words ("why our
labels don't say zero waste"), answer a quoted reader question "no" after naming who asked
it, or head a body that answers a question with the same question in the subject. The same
words said of a product, or a question answered otherwise, still block.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_BRAND: dict[str, Any] = {
    "name": "Fernhollow Home",
    "legal_name": "Fernhollow Home Ltd",
    "postal_address": "8 Quarry Lane, Kendal LA9 4AB, United Kingdom",
    "sender_addresses": {"email": "hi@fernhollow.example", "sms": "Fernhollow", "push": "fh"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["fernhollow.example"],
}


def _pack() -> Any:
    banned = rule(
        "no-biocide",
        "banned_phrase",
        {"phrases": ["disinfectant", "steriliser", "every germ", "zero waste"]},
    )
    return parse_pack({"brand": _BRAND, "rules": [banned]}, source="test")


def test_denied_or_quoted_wording_passes(check: Any) -> None:
    cases = [
        ("Tips", "Our Kitchen Spray is a plant-based cleaner, not a disinfectant."),
        ("Tips", "The Bottle Brush is a brush and not a steriliser, so rinse well."),
        ("Honest", "Honest answer first: no spray kills every germ, and ours is no exception."),
        ("Why our labels don't say zero waste", 'We don\'t put "zero waste" on our labels.'),
        (
            "Your questions",
            '"Do I need a disinfectant for worktops?" asked Ali from Leeds.\n\n'
            "For everyday wipe-downs, no. Warm soapy water does the job.",
        ),
        (
            '"Is the Kettle Descaler a steriliser?" Your questions',
            '"Is the Kettle Descaler a steriliser?" No. It removes limescale only.',
        ),
    ]
    for subject, body in cases:
        verdict = check(_pack(), channel="email", subject=subject, body=body)
        assert "no-biocide" not in fired(verdict), (subject, body)


def test_the_same_words_said_of_a_product_block(check: Any) -> None:
    cases = [
        ("Tips", "Our Kitchen Spray is a disinfectant, not a cleaner."),
        ("Tips", "No other spray kills every germ like ours."),
        ("Tips", "Our labels say zero waste."),
        (
            "Your questions",
            '"Do I need a disinfectant for worktops?" asked Ali from Leeds.\n\n'
            "Yes: our new disinfectant does it all.",
        ),
        ('"Is the Kettle Descaler a steriliser?" Your questions', "Yes, it is. Buy it today."),
    ]
    for subject, body in cases:
        verdict = check(_pack(), channel="email", subject=subject, body=body)
        assert "no-biocide" in fired(verdict), (subject, body)
