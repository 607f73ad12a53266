"""How a ``nextbest`` command refuses: one line on stderr and an exit code, never a traceback.

Exit codes: 1 refused or failed, 2 bad input (0 is success).
"""

from __future__ import annotations

import typer
from rich.console import Console
from rich.markup import escape

EXIT_REFUSED = 1
EXIT_BAD_INPUT = 2

err_console = Console(stderr=True, emoji=False)
"""Errors and notes that must not mix with ``--json`` output on stdout."""


def fail(message: str, code: int = EXIT_REFUSED) -> typer.Exit:
    """Print ``error: MESSAGE`` on stderr; return the exit to raise (1 refused, 2 bad input)."""
    err_console.print(f"[bold red]error:[/] {escape(message)}")
    return typer.Exit(code)
