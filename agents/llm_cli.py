"""``nextbest llm …``: serve a local model, and check any OpenAI-compatible endpoint."""

from __future__ import annotations

import json
import signal
import threading
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from agents.llm import LLMSettings, make_client
from agents.local_llm import LocalModelError, LocalServer, list_models
from agents.writer import MODES, probe_mode

console = Console(emoji=False)
app = typer.Typer(
    name="llm",
    help="Run a local OpenAI-compatible model (llama.cpp) and check LLM endpoints.",
    no_args_is_help=True,
)


@app.command("serve")
def serve(
    model: Annotated[
        Path | None,
        typer.Option("--model", help="GGUF model file (default: the bundled SmolLM2-135M)."),
    ] = None,
    port: Annotated[
        int | None, typer.Option("--port", help="Port on 127.0.0.1 (default: a free one).")
    ] = None,
) -> None:
    """Start a local OpenAI-compatible server on loopback until Ctrl-C."""
    server = LocalServer(model=model, port=port)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        with console.status("Starting the local model server…"):
            server.start()
        console.print(f"base_url: [bold]{server.base_url}[/]")
        console.print(
            f"use it with: NEXTBEST_LOCAL_BASE_URL={server.base_url} nextbest demo --llm local"
        )
        console.print("Ctrl-C stops the server.")
        while not stop.is_set() and server.process and server.process.poll() is None:
            stop.wait(1.0)
    except KeyboardInterrupt:
        pass
    except LocalModelError as exc:
        console.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(1) from None
    finally:
        server.stop()
    console.print("stopped")


@app.command("check")
def check(
    base_url: Annotated[
        str | None,
        typer.Option("--base-url", help="API base URL (default: $OPENAI_BASE_URL)."),
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", help="Model name (default: the first listed).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")] = False,
) -> None:
    """Report whether an endpoint answers, which model it serves, which output modes work."""
    env = LLMSettings.from_env()
    url = base_url or env.base_url
    if not url:
        console.print("[red]error:[/] give --base-url or set OPENAI_BASE_URL")
        raise typer.Exit(2)
    report: dict[str, object] = {"base_url": url, "answers": False}
    try:
        models = list_models(url, timeout_s=10.0)
        report.update(answers=True, models=models)
    except (OSError, ValueError) as exc:
        report["error"] = str(exc)
    if report["answers"]:
        name = model or (models[0] if models else env.model)
        settings = LLMSettings(
            model=name, api_key=env.api_key or "local", base_url=url, timeout_s=120, max_retries=0
        )
        modes = probe_mode(make_client(settings), name)  # type: ignore[arg-type]
        working = [mode for mode in MODES if modes[mode] == "ok"]
        report.update(model=name, modes=modes, mode=working[0] if working else None)
    if as_json:
        typer.echo(json.dumps(report, indent=2))
    else:
        console.print(f"endpoint {escape(url)}: {'answers' if report['answers'] else 'no answer'}")
        if "error" in report:
            console.print(f"  {escape(str(report['error']))}")
        if report["answers"]:
            console.print(f"  model: {escape(str(report['model']))}")
            for mode, result in report["modes"].items():  # type: ignore[union-attr]
                console.print(f"  {mode:12s} {escape(result)}")
            console.print(f"  structured-output mode to use: {report['mode'] or 'none works'}")
    if not report["answers"] or report.get("mode") is None:
        raise typer.Exit(1)
