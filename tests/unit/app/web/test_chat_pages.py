"""Marketer chat pages and API: guided mode, goal diff, maker–checker, streaming, escaping."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from nextbest.app.web.chat_transcript import ShownMessage, shown_all
from nextbest.app.workspace.audit import AuditLog
from nextbest.app.workspace.chat_tools import ChatTools
from nextbest.app.workspace.conversations import ConversationIndex
from nextbest.app.workspace.goal_store import GoalStore
from nextbest.brand_context.roles import Role
from nextbest.brand_context.workspace import Workspace

PROPOSE = "propose holdout=0.1 objective=retention"
SCRIPT = "<script>alert('x')</script>"


def _start(client: TestClient, token: str) -> str:
    response = client.post("/chat", data={"csrf_token": token})
    assert response.status_code == 303, response.text
    location = response.headers["location"]
    assert re.fullmatch(r"/chat/[0-9a-f]{12}", location)
    return location


def _say(client: TestClient, url: str, token: str, text: str) -> None:
    response = client.post(f"{url}/messages", data={"text": text, "csrf_token": token})
    assert response.status_code == 303, response.text
    assert response.headers["location"] == f"{url}#latest"


def _events(body: str) -> list[tuple[str, dict]]:
    events = []
    for block in body.strip().split("\n\n"):
        name = re.search(r"^event: (.+)$", block, re.M)
        data = re.search(r"^data: (.+)$", block, re.M)
        assert name and data, block
        events.append((name.group(1), json.loads(data.group(1))))
    return events


def _goal_versions(home: Path) -> list:
    goals = GoalStore(Workspace(home))
    try:
        return goals.history()
    finally:
        goals.close()


def _audit(home: Path, action: str) -> list:
    log = AuditLog(Workspace(home))
    try:
        return log.entries(action=action)
    finally:
        log.close()


def test_a_goal_change_is_shown_as_a_diff_and_needs_another_user(
    web_home, marketer_client, compliance_client, clients, csrf_token
) -> None:
    mark = csrf_token(marketer_client)
    url = _start(marketer_client, mark)
    page = marketer_client.get(url)
    assert "guided mode — no LLM configured" in page.text
    assert "Guided mode commands" in page.text and 'id="chat-form"' in page.text
    _say(marketer_client, url, mark, "goals")
    _say(marketer_client, url, mark, PROPOSE)
    page = marketer_client.get(url).text
    assert "No approved goal yet" in page
    diff = page[page.index('<table class="goal-diff">') :]
    diff = diff[: diff.index("</table>")]
    cells = r"<tr><td><code>(.+?)</code></td><td[^>]*>(.+?)</td><td[^>]*>(.+?)</td>"
    rows = re.findall(cells, diff)
    assert rows == [
        ("holdout_share", "null", "0.1"),
        ("objective", "&#34;revenue&#34;", "&#34;retention&#34;"),
    ]
    assert "Awaiting approval by another user" in page
    assert "/approve" not in page and "Withdraw" in page
    assert '<form method="post" action="/chat/' not in page.split('id="pending-slot"')[0]
    assert "Decide the goal change above" in page  # no new message until it is decided
    # the author's approval is refused by the server (and audited), nothing is stored
    forced = marketer_client.post(
        f"{url}/approve", data={"reason": "looks right to me", "csrf_token": mark}
    )
    assert forced.status_code == 403
    assert "awaits approval by another user" in forced.text
    api = marketer_client.post(
        f"/api/chat/{url.rsplit('/', 1)[1]}/decision",
        json={"approve": True, "reason": "still me"},
        headers={"X-CSRF-Token": mark},
    )
    assert api.status_code == 403 and "another user" in api.json()["detail"]
    assert _goal_versions(web_home) == []
    # another marketer+ user sees it waiting, on the list and the home page
    listing = compliance_client.get("/chat").text
    assert f'href="{url}"' in listing and PROPOSE in listing
    assert "Goal changes awaiting approval" in compliance_client.get("/").text
    assert "Goal changes awaiting approval" not in clients[Role.VIEWER].get("/").text
    cora = csrf_token(compliance_client)
    other_view = compliance_client.get(url).text
    assert f'action="{url}/approve"' in other_view and 'id="chat-form"' not in other_view
    assert "Only mark, who started this conversation, writes in it" in other_view
    missing = compliance_client.post(f"{url}/approve", data={"reason": " ", "csrf_token": cora})
    assert missing.status_code == 400 and "Say why you approve it" in missing.text
    approved = compliance_client.post(
        f"{url}/approve", data={"reason": "retention push for Q4", "csrf_token": cora}
    )
    assert approved.status_code == 303
    page = compliance_client.get(url).text
    assert "Approved by cora: goal version 1 is in force now" in page
    assert "Goal in force: <strong>version 1</strong> (retention)" in page
    assert 'id="pending"' not in page
    record = page[page.index('class="msg msg-proposal"') :]
    record = record[: record.index("</li>")]  # the proposal as the proposals page's diff table
    assert re.search(
        r'<td class="path"><code>objective</code></td>\s*<td class="before">'
        r'<span class="value">revenue</span></td>\s*<td class="after"><span class="value">'
        r"retention</span>",
        record,
    )
    versions = _goal_versions(web_home)
    assert len(versions) == 1
    version = versions[0]
    assert (version.version, version.author, version.approved_by) == (1, "mark", "cora")
    assert version.reason == "retention push for Q4" and version.goal.holdout_share == 0.1
    assert version.conversation_id == url.rsplit("/", 1)[1]
    entries = [(e.actor, e.action, e.target, e.outcome) for e in _audit(web_home, "goal.")]
    conversation = f"conversation:{version.conversation_id}"
    assert entries == [
        ("cora", "goal.approve", "goal:1", "ok"),
        ("mark", "goal.approve", conversation, "refused"),
        ("mark", "goal.approve", conversation, "refused"),
    ]
    assert not compliance_client.get("/api/chat").json()["awaiting_approval"]


def test_replies_stream_as_server_sent_events(marketer_client, csrf_token) -> None:
    token = csrf_token(marketer_client)
    url = _start(marketer_client, token)
    response = marketer_client.post(
        f"{url}/stream", data={"text": PROPOSE}, headers={"X-CSRF-Token": token}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    events = _events(response.text)
    assert [name for name, _ in events] == ["message", "message", "done"]
    assert "msg-user" in events[0][1]["html"] and PROPOSE in events[0][1]["html"]
    proposal = events[1][1]["html"]
    assert "msg-proposal" in proposal and "<code>holdout_share</code>" in proposal
    done = events[-1][1]
    assert done["pending"] is True and '<table class="goal-diff">' in done["html"]
    assert "Awaiting approval by another user" in done["html"]
    # a second message while the change waits is refused before anything streams
    again = marketer_client.post(
        f"{url}/stream", data={"text": "goals"}, headers={"X-CSRF-Token": token}
    )
    assert again.status_code == 409 and "must be decided first" in again.text
    fallback = marketer_client.post(f"{url}/messages", data={"text": "goals", "csrf_token": token})
    assert fallback.status_code == 303
    assert "waiting for approval" in marketer_client.get(url).text  # the flash says why
    withdrawn = marketer_client.post(f"{url}/reject", data={"reason": "", "csrf_token": token})
    assert withdrawn.status_code == 303
    response = marketer_client.post(
        f"{url}/stream", data={"text": "goals"}, headers={"X-CSRF-Token": token}
    )
    names = [name for name, _ in _events(response.text)]
    assert names == ["message", "message", "done"]
    assert "Not approved. Nothing was changed." in marketer_client.get(url).text


def test_a_script_typed_in_a_message_renders_inert(
    marketer_client, compliance_client, csrf_token
) -> None:
    token = csrf_token(marketer_client)
    url = _start(marketer_client, token)
    _say(marketer_client, url, token, f"search {SCRIPT}")
    streamed = marketer_client.post(
        f"{url}/stream", data={"text": SCRIPT}, headers={"X-CSRF-Token": token}
    )
    assert SCRIPT not in streamed.text and "&lt;script&gt;" in streamed.text
    for client in (marketer_client, compliance_client):
        page = client.get(url).text
        assert SCRIPT not in page and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    listing = marketer_client.get("/chat").text
    assert SCRIPT not in listing and "&lt;script&gt;" in listing


def test_posts_without_csrf_and_viewers_are_refused(
    marketer_client, viewer_client, anon, csrf_token
) -> None:
    url = _start(marketer_client, csrf_token(marketer_client))
    conversation_id = url.rsplit("/", 1)[1]
    for path, kwargs in [
        ("/chat", {"data": {}}),
        (f"{url}/messages", {"data": {"text": "goals"}}),
        (f"{url}/stream", {"data": {"text": "goals"}}),
        (f"{url}/approve", {"data": {"reason": "x"}}),
        (f"{url}/reject", {"data": {"reason": "x"}}),
        ("/api/chat", {"json": {"text": "goals"}}),
        (f"/api/chat/{conversation_id}/messages", {"json": {"text": "goals"}}),
        (f"/api/chat/{conversation_id}/decision", {"json": {"approve": False}}),
    ]:
        response = marketer_client.post(path, **kwargs)
        assert response.status_code == 403 and response.headers["x-refused"] == "csrf", path
    assert marketer_client.get("/api/chat").json()["mine"][0]["message_count"] == 0
    for path in ("/chat", url, "/api/chat", f"/api/chat/{conversation_id}"):
        response = viewer_client.get(path)
        assert response.status_code == 403 and response.headers["x-refused"] == "role", path
    assert anon.get(url).status_code == 302
    assert anon.get("/api/chat").status_code == 401
    assert marketer_client.get("/chat/nosuchthing").status_code == 404


def test_only_the_owner_writes_in_a_conversation(
    marketer_client, compliance_client, csrf_token
) -> None:
    url = _start(marketer_client, csrf_token(marketer_client))
    cora = csrf_token(compliance_client)
    page = compliance_client.post(f"{url}/messages", data={"text": "goals", "csrf_token": cora})
    assert page.status_code == 403 and "Only mark" in page.text
    stream = compliance_client.post(
        f"{url}/stream", data={"text": "goals"}, headers={"X-CSRF-Token": cora}
    )
    assert stream.status_code == 403
    api = compliance_client.post(
        f"/api/chat/{url.rsplit('/', 1)[1]}/messages",
        json={"text": "goals"},
        headers={"X-CSRF-Token": cora},
    )
    assert api.status_code == 403
    assert compliance_client.get(url).status_code == 200  # reading is fine
    assert compliance_client.get("/api/chat").json()["mine"] == []


def test_the_api_twins_run_the_same_conversation(
    web_home, marketer_client, admin_client, csrf_token
) -> None:
    mark, ada = csrf_token(marketer_client), csrf_token(admin_client)
    started = marketer_client.post(
        "/api/chat",
        json={"text": PROPOSE + ' summary="Q4 retention"'},
        headers={"X-CSRF-Token": mark},
    )
    assert started.status_code == 201, started.text
    body = started.json()
    conversation_id = body["conversation"]["conversation_id"]
    assert body["pending"]["proposed_by"] == "mark"
    assert [c["path"] for c in body["pending"]["diff"]] == ["holdout_share", "objective", "summary"]
    state = admin_client.get(f"/api/chat/{conversation_id}").json()
    assert state["mode"] == "guided mode — no LLM configured"
    assert state["may_write"] is False and state["may_approve"] is True
    assert state["messages"][0] == {"role": "user", "content": PROPOSE + ' summary="Q4 retention"'}
    assert marketer_client.get(f"/api/chat/{conversation_id}").json()["may_approve"] is False
    listed = admin_client.get("/api/chat").json()["awaiting_approval"]
    assert [(c["conversation_id"], c["pending_by"]) for c in listed] == [(conversation_id, "mark")]
    no_reason = admin_client.post(
        f"/api/chat/{conversation_id}/decision",
        json={"approve": True},
        headers={"X-CSRF-Token": ada},
    )
    assert no_reason.status_code == 400
    decided = admin_client.post(
        f"/api/chat/{conversation_id}/decision",
        json={"approve": True, "reason": "agreed in the Monday review"},
        headers={"X-CSRF-Token": ada},
    )
    assert decided.status_code == 200, decided.text
    assert decided.json()["goal_version"] == 1 and decided.json()["pending"] is None
    assert decided.json()["messages"][0]["content"].startswith("Approved by ada: goal version 1")
    again = admin_client.post(
        f"/api/chat/{conversation_id}/decision",
        json={"approve": False},
        headers={"X-CSRF-Token": ada},
    )
    assert again.status_code == 409
    turn = marketer_client.post(
        f"/api/chat/{conversation_id}/messages",
        json={"text": "goals"},
        headers={"X-CSRF-Token": mark},
    ).json()
    assert "version 1" in turn["messages"][-1]["content"] and turn["pending"] is None
    assert [(v.author, v.approved_by) for v in _goal_versions(web_home)] == [("mark", "ada")]


def test_the_chat_acts_at_the_app_clock(login, clock, csrf_token) -> None:
    marketer_client = login("mark")
    token = csrf_token(marketer_client)
    url = _start(marketer_client, token)
    _say(marketer_client, url, token, "propose favour=off-gift-balm")
    assert 'id="pending"' in marketer_client.get(url).text  # on sale until 2026-12-24
    marketer_client.post(f"{url}/reject", data={"reason": "later", "csrf_token": token})
    clock.advance(days=45)  # 2027-01-08: the offer has ended (and the session expired)
    marketer_client = login("mark")
    token = csrf_token(marketer_client)
    _say(marketer_client, url, token, "propose favour=off-gift-balm")
    page = marketer_client.get(url).text
    assert 'id="pending"' not in page and "ended on 2026-12-24" in page
    listing = marketer_client.get("/api/chat").json()["mine"][0]
    assert listing["updated_at"].startswith("2027-01-08")


def test_llm_mode_is_named_and_its_tool_calls_shown(monkeypatch, login, csrf_token) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-used")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("NEXTBEST_LLM_MODEL", "gpt-test")
    client = login("mark")
    url = _start(client, csrf_token(client))
    page = client.get(url).text  # opening a conversation calls no model
    assert '<span class="mode" id="chat-mode">LLM gpt-test</span>' in page
    assert "Guided mode commands" not in page
    call = {"id": "c1", "type": "function", "function": {"name": "get_goals", "arguments": "{}"}}
    llm = [
        {"role": "user", "content": "what are my goals?"},
        {"role": "assistant", "content": "", "author": "gpt-test", "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "c1", "name": "get_goals", "content": "{}"},
        {"role": "assistant", "content": "None yet.", "author": "gpt-test"},
    ]
    assert shown_all(llm, "llm", "mark") == [
        ShownMessage("mark", "user", "what are my goals?"),
        ShownMessage("nextbest", "assistant", "", ("get_goals",), "gpt-test"),
        ShownMessage("nextbest", "assistant", "None yet.", (), "gpt-test"),
    ]
    guided = [{**m, "author": "guided"} if m["role"] == "assistant" else m for m in llm]
    assert [m.who for m in shown_all(guided, "guided", "mark")] == ["mark", "nextbest (guided)"]


def test_the_index_lists_owners_and_waiting_changes(tmp_path: Path, clock) -> None:
    with ConversationIndex(Workspace(tmp_path / "ws"), clock=clock) as index:
        index.create("a1", "mark")
        with pytest.raises(ValueError, match="already exists"):
            index.create("a1", "cora")
        started = index.get("a1").updated_at
        clock.advance(minutes=5)
        history = [
            {"role": "user", "content": "  propose\n holdout=0.1 "},
            {"role": "tool", "name": "propose_goal_change", "content": "{}"},
        ]
        index.sync("a1", history, {"proposed_by": "mark", "diff": []})
        clock.advance(minutes=5)
        same = index.sync("a1", history, {"proposed_by": "mark", "diff": []})
        assert same.updated_at == started + timedelta(minutes=5)  # viewing changes nothing
        assert same.title == "propose holdout=0.1" and same.message_count == 2
        assert [c.conversation_id for c in index.awaiting_approval()] == ["a1"]
        assert index.started_by("cora") == [] and len(index.started_by("mark")) == 1
        done = index.sync("a1", [*history, {"role": "assistant", "content": "Approved."}], None)
        assert done.pending_by is None and done.last_message == "Approved."
        assert index.awaiting_approval() == []
        with pytest.raises(KeyError):
            index.get("nope")


def test_previews_score_customers_and_failures_show_no_internals(
    marketer_client, csrf_token, monkeypatch
) -> None:
    token = csrf_token(marketer_client)
    url = _start(marketer_client, token)
    _say(marketer_client, url, token, "preview holdout=0.1")
    assert "Preview on 300 customers" in marketer_client.get(url).text

    def broken(self, name, arguments):
        raise OSError("disk /secret/path unreadable")

    monkeypatch.setattr(ChatTools, "call", broken)
    response = marketer_client.post(
        f"{url}/stream", data={"text": "goals"}, headers={"X-CSRF-Token": token}
    )
    events = _events(response.text)
    assert [name for name, _ in events][-1] == "error"
    message = events[-1][1]["message"]
    assert "Something went wrong on our side (reference " in message
    assert "secret" not in response.text
