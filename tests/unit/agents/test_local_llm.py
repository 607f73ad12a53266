"""Local model plumbing that needs no model: file lookup, runtime choice, ``nextbest llm check``."""

from __future__ import annotations

import importlib.metadata
import json
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nextbest.agents import local_build, local_llm
from nextbest.agents.composer import Composer
from nextbest.agents.local_llm import LocalModelError, LocalServer, bundled_model_path
from nextbest.app.cli.main import app
from nextbest.app.workspace import served_model
from nextbest.app.workspace.runtime import open_runtime
from nextbest.brand_context.ingest import load_pack, sample_pack_path
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


NATIVE_INFO = (
    "CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX_VNNI = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | "
    "BMI2 = 1 | AVX512 = 1 | AVX512_VBMI = 1 | AVX512_VNNI = 1 | AVX512_BF16 = 1 | "
    "AMX_INT8 = 1 | LLAMAFILE = 1 | OPENMP = 1 | REPACK = 1 |"
)
AVX2_ONLY_CPU = frozenset({"pni", "ssse3", "avx", "avx2", "f16c", "fma", "bmi2"})


def test_a_native_build_is_named_with_what_the_cpu_lacks() -> None:
    compiled = local_build.parse_system_info(NATIVE_INFO)
    assert "OPENMP" not in compiled and "AVX512" in compiled

    report = local_build.assess(compiled, AVX2_ONLY_CPU)

    assert not report.portable
    assert report.missing_on_cpu == {
        "AVX_VNNI",
        "AVX512",
        "AVX512_VBMI",
        "AVX512_VNNI",
        "AVX512_BF16",
        "AMX_INT8",
    }
    assert "which this CPU lacks" in report.summary()
    assert local_build.REBUILD_COMMAND in report.summary()


def test_a_portable_build_runs_on_an_avx2_cpu() -> None:
    compiled = local_build.parse_system_info(
        "CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | BMI2 = 1 | "
        "AVX512 = 0 | OPENMP = 1 |"
    )
    report = local_build.assess(compiled, AVX2_ONLY_CPU)
    assert report.portable and not report.missing_on_cpu
    assert report.summary().startswith("portable llama.cpp build")


def test_a_native_build_on_its_own_cpu_still_warns() -> None:
    compiled = local_build.parse_system_info(NATIVE_INFO)
    flags = AVX2_ONLY_CPU | {
        "avx_vnni",
        "avx512f",
        "avx512vbmi",
        "avx512_vnni",
        "avx512_bf16",
        "amx_int8",
    }
    report = local_build.assess(compiled, flags)
    assert not report.missing_on_cpu and not report.portable
    assert "native to another CPU" in report.summary()


@pytest.mark.parametrize(
    ("returncode", "log", "expected"),
    [
        (-4, "", "an illegal instruction (SIGILL)"),
        (-11, "", "a crash in native code (SIGSEGV)"),
        (None, "traps: python general protection fault in libggml-cpu.so", "GGML_NATIVE"),
        (1, "error loading model: bad magic", "could not be loaded"),
        (-9, "", "stopped from outside (SIGKILL"),
        (None, "", "exit status is lost"),
    ],
)
def test_a_dead_server_gets_a_likely_cause(returncode, log, expected) -> None:
    report = local_llm.exit_report(123, returncode, log, build=None)
    assert expected in report.cause
    if returncode is not None and returncode < 0:
        assert report.signal and report.signal in report.describe()


def test_llm_check_reports_a_recorded_server_that_is_gone(tmp_path) -> None:
    # A stand-in process that dies by SIGSEGV; its record is what `llm serve` leaves behind.
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    log = tmp_path / "llm" / "server.log"
    log.parent.mkdir()
    log.write_text("INFO: Uvicorn running\nGET /v1/models 200\n")
    record = served_model.write_record(tmp_path, child.pid, "http://127.0.0.1:9/v1", log)
    child.send_signal(signal.SIGSEGV)
    child.wait(timeout=10)
    served_model.record_exit(tmp_path, record, child.returncode)

    result = CliRunner().invoke(
        app, ["llm", "check", "--base-url", "http://127.0.0.1:9/v1", "--home", str(tmp_path)]
    )

    assert result.exit_code == 1
    assert f"(pid {child.pid}) was killed by SIGSEGV" in result.output
    assert "GGML_NATIVE=OFF" in result.output.replace("\n", " ")
    assert "GET /v1/models 200" in result.output


def test_a_record_of_a_live_server_is_not_reported_dead(tmp_path) -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        served_model.write_record(tmp_path, child.pid, "http://127.0.0.1:9/v1", tmp_path / "x")
        assert served_model.dead_server(tmp_path, "http://127.0.0.1:9/v1") is None
        assert served_model.dead_server(tmp_path, "http://127.0.0.1:8/v1") is None
    finally:
        child.kill()
        child.wait()
    assert served_model.dead_server(tmp_path, "http://127.0.0.1:9/v1") is not None
