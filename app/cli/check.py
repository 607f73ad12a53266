"""``nextbest check``: run the guardrail on one message or a JSONL file of drafts.

Exit codes: 0 when every message passes or only warns, 1 when any message is blocked, 2 for
bad input (no or unreadable text, invalid message fields, malformed pack or JSON).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from nextbest.brand_context.workspace import Workspace

if TYPE_CHECKING:
    from nextbest.agents.guardrail import GuardrailOutcome
    from nextbest.agents.guardrail_judge import GuardrailJudge
    from nextbest.brand_context.models import BrandPack

EXIT_OK, EXIT_BLOCKED, EXIT_BAD_INPUT = 0, 1, 2
_COLOURS = {"pass": "green", "warn": "yellow", "block": "red"}


def _fail(message: str) -> typer.Exit:
    Console(stderr=True).print(f"[red]error:[/red] {message}")
    return typer.Exit(EXIT_BAD_INPUT)


def _pack_in_force(
    pack_file: Path | None, home: Path | None, day: date | None, *, quiet: bool = False
) -> BrandPack:
    """The pack to check against; without a workspace the sample brand, and stderr says so.

    Raises:
        PackValidationError: If the file is not a valid pack.
        NoVersionError: If the workspace has no version in force on ``day``.
    """
    from nextbest.app.workspace.check_inputs import pack_to_check, sample_pack

    pack = pack_to_check(pack_file, home, day)
    if pack is not None:
        return pack
    if not quiet:
        Console(stderr=True).print(
            f"[yellow]no workspace at {Workspace.resolve(home).home}: checking against the "
            "bundled sample brand (use --pack FILE, --home, or `nextbest kb init`)[/yellow]"
        )
    return sample_pack()


def _render(console: Console, draft_id: str, outcome: GuardrailOutcome) -> None:
    verdict = outcome.verdict
    colour = _COLOURS[verdict.decision]
    console.print(
        f"[bold]{draft_id}[/bold]: [{colour}]{verdict.decision.upper()}[/{colour}] "
        f"— {outcome.reason} [dim]({len(verdict.rules_evaluated)} rules, "
        f"{verdict.elapsed_ms:.2f} ms, pack {verdict.pack_version or verdict.pack_hash[:19]})[/dim]"
    )
    if verdict.violations:
        table = Table(show_lines=False)
        for column in ("rule", "severity", "where", "evidence", "fix"):
            table.add_column(column, overflow="fold")
        for v in verdict.violations:
            where = f"{v.field}[{v.span[0]}:{v.span[1]}]" if v.field and v.span else v.field or ""
            table.add_row(
                v.rule_id,
                f"[{_COLOURS[v.severity]}]{v.severity}[/{_COLOURS[v.severity]}]",
                where,
                v.evidence or "",
                v.fix_hint or "",
            )
        console.print(table)
    if outcome.judge_status == "failed":
        console.print(f"[yellow]judge failed:[/yellow] {outcome.judge_error}")


def check_command(
    text: Annotated[str | None, typer.Option("--text", "-t", help="Message body.")] = None,
    file: Annotated[
        Path | None, typer.Option("--file", "-f", help="JSONL file, one message per line.")
    ] = None,
    channel: Annotated[
        str | None, typer.Option("--channel", "-c", help="email, sms or push.")
    ] = None,
    subject: Annotated[
        str | None, typer.Option("--subject", help="Email subject or push title.")
    ] = None,
    cta: Annotated[str | None, typer.Option("--cta", help="Call-to-action text.")] = None,
    offer: Annotated[
        str | None, typer.Option("--offer", help="Offer id the copy promotes.")
    ] = None,
    claim: Annotated[
        list[str] | None, typer.Option("--claim", help="Cited claim id (repeatable).")
    ] = None,
    link: Annotated[
        list[str] | None, typer.Option("--link", help="Link target not in the text (repeatable).")
    ] = None,
    sender: Annotated[
        str | None, typer.Option("--sender", help="From address, short code or app id.")
    ] = None,
    send_time: Annotated[
        str | None, typer.Option("--send-time", help="ISO send time, e.g. 2026-11-24T18:00Z.")
    ] = None,
    time_zone: Annotated[str | None, typer.Option("--tz", help="Recipient IANA time zone.")] = None,
    consent: Annotated[
        str | None,
        typer.Option("--consent", help="none, soft_opt_in, opt_in or express_written."),
    ] = None,
    objected: Annotated[
        bool, typer.Option("--objected", help="The recipient objected to profiling.")
    ] = False,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Read the pack as of this ISO date.")
    ] = None,
    pack: Annotated[
        Path | None,
        typer.Option(
            "--pack", help="Brand pack YAML (default: the workspace's pack in force on --as-of)."
        ),
    ] = None,
    home: Annotated[
        Path | None, typer.Option("--home", help="Workspace folder (default: $NEXTBEST_HOME).")
    ] = None,
    copy_only: Annotated[
        bool,
        typer.Option(
            "--copy-only", help="Check the copy only (skip consent, quiet hours, sender)."
        ),
    ] = False,
    judge: Annotated[
        bool, typer.Option("--judge", help="Also ask the LLM judge (needs OPENAI_API_KEY).")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Check messages against the brand pack; exit 0 pass/warn, 1 block, 2 bad input."""
    from pydantic import ValidationError

    from nextbest.agents.guardrail import ComplianceGuardrail
    from nextbest.app.workspace.check_inputs import BadInput, read_drafts
    from nextbest.brand_context.ingest import PackValidationError
    from nextbest.brand_context.store_records import NoVersionError, StoreError
    from nextbest.tools.compliance.engine import RuleEngine
    from nextbest.tools.consent import DEFAULT_VOCABULARY

    if (text is None) == (file is None):
        raise _fail("give exactly one of --text or --file")
    if consent is not None and DEFAULT_VOCABULARY.level(consent) is None:
        raise _fail(f"--consent {consent!r} is not a consent word (none, opt_in, …)")
    defaults: dict[str, Any] = {
        "channel": channel,
        "subject": subject,
        "cta": cta,
        "offer_id": offer,
        "claim_ids": claim or [],
        "links": link or [],
        "sender": sender,
        "send_time": send_time,
        "recipient_time_zone": time_zone,
        "consent": consent,
        "objected_to_profiling": objected,
    }
    defaults = {k: v for k, v in defaults.items() if v not in (None, [], False)}
    try:
        day = date.fromisoformat(as_of) if as_of else None
        if send_time:
            datetime.fromisoformat(send_time)
        if file is not None:
            drafts = read_drafts(file, defaults)
        else:
            drafts = [("message", {**defaults, "body": text})]
        brand_pack = _pack_in_force(pack, home, day, quiet=as_json)
    except (BadInput, PackValidationError, NoVersionError, StoreError, ValueError) as exc:
        raise _fail(str(exc)) from None
    guardrail_judge: GuardrailJudge | None = None
    if judge:
        from nextbest.agents.guardrail_judge import GuardrailJudge
        from nextbest.agents.llm import LLMSettings, make_client

        settings = LLMSettings.from_env()
        client = make_client(settings)
        if client is None:
            Console(stderr=True).print("[yellow]judge off: OPENAI_API_KEY is not set[/yellow]")
        guardrail_judge = GuardrailJudge(client, settings, brand_pack)
    guardrail = ComplianceGuardrail(RuleEngine(brand_pack), guardrail_judge)
    outcomes: list[tuple[str, GuardrailOutcome]] = []
    for draft_id, fields in drafts:
        draft_day = day
        if "as_of" in fields:
            try:
                draft_day = date.fromisoformat(str(fields.pop("as_of")))
            except ValueError as exc:
                raise _fail(f"{draft_id}: as_of: {exc}") from None
        try:
            outcome = guardrail.run(fields, as_of=draft_day, scope="copy" if copy_only else "full")
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
            )
            raise _fail(f"{draft_id}: invalid message: {problems}") from None
        outcomes.append((draft_id, outcome))
    if as_json:
        payload = [
            {
                "id": draft_id,
                "verdict": o.verdict.model_dump(mode="json"),
                "reason": o.reason,
                "revision_instructions": [
                    i.model_dump(mode="json") for i in o.revision_instructions
                ],
                "judge_status": o.judge_status,
            }
            for draft_id, o in outcomes
        ]
        typer.echo(json.dumps(payload[0] if text is not None else payload, indent=2))
    else:
        console = Console()
        for draft_id, outcome in outcomes:
            _render(console, draft_id, outcome)
    if any(o.tripwire_triggered for _, o in outcomes):
        raise typer.Exit(EXIT_BLOCKED)


app = typer.Typer(name="check", help="Run the compliance guardrail on messages.")
app.command("check")(check_command)
