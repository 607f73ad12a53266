"""``nextbest eval writer``: how a writer's drafts fare in the release graph.

For every offer × channel of a brand pack (the sample brand by default, ``--pack`` for any other),
``n`` drafts go through the real release graph
(write → deterministic rules → revise → fallback or escalation → release) with the chosen
writer: the offline composer, the bundled local model (``--llm local``) or the environment's
OpenAI-compatible API. The report counts first-draft passes, passes after revision, fallbacks,
escalations, the rules that fired most, the writer's invalid-JSON rate, latency per message
(p50 / p95), and the number that must stay zero: messages released without a passing verdict —
overall and per channel.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from zoneinfo import ZoneInfo

import typer

from nextbest.app.workspace.records import ReleaseLog, ReleaseRecord
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace

if TYPE_CHECKING:  # the graph, writers and LLM clients load when the eval runs, not for --help
    from nextbest.agents.local_llm import LocalServer
    from nextbest.agents.writer import Writer

SEND_TIME = "2026-11-24T18:00:00+00:00"
"""10:00 in Los Angeles: inside every channel's send hours."""
PACK_CLOCK = datetime(2026, 11, 1, tzinfo=UTC)
CUSTOMER = {
    "customer_id": "eval-customer",
    "first_name": "Ana",
    "time_zone": "America/Los_Angeles",
    "consent_email": "opt_in",
    "consent_sms": "express_written",
    "consent_push": "opt_in",
    "locale": "en-US",
}
RECURSION_LIMIT = 50


@dataclass
class DraftOutcome:
    """One message through the release graph.

    Attributes:
        offer_id: The offer.
        channel: The channel.
        outcome: ``released``, ``escalated`` or another graph outcome.
        author: Who wrote the released copy (writer name or ``fallback-template``).
        first_decision: The guardrail's decision on the writer's first draft (None when the
            writer failed before any draft).
        attempts: Write → check rounds, each with its stage, author, decision, fired rules.
        verdict: The final verdict's decision (None when escalated).
        latency_s: Wall time of the graph run.
        llm_mode: The writer's structured-output mode, when it is an LLM.
    """

    offer_id: str
    channel: str
    outcome: str
    author: str | None
    first_decision: str | None
    attempts: list[dict[str, Any]]
    verdict: str | None
    latency_s: float
    llm_mode: str | None = None


@dataclass
class ChannelScores:
    """One channel's share of the evaluation (fractions of that channel's messages)."""

    drafts: int
    first_draft_pass: float
    pass_after_revision: float
    fallback: float
    escalated: float
    latency_p50_s: float


@dataclass
class WriterReport:
    """The evaluation's summary (see :func:`summarise`)."""

    writer: str
    drafts: int
    cells: int
    first_draft_pass: float
    pass_after_revision: float
    fallback: float
    escalated: float
    invalid_json_rate: float
    latency_p50_s: float
    latency_p95_s: float
    released_without_passing_verdict: int
    top_rules: list[tuple[str, int]] = field(default_factory=list)
    llm_mode: str | None = None
    elements_dropped: int = 0
    per_channel: dict[str, ChannelScores] = field(default_factory=dict)


def sample_cells(store: BrandStore, send_time: str = SEND_TIME) -> list[tuple[str, str]]:
    """Every (offer id, channel) pair of the brand pack in ``store`` valid on the send date."""
    pack = store.pack()
    day = datetime.fromisoformat(send_time).astimezone(ZoneInfo(pack.brand.default_time_zone))
    return [
        (offer.id, str(channel))
        for offer in pack.offers
        if offer.is_valid_on(day.date())
        for channel in offer.channels
    ]


@contextmanager
def sample_workspace(pack_path: Path | None = None) -> Iterator[Workspace]:
    """A temporary workspace holding a brand pack (the sample brand's by default)."""
    with tempfile.TemporaryDirectory(prefix="nextbest-writer-eval-") as folder:
        workspace = Workspace(Path(folder) / "ws")
        store = BrandStore(workspace, clock=lambda: PACK_CLOCK)
        try:
            store.import_pack(
                load_pack(pack_path or sample_pack_path()),
                author="eval",
                role="admin",
                reason="writer eval",
            )
        finally:
            store.close()
        yield workspace


def _decision(offer_id: str, channel: str, decision_id: str) -> dict[str, Any]:
    return {
        "decision_id": decision_id,
        "customer_id": CUSTOMER["customer_id"],
        "action_id": f"{offer_id}:{channel}:morning",
        "offer_id": offer_id,
        "channel": channel,
        "window": "morning",
        "propensity": 1.0,
        "policy_name": "writer-eval",
        "policy_version": 1,
        "holdout": False,
    }


