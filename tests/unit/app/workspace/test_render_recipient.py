"""The per-customer re-check of a batch run sees each recipient (issue 17).

Copy checks are cached per distinct rendered copy; the recipient's own details must still be
looked for per recipient: two customers with the same first name get the same rendered copy,
and only the one whose full name it shows is blocked, whichever comes first. A made-up brand.
"""

from __future__ import annotations

from typing import Any

import pytest

from nextbest.app.workspace.run_stages import MessageRenderer, may_show_contact
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.message import Message

PACK = BrandPack.model_validate(
    {
        "brand": {
            "name": "Tallow Lane Candles",
            "short_name": "Tallow Lane",
            "legal_name": "Tallow Lane Candles Ltd",
            "postal_address": "2 Wick Yard, Galway",
            "channels": ["email"],
            "default_time_zone": "Europe/Dublin",
            "website_domains": ["tallowlane.example"],
        },
        "products": [
            {"id": "beeswax", "name": "Beeswax Pillar", "list_price": 18, "currency": "EUR"}
        ],
        "offers": [],
        "rules": [
            {
                "id": "no-personal-data",
                "kind": "personal_data",
                "description": "No personal data in copy.",
                "rationale": "Privacy.",
                "source": "Tallow Lane handbook",
                "params": {},
            },
            {
                "id": "adults",
                "kind": "audience",
                "description": "Adults only.",
                "rationale": "Open flame.",
                "source": "Tallow Lane handbook",
                "params": {"min_age": 18},
            },
        ],
    }
)
CELL = {
    "outcome": "released",
    "record_id": "cell-1",
    "draft": {"subject": "New pillars", "body": "Dear {{ first_name }} Quill, the pillars are in."},
    "brief": {
        "channel": "email",
        "sender": "shop@tallowlane.example",
        "send_date": "2027-03-11",
        "pack_version": 1,
        "pack_hash": "sha256:test",
    },
}


def _decision(customer_id: str) -> dict[str, Any]:
    return {
        "decision_id": f"d-{customer_id}",
        "customer_id": customer_id,
        "action_id": "beeswax:email",
        "offer_id": None,
        "channel": "email",
        "send_time": "2027-03-11T12:00:00+00:00",
        "propensity": 0.5,
        "policy_name": "p",
        "policy_version": 1,
        "decided_at": "2027-03-10T05:00:00+00:00",
    }


def _row(customer_id: str, last: str, age: float = 40.0) -> dict[str, Any]:
    return {
        "customer_id": customer_id,
        "first_name": "Rosa",
        "last_name": last,
        "email": f"{customer_id.lower()}@mail.example",
        "consent_email": "opt_in",
        "age": age,
        "flags": [],
    }


@pytest.mark.parametrize("order", [("C1", "C2"), ("C2", "C1")])
def test_the_copy_cache_never_hides_a_recipients_own_name(order: tuple[str, str]) -> None:
    rows = {"C1": _row("C1", "Quill"), "C2": _row("C2", "Finch")}
    renderer = MessageRenderer("run-1", lambda version: PACK)
    outcomes = {c: renderer.render(rows[c], _decision(c), CELL) for c in order}
    assert outcomes["C1"].outcome == "blocked" and outcomes["C1"].reason == "no-personal-data"
    assert outcomes["C2"].outcome == "released"
    line = outcomes["C2"].line
    assert line is not None and line["recipient"] == {"age": 40}  # no address kept
    minor = renderer.render(_row("C3", "Finch", age=15), _decision("C3"), CELL)
    assert minor.outcome == "blocked" and minor.reason == "adults"


def test_may_show_contact_is_loose_but_not_blind() -> None:
    def message(body: str, **recipient: Any) -> Message:
        return Message(channel="email", body=body, recipient=recipient or None)

    assert not may_show_contact(message("Hello Rosa."))
    assert not may_show_contact(message("Hello Rosa.", full_name="Rosa Quill", age=30))
    assert may_show_contact(message("Hello Rosa QUILL.", full_name="Rosa Quill"))
    assert may_show_contact(message("Write to ROSA@mail.example", email="rosa@mail.example"))
    assert may_show_contact(message("Call 503-555-0142 now", phone="+15035550142"))
    assert not may_show_contact(message("Call 503-555-0199 now", phone="+15035550142"))
