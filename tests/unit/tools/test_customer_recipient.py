"""Recipient attributes from the customer table: region, last name and flags (issue 17).

The schema maps them (``roles.region``, ``roles.last_name``, ``roles.flags``); row validation
turns them into canonical fields; the message the guardrail checks reads only those
(:func:`~nextbest.agents.nodes.verify.recipient_details`), and what is stored keeps the
audience attributes without the addresses. A made-up table, no sample columns.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from nextbest.agents.nodes.verify import compose_message, recipient_details, stored_message
from nextbest.tools.compliance.message import Message
from nextbest.tools.customer_profile import ColumnProfile, propose
from nextbest.tools.customer_rows import RowValidator
from nextbest.tools.customer_schema import CustomerSchema

TODAY = date(2027, 3, 10)
SCHEMA: dict[str, Any] = {
    "roles": {
        "id": "member",
        "email": "mail",
        "phone": "cell",
        "first_name": "given",
        "last_name": "family",
        "country": "nation",
        "region": "province",
        "birth_date": {"column": "born", "format": "%Y-%m-%d"},
        "flags": {
            "self_excluded": {"column": "excl", "true_values": ["X"], "false_values": [""]},
            "do not market": "dnm",
        },
    },
    "features": [{"name": "visits", "column": "visits", "kind": "numeric", "min": 0}],
}
ROW = {
    "member": "M1",
    "mail": "rosa@mail.example",
    "cell": "+15035550142",
    "given": "Rosa",
    "family": "Quill",
    "nation": "ca",
    "province": " BC ",
    "born": "2006-03-11",
    "excl": "X",
    "dnm": "no",
    "visits": "3",
    "_row": 2,
}


def _validate(row: dict[str, Any]) -> tuple[dict[str, Any] | None, Any]:
    return RowValidator(CustomerSchema.model_validate(SCHEMA), TODAY).validate(row)


def test_region_last_name_and_flags_are_mapped_and_validated() -> None:
    schema = CustomerSchema.model_validate(SCHEMA)
    assert {"province", "family", "excl", "dnm"} <= set(schema.columns())
    assert schema.unmapped_columns(["member", "province", "excl", "other"]) == ["other"]
    clean, rejected = _validate(ROW)
    assert rejected is None and clean is not None
    assert clean["region"] == "BC" and clean["country"] == "CA"
    assert clean["last_name"] == "Quill" and clean["flags"] == ["self_excluded"]
    assert clean["birth_date"] == "2006-03-11" and clean["age"] == 20.0  # on the run day
    # the schema round-trips through YAML (proposals and reviews store it that way)
    assert CustomerSchema.model_validate(yaml.safe_load(schema.to_yaml())) == schema


def test_a_bad_flag_word_rejects_the_row_naming_its_column() -> None:
    clean, rejected = _validate({**ROW, "dnm": "perhaps"})
    assert clean is None and rejected is not None
    assert rejected.column == "dnm" and "perhaps" in rejected.reason


def test_flag_names_and_reserved_feature_names() -> None:
    with pytest.raises(ValidationError, match="flag name"):
        CustomerSchema.model_validate(
            {**SCHEMA, "roles": {**SCHEMA["roles"], "flags": {"": "excl"}}}
        )
    for reserved in ("region", "flags", "last_name", "birth_date"):
        feature = {"name": reserved, "column": "visits", "kind": "numeric"}
        with pytest.raises(ValidationError, match="reserved for roles"):
            CustomerSchema.model_validate({**SCHEMA, "features": [feature]})


def test_a_profiled_column_named_like_a_role_field_stays_a_feature() -> None:
    columns = [
        ColumnProfile(name="id", blank_share=0, distinct=3, numeric_share=1.0),
        ColumnProfile(name="Region", blank_share=0, distinct=2, values=["north", "south"]),
    ]
    schema = propose(columns)
    assert [f.name for f in schema.features] == ["region_value"]
    assert schema.roles.region is None  # no guess: a person maps the audience region


def test_the_checked_message_carries_the_validated_recipient() -> None:
    clean, _ = _validate(ROW)
    assert clean is not None
    # the birthday falls between the run day and the send day: the age is the send day's
    details = recipient_details(clean, "2027-03-11T17:00:00+00:00")
    assert details == {
        "email": "rosa@mail.example",
        "phone": "+15035550142",
        "full_name": "Rosa Quill",
        "age": 21,
        "region": "BC",
        "flags": ["self_excluded"],
    }
    assert recipient_details(clean, "2027-03-10T17:00:00+00:00")["age"] == 20
    # no region: the country; a malformed address was dropped by validation, so it is absent
    bare, _ = _validate({**ROW, "province": "", "mail": "rosa at mail", "excl": ""})
    assert bare is not None
    details = recipient_details(bare, "2027-03-11T17:00:00+00:00")
    assert details["region"] == "CA" and "email" not in details and "flags" not in details
    draft = {"body": "Hello {{ first_name }}, spring is here."}
    brief = {"channel": "email", "sender": "news@shop.example"}
    message = compose_message(
        draft, brief, customer=clean, send_time="2027-03-11T17:00:00+00:00", offer_id=None
    )
    checked = Message.model_validate(message)
    assert checked.recipient is not None and checked.recipient.flags == ["self_excluded"]
    # what records and outboxes keep: the audience attributes, not the contact details
    stored = stored_message(message)
    assert stored["recipient"] == {"age": 21, "region": "BC", "flags": ["self_excluded"]}
    assert "rosa@mail.example" not in str(stored) and "Quill" not in str(stored)
    assert "recipient" in message  # the checked message itself is left as it was
    anonymous = compose_message(
        draft, brief, customer={"customer_id": "M2"}, send_time="2027-03-11", offer_id=None
    )
    assert "recipient" not in anonymous and "recipient" not in stored_message(anonymous)
