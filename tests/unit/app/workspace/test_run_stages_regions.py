"""A batch run's decide stage scopes a state's quiet hours as its re-check does (issue 17).

Rows of a table whose own region column the customer schema maps go through the stages both
run engines call (:func:`validate_rows`, :func:`decision_rows`). A two-state SMS quiet-hours
rule masks the night window exactly for the customers the guardrail's per-recipient check
holds it against, so the mask and the re-check never disagree on who is in scope.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from nextbest.agents.nodes.verify import recipient_details
from nextbest.app.workspace.run_stages import decision_rows, validate_rows
from nextbest.tools.compliance.engine import RuleEngine
from nextbest.tools.compliance.message import Message
from nextbest.tools.customer_rows import RowValidator
from nextbest.tools.customer_schema import CustomerSchema
from nextbest.tools.decisioning import DecisionEngine, SendHistory
from tests.unit.tools.decisioning.test_contact_policy_regions import NIGHT, SCHEMA, pack

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
ZONE = "America/New_York"


def test_the_decide_stage_masks_whom_the_recheck_holds_the_rule_against() -> None:
    brand = pack(regions=["FL", "OK"])
    schema = CustomerSchema.model_validate(SCHEMA)
    table = [
        {"member_no": "fl", "home_state": "FL", "home_country": "US"},
        {"member_no": "ga", "home_state": "GA", "home_country": "US"},
        {"member_no": "ok", "home_state": "Oklahoma", "home_country": "US"},
        {"member_no": "unknown", "home_state": "", "home_country": ""},
    ]
    raw = [
        {**row, "tz": ZONE, "mail_ok": "yes", "text_ok": "yes", "lessons": "1", "_row": i + 2}
        for i, row in enumerate(table)
    ]
    valid, rejected = validate_rows(RowValidator(schema, date(2026, 11, 24)), raw)
    assert not rejected and len(valid) == 4
    engine = DecisionEngine.create(brand, schema.feature_spec())
    decisions = decision_rows(engine, valid, NOW, SendHistory.empty())

    masked = {
        d["customer_id"]: NIGHT in d["mask_reasons"].get("quiet_hours", []) for d in decisions
    }
    assert masked == {"fl": True, "ga": False, "ok": True, "unknown": True}
    assert {d["customer_id"]: d["mask_rules"] for d in decisions}["ga"] == {}
    assert decisions[0]["recipient"]["region"] == "FL"  # what the re-check will read

    night = datetime(2026, 11, 24, 21, 0, tzinfo=ZoneInfo(ZONE))  # inside 20:00-08:00
    guardrail = RuleEngine(brand)
    for row in valid:
        message = Message(
            channel="sms",
            body="Three kite lessons for the price of two. Reply STOP to opt out.",
            send_time=night,
            recipient_time_zone=ZONE,
            recipient=recipient_details(row, night.isoformat()) or None,
        )
        fired = "state-sms-quiet" in guardrail.check(message, scope="context").fired_rule_ids
        assert fired is masked[row["customer_id"]], row["customer_id"]
