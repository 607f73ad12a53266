"""Another region's mandated line, and a mandated line woven into a sentence (issue 17, set 17).

Two brands invented for these tests. Hollin Home Help, a US home-help agency, must show each
state's own licence line ("Ohio" for Ohio recipients, "Kentucky" for Kentucky ones): a message
to Kentucky that carries only the Ohio line and no care word outside it is still on the rule's
topic and blocks, while the Kentucky line passes. Larchmere Breaks, a British travel brand,
may say "Covered by the Larchmere Travel Guarantee." only of its package holidays: a message
weaving that mandated sentence into a sentence about its room-only stays blocks, the line on
its own beside a package passes.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_OHIO = "Ohio Home Help Licence No. OH-5510."
_KENTUCKY = "Kentucky Home Help Licence No. KY-9020."
_COVER = "Covered by the Larchmere Travel Guarantee."


def _brand(name: str, domain: str, zone: str) -> dict[str, Any]:
    return {
        "name": name,
        "legal_name": f"{name} Ltd",
        "postal_address": "12 Elm Street, Dayton, OH 45402, USA",
        "sender_addresses": {"email": f"hello@{domain}", "push": "brand"},
        "channels": ["email", "push"],
        "default_time_zone": zone,
        "website_domains": [domain],
    }


def _home_help() -> Any:
    licence = rule(
        "state-licence",
        "disclosure",
        {
            "trigger_phrases": ["home help", "carer", "carers"],
            "required_any": [_OHIO, _KENTUCKY],
            "required_by_region": {"OH": [_OHIO], "KY": [_KENTUCKY]},
        },
        regions=["OH", "KY"],
    )
    return parse_pack(
        {"brand": _brand("Hollin Home Help", "hollin.example", "America/New_York"),
         "rules": [licence]},
        source="test",
    )  # fmt: skip


def _travel() -> Any:
    cover = rule(
        "cover-scope",
        "disclosure",
        {
            "trigger_phrases": ["Larchmere Travel Guarantee"],
            "required_any": [_COVER],
            "feature_of_products": ["lakes"],
        },
    )
    return parse_pack(
        {
            "brand": _brand("Larchmere Breaks", "larchmere.example", "Europe/London"),
            "rules": [cover],
            "products": [
                {"id": "lakes", "name": "Lakeland Package Week", "list_price": 499,
                 "currency": "GBP"},
                {"id": "room", "name": "Harbour Room Only", "list_price": 69,
                 "currency": "GBP"},
            ],
        },
        source="test",
    )  # fmt: skip


def _review(state: str, line: str, check: Any) -> set[str]:
    body = f"Rated 4.7 out of 5 by 208 families. {line}"
    return fired(
        check(
            _home_help(), channel="push", subject="Rated by families", body=body,
            recipient={"region": state},
        )
    )  # fmt: skip


def test_another_states_line_alone_blocks(check: Any) -> None:
    assert "state-licence" in _review("KY", _OHIO, check)


def test_the_recipients_own_line_passes(check: Any) -> None:
    assert "state-licence" not in _review("KY", _KENTUCKY, check)
    assert "state-licence" not in _review("OH", _OHIO, check)


def test_a_mandated_line_woven_into_another_products_sentence_blocks(check: Any) -> None:
    body = "Book Harbour Room Only today: our Harbour Room Only stays are " + _COVER
    verdict = check(_travel(), channel="email", subject="Harbour rooms", body=body)
    assert "cover-scope" in fired(verdict)


def test_the_mandated_line_on_its_own_passes(check: Any) -> None:
    body = "Book Lakeland Package Week today, flights and hotel together. " + _COVER
    verdict = check(_travel(), channel="email", subject="Lakeland week", body=body)
    assert "cover-scope" not in fired(verdict)
