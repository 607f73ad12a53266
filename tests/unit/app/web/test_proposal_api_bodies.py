"""The proposal API's request bodies are named models: propose, approve, reject, withdraw."""

from __future__ import annotations

from fastapi.testclient import TestClient


def _propose_retire(client: TestClient, token: str, entry_id: str) -> int:
    response = client.post(
        "/api/proposals",
        json={"kind": "claim", "action": "retire", "target": entry_id, "reason": "outdated"},
        headers={"X-CSRF-Token": token},
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


def test_a_proposal_body_missing_its_reason_is_refused_naming_the_field(
    compliance_client, csrf_token
) -> None:
    token = csrf_token(compliance_client)
    response = compliance_client.post(
        "/api/proposals",
        json={"kind": "claim", "action": "retire", "target": "clm-vegan"},
        headers={"X-CSRF-Token": token},
    )
    assert response.status_code == 422
    assert [e["loc"] for e in response.json()["detail"]] == [["body", "reason"]]


def test_reject_needs_a_reason_and_withdraw_takes_none(
    compliance_client, second_compliance_client, csrf_token
) -> None:
    maker, checker = csrf_token(compliance_client), csrf_token(second_compliance_client)
    first = _propose_retire(compliance_client, maker, "clm-vegan")
    empty = second_compliance_client.post(
        f"/api/proposals/{first}/reject", headers={"X-CSRF-Token": checker}
    )
    assert empty.status_code == 422 and "reason" in empty.text
    rejected = second_compliance_client.post(
        f"/api/proposals/{first}/reject",
        json={"reason": "we still sell it"},
        headers={"X-CSRF-Token": checker},
    )
    assert rejected.status_code == 200
    assert rejected.json()["status"] == "rejected"
    assert rejected.json()["decision_reason"] == "we still sell it"
    second = _propose_retire(compliance_client, maker, "clm-rating")
    withdrawn = compliance_client.post(
        f"/api/proposals/{second}/withdraw", headers={"X-CSRF-Token": maker}
    )
    assert withdrawn.status_code == 200 and withdrawn.json()["status"] == "withdrawn"
