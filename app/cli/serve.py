"""``nextbest serve``: the web workspace over a workspace folder, served by uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from nextbest.app.cli.options import HomeOption

console = Console(emoji=False)


def serve_command(
    home: HomeOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    secure_cookies: Annotated[
        bool,
        typer.Option(
            "--secure-cookies/--no-secure-cookies",
            help="Mark cookies Secure (when a TLS proxy sits in front).",
        ),
    ] = False,
    trust_proxy: Annotated[
        str | None,
        typer.Option(
            "--trust-proxy",
            help="Address(es) of a reverse proxy whose X-Forwarded-For to trust (comma-separated),"
            " so throttling and the audit log see the real client address.",
        ),
    ] = None,
) -> None:
    """Serve the web workspace (sign-in, brand store, review queue, runs, audit) in a browser."""
    import uvicorn

    from nextbest.app.web.app import create_app
    from nextbest.app.workspace.runtime import NextbestRuntime

    runtime = NextbestRuntime(home)
    done = runtime.ensure_sample()
    runtime.close()
    if done:
        console.print(f"[green]✓[/] workspace set up with the {', '.join(done)}")
    app = create_app(runtime.workspace.home, secure_cookies=secure_cookies)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    console.print(
        f"nextbest web workspace on [bold]http://{escape(shown)}:{port}/[/] "
        f"(workspace {escape(str(runtime.workspace.home))}) — Ctrl-C stops it"
    )
    if app.state.services.users.count() == 0:
        console.print(
            "[yellow]No users yet.[/] Create the first administrator in another shell:\n"
            f"  nextbest users add admin --role admin --home {escape(str(runtime.workspace.home))}"
        )
    if not secure_cookies and host not in ("127.0.0.1", "localhost", "::1"):
        console.print(
            "[yellow]Listening beyond loopback without --secure-cookies:[/] put a TLS proxy in "
            "front and pass --secure-cookies."
        )
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="warning",
        proxy_headers=trust_proxy is not None,
        forwarded_allow_ips=trust_proxy or "",
    )