def _outcome(
    offer_id: str, channel: str, out: dict[str, Any], record: ReleaseRecord | None, took: float
) -> DraftOutcome:
    attempts = list(record.attempts) if record else []
    first = next((a for a in attempts if a.get("stage") in ("llm", "composer")), None)
    return DraftOutcome(
        offer_id=offer_id,
        channel=channel,
        outcome="escalated" if "__interrupt__" in out else str(out.get("outcome")),
        author=record.author if record else None,
        first_decision=first["decision"] if first else None,
        attempts=attempts,
        verdict=(record.verdict or {}).get("decision") if record else None,
        latency_s=took,
        llm_mode=record.llm_mode if record else None,
    )


def run_writer_eval(
    writer: Writer,
    workspace: Workspace,
    n: int = 1,
    cells: list[tuple[str, str]] | None = None,
    send_time: str = SEND_TIME,
) -> list[DraftOutcome]:
    """Run ``n`` messages per cell through the release graph with ``writer``.

    Args:
        writer: The writer under evaluation.
        workspace: A workspace holding the brand pack (see :func:`sample_workspace`).
        n: Messages per (offer, channel) cell.
        cells: The cells (every offer × channel of the pack by default).
        send_time: When the messages go out (the pack is read as of that day).

    Returns:
        One outcome per message, in run order.
    """
    from langgraph.checkpoint.memory import InMemorySaver

    from nextbest.agents.context import ReleaseContext
    from nextbest.agents.graph import builder

    store = BrandStore(workspace)
    records = ReleaseLog(workspace)
    try:
        context = ReleaseContext(store=store, writer=writer, records=records, outbox=None)
        app = builder.compile(checkpointer=InMemorySaver())
        results = []
        for offer_id, channel in cells or sample_cells(store, send_time):
            for i in range(n):
                decision_id = f"eval-{offer_id}-{channel}-{i}"
                start = time.perf_counter()
                out = app.invoke(
                    {
                        "decision": _decision(offer_id, channel, decision_id),
                        "customer": CUSTOMER,
                        "send_time": send_time,
                    },
                    config={
                        "recursion_limit": RECURSION_LIMIT,
                        "configurable": {"thread_id": decision_id},
                    },
                    context=context,
                )
                took = time.perf_counter() - start
                found = records.for_decision(decision_id)
                record = found[-1] if found else None
                results.append(_outcome(offer_id, channel, out, record, took))
        return results
    finally:
        store.close()
        records.close()


def _channel_scores(writer: Writer, outcomes: list[DraftOutcome]) -> ChannelScores:
    import numpy as np

    from nextbest.agents.nodes.verify import PASSING

    total = max(len(outcomes), 1)
    released = [o for o in outcomes if o.outcome == "released"]
    return ChannelScores(
        drafts=len(outcomes),
        first_draft_pass=sum(o.first_decision in PASSING for o in outcomes) / total,
        pass_after_revision=sum(
            o.first_decision not in PASSING for o in released if o.author == writer.name
        )
        / total,
        fallback=sum(o.author == "fallback-template" for o in released) / total,
        escalated=sum(o.outcome == "escalated" for o in outcomes) / total,
        latency_p50_s=float(np.percentile([o.latency_s for o in outcomes] or [0.0], 50)),
    )


def summarise(writer: Writer, outcomes: list[DraftOutcome]) -> WriterReport:
    """The report over ``outcomes``.

    Rates are fractions of all messages: first-draft pass (the writer's first draft passed),
    pass after revision (released with the writer's copy after at least one block), fallback
    (released with the fallback template), escalated (waiting for a human).
    """
    import numpy as np

    from nextbest.agents.nodes.verify import PASSING

    total = max(len(outcomes), 1)
    released = [o for o in outcomes if o.outcome == "released"]
    by_writer = [o for o in released if o.author == writer.name]
    rules: Counter[str] = Counter(
        rule for o in outcomes for attempt in o.attempts for rule in attempt.get("fired_rules", [])
    )
    stats = getattr(writer, "stats", Counter())
    latencies = np.array([o.latency_s for o in outcomes] or [0.0])
    return WriterReport(
        writer=writer.name,
        drafts=len(outcomes),
        cells=len({(o.offer_id, o.channel) for o in outcomes}),
        first_draft_pass=sum(o.first_decision in PASSING for o in outcomes) / total,
        pass_after_revision=sum(o.first_decision not in PASSING for o in by_writer) / total,
        fallback=sum(o.author == "fallback-template" for o in released) / total,
        escalated=sum(o.outcome == "escalated" for o in outcomes) / total,
        invalid_json_rate=stats["invalid_json"] / stats["requests"] if stats["requests"] else 0.0,
        latency_p50_s=float(np.percentile(latencies, 50)),
        latency_p95_s=float(np.percentile(latencies, 95)),
        released_without_passing_verdict=sum(o.verdict not in PASSING for o in released),
        top_rules=rules.most_common(5),
        llm_mode=getattr(writer, "mode", None),
        elements_dropped=sum(
            1 for o in outcomes for a in o.attempts if (a.get("draft") or {}).get("dropped")
        ),
        per_channel={
            channel: _channel_scores(writer, [o for o in outcomes if o.channel == channel])
            for channel in sorted({o.channel for o in outcomes})
        },
    )


