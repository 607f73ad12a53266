"""Local model plumbing that needs no model: file lookup, runtime choice, ``nextbest llm check``."""

from __future__ import annotations

import importlib.metadata
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agents import local_llm
from agents.cli import app
from agents.composer import Composer
from agents.local_llm import LocalModelError, LocalServer, bundled_model_path, open_runtime
from brand_context.ingest import load_pack, sample_pack_path
from tests.llm_cassettes import completion

DRAFT = {"subject": "Hi", "body": "A test message.", "cta": None, "claim_ids": []}


@pytest.fixture
def llama_like_server() -> Iterator[str]:
    """Lists one model and, like llama.cpp's server, refuses json_schema with HTTP 500."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self._send(200, {"object": "list", "data": [{"id": "tiny", "object": "model"}]})

        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            kind = (body.get("response_format") or {}).get("type")
            if kind == "json_schema":
                self._send(500, {"error": {"message": "response_format: json_schema"}})
            elif kind == "json_object":
                self._send(200, completion(json.dumps(DRAFT), model="tiny"))
            else:
                self._send(200, completion("Sure! Here is a message.", model="tiny"))

        def _send(self, status: int, payload: dict) -> None:
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
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def test_llm_check_reports_model_and_working_mode(llama_like_server) -> None:
    result = CliRunner().invoke(app, ["llm", "check", "--base-url", llama_like_server, "--json"])

    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["answers"] is True and report["model"] == "tiny"
    assert report["modes"]["json_schema"].startswith("rejected")
    assert report["modes"]["prompt_json"].startswith("invalid JSON")
    assert report["mode"] == "json_object"


def test_llm_check_fails_when_nothing_answers() -> None:
    port = local_llm.free_port()
    result = CliRunner().invoke(
        app, ["llm", "check", "--base-url", f"http://127.0.0.1:{port}/v1", "--json"]
    )

    assert result.exit_code == 1
    assert json.loads(result.output)["answers"] is False


def test_missing_bundled_model_is_a_clear_error(monkeypatch) -> None:
    def no_distribution(name: str) -> None:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(local_llm.importlib.metadata, "files", no_distribution)

    assert bundled_model_path(missing_ok=True) is None
    with pytest.raises(LocalModelError, match=r"nextbest\[local\]"):
        bundled_model_path()


def test_server_with_a_missing_model_file_does_not_start(tmp_path: Path) -> None:
    server = LocalServer(model=tmp_path / "missing.gguf")

    with pytest.raises(LocalModelError):
        server.start()
    assert server.process is None


def test_runtime_choice(tmp_path: Path, monkeypatch, llama_like_server) -> None:
    with pytest.raises(ValueError, match="unknown --llm"):
        open_runtime(tmp_path / "a", "gpt")
    runtime = open_runtime(tmp_path / "b")
    try:
        assert isinstance(runtime.writer(), Composer)  # neither flag nor API key
    finally:
        runtime.close()
    monkeypatch.setenv(local_llm.REUSE_ENV, llama_like_server)
    monkeypatch.setenv(local_llm.LLM_ENV, "local")
    runtime = open_runtime(tmp_path / "c")  # reuses the running server, starts nothing
    try:
        writer = runtime.writer()
        assert writer.name == "tiny" and writer is runtime.writer()
        assert runtime.guardrail(load_pack(sample_pack_path()), 1, "h").judge is None
    finally:
        runtime.close()
