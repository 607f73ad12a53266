"""vcrpy cassettes of the OpenAI wire format, replayed with ``record_mode="none"``.

Cassettes live in ``tests/cassettes/<module>/<test>.yaml`` and match on method, path and body,
so a prompt change shows up as a failing test until the cassette is recorded again.

Recording (``NEXTBEST_RECORD_CASSETTES=1``): there is no API key on the build machines, so the
OpenAI client talks to a loopback stub that serves the test's hand-written chat-completions
bodies in order; vcrpy records the client's real requests and the stub's responses, with the
host rewritten to the OpenAI API. Replaying never opens a socket.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import vcr

CASSETTES = Path(__file__).parent / "cassettes"
OPENAI_BASE = "https://api.openai.com/v1"
RECORD = os.environ.get("NEXTBEST_RECORD_CASSETTES") == "1"
"""Set only by a developer re-recording cassettes; tests and CI always replay."""
REPLAY_MODE = "none"
RECORDING_MODE = "all"


def completion(content: str | None, refusal: str | None = None, model: str = "gpt-4o-mini") -> dict:
    """A chat-completions response body as the OpenAI API returns it."""
    return {
        "id": "chatcmpl-nextbest-test",
        "object": "chat.completion",
        "created": 1764007200,
        "model": f"{model}-2024-07-18",
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": content,
                    "refusal": refusal,
                    "annotations": [],
                },
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 800, "completion_tokens": 90, "total_tokens": 890},
        "system_fingerprint": "fp_nextbest",
    }


def tool_call_completion(
    calls: list[tuple[str, dict[str, Any]]], content: str | None = None, model: str = "gpt-4o-mini"
) -> dict:
    """A chat-completions response whose message calls tools ``(name, arguments)`` in order."""
    body = completion(content, model=model)
    choice = body["choices"][0]
    choice["finish_reason"] = "tool_calls"
    choice["message"]["tool_calls"] = [
        {
            "id": f"call_{name}_{i}",
            "type": "function",
            "function": {"name": name, "arguments": json.dumps(arguments)},
        }
        for i, (name, arguments) in enumerate(calls)
    ]
    return body


_VOLATILE = (
    (re.compile(r"\b[0-9a-f]{32}\b"), "<id>"),
    (
        re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[+-]\d{2}:\d{2}|Z)?"),
        "<time>",
    ),
    (re.compile(r"\brun-\d{8}-[0-9a-f]{6}\b"), "<run>"),
)


def normalised_body(body: bytes | str | None) -> str:
    """A request body with volatile ids and timestamps replaced (decision ids, record times)."""
    text = body.decode() if isinstance(body, bytes) else (body or "")
    for pattern, placeholder in _VOLATILE:
        text = pattern.sub(placeholder, text)
    return text


def _same_normalised_body(r1: Any, r2: Any) -> None:
    assert normalised_body(r1.body) == normalised_body(r2.body)


def _stub(responses: list[dict[str, Any]]) -> ThreadingHTTPServer:
    queue = list(responses)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            body = json.dumps(queue.pop(0) if queue else {"error": "no more responses"})
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _to_openai_host(request: Any) -> Any:
    path = request.uri.split("/v1/", 1)[1]
    request.uri = f"{OPENAI_BASE}/{path}"
    return request


@contextmanager
def llm_cassette(
    module: str, name: str, responses: list[dict[str, Any]], *, volatile: bool = False
) -> Iterator[str]:
    """Replay a cassette (or record it through the stub when recording is switched on).

    Args:
        module: Cassette folder, usually the test module's name.
        name: Cassette name, usually the test's name.
        responses: Response bodies served, in order, when recording.
        volatile: Match bodies with decision ids and timestamps masked (tool results that
            quote logged decisions change ids on every run; everything else must match).

    Yields:
        The ``base_url`` to give the OpenAI client.
    """
    path = CASSETTES / module / f"{name}.yaml"
    recorder = vcr.VCR(
        record_mode=RECORDING_MODE if RECORD else REPLAY_MODE,
        filter_headers=["authorization", "cookie", "host", "x-stainless-os", "x-stainless-arch"],
        match_on=["method", "path", "normalised_body" if volatile else "body"],
        before_record_request=_to_openai_host,
        decode_compressed_response=True,
    )
    recorder.register_matcher("normalised_body", _same_normalised_body)
    if RECORD:
        server = _stub(responses)
        base_url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    else:
        server, base_url = None, OPENAI_BASE
    try:
        with recorder.use_cassette(str(path)):
            yield base_url
    finally:
        if server is not None:
            server.shutdown()
