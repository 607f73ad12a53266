"""Every ``/api`` route declares its response model, and the API docs show the schemas."""

from __future__ import annotations

import json
from typing import Any, get_args, get_origin

from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from pydantic import BaseModel

from nextbest.app.web.api_models import (
    BRAND_KINDS,
    UNMODELLED_ROUTES,
    BrandDiffOut,
    ErrorOut,
    ProposalErrorOut,
    ProposalOut,
    ProposalsOut,
    SearchOut,
)
from nextbest.app.web.brand_entries import LISTED_KINDS
from nextbest.app.web.permissions import iter_routes


def _api_routes(app: FastAPI) -> list[APIRoute]:
    """Every HTTP route under ``/api``, included routers walked as the permission table does."""
    return [
        route
        for prefix, route in iter_routes(app.routes)
        if isinstance(route, APIRoute) and (prefix + route.path).startswith("/api")
    ]


def _is_model(annotation: Any) -> bool:
    """Whether a route's response model is a pydantic model or a list of one.

    FastAPI infers ``dict[str, Any]`` from a return annotation; that documents nothing, so it
    does not count.
    """
    if get_origin(annotation) is list:
        (annotation,) = get_args(annotation)
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _response_schema(paths: dict[str, Any], path: str, method: str, status: str) -> dict[str, Any]:
    return paths[path][method]["responses"][status]["content"]["application/json"]["schema"]


def test_every_api_route_declares_a_response_model(app: FastAPI) -> None:
    routes = _api_routes(app)
    assert len(routes) >= 29
    missing = [
        f"{sorted(r.methods)} {r.path}"
        for r in routes
        if not _is_model(r.response_model) and r.path not in UNMODELLED_ROUTES
    ]
    assert missing == []
    # the exemptions name real routes, kept out of the schema
    unmodelled = {r.path: r for r in routes if r.path in UNMODELLED_ROUTES}
    assert set(unmodelled) == set(UNMODELLED_ROUTES)
    assert not any(r.include_in_schema for r in unmodelled.values())


def test_openapi_lists_response_schemas(viewer_client: TestClient) -> None:
    schema = viewer_client.get("/api/openapi.json").json()
    paths, components = schema["paths"], schema["components"]["schemas"]
    assert _response_schema(paths, "/api/me", "get", "200") == {
        "$ref": "#/components/schemas/MeOut"
    }
    assert set(components["MeOut"]["properties"]) == {"name", "role", "via", "csrf_token"}
    tokens = _response_schema(paths, "/api/tokens", "get", "200")
    assert tokens["items"] == {"$ref": "#/components/schemas/TokenOut"}
    assert _response_schema(paths, "/api/runs", "get", "200")["$ref"].endswith("/RunsOut")
    created = _response_schema(paths, "/api/proposals", "post", "201")
    assert created["$ref"].endswith("/ProposalOut")
    invalid = _response_schema(paths, "/api/proposals", "post", "422")
    assert invalid["$ref"].endswith("/ProposalErrorOut")
    assert "requestBody" in paths["/api/review/{decision_id}"]["post"]
    answer = paths["/api/review/{decision_id}"]["post"]["requestBody"]
    assert answer["content"]["application/json"]["schema"]["$ref"].endswith("/ReviewAnswerIn")
    for path, model in (
        ("/api/proposals", "ProposalIn"),
        ("/api/proposals/{proposal_id}/approve", "ApproveIn"),
        ("/api/proposals/{proposal_id}/reject", "ReasonIn"),
        ("/api/proposals/{proposal_id}/withdraw", "ReasonIn"),
    ):
        body = paths[path]["post"]["requestBody"]["content"]["application/json"]["schema"]
        assert model in json.dumps(body), path
    assert set(components["ProposalIn"]["required"]) == {"kind", "action", "reason"}


