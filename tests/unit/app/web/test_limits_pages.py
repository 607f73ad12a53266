"""Issue 20: brand limits go through the same proposal pages — compliance proposes, another
compliance officer approves, and the page says what was applied."""

from __future__ import annotations

from nextbest.app.workspace.limits_store import LimitsStore
from nextbest.brand_context.workspace import Workspace


def test_brand_limits_are_proposed_and_approved_on_the_proposal_pages(
    web_home, compliance_client, second_compliance_client, marketer_client, csrf_token
) -> None:
    limits = {"max_sends_per_week": {"sms": 2}, "reason": "two SMS a week"}
    denied = marketer_client.post(
        "/api/proposals",
        json={"kind": "limits", "action": "set", "payload": limits, "reason": "r"},
        headers={"X-CSRF-Token": csrf_token(marketer_client)},
    )
    assert denied.status_code == 403, denied.text
    made = compliance_client.post(
        "/api/proposals",
        json={"kind": "limits", "action": "set", "payload": limits, "reason": "2026 policy"},
        headers={"X-CSRF-Token": csrf_token(compliance_client)},
    )
    assert made.status_code == 201, made.text
    number = made.json()["id"]
    page = second_compliance_client.get(f"/proposals/{number}")
    assert page.status_code == 200 and "set the brand limits" in page.text
    assert "max_sends_per_week.sms" in page.text
    token = csrf_token(second_compliance_client)
    done = second_compliance_client.post(
        f"/proposals/{number}/approve", data={"note": "ok", "csrf_token": token}
    )
    assert done.status_code == 303
    after = second_compliance_client.get(f"/proposals/{number}").text
    assert "Approved and applied as brand limits version 1" in after
    assert "brand pack v1" not in after
    store = LimitsStore(Workspace(web_home))
    try:
        assert store.in_force().weekly_cap("sms") == 2
    finally:
        store.close()
    # the chat page shows the limits in force to every marketer
    started = marketer_client.post("/chat", data={"csrf_token": csrf_token(marketer_client)})
    page = marketer_client.get(started.headers["location"]).text
    shown = page.split('id="brand-limits"')[1].split("</p>")[0]
    assert "per week at most email 7, sms 2, push 14" in shown
    assert "Brand policy: two SMS a week." in shown
