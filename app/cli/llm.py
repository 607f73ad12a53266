"""``nextbest llm …``: serve a local model, and check any OpenAI-compatible endpoint."""

from __future__ import annotations

import json
import signal
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape

from nextbest.app.cli.options import HomeOption
from nextbest.brand_context.workspace import Workspace

if TYPE_CHECKING:
    from nextbest.agents.local_llm import LocalServer, ServerExit

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
    home: HomeOption = None,
) -> None:
    """Start a local OpenAI-compatible server on loopback until Ctrl-C.

    The server's process id, URL and log file are recorded in the workspace
    (``llm/server.json``, log in ``llm/server.log``) so that ``nextbest llm check`` can tell
    when the process has died and why. If the server dies, this command says how (exit status
    or signal, the log's last lines, the likely cause) and exits with status 1.
    """
    from nextbest.agents.local_llm import LocalModelError, LocalServer
    from nextbest.app.workspace.served_model import (
        llm_folder,
        record_exit,
        remove_record,
        write_record,
    )

    workspace = Workspace.resolve(home)
    server = LocalServer(model=model, port=port, log_path=llm_folder(workspace.home) / "server.log")
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    ended: ServerExit | None = None
    try:
        with console.status("Starting the local model server…"):
            server.start()
        assert server.process is not None
        record = write_record(workspace.home, server.process.pid, server.base_url, server.log_path)
        console.print(f"base_url: [bold]{server.base_url}[/]")
        console.print(
            f"use it with: NEXTBEST_LOCAL_BASE_URL={server.base_url} nextbest demo --llm local"
        )
        console.print("Ctrl-C stops the server.")
        while not stop.is_set():
            ended = server.exit_status()
            if ended is not None:
                record_exit(workspace.home, record, ended.returncode)
                break
            stop.wait(1.0)
    except KeyboardInterrupt:
        pass
    except LocalModelError as exc:
        console.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(1) from None
    finally:
        server.stop()
    if ended is not None:
        console.print(f"[red]error:[/] {escape(ended.describe())}")
        raise typer.Exit(1)
    remove_record(workspace.home)
    console.print("stopped")


def _print_report(report: dict[str, object]) -> None:
    url = str(report["base_url"])
    console.print(f"endpoint {escape(url)}: {'answers' if report['answers'] else 'no answer'}")
    if "build" in report:
        console.print(f"  build: {escape(str(report['build']))}")
    if "error" in report:
        console.print(f"  {escape(str(report['error']))}")
    if report["answers"]:
        console.print(f"  model: {escape(str(report['model']))}")
        for mode, result in report["modes"].items():  # type: ignore[union-attr]
            console.print(f"  {mode:12s} {escape(result)}")
        console.print(f"  structured-output mode to use: {report['mode'] or 'none works'}")
    if "server_exit" in report:
        console.print(f"[red]server died:[/] {escape(str(report['server_exit']))}")
    elif "warning" in report:
        console.print(f"[yellow]warning:[/] {escape(str(report['warning']))}")


@app.command("check")
def check(
    base_url: Annotated[
        str | None,
        typer.Option("--base-url", help="API base URL (default: $OPENAI_BASE_URL)."),
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", help="Model name (default: the first listed).")
    ] = None,
    local: Annotated[
        bool,
        typer.Option(
            "--local",
            help="Start the bundled local model for the check (and report its build).",
        ),
    ] = False,
    home: HomeOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")] = False,
) -> None:
    """Report whether an endpoint answers, which model it serves, which output modes work.

    A server that ``nextbest llm serve`` started (or that ``--local`` starts) and that has
    died is reported as such: exit status or signal, its log's last lines, and the likely
    cause (e.g. a llama.cpp build for another CPU, with the command that rebuilds it portable).
    Exit status 1 when the endpoint does not answer, no mode works, or the server died.
    """
    from nextbest.agents.llm import LLMSettings
    from nextbest.agents.local_build import installed_build
    from nextbest.agents.local_llm import LocalModelError, LocalServer
    from nextbest.app.workspace.endpoint_probe import probe_endpoint, stopped_answering
    from nextbest.app.workspace.served_model import dead_server

    env = LLMSettings.from_env()
    workspace = Workspace.resolve(home)
    server: LocalServer | None = None
    if local:
        server = LocalServer()
        try:
            report_build = installed_build().summary()
            server.start()
        except (LocalModelError, RuntimeError) as exc:
            console.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(1) from None
        url = server.base_url
    else:
        url = base_url or env.base_url
        report_build = None
    if not url:
        console.print("[red]error:[/] give --base-url, --local or set OPENAI_BASE_URL")
        raise typer.Exit(2)
    report: dict[str, object] = {"base_url": url, "answers": False}
    if report_build:
        report["build"] = report_build
    try:
        probe_endpoint(url, model, env.api_key, report)
        ended = server.exit_status() if server is not None else dead_server(workspace.home, url)
    finally:
        if server is not None:
            server.stop()
    if ended is not None:
        report["server_exit"] = ended.describe()
        report["server"] = {
            "pid": ended.pid,
            "returncode": ended.returncode,
            "signal": ended.signal,
            "cause": ended.cause,
        }
    elif stopped_answering(report):
        report["warning"] = (
            "the server listed its models, then refused connections: it probably died during "
            "the check; read its log (a llama.cpp build for another CPU crashes like this)"
        )
    if as_json:
        typer.echo(json.dumps(report, indent=2))
    else:
        _print_report(report)
    if not report["answers"] or report.get("mode") is None or ended is not None:
        raise typer.Exit(1)