def test_brand_kind_parameters_list_their_values(viewer_client: TestClient) -> None:
    assert BRAND_KINDS == LISTED_KINDS
    paths = viewer_client.get("/api/openapi.json").json()["paths"]
    params = paths["/api/brand/entries/{kind}/{entry_id}"]["get"]["parameters"]
    kind = next(p for p in params if p["name"] == "kind")
    assert kind["in"] == "path" and kind["schema"]["enum"] == list(BRAND_KINDS)
    # the route still answers 404 (not 422) for another kind, as before
    assert viewer_client.get("/api/brand/entries/goats/x").status_code == 404
    assert viewer_client.get("/api/brand/entries?kind=goats").status_code == 404


def test_api_docs_show_request_and_response_schemas(viewer_client: TestClient) -> None:
    page = viewer_client.get("/api/docs").text
    assert 'id="schema-MeOut"' in page and "<code>csrf_token</code>" in page
    assert 'href="#schema-ReviewAnswerIn"' in page  # a request body
    assert 'href="#schema-TokenOut"' in page  # a list response
    assert 'id="schema-ProposalErrorOut"' in page  # an error response


def test_modelled_bodies_are_unchanged(viewer_client: TestClient) -> None:
    me = viewer_client.get("/api/me").json()
    assert set(me) == {"name", "role", "via", "csrf_token"}
    runs = viewer_client.get("/api/runs").json()
    assert set(runs) == {"runs", "next_offset"}
    entries = viewer_client.get("/api/brand/entries?kind=claim").json()
    assert set(entries) == {"version", "entries"}
    assert entries["entries"] and set(entries["entries"][0]) == {"kind", "id", "data"}


def test_hand_built_bodies_match_their_models(viewer_client: TestClient) -> None:
    """Routes returning a ``JSONResponse`` skip FastAPI's check; their bodies are held here."""
    search = viewer_client.get("/api/brand/search?q=refund")
    assert search.status_code == 200 and search.json()["hits"]
    SearchOut.model_validate(search.json())
    refused = viewer_client.get("/api/brand/search?q=refund&kind=goats")
    assert refused.status_code == 422
    ErrorOut.model_validate(refused.json())
    versions = viewer_client.get("/api/brand/versions").json()
    diff = viewer_client.get(f"/api/brand/diff?v1=1&v2={versions[-1]['version']}")
    assert diff.status_code == 200
    BrandDiffOut.model_validate(diff.json())
    listed = ProposalsOut.model_validate(viewer_client.get("/api/proposals").json())
    for proposal in listed.proposals[:3]:
        one = viewer_client.get(f"/api/proposals/{proposal.id}")
        assert ProposalOut.model_validate(one.json()) == proposal
    missing = viewer_client.get("/api/proposals/999999")
    assert missing.status_code == 404
    ProposalErrorOut.model_validate(missing.json())


def test_proposal_operations_match_their_models(
    compliance_client: TestClient, second_compliance_client: TestClient, csrf_token: Any
) -> None:
    claim = compliance_client.get("/api/brand/entries/claim/clm-refund-60").json()["data"]
    headers = {"X-CSRF-Token": csrf_token(compliance_client)}
    body = {"kind": "claim", "action": "edit", "target": "clm-refund-60", "reason": "plainer"}
    created = compliance_client.post(
        "/api/proposals",
        json={**body, "payload": {**claim, "text": "Refunds in 60 days."}},
        headers=headers,
    )
    assert created.status_code == 201
    proposal = ProposalOut.model_validate(created.json())
    invalid = compliance_client.post(
        "/api/proposals", json={**body, "payload": {**claim, "text": ""}}, headers=headers
    )
    assert invalid.status_code == 422
    assert ProposalErrorOut.model_validate(invalid.json()).problems
    approved = second_compliance_client.post(
        f"/api/proposals/{proposal.id}/approve",
        json={"note": "fine"},
        headers={"X-CSRF-Token": csrf_token(second_compliance_client)},
    )
    assert approved.status_code == 200, approved.text
    assert ProposalOut.model_validate(approved.json()).status == "approved"
