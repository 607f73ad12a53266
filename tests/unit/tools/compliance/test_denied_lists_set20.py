"""A feature denied as an item of a list of three or more is denied (issue 17, set 20).

Lakeshore Lodge, a day-spa invented for these tests, sells a Day Pass that has no sauna, pool
or gym. "The Day Pass does not include a sauna, a pool or a gym" denies all three; the denial
was read only for the first item and for the second of two, so the middle and last items of a
longer list read as features said of the pass. A list that gives the features is still wrong.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Lakeshore Lodge",
                "legal_name": "Lakeshore Lodge Ltd",
                "postal_address": "1 Shore Road, Windermere LA23 1AB, United Kingdom",
                "sender_addresses": {"email": "hello@lakeshore.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/London",
                "website_domains": ["lakeshore.example"],
            },
            "products": [{"id": "day-pass", "name": "Day Pass", "lacks": ["sauna", "pool", "gym"]}],
            "rules": [rule("facts", "product_facts")],
        },
        source="test",
    )


def _fires(check: Any, body: str) -> bool:
    return "facts" in fired(check(_pack(), channel="email", subject="Day Pass", body=body))


def test_every_item_of_a_denied_list_is_denied(check: Any) -> None:
    for body in (
        "The Day Pass covers the garden and the tea room. It does not include a sauna, a pool "
        "or a gym; ask us about the hotel next door.",
        "The Day Pass comes without a sauna, a pool, or a gym.",
        "The Day Pass has no sauna, pool or gym.",
    ):
        assert not _fires(check, body), body


def test_a_list_that_gives_the_features_is_still_wrong(check: Any) -> None:
    assert _fires(check, "The Day Pass includes a sauna, a pool or a gym session.")
    assert _fires(check, "No queues at all: the Day Pass includes a garden, a pool and tea.")