def report_table(report: WriterReport) -> str:
    """The report as a Markdown table (what the README records)."""
    rows = [
        ("writer", report.writer + (f" ({report.llm_mode})" if report.llm_mode else "")),
        ("messages (cells × n)", f"{report.drafts} ({report.cells} cells)"),
        ("first-draft pass rate", f"{report.first_draft_pass:.0%}"),
        ("pass after revision", f"{report.pass_after_revision:.0%}"),
        ("fallback rate", f"{report.fallback:.0%}"),
        ("escalations", f"{report.escalated:.0%}"),
        ("invalid-JSON rate (per request)", f"{report.invalid_json_rate:.0%}"),
        (
            "latency p50 / p95 per message",
            f"{report.latency_p50_s:.1f} s / {report.latency_p95_s:.1f} s",
        ),
        ("top fired rules", ", ".join(f"{r} ×{c}" for r, c in report.top_rules) or "none"),
        ("drafts framed again without an element", str(report.elements_dropped)),
        ("released without a passing verdict", str(report.released_without_passing_verdict)),
    ]
    lines = ["| metric | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    lines += [
        "",
        "| channel | messages | first-draft pass | pass after revision | fallback | escalated "
        "| latency p50 |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {channel} | {c.drafts} | {c.first_draft_pass:.0%} | {c.pass_after_revision:.0%} | "
        f"{c.fallback:.0%} | {c.escalated:.0%} | {c.latency_p50_s:.1f} s |"
        for channel, c in report.per_channel.items()
    ]
    return "\n".join(lines)


def writer_command(
    llm: Annotated[
        str,
        typer.Option(
            "--llm",
            help="Writer: 'composer' (offline), 'local' (bundled model), 'env' (OPENAI_* API).",
        ),
    ] = "composer",
    n: Annotated[int, typer.Option("--n", help="Messages per offer × channel.", min=1)] = 1,
    model: Annotated[
        Path | None, typer.Option("--model", help="GGUF file for --llm local.")
    ] = None,
    pack: Annotated[
        Path | None,
        typer.Option("--pack", help="Brand pack YAML to evaluate on (default: the sample brand)."),
    ] = None,
    send_time: Annotated[
        str, typer.Option("--send-time", help="When the messages go out (ISO, with zone).")
    ] = SEND_TIME,
    as_json: Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")] = False,
) -> None:
    """Drafts per offer × channel of a brand (the sample's by default) through the release graph.

    Reports first-draft pass, pass after revision, fallback, escalations, invalid JSON and
    latency, overall and per channel; exits 1 if anything was released without a passing
    verdict.
    """
    from nextbest.agents.composer import Composer
    from nextbest.agents.llm import LLMSettings, make_client
    from nextbest.agents.local_llm import (
        LOCAL_MAX_TOKENS,
        LocalModelError,
        LocalServer,
        settings_for,
    )
    from nextbest.agents.writer import LLMWriter

    server: LocalServer | None = None
    try:
        if llm == "local":
            server = LocalServer(model=model).start()
            settings = settings_for(server.base_url)
            writer: Writer = LLMWriter(
                make_client(settings),  # type: ignore[arg-type]
                settings,
                max_tokens=LOCAL_MAX_TOKENS,
            )
        elif llm == "env":
            settings = LLMSettings.from_env()
            client = make_client(settings)
            if client is None:
                typer.echo("error: --llm env needs OPENAI_API_KEY", err=True)
                raise typer.Exit(2)
            writer = LLMWriter(client, settings)
        elif llm == "composer":
            writer = Composer()
        else:
            typer.echo(f"error: unknown --llm {llm!r}", err=True)
            raise typer.Exit(2)
        with sample_workspace(pack) as workspace:
            outcomes = run_writer_eval(writer, workspace, n=n, send_time=send_time)
    except LocalModelError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    finally:
        if server is not None:
            server.stop()
    report = summarise(writer, outcomes)
    if as_json:
        typer.echo(json.dumps(asdict(report), indent=2))
    else:
        typer.echo(report_table(report))
    if report.released_without_passing_verdict:
        raise typer.Exit(1)
