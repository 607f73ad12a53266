"""Automated batch runs: a customer table in, compliant logged messages out.

Stages, each with a progress bar:

1. **read, validate, decide** — DuckDB streams the customer table; the customer schema maps
   its columns to roles and features; bad lines (DuckDB's reject tables) and bad values go to
   the rejects file with their line or row number, column and reason; valid rows are decided in
   vectorised batches and every decision is logged with the run id.
2. **write cells** — message decisions are grouped into cells (offer × channel × locale) and the
   release graph runs **once per cell** on copy only, so LLM calls grow with cells, not
   customers. Customer data never enters the graph.
3. **render and re-check** — each customer's message fills the cell copy's approved slots only
   (sandboxed, cleaned, length-limited values), and the deterministic rules re-check the rendered
   text and the recipient's context (consent, quiet hours) before it goes to the outbox.

Runs are idempotent: decisions, cell results, release records and outbox lines are keyed by the
run id, so a run killed at any point and started again with the same run id finishes with no
duplicate message. The summary reconciles exactly: customers in = released + no message (chosen,
holdout, masked) + blocked at render + escalated + rejected rows. A run that cannot start (no
such file, a column the schema maps is missing, no brand pack at the decision time) raises
before anything is recorded; a run never aborts on the data itself.
"""

from __future__ import annotations

import csv
import json
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, TypedDict

from nextbest.app.workspace.records import ReleaseRecord
from nextbest.app.workspace.run_lock import RunLock, RunRefused
from nextbest.app.workspace.run_stages import (
    MessageRenderer,
    cell_key,
    message_id,
    seed_batch,
    split_decisions,
    validate_rows,
    with_last_contact,
)
from nextbest.app.workspace.runtime import NextbestRuntime, cap_days
from nextbest.tools.customer_rows import RowValidator
from nextbest.tools.customer_schema import CustomerSchema
from nextbest.tools.customers import CustomerSource, RejectedRow
from nextbest.tools.decisioning import RunConfig

Progress = Callable[[str, int, int], None]
"""Progress callback: (stage, done, total)."""


@dataclass
class RunSummary:
    """What a run did, reconciled.

    Attributes:
        run_id: The run.
        customers_in: Rows read from the source.
        released: Messages in the outbox.
        no_message: Customers sent nothing, by reason (chosen, holdout, masked).
        blocked: Messages the render-time re-check blocked, by rule.
        escalated: Customers whose cell waits for a human reviewer.
        rejected_rows: Rows that failed validation.
        cells: Outcome of each cell.
        graph_invocations: Release graph runs in this execution (0 for finished cells).
        seconds: Wall time of this execution.
        outbox: Path of the outbox file.
        rejects: Path of the rejects file.
        warnings: What the run could not check (roles the schema does not map), one line each.
        unmapped_columns: Table columns the schema neither maps nor ignores.
    """

    run_id: str
    customers_in: int = 0
    released: int = 0
    no_message: dict[str, int] = field(default_factory=dict)
    blocked: dict[str, int] = field(default_factory=dict)
    escalated: int = 0
    rejected_rows: int = 0
    cells: dict[str, str] = field(default_factory=dict)
    graph_invocations: int = 0
    seconds: float = 0.0
    outbox: str = ""
    rejects: str = ""
    warnings: list[str] = field(default_factory=list)
    unmapped_columns: list[str] = field(default_factory=list)

    @property
    def no_message_total(self) -> int:
        """Customers sent nothing, all reasons together."""
        return sum(self.no_message.values())

    @property
    def accounted(self) -> int:
        """Customers accounted for by an outcome."""
        return (
            self.released
            + sum(self.no_message.values())
            + sum(self.blocked.values())
            + self.escalated
            + self.rejected_rows
        )

    @property
    def reconciles(self) -> bool:
        """Whether every customer read has exactly one outcome."""
        return self.accounted == self.customers_in

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe representation (with the reconciliation)."""
        return {**asdict(self), "accounted": self.accounted, "reconciles": self.reconciles}


def _with_schema_limits(goal: RunConfig, schema: CustomerSchema) -> RunConfig:
    """The goal tightened by the schema's limits (a minimum age only ever rises)."""
    if schema.minimum_age is None:
        return goal
    current = goal.contact.minimum_age
    floor = schema.minimum_age if current is None else max(current, schema.minimum_age)
    contact = goal.contact.model_copy(update={"minimum_age": floor})
    return goal.model_copy(update={"contact": contact})


