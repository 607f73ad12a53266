"""The writer's structured-output chain against a fake OpenAI-compatible server on loopback.

The fake server behaves like llama.cpp's and stricter ones: it refuses ``json_schema``
(HTTP 500) and, when told to, ``json_object`` too (HTTP 400), and answers plain chat requests
with whatever text the test queued — valid JSON, JSON in a code fence, or broken JSON.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from nextbest.agents.graph import builder
from nextbest.agents.llm import LLMSettings, make_client
from nextbest.agents.writer import LLMWriter, probe_mode
from tests.llm_cassettes import completion
from tests.unit.conftest import CUSTOMER, SEND_TIME, decision

GOOD_SMS = {
    "subject": None,
    "body": (
        "Lumen Botanics: 15% off your first order with code WELCOME15. Min. spend $30, first "
        "order only. https://lumenbotanics.com/offers/off-welcome-15 Reply STOP to opt out, "
        "HELP for help."
    ),
    "cta": None,
    "claim_ids": [],
}


@dataclass
class FakeServer:
    """What the fake server refuses, what it answers, and every request it saw."""

    refuse: set[str]
    answers: list[str]
    requests: list[dict[str, Any]] = field(default_factory=list)
    base_url: str = ""

    def mode_of(self, body: dict[str, Any]) -> str:
        """The structured-output mode of a request body."""
        return (body.get("response_format") or {}).get("type", "prompt_json")


@pytest.fixture
def fake_server() -> Iterator[Any]:
    servers: list[ThreadingHTTPServer] = []

    def _start(refuse: set[str], answers: list[str]) -> FakeServer:
        state = FakeServer(refuse=refuse, answers=list(answers))

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                state.requests.append(body)
                mode = state.mode_of(body)
                if mode in state.refuse:
                    status = 500 if mode == "json_schema" else 400
                    payload: dict[str, Any] = {
                        "error": {"message": f"response_format type {mode} is not supported"}
                    }
                else:
                    status = 200
                    payload = completion(state.answers.pop(0), model="fake-local")
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                return

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        state.base_url = f"http://127.0.0.1:{server.server_address[1]}/v1"
        return state

    yield _start
    for server in servers:
        server.shutdown()
        server.server_close()


def local_writer(base_url: str) -> LLMWriter:
    settings = LLMSettings(
        model="fake-local", api_key="local", base_url=base_url, timeout_s=5, max_retries=0
    )
    return LLMWriter(make_client(settings), settings)  # type: ignore[arg-type]


def run_graph(context: Any, thread: str, decision_id: str = "d-1") -> dict[str, Any]:
    return builder.compile().invoke(
        {
            "decision": decision("off-welcome-15", "sms", decision_id),
            "customer": CUSTOMER,
            "send_time": SEND_TIME,
        },
        config={"recursion_limit": 50},
        context=context,
    )


def test_chain_falls_back_to_prompt_json_and_records_the_mode(fake_server, make_context) -> None:
    fenced = "Here you go:\n```json\n" + json.dumps(GOOD_SMS) + "\n```"
    server = fake_server({"json_schema", "json_object"}, [fenced, json.dumps(GOOD_SMS)])
    writer = local_writer(server.base_url)
    context = make_context(writer=writer)

    out = run_graph(context, "m1")

    assert [server.mode_of(r) for r in server.requests] == [
        "json_schema",
        "json_object",
        "prompt_json",
    ]
    json_object = server.requests[1]["response_format"]
    assert json_object["schema"]["properties"].keys() >= {"body", "claim_ids"}
    assert "JSON schema" in server.requests[2]["messages"][0]["content"]
    assert "response_format" not in server.requests[2]
    assert out["outcome"] == "released"
    (record,) = context.records.for_decision("d-1")
    assert record.author == "fake-local" and record.llm_mode == "prompt_json"
    assert record.verdict["decision"] in ("pass", "warn")

    run_graph(context, "m2", decision_id="d-2")  # the working mode is remembered
    assert [server.mode_of(r) for r in server.requests[3:]] == ["prompt_json"]
    (second,) = context.records.for_decision("d-2")
    assert second.llm_mode == "prompt_json" and writer.stats["mode_rejected"] == 2


def test_json_object_is_used_when_only_json_schema_is_refused(fake_server, make_context) -> None:
    server = fake_server({"json_schema"}, [json.dumps(GOOD_SMS)])
    context = make_context(writer=local_writer(server.base_url))

    out = run_graph(context, "m3")

    assert [server.mode_of(r) for r in server.requests] == ["json_schema", "json_object"]
    (record,) = context.records.for_decision("d-1")
    assert out["outcome"] == "released" and record.llm_mode == "json_object"


def test_invalid_json_is_retried_once_then_valid(fake_server, make_context) -> None:
    server = fake_server({"json_schema", "json_object"}, ['{"body": "Lumen', json.dumps(GOOD_SMS)])
    writer = local_writer(server.base_url)
    context = make_context(writer=writer)

    out = run_graph(context, "m4")

    assert out["outcome"] == "released"
    (record,) = context.records.for_decision("d-1")
    assert record.author == "fake-local"
    assert writer.stats["invalid_json"] == 1 and writer.stats["retries"] == 1


def test_invalid_json_twice_ends_in_the_fallback(fake_server, make_context) -> None:
    server = fake_server({"json_schema", "json_object"}, ["not json", '{"body": 3}'])
    writer = local_writer(server.base_url)
    context = make_context(writer=writer)

    out = run_graph(context, "m5")

    assert out["outcome"] == "released"
    (record,) = context.records.for_decision("d-1")
    assert record.author == "fallback-template" and record.llm_mode is None
    assert [a["stage"] for a in record.attempts] == ["fallback"]
    assert writer.stats["invalid_json"] == 2


def test_a_server_refusing_every_mode_ends_in_the_fallback(fake_server, make_context) -> None:
    server = fake_server({"json_schema", "json_object", "prompt_json"}, [])
    writer = local_writer(server.base_url)
    context = make_context(writer=writer)

    out = run_graph(context, "m6")

    assert out["outcome"] == "released"
    (record,) = context.records.for_decision("d-1")
    assert record.author == "fallback-template"
    assert writer.mode == "prompt_json" and len(server.requests) == 3
    assert writer.stats["errors"] == 1


def test_probe_reports_each_mode(fake_server) -> None:
    server = fake_server({"json_schema"}, [json.dumps(GOOD_SMS), "no json here"])
    client = make_client(
        LLMSettings(model="m", api_key="local", base_url=server.base_url, max_retries=0)
    )

    results = probe_mode(client, "m")  # type: ignore[arg-type]

    assert results["json_schema"].startswith("rejected")
    assert results["json_object"] == "ok"
    assert results["prompt_json"].startswith("invalid JSON")
