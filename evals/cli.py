"""``nextbest eval …``: measurement commands (guardrail quality, off-policy evaluation)."""

from __future__ import annotations

import typer

from nextbest.evals.guardrail.cli import guardrail_command
from nextbest.evals.ope_cli import OPE_HELP, ope_command
from nextbest.evals.writer_eval import writer_command

app = typer.Typer(
    name="eval",
    help="Measure nextbest: guardrail precision/recall, off-policy evaluation of policies.",
    no_args_is_help=True,
)

app.command("guardrail")(guardrail_command)
app.command("ope", help=OPE_HELP)(ope_command)
app.command("writer")(writer_command)
