"""Review queue pages and API: read, approve, edit, reject — audited, escaped, role-checked."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from nextbest.app.workspace.audit import AuditLog
from nextbest.app.workspace.records import ReleaseLog
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.brand_context.roles import Role
from nextbest.brand_context.workspace import Workspace
from tests.unit.app.workspace.test_review_queue import BANNED, SMS_OK, ScriptWriter, make_escalation

SCRIPT = "<script>alert('x')</script>"


@pytest.fixture(scope="module")
def escalated_template(web_home_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The web sample workspace with two escalations: an email (judge concern) and an SMS."""
    home = Path(shutil.copytree(web_home_template, tmp_path_factory.mktemp("esc") / "ws"))
    runtime = NextbestRuntime(home)
    try:
        make_escalation(runtime, "d-mail")
        make_escalation(runtime, "d-sms", channel="sms")
    finally:
        runtime.close()
    return home


@pytest.fixture
def web_home(escalated_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the workspace with the two escalations (overrides the conftest one)."""
    return Path(shutil.copytree(escalated_template, tmp_path / "ws"))


@pytest.fixture
def escalated(web_home: Path) -> Path:
    """The served workspace, holding the escalations ``d-mail`` and ``d-sms``."""
    return web_home


def _records(home: Path, decision_id: str) -> list:
    log = ReleaseLog(Workspace(home))
    try:
        return log.for_decision(decision_id)
    finally:
        log.close()


def _outbox(home: Path) -> list[dict]:
    path = home / "outbox.jsonl"
    return [json.loads(x) for x in path.read_text().splitlines()] if path.exists() else []


def _audit(home: Path) -> list:
    log = AuditLog(Workspace(home))
    try:
        return log.entries(action="review.")
    finally:
        log.close()


def test_the_queue_shows_drafts_with_marked_violations(escalated, clients) -> None:
    page = clients[Role.VIEWER].get("/review")
    assert page.status_code == 200
    assert "d-mail" in page.text and "d-sms" in page.text
    assert '<mark class="violation sev-block" title="judge.tone">' in page.text
    assert "judge concerns only" in page.text
    assert "/review/d-mail/approve" not in page.text  # viewers read, they do not answer
    answerable = clients[Role.COMPLIANCE].get("/review").text
    assert 'action="/review/d-mail/approve"' in answerable
    edit_form = clients[Role.COMPLIANCE].get("/review/d-mail").text
    body = edit_form.split('<textarea name="body" required>')[1].split("</textarea>")[0]
    assert body.startswith("Hi {{ first_name }},")  # the draft with its slot, not one rendering
    detail = clients[Role.MARKETER].get("/review/d-sms")
    assert detail.status_code == 200 and "Attempts" in detail.text
    assert "a compliance officer answers" in detail.text.lower()
    home = clients[Role.VIEWER].get("/").text
    assert "Review queue" in home and 'href="/review/d-mail"' in home


def test_compliance_approves_and_the_message_is_released(
    escalated, compliance_client, marketer_client, csrf_token
) -> None:
    refused = marketer_client.post(
        "/review/d-mail/approve", data={"csrf_token": csrf_token(marketer_client)}
    )
    assert refused.status_code == 403 and refused.headers["x-refused"] == "role"
    response = compliance_client.post(
        "/review/d-mail/approve",
        data={"note": "tone is fine", "csrf_token": csrf_token(compliance_client)},
    )
    assert response.status_code == 303 and response.headers["location"] == "/review"
    queue = compliance_client.get("/review").text
    assert "Released d-mail" in queue and "recorded as the approver" in queue
    assert "d-mail" not in queue.split("Released d-mail")[1]
    released = [r for r in _records(escalated, "d-mail") if r.outcome == "released"]
    assert released[0].approver == {"name": "cora", "action": "approve", "note": "tone is fine"}
    assert [m["decision_id"] for m in _outbox(escalated)] == ["d-mail"]
    (entry,) = _audit(escalated)
    assert (entry.actor, entry.action, entry.target) == (
        "cora",
        "review.approve",
        "decision:d-mail",
    )
    again = compliance_client.post(
        "/review/d-mail/approve", data={"csrf_token": csrf_token(compliance_client)}
    )
    assert again.status_code == 303
    assert "not awaiting review" in compliance_client.get("/review").text


def test_an_edit_is_checked_again_before_release(escalated, compliance_client, csrf_token) -> None:
    token = csrf_token(compliance_client)
    blocked = compliance_client.post(
        "/review/d-sms/edit", data={"body": BANNED, "note": "try", "csrf_token": token}
    )
    assert blocked.status_code == 303 and blocked.headers["location"] == "/review/d-sms"
    page = compliance_client.get("/review/d-sms").text
    assert "Not released: still blocked by" in page and "brand-no-drug-claims" in page
    assert "miracle" in page and _outbox(escalated) == []
    done = compliance_client.post("/review/d-sms/edit", data={"body": SMS_OK, "csrf_token": token})
    assert done.status_code == 303 and done.headers["location"] == "/review"
    (line,) = _outbox(escalated)
    assert line["body"] == SMS_OK
    record = _records(escalated, "d-sms")[-1]
    assert record.outcome == "released" and record.author == "human:cora"
    assert [e.action for e in _audit(escalated)] == ["review.edit", "review.edit"]


def test_reject_needs_a_reason_and_sends_nothing(escalated, compliance_client, csrf_token) -> None:
    token = csrf_token(compliance_client)
    missing = compliance_client.post("/review/d-mail/reject", data={"csrf_token": token})
    assert missing.status_code == 400 and "Say why you reject it" in missing.text
    empty_edit = compliance_client.post(
        "/review/d-mail/edit", data={"body": " ", "csrf_token": token}
    )
    assert empty_edit.status_code == 400 and "an edit needs the new body" in empty_edit.text
    done = compliance_client.post(
        "/review/d-mail/reject", data={"note": "off brand", "csrf_token": token}
    )
    assert done.status_code == 303
    assert _records(escalated, "d-mail")[-1].outcome == "rejected"
    assert _outbox(escalated) == []
    assert [(e.action, e.outcome, e.reason) for e in _audit(escalated)][0] == (
        "review.reject",
        "ok",
        "off brand",
    )


def test_api_lists_and_answers_as_the_signed_in_user(
    escalated, compliance_client, viewer_client, csrf_token
) -> None:
    items = viewer_client.get("/api/review").json()
    assert [i["decision_id"] for i in items] == ["d-mail", "d-sms"]
    body_marks = items[0]["highlights"]["body"]
    assert any(seg["violations"] for seg in body_marks)
    assert viewer_client.get("/api/review/d-sms").json()["action"] == "off-welcome-15:sms:morning"
    assert viewer_client.get("/api/review/nope").status_code == 404
    headers = {"X-CSRF-Token": csrf_token(compliance_client)}
    spoof = compliance_client.post(
        "/api/review/d-mail",
        json={"action": "approve", "reviewer": "someone-else"},
        headers=headers,
    )
    assert spoof.status_code == 422  # the reviewer is always the authenticated user
    no_reason = compliance_client.post(
        "/api/review/d-mail", json={"action": "reject"}, headers=headers
    )
    assert no_reason.status_code == 400
    result = compliance_client.post(
        "/api/review/d-mail", json={"action": "approve", "note": "ok"}, headers=headers
    )
    assert result.status_code == 200, result.text
    assert result.json()["outcome"] == "released"
    assert (
        compliance_client.post(
            "/api/review/d-mail", json={"action": "approve"}, headers=headers
        ).status_code
        == 404
    )
    blocked = compliance_client.post(
        "/api/review/d-sms", json={"action": "edit", "body": BANNED}, headers=headers
    ).json()
    assert blocked["outcome"] == "escalated" and blocked["escalation"]["draft"]["body"] == BANNED
    denied = viewer_client.post(
        "/api/review/d-sms",
        json={"action": "approve"},
        headers={"X-CSRF-Token": csrf_token(viewer_client)},
    )
    assert denied.status_code == 403


def test_scripts_in_drafts_and_customer_fields_render_inert(web_home, clients) -> None:
    runtime = NextbestRuntime(web_home)
    try:
        make_escalation(
            runtime,
            "d-xss",
            customer={"customer_id": SCRIPT, "first_name": SCRIPT},
            writer=ScriptWriter(),
            fallback=ScriptWriter(),
        )
    finally:
        runtime.close()
    for url in ("/review", "/review/d-xss", "/"):
        page = clients[Role.COMPLIANCE].get(url)
        assert page.status_code == 200
        assert "<script>alert" not in page.text
        assert "&lt;script&gt;alert(" in page.text


def test_unknown_escalation_is_a_clear_404(escalated, clients) -> None:
    page = clients[Role.VIEWER].get("/review/not-there")
    assert page.status_code == 404
    assert "Nothing is awaiting review under not-there." in page.text
    assert "Traceback" not in page.text


def test_automation_answers_with_an_api_token_and_no_csrf(escalated, app, anon) -> None:
    _, secret = app.state.services.tokens.create("colin", "review bot", actor="colin")
    headers = {"Authorization": f"Bearer {secret}"}
    listed = anon.get("/api/review", headers=headers)
    assert [i["decision_id"] for i in listed.json()] == ["d-mail", "d-sms"]
    result = anon.post(
        "/api/review/d-mail", json={"action": "reject", "note": "bot: off brand"}, headers=headers
    )
    assert result.status_code == 200 and result.json()["outcome"] == "rejected"
    rejected = _records(escalated, "d-mail")[-1]
    assert rejected.approver == {"name": "colin", "action": "reject", "note": "bot: off brand"}
    _, viewer_secret = app.state.services.tokens.create("vera", "", actor="vera")
    denied = anon.post(
        "/api/review/d-sms",
        json={"action": "approve"},
        headers={"Authorization": f"Bearer {viewer_secret}"},
    )
    assert denied.status_code == 403