class RunArguments(TypedDict, total=False):
    """The optional arguments every engine's run takes (see :class:`BatchRun`)."""

    run_id: str | None
    batch_size: int
    progress: Progress | None
    goal: RunConfig | None
    schema: CustomerSchema | None


def new_run_id(now: datetime) -> str:
    """A sortable, unique run id such as ``run-20261124-1a2b3c``."""
    return f"run-{now:%Y%m%d}-{uuid.uuid4().hex[:6]}"


class BatchRun:
    """One automated run over a customer table.

    Args:
        runtime: The workspace runtime.
        source: Where the customers are.
        now: Decision time (the send date is derived from it).
        run_id: Resume this run (or start it under this id); a new id when None.
        batch_size: Customers decided per vectorised call.
        progress: Optional progress callback.
        goal: The run configuration (windows, caps, holdout, value weights); the approved
            marketer goal in force when None. A resumed run keeps the goal it started with.
        schema: The customer schema of the table (the workspace's when None).

    Raises:
        SourceError: The table cannot be read or lacks a column the schema maps (nothing is
            recorded).
        NoVersionError: No brand pack existed at ``now`` (nothing is recorded).
        RunRefused: Another run holds the workspace (nothing is recorded).
    """

    engine_name = "local"
    """Which engine runs the per-customer stages; a run resumes only with the engine it began."""

    def __init__(
        self,
        runtime: NextbestRuntime,
        source: CustomerSource,
        now: datetime,
        run_id: str | None = None,
        batch_size: int = 5_000,
        progress: Progress | None = None,
        goal: RunConfig | None = None,
        schema: CustomerSchema | None = None,
    ) -> None:
        self.runtime = runtime
        self.source = source
        self.schema = schema or runtime.customer_schema()
        self.now = now if now.tzinfo else now.replace(tzinfo=UTC)
        self.batch_size = batch_size
        self._progress = progress or (lambda stage, done, total: None)
        self._conn = runtime.workspace.connect()
        self._lock = RunLock(runtime.workspace)
        self._locked = False
        try:
            self._start(runtime, source, run_id, goal)
        except BaseException:
            self._release()
            self._conn.close()
            raise

    def _start(
        self,
        runtime: NextbestRuntime,
        source: CustomerSource,
        run_id: str | None,
        goal: RunConfig | None,
    ) -> None:
        """Check that the run can start, then record it (or pick up the recorded run)."""
        self.run_id = run_id or new_run_id(self.now)
        existing = self._conn.execute(
            "SELECT now, source FROM runs WHERE run_id = ?", (self.run_id,)
        ).fetchone()
        self._resuming = existing is not None
        if existing:  # resuming: the run's own decision time and goal win
            self.now = datetime.fromisoformat(existing["now"])
            recorded = json.loads(existing["source"])
            if recorded.get("engine", "local") != self.engine_name:
                raise RunRefused(
                    f"run {self.run_id} was started with --engine {recorded.get('engine', 'local')}"
                    f"; resume it with that engine"
                )
            if recorded.get("goal"):
                goal = RunConfig.model_validate(recorded["goal"])
            if recorded.get("schema"):
                self.schema = CustomerSchema.model_validate(recorded["schema"])
        goal = _with_schema_limits(goal or runtime.run_config(self.now), self.schema)
        # Everything that can refuse the run happens before it is recorded as started.
        self.engine = runtime.engine(self.now, goal, self.schema)
        self._table = source.open()
        self.validator = RowValidator(self.schema, self.now.date())
        self.validator.check_columns(self._table.columns)
        self._lock.acquire(self.run_id)  # refuses while another run holds the workspace
        self._locked = True
        if not existing:
            with self._conn:
                self._conn.execute(
                    "INSERT INTO runs VALUES (?, ?, ?, ?, 'started', NULL)",
                    (
                        self.run_id,
                        datetime.now(UTC).isoformat(),
                        self.now.isoformat(),
                        json.dumps(
                            {
                                **asdict(source),
                                "engine": self.engine_name,
                                "goal": goal.model_dump(mode="json") if goal else None,
                                "schema": self.schema.model_dump(mode="json"),
                            }
                        ),
                    ),
                )
        self.goal = goal
        self.folder = runtime.workspace.home / "runs" / self.run_id
        self.folder.mkdir(parents=True, exist_ok=True)

    # -- the run -----------------------------------------------------------------------------

    def execute(self) -> RunSummary:
        """Run (or finish) the whole pipeline and return the reconciled summary."""
        started = time.perf_counter()
        summary = RunSummary(
            run_id=self.run_id,
            outbox=str(self.folder / "outbox.jsonl"),
            rejects=str(self.folder / "rejects.csv"),
        )
        summary.warnings = self.schema.warnings()
        summary.unmapped_columns = self.schema.unmapped_columns(self._table.columns)
        try:
            messages = self._read_and_decide(summary)
            cells = self._write_cells(messages, summary)
            self._render_and_check(messages, cells, summary)
        except BaseException:
            with self._conn:
                self._conn.execute(
                    "UPDATE runs SET status = 'failed' WHERE run_id = ?", (self.run_id,)
                )
            self._release()
            raise
        summary.seconds = round(time.perf_counter() - started, 2)
        status = "finished" if not summary.escalated else "waiting for review"
        with self._conn:
            self._conn.execute(
                "UPDATE runs SET status = ?, summary = ? WHERE run_id = ?",
                (status, json.dumps(summary.to_dict()), self.run_id),
            )
        (self.folder / "summary.json").write_text(json.dumps(summary.to_dict(), indent=2))
        self._release()
        return summary

    def _read_and_decide(self, summary: RunSummary) -> list[tuple[dict, dict]]:
        """Validate and decide batch by batch; keep only what rendering needs per message.

        Memory grows with message decisions only, and by a few fields each: full decisions go
        to the decision log as each batch is decided, and a resumed run looks up its logged
        decisions batch by batch.
        """
        validator = self.validator
        rejects: list[RejectedRow] = []
        messages: list[tuple[dict, dict]] = []
        no_message: Counter[str] = Counter()
        engine = self.engine
        history = self.runtime.send_history(
            self.now, cap_days(engine.config), exclude_run=self.run_id
        )
        for batch_index, batch in enumerate(self._table.batches(self.batch_size)):
            summary.customers_in += len(batch)
            valid, rejected = validate_rows(validator, batch)
            rejects.extend(rejected)
            logged = self._logged([row["customer_id"] for row in valid]) if self._resuming else {}
            fresh = [row for row in valid if row["customer_id"] not in logged]
            if fresh:
                seed_batch(engine, self.run_id, batch_index)
                decided = self.runtime.decide(
                    fresh,
                    self.now,
                    self.run_id,
                    engine=engine,
                    history=with_last_contact(history, fresh),
                )
                for decision in decided:
                    logged[decision["customer_id"]] = decision
            outcome = split_decisions(valid, logged)
            messages.extend(outcome.messages)
            no_message.update(outcome.no_message)
            self._progress("read, validate, decide", summary.customers_in, 0)
        rejects.extend(self._table.bad_lines)
        summary.customers_in += len(self._table.bad_lines)
        rejects.sort(key=lambda r: r.row)
        summary.rejected_rows = len(rejects)
        summary.no_message = dict(no_message)
        self._write_rejects(rejects)
        return messages

    def _write_rejects(self, rejects: list[RejectedRow]) -> None:
        """Write the run's rejects file (row, customer id, column, reason)."""
        with open(self.folder / "rejects.csv", "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["row", "customer_id", "column", "reason"])
            writer.writerows(
                (r.row, r.customer_id or "", r.column or "", r.reason) for r in rejects
            )

    def _logged(self, customer_ids: list[str]) -> dict[str, dict[str, Any]]:
        """This run's logged decisions for some customers (resuming a run)."""
        out: dict[str, dict[str, Any]] = {}
        for start in range(0, len(customer_ids), 500):
            chunk = customer_ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for (body,) in self._conn.execute(
                f"SELECT body FROM decisions WHERE run_id = ? AND customer_id IN ({marks})",
                (self.run_id, *chunk),
            ):
                decision = json.loads(body)
                out[decision["customer_id"]] = decision
        return out

    def _write_cells(
        self, messages: list[tuple[dict, dict]], summary: RunSummary
    ) -> dict[str, dict[str, Any]]:
        wanted: dict[str, dict[str, Any]] = {}
        for row, decision in messages:
            wanted.setdefault(cell_key(decision, row.get("locale")), decision)
        done = {
            r["cell"]: json.loads(r["body"])
            for r in self._conn.execute(
                "SELECT cell, body FROM run_cells WHERE run_id = ?"
                " AND outcome NOT IN ('escalated', 'failed')",
                (self.run_id,),
            )
        }
        app = self.runtime.release_graph()
        context = self.runtime.context(outbox=None)
        for index, (key, example) in enumerate(sorted(wanted.items()), 1):
            if key not in done:
                try:
                    done[key] = self._run_cell(app, context, key, example)
                except Exception as exc:  # noqa: BLE001 — one failing cell must not stop the run
                    done[key] = {"outcome": "failed", "error": f"{type(exc).__name__}: {exc}"}
                summary.graph_invocations += 1
                with self._conn:
                    self._conn.execute(
                        "INSERT INTO run_cells VALUES (?, ?, ?, ?) ON CONFLICT (run_id, cell) "
                        "DO UPDATE SET outcome = excluded.outcome, body = excluded.body",
                        (self.run_id, key, done[key]["outcome"], json.dumps(done[key])),
                    )
            self._progress("write and check cells", index, len(wanted))
        summary.cells = {key: result["outcome"] for key, result in sorted(done.items())}
        return done

    def _run_cell(self, app: Any, context: Any, key: str, example: dict) -> dict[str, Any]:
        cell_decision = {
            "decision_id": f"{self.run_id}:{key}",
            "customer_id": None,
            "action_id": f"{example['offer_id']}:{example['channel']}",
            "offer_id": example["offer_id"],
            "channel": example["channel"],
            "policy_name": example.get("policy_name"),
            "policy_version": example.get("policy_version"),
        }
        config = {
            "configurable": {"thread_id": cell_decision["decision_id"]},
            "recursion_limit": 50,
        }
        state = app.get_state(config)
        if state.values and not state.next:  # finished earlier (e.g. after a human review)
            out = state.values
        else:
            out = app.invoke(
                None
                if state.next
                else {
                    "decision": cell_decision,
                    "customer": None,
                    "cell": {"key": key},
                    "run_id": self.run_id,
                    "send_time": self.now.isoformat(),
                },
                config=config,
                context=context,
            )
            if app.get_state(config).interrupts:
                return {"outcome": "escalated", "decision_id": cell_decision["decision_id"]}
        values = app.get_state(config).values
        return {
            "outcome": out.get("outcome") or values.get("outcome", "rejected"),
            "decision_id": cell_decision["decision_id"],
            "record_id": values.get("record_id"),
            "draft": values.get("draft"),
            "brief": values.get("brief"),
            "verdict": (values.get("verdict") or {}).get("decision"),
        }

    def _render_and_check(
        self,
        messages: list[tuple[dict, dict]],
        cells: dict[str, dict[str, Any]],
        summary: RunSummary,
    ) -> None:
        from nextbest.tools.outbox import JsonlOutbox

        outbox = JsonlOutbox(self.folder / "outbox.jsonl")
        renderer = MessageRenderer(self.run_id, self.runtime.store.pack)
        blocked: Counter[str] = Counter()
        pending_records: list[ReleaseRecord] = []
        pending_lines: list[dict[str, Any]] = []
        released = 0

        def flush() -> None:
            self.runtime.records.add_many(pending_records)  # records first, then the outbox
            outbox.append_many(pending_lines)
            pending_records.clear()
            pending_lines.clear()

        for index, (row, decision) in enumerate(messages, 1):
            cell = cells[cell_key(decision, row.get("locale"))]
            key = message_id(self.run_id, row["customer_id"])
            if cell["outcome"] == "released" and key in outbox:
                released += 1
                continue
            rendered = renderer.render(row, decision, cell)
            if rendered.outcome == "escalated":
                summary.escalated += 1
                continue
            if rendered.outcome == "blocked":
                blocked[rendered.reason] += 1
                if rendered.record is not None:  # this customer's values made it fail
                    pending_records.append(rendered.record)
                continue
            assert rendered.record is not None and rendered.line is not None
            released += 1
            pending_records.append(rendered.record)
            pending_lines.append(rendered.line)
            if len(pending_lines) >= 500:
                flush()
            if index % 1000 == 0:
                self._progress("render and re-check", index, len(messages))
        flush()
        self._progress("render and re-check", len(messages), len(messages))
        summary.released = released
        summary.blocked = dict(blocked)

    def close(self) -> None:
        """Give back the workspace's run lock and close the run's database connection."""
        try:
            self._release()
        finally:
            self._conn.close()

    def _release(self) -> None:
        """Give back the run lock if this run holds it."""
        if self._locked:
            self._lock.release(self.run_id)
            self._locked = False
