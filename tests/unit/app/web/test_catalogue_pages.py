"""Products and standing statements in the web workspace: proposed, approved by another user.

The same maker–checker path as claims, offers and rules (issue 17): a form or the API makes a
pending proposal, the pack in force does not change until a second user approves, and the
entry then shows in the brand store with its history.
"""

from __future__ import annotations

from fastapi.testclient import TestClient

PRODUCT_YAML = "id: glow-kit\nname: Glow Kit\nlist_price: 42\ncurrency: USD\ncategory: gift set\n"


def _kinds(client: TestClient, kind: str) -> set[str]:
    entries = client.get("/api/brand/entries", params={"kind": kind}).json()["entries"]
    return {e["id"] for e in entries}


def test_a_product_is_proposed_in_a_form_and_approved_by_another_user(
    compliance_client, second_compliance_client, csrf_token, viewer_client
) -> None:
    store_page = compliance_client.get("/brand")
    assert 'href="/brand/new/product"' in store_page.text
    assert 'href="/brand/new/statement"' in store_page.text
    form = compliance_client.get("/brand/new/product")
    assert form.status_code == 200 and "list_price" in form.text
    token = csrf_token(compliance_client)
    bad = compliance_client.post(
        "/brand/new/product",
        data={"yaml": "id: glow-kit\nname: Glow Kit\nlist_price: 42\n", "reason": "r",
              "csrf_token": token},
    )  # fmt: skip
    assert bad.status_code == 422 and "currency" in bad.text
    made = compliance_client.post(
        "/brand/new/product", data={"yaml": PRODUCT_YAML, "reason": "gift set", "csrf_token": token}
    )
    assert made.status_code == 303
    number = int(made.headers["location"].rsplit("/", 1)[-1])
    assert "glow-kit" not in _kinds(viewer_client, "product")
    page = second_compliance_client.get(f"/proposals/{number}")
    assert "<code>list_price</code>" in page.text
    approved = second_compliance_client.post(
        f"/proposals/{number}/approve",
        data={"note": "price list ok", "csrf_token": csrf_token(second_compliance_client)},
    )
    assert approved.status_code == 303
    assert "glow-kit" in _kinds(viewer_client, "product")
    listed = viewer_client.get("/brand", params={"kind": "product"})
    assert ">glow-kit</a>" in listed.text and "Glow Kit — 42.0 USD" in listed.text
    entry = viewer_client.get("/brand/entries/product/glow-kit")
    assert entry.status_code == 200 and "Glow Kit" in entry.text
    edit = compliance_client.get("/brand/entries/product/glow-kit/edit")
    assert edit.status_code == 200 and "list_price: 42" in edit.text


def test_a_standing_statement_goes_through_the_api_and_is_retired_by_proposal(
    compliance_client, second_compliance_client, csrf_token, viewer_client
) -> None:
    token = csrf_token(compliance_client)
    statement = {"id": "ship-60", "text": "Free shipping on orders over $60."}
    made = compliance_client.post(
        "/api/proposals",
        json={"kind": "statement", "action": "add", "payload": statement, "reason": "policy"},
        headers={"X-CSRF-Token": token},
    )
    assert made.status_code == 201, made.text
    number = made.json()["id"]
    own = compliance_client.post(
        f"/api/proposals/{number}/approve", json={}, headers={"X-CSRF-Token": token}
    )
    assert own.status_code == 403
    other = csrf_token(second_compliance_client)
    done = second_compliance_client.post(
        f"/api/proposals/{number}/approve", json={}, headers={"X-CSRF-Token": other}
    )
    assert done.status_code == 200 and done.json()["status"] == "approved"
    assert "ship-60" in _kinds(viewer_client, "statement")
    retire = compliance_client.post(
        "/brand/entries/statement/ship-60/retire", data={"reason": "ended", "csrf_token": token}
    )
    assert retire.status_code == 303
    retired = int(retire.headers["location"].rsplit("/", 1)[-1])
    second_compliance_client.post(
        f"/api/proposals/{retired}/approve", json={}, headers={"X-CSRF-Token": other}
    )
    shown = viewer_client.get("/brand", params={"kind": "statement", "status": "retired"})
    assert ">ship-60</a>" in shown.text
