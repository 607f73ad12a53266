"""Brand store pages: browse, search (page + JSON), history, side-by-side diffs, propose forms."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from fastapi.testclient import TestClient

from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace

SCRIPT = "<script>alert('x')</script>"


def _edit_claim(home: Path, claim_id: str = "clm-refund-60", **changes) -> None:
    store = BrandStore(Workspace(home), clock=lambda: datetime(2026, 11, 2, tzinfo=UTC))
    try:
        data = {**store.get("claim", claim_id), **changes}
        store.put("claim", data, author="ana", role="compliance", reason="edit", create=False)
    finally:
        store.close()


def _form_yaml(page: str) -> str:
    match = re.search(r'<textarea name="yaml"[^>]*>(.*?)</textarea>', page, re.S)
    assert match, "no YAML textarea"
    from html import unescape

    return unescape(match.group(1))


def test_browse_shows_every_kind_with_status_and_filters(compliance_client, viewer_client) -> None:
    page = compliance_client.get("/brand")
    assert page.status_code == 200
    for entry in ("clm-refund-60", "off-welcome-15", "sms-length", "voice", "brand"):
        assert f">{entry}</a>" in page.text
    assert "Pack <strong>v1</strong>" in page.text and 'class="status status-active"' in page.text
    assert 'href="/brand/new/claim"' in page.text and 'href="/brand/rollback"' in page.text
    rules = compliance_client.get("/brand?kind=rule").text
    assert ">sms-length</a>" in rules and ">clm-refund-60</a>" not in rules
    viewer = viewer_client.get("/brand").text
    assert 'href="/brand/new/claim"' not in viewer and "/brand/rollback" not in viewer
    assert viewer_client.get("/brand?kind=goats").status_code == 404
    assert viewer_client.get("/brand?version=9").status_code == 404


def test_search_page_and_its_json_twin(viewer_client) -> None:
    page = viewer_client.get("/brand/search", params={"q": "get my money back", "kind": "claim"})
    assert page.status_code == 200 and ">clm-refund-60</a>" in page.text
    api = viewer_client.get("/api/brand/search", params={"q": "get my money back", "k": 3})
    assert api.status_code == 200
    body = api.json()
    assert body["query"] == "get my money back" and len(body["hits"]) == 3
    assert body["hits"][0]["id"] == "clm-refund-60" and 0 < body["hits"][0]["score"] <= 1
    rules = viewer_client.get("/api/brand/search", params={"q": "quiet hours", "kind": "rule"})
    assert {h["kind"] for h in rules.json()["hits"]} == {"rule"}
    bad = viewer_client.get("/api/brand/search", params={"q": "x", "kind": "goat"})
    assert bad.status_code == 422 and "unknown kinds" in bad.json()["detail"]
    assert viewer_client.get("/api/brand/search").status_code == 422  # q is required


def test_history_and_side_by_side_diff_of_two_versions(web_home, viewer_client) -> None:
    _edit_claim(web_home, text="Not happy? Full refund within 60 days.")
    entry = viewer_client.get("/brand/entries/claim/clm-refund-60")
    assert entry.status_code == 200
    assert entry.text.count("ana (compliance)") == 1 and "t (admin)" in entry.text
    compared = viewer_client.get("/brand/entries/claim/clm-refund-60?a=1&b=2").text
    before = re.search(r'<td class="before">(.*?)</td>', compared, re.S)
    after = re.search(r'<td class="after">(.*?)</td>', compared, re.S)
    assert before and "Get a full refund within 60 days" in before.group(1)
    assert after and "Full refund within 60 days." in after.group(1)
    diff = viewer_client.get("/brand/diff?v1=1&v2=2").text
    assert "claim clm-refund-60" in diff and "<code>text</code>" in diff
    assert "status-changed" in diff
    versions = viewer_client.get("/brand/versions").text
    assert "v2" in versions and "ana" in versions
    api = viewer_client.get("/api/brand/diff", params={"v1": 1, "v2": 2}).json()
    [change] = api["changes"]
    assert change["id"] == "clm-refund-60" and change["fields"][0]["path"] == "text"
    one = viewer_client.get("/api/brand/entries/claim/clm-refund-60").json()
    assert [r["version_from"] for r in one["revisions"]] == [1, 2]
    assert one["data"]["text"] == "Not happy? Full refund within 60 days."
    assert viewer_client.get("/api/brand/entries/claim/nope").status_code == 404
    assert viewer_client.get("/brand/entries/claim/nope").status_code == 404
    listed = viewer_client.get("/api/brand/entries", params={"kind": "offer"}).json()
    assert listed["version"] == 2 and {e["kind"] for e in listed["entries"]} == {"offer"}
    assert [v["version"] for v in viewer_client.get("/api/brand/versions").json()] == [1, 2]


def test_an_invalid_edit_shows_the_error_beside_the_field_then_the_fix_proposes(
    compliance_client, csrf_token
) -> None:
    form = compliance_client.get("/brand/entries/claim/clm-refund-60/edit")
    assert form.status_code == 200
    original = _form_yaml(form.text)
    assert "text: Not happy? Get a full refund" in original
    broken = original.replace("category: guarantee", "category: miracle")
    token = csrf_token(compliance_client)
    bad = compliance_client.post(
        "/brand/entries/claim/clm-refund-60/edit",
        data={"yaml": broken, "reason": "new category", "csrf_token": token},
    )
    assert bad.status_code == 422
    row = re.search(r'<tr class="invalid" data-field="category">(.*?)</tr>', bad.text, re.S)
    assert row and 'data-path="category"' in row.group(1) and "miracle" in row.group(1)
    assert "guarantee" in row.group(1)  # pydantic lists the valid categories
    assert _form_yaml(bad.text) == broken  # what the user typed is kept to fix it
    malformed = compliance_client.post(
        "/brand/entries/claim/clm-refund-60/edit",
        data={"yaml": "text: [unclosed", "reason": "r", "csrf_token": token},
    )
    assert malformed.status_code == 422 and "malformed YAML" in malformed.text
    fixed = original.replace("Get a full refund", "Get your money back")
    ok = compliance_client.post(
        "/brand/entries/claim/clm-refund-60/edit",
        data={"yaml": fixed, "reason": "plainer words", "csrf_token": token},
    )
    assert ok.status_code == 303 and ok.headers["location"].startswith("/proposals/")
    proposal = compliance_client.get(ok.headers["location"]).text
    assert "Get your money back" in proposal and "plainer words" in proposal


def test_new_entries_retirement_and_rollback_are_proposed_not_applied(
    web_home, compliance_client, csrf_token, viewer_client
) -> None:
    token = csrf_token(compliance_client)
    template = compliance_client.get("/brand/new/rule")
    assert template.status_code == 200 and "kind: banned_phrase" in template.text
    added = compliance_client.post(
        "/brand/new/claim",
        data={
            "yaml": "id: clm-new\ntext: Now in glass.\ncategory: sustainability\n"
            "substantiation: Supplier certificate 2026\nchannels: [email]\n",
            "reason": "new packaging",
            "csrf_token": token,
        },
    )
    assert added.status_code == 303
    duplicate = compliance_client.post(
        "/brand/new/claim",
        data={"yaml": _form_yaml(template.text), "reason": "r", "csrf_token": token},
    )
    assert duplicate.status_code == 422  # a rule's YAML is not a claim: unknown fields listed
    assert 'data-field="params"' in duplicate.text
    retire = compliance_client.post(
        "/brand/entries/claim/clm-vegan/retire",
        data={"reason": "reformulated", "csrf_token": token},
    )
    assert retire.status_code == 303
    no_reason = compliance_client.post(
        "/brand/entries/claim/clm-vegan/retire", data={"reason": " ", "csrf_token": token}
    )
    assert no_reason.status_code == 422 and "reason is required" in no_reason.text
    _edit_claim(web_home, text="Something else entirely.")
    page = compliance_client.get("/brand/rollback?version=1")
    assert page.status_code == 200 and "Something else entirely." in page.text
    rollback = compliance_client.post(
        "/brand/rollback", data={"version": "1", "reason": "undo", "csrf_token": token}
    )
    assert rollback.status_code == 303
    listed = viewer_client.get("/api/proposals").json()["proposals"]
    assert [p["title"] for p in listed] == [
        "roll the pack back to v1",
        "retire claim clm-vegan",
        "add claim clm-new",
    ]
    assert all(p["status"] == "pending" for p in listed)
    entries = viewer_client.get("/api/brand/entries", params={"kind": "claim"}).json()
    assert "clm-new" not in {e["id"] for e in entries["entries"]}


def test_a_marketer_may_propose_voice_changes_but_not_claims(marketer_client, csrf_token) -> None:
    refused = marketer_client.get("/brand/entries/claim/clm-refund-60/edit")
    assert refused.status_code == 403 and "compliance or higher" in refused.text
    token = csrf_token(marketer_client)
    post = marketer_client.post(
        "/brand/entries/claim/clm-refund-60/edit",
        data={"yaml": "id: clm-refund-60\n", "reason": "r", "csrf_token": token},
    )
    assert post.status_code == 403
    assert marketer_client.get("/brand/new/claim").status_code == 403
    voice = marketer_client.get("/brand/entries/voice/voice/edit")
    assert voice.status_code == 200
    changed = _form_yaml(voice.text).replace("- warm\n", "- warm\n- bright\n")
    ok = marketer_client.post(
        "/brand/entries/voice/voice/edit",
        data={"yaml": changed, "reason": "brighter", "csrf_token": token},
    )
    assert ok.status_code == 303


def test_forms_without_the_csrf_token_are_refused(compliance_client) -> None:
    response = compliance_client.post(
        "/brand/entries/claim/clm-vegan/retire", data={"reason": "no token"}
    )
    assert response.status_code == 403 and response.headers["x-refused"] == "csrf"


def test_a_script_in_a_claim_renders_inert(web_home, login) -> None:
    store = BrandStore(Workspace(web_home), clock=lambda: datetime(2026, 11, 2, tzinfo=UTC))
    store.put(
        "claim",
        {
            "id": "clm-xss",
            "text": f"Glow {SCRIPT} now",
            "category": "efficacy",
            "substantiation": f"Lab {SCRIPT}",
            "channels": ["email"],
        },
        author="ana",
        role="compliance",
        reason=f"test {SCRIPT}",
        create=True,
    )
    store.close()
    client: TestClient = login("vera")
    for url in (
        "/brand?kind=claim",
        "/brand/entries/claim/clm-xss",
        "/brand/search?q=alert",
        "/brand/diff?v1=1&v2=2",
        "/brand/versions",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert SCRIPT not in response.text and "&lt;script&gt;" in response.text, url
    api = client.get("/api/brand/entries/claim/clm-xss")  # JSON carries it as data, not markup
    assert api.headers["content-type"].startswith("application/json")
    assert SCRIPT in api.json()["data"]["text"]


def test_voice_and_brand_pages_and_expired_claims(viewer_client) -> None:
    for kind in ("voice", "brand"):
        page = viewer_client.get(f"/brand/entries/{kind}/{kind}")
        assert page.status_code == 200, page.text[:300]
        assert 'class="status status-active"' in page.text
    listing = viewer_client.get("/brand?kind=claim").text
    assert 'class="status status-expired"' in listing
    expired = viewer_client.get("/brand", params={"kind": "claim", "status": "expired"}).text
    assert '<option value="expired" selected>' in expired
    assert ">clm-refund-60</a>" not in expired and 'status-expired' in expired


def test_filter_form_with_no_version_chosen(viewer_client) -> None:
    page = viewer_client.get("/brand?kind=claim&version=&status=expired")
    assert page.status_code == 200 and "status-expired" in page.text
    assert viewer_client.get("/brand?version=two").status_code == 400
