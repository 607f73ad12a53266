"""Proposal pages and API: maker ≠ checker shown and enforced, decisions audited, impact shown."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from nextbest.app.workspace.audit import AuditLog
from nextbest.brand_context.workspace import Workspace


def _propose_claim_edit(client: TestClient, token: str, text: str) -> int:
    claim = client.get("/api/brand/entries/claim/clm-refund-60").json()["data"]
    response = client.post(
        "/api/proposals",
        json={
            "kind": "claim",
            "action": "edit",
            "target": "clm-refund-60",
            "payload": {**claim, "text": text},
            "reason": "plainer words",
        },
        headers={"X-CSRF-Token": token},
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


def _audit(home: Path, **filters) -> list:
    log = AuditLog(Workspace(home))
    try:
        return log.entries(**filters)
    finally:
        log.close()


def test_the_maker_sees_and_hits_the_self_approval_refusal(
    web_home, compliance_client, csrf_token
) -> None:
    token = csrf_token(compliance_client)
    number = _propose_claim_edit(compliance_client, token, "Full refund in 60 days.")
    page = compliance_client.get(f"/proposals/{number}")
    assert page.status_code == 200
    assert "You cannot approve your own proposal" in page.text
    assert f'action="/proposals/{number}/approve"' not in page.text
    assert "Withdraw my proposal" in page.text
    forced = compliance_client.post(
        f"/proposals/{number}/approve", data={"note": "", "csrf_token": token}
    )
    assert forced.status_code == 403 and "cannot approve your own proposal" in forced.text
    api = compliance_client.post(
        f"/api/proposals/{number}/approve", json={}, headers={"X-CSRF-Token": token}
    )
    assert api.status_code == 403 and "own proposal" in api.json()["detail"]
    status = compliance_client.get(f"/api/proposals/{number}").json()["status"]
    assert status == "pending"
    refused = _audit(web_home, action="proposal.approve")
    assert [(e.actor, e.outcome) for e in refused] == [("cora", "refused")] * 2


def test_a_second_user_approves_and_the_history_shows_both(
    web_home, compliance_client, second_compliance_client, csrf_token
) -> None:
    number = _propose_claim_edit(
        compliance_client, csrf_token(compliance_client), "Full refund in 60 days."
    )
    page = second_compliance_client.get(f"/proposals/{number}")
    assert f'action="/proposals/{number}/approve"' in page.text
    assert "<code>text</code>" in page.text and "Full refund in 60 days." in page.text
    token = csrf_token(second_compliance_client)
    done = second_compliance_client.post(
        f"/proposals/{number}/approve", data={"note": "legal ok", "csrf_token": token}
    )
    assert done.status_code == 303 and done.headers["location"] == f"/proposals/{number}"
    after = second_compliance_client.get(f"/proposals/{number}").text
    assert "Approved and applied as brand pack v2" in after
    assert '<strong class="checker">colin</strong>' in after
    history = second_compliance_client.get("/brand/entries/claim/clm-refund-60").text
    assert "cora (compliance)" in history
    assert "proposed by cora, approved by colin" in history
    [approval] = _audit(web_home, action="proposal.approve")
    assert (approval.actor, approval.target, approval.reason) == (
        "colin",
        f"proposal:{number}",
        "legal ok",
    )
    [created] = _audit(web_home, action="proposal.create")
    assert created.actor == "cora"
    twice = second_compliance_client.post(
        f"/api/proposals/{number}/approve", json={}, headers={"X-CSRF-Token": token}
    )
    assert twice.status_code == 409 and "already approved" in twice.json()["detail"]


def test_even_an_admin_needs_someone_else(admin_client, compliance_client, csrf_token) -> None:
    token = csrf_token(admin_client)
    number = _propose_claim_edit(admin_client, token, "Refunds, no questions asked, 60 days.")
    own = admin_client.post(
        f"/api/proposals/{number}/approve", json={}, headers={"X-CSRF-Token": token}
    )
    assert own.status_code == 403
    ok = compliance_client.post(
        f"/api/proposals/{number}/approve",
        json={"note": "fine"},
        headers={"X-CSRF-Token": csrf_token(compliance_client)},
    )
    assert ok.status_code == 200 and ok.json()["status"] == "approved"
    assert ok.json()["applied_version"] == 2 and ok.json()["checker"] == "cora"


def test_the_api_validates_with_field_paths_and_checks_roles(
    compliance_client, marketer_client, csrf_token
) -> None:
    token = csrf_token(compliance_client)
    claim = compliance_client.get("/api/brand/entries/claim/clm-refund-60").json()["data"]
    bad = compliance_client.post(
        "/api/proposals",
        json={
            "kind": "claim",
            "action": "edit",
            "target": "clm-refund-60",
            "payload": {**claim, "text": "", "channels": ["fax"]},
            "reason": "r",
        },
        headers={"X-CSRF-Token": token},
    )
    assert bad.status_code == 422
    assert {p["path"] for p in bad.json()["problems"]} == {"text", "channels[0]"}
    marketer = marketer_client.post(
        "/api/proposals",
        json={"kind": "claim", "action": "retire", "target": "clm-vegan", "reason": "r"},
        headers={"X-CSRF-Token": csrf_token(marketer_client)},
    )
    assert marketer.status_code == 403 and "compliance or higher" in marketer.json()["detail"]
    no_csrf = compliance_client.post(
        "/api/proposals",
        json={"kind": "claim", "action": "retire", "target": "clm-vegan", "reason": "r"},
    )
    assert no_csrf.status_code == 403 and no_csrf.headers["x-refused"] == "csrf"


def test_reject_needs_a_reason_and_stale_proposals_are_refused(
    compliance_client, second_compliance_client, admin_client, csrf_token
) -> None:
    cora = csrf_token(compliance_client)
    first = _propose_claim_edit(compliance_client, cora, "First wording.")
    second = _propose_claim_edit(compliance_client, cora, "Second wording.")
    colin = csrf_token(second_compliance_client)
    no_reason = second_compliance_client.post(
        f"/proposals/{second}/reject", data={"reason": "", "csrf_token": colin}
    )
    assert no_reason.status_code == 422 and "reason is required" in no_reason.text
    approved = second_compliance_client.post(
        f"/api/proposals/{first}/approve", json={}, headers={"X-CSRF-Token": colin}
    )
    assert approved.status_code == 200
    stale_page = second_compliance_client.get(f"/proposals/{second}").text
    assert "Stale:" in stale_page and "changed since this proposal was made" in stale_page
    stale = admin_client.post(
        f"/api/proposals/{second}/approve",
        json={},
        headers={"X-CSRF-Token": csrf_token(admin_client)},
    )
    assert stale.status_code == 409 and stale.json()["reason"] == "stale"
    rejected = second_compliance_client.post(
        f"/proposals/{second}/reject", data={"reason": "superseded", "csrf_token": colin}
    )
    assert rejected.status_code == 303
    listed = compliance_client.get("/proposals").text
    assert 'class="status status-rejected"' in listed
    api = compliance_client.get("/api/proposals", params={"status": "rejected"}).json()
    [row] = api["proposals"]
    assert row["id"] == second and row["decision_reason"] == "superseded"


def test_withdraw_is_for_the_maker_only(compliance_client, admin_client, csrf_token) -> None:
    cora = csrf_token(compliance_client)
    number = _propose_claim_edit(compliance_client, cora, "Withdrawn wording.")
    other = admin_client.post(
        f"/proposals/{number}/withdraw", data={"csrf_token": csrf_token(admin_client)}
    )
    assert other.status_code == 403 and "only cora" in other.text
    mine = compliance_client.post(
        f"/proposals/{number}/withdraw", data={"reason": "oops", "csrf_token": cora}
    )
    assert mine.status_code == 303
    assert compliance_client.get(f"/api/proposals/{number}").json()["status"] == "withdrawn"


def test_a_rule_proposal_shows_its_impact(web_home, compliance_client, csrf_token) -> None:
    message = {
        "message_id": "m-ritual",
        "pack_hash": compliance_client.get("/api/brand/versions").json()[0]["content_hash"],
        "channel": "push",
        "subject": "Tonight",
        "body": "Your evening ritual, made gentler.",
        "sender": "com.lumenbotanics.app",
        "send_time": "2026-11-20T18:00:00+00:00",
        "recipient_time_zone": "America/Los_Angeles",
        "consent": "opt_in",
    }
    (web_home / "outbox.jsonl").write_text(json.dumps(message) + "\n")
    token = csrf_token(compliance_client)
    created = compliance_client.post(
        "/brand/new/rule",
        data={
            "yaml": "id: brand-no-ritual\nkind: banned_phrase\ndescription: No rituals.\n"
            "rationale: Legal review.\nsource: Brand policy\n"
            "params:\n  phrases: [evening ritual]\n",
            "reason": "no rituals",
            "csrf_token": token,
        },
    )
    assert created.status_code == 303
    page = compliance_client.get(created.headers["location"]).text
    assert "Impact on messages already released or queued" in page
    assert '<strong class="impact-count">1</strong> of 1 messages' in page
    assert "m-ritual" in page and "Re-check now" in page
    number = created.headers["location"].rsplit("/", 1)[1]
    refreshed = compliance_client.post(f"/proposals/{number}/impact", data={"csrf_token": token})
    assert refreshed.status_code == 303
    impact = compliance_client.get(f"/api/proposals/{number}").json()["impact"]
    assert impact["blocked_count"] == 1 and impact["blocked"][0]["message_id"] == "m-ritual"


def test_home_page_lists_pending_proposals(
    compliance_client, second_compliance_client, csrf_token
) -> None:
    _propose_claim_edit(compliance_client, csrf_token(compliance_client), "Pending wording.")
    home = second_compliance_client.get("/").text
    assert "Proposals awaiting a decision" in home and "edit claim clm-refund-60" in home


def test_a_script_in_a_proposal_renders_inert(compliance_client, csrf_token) -> None:
    script = "<script>alert(1)</script>"
    number = _propose_claim_edit(compliance_client, csrf_token(compliance_client), f"Hi {script}")
    for url in (f"/proposals/{number}", "/proposals"):
        text = compliance_client.get(url).text
        assert script not in text
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt;"
        in compliance_client.get(f"/proposals/{number}").text
    )
    assert compliance_client.get("/proposals/999").status_code == 404
    assert compliance_client.get("/api/proposals/999").status_code == 404


def test_a_marketer_goal_is_proposed_and_approved_by_another_user(
    marketer_client, viewer_client, compliance_client, csrf_token
) -> None:
    token = csrf_token(marketer_client)
    created = marketer_client.post(
        "/api/proposals",
        json={
            "kind": "goal",
            "action": "set",
            "payload": {"objective": "retention", "holdout_share": 0.1},
            "reason": "keep customers",
        },
        headers={"X-CSRF-Token": token},
    )
    assert created.status_code == 201 and created.json()["title"] == "set the marketing goal"
    number = created.json()["id"]
    page = viewer_client.get(f"/proposals/{number}").text
    assert "<code>objective</code>" in page and "retention" in page
    assert "needs the marketer role" in page
    own = marketer_client.post(
        f"/api/proposals/{number}/approve", json={}, headers={"X-CSRF-Token": token}
    )
    assert own.status_code == 403
    ok = compliance_client.post(
        f"/api/proposals/{number}/approve",
        json={},
        headers={"X-CSRF-Token": csrf_token(compliance_client)},
    )
    assert ok.status_code == 200 and ok.json()["applied_version"] == 1


def test_a_rule_whose_impact_is_being_computed_waits(
    web_home, compliance_client, second_compliance_client, csrf_token
) -> None:
    from nextbest.app.workspace.proposals import Actor, Proposals
    from nextbest.brand_context.roles import Role

    with Proposals(web_home) as desk:
        rule = desk.store.get("rule", "sms-length")
        p = desk.propose(
            Actor("cora", Role.COMPLIANCE),
            "rule",
            "edit",
            payload={**rule, "description": "SMS bodies stay short."},
            reason="wording",
            compute_impact=False,
        )
    page = second_compliance_client.get(f"/proposals/{p.id}").text
    assert 'id="impact-pending"' in page and 'http-equiv="refresh"' in page
    assert 'disabled title="impact not known yet"' in page
    token = csrf_token(second_compliance_client)
    early = second_compliance_client.post(
        f"/api/proposals/{p.id}/approve", json={}, headers={"X-CSRF-Token": token}
    )
    assert early.status_code == 403 and "not computed yet" in early.json()["detail"]
    computed = second_compliance_client.post(
        f"/proposals/{p.id}/impact", data={"csrf_token": token}
    )
    assert computed.status_code == 303
    page = second_compliance_client.get(f"/proposals/{p.id}").text
    assert 'id="impact-pending"' not in page and "impact-count" in page


def test_a_change_that_breaks_a_rule_test_shows_it_and_needs_a_reason(
    web_home, compliance_client, second_compliance_client, csrf_token
) -> None:
    from nextbest.brand_context.store import BrandStore

    store = BrandStore(Workspace(web_home))
    try:
        text = store.get("claim", "clm-refund-60")["text"]
        message = {
            "channel": "push",
            "body": text,
            "consent": "opt_in",
            "recipient_time_zone": "America/New_York",
            "send_time": "2026-11-24T18:00:00Z",
        }
        example = {"id": "refund-push", "message": message, "as_of": "2026-11-24", "expect": "pass"}
        store.put("rule_test", example, author="ada", role="admin", reason="example")
    finally:
        store.close()
    token = csrf_token(compliance_client)
    number = _propose_claim_edit(compliance_client, token, "Full refund in 60 days.")
    colin = csrf_token(second_compliance_client)
    page = second_compliance_client.get(f"/proposals/{number}")
    assert page.status_code == 200
    assert 'id="example-flips"' in page.text and "refund-push" in page.text
    assert 'name="override_examples"' in page.text
    refused = second_compliance_client.post(
        f"/proposals/{number}/approve", data={"note": "", "csrf_token": colin}
    )
    assert refused.status_code == 403 and "breaks rule tests refund-push" in refused.text
    done = second_compliance_client.post(
        f"/proposals/{number}/approve",
        data={"note": "", "override_examples": "the old wording is withdrawn", "csrf_token": colin},
        follow_redirects=False,
    )
    assert done.status_code in (302, 303), done.text[:500]
    [ok] = [e for e in _audit(web_home, action="proposal.approve") if e.outcome != "refused"]
    assert ok.details["examples_broken"] == ["refund-push"]
    assert ok.details["override"] == "the old wording is withdrawn"
