"""Outcome feedback: events come back by decision id, the policy learns once per decision.

``nextbest feedback --events FILE`` stores outcome events (delivered, open, click, conversion,
unsubscribe, complaint) in the workspace SQLite ``feedback`` table. Duplicates (same
``event_id``, or same decision, event and time when there is no id) are ignored and counted;
events for decision ids the log does not know are reported and skipped; late events for old
runs are fine.

Learning is honest about attribution. A decision is learned from **once**, when its attribution
window has closed — its run was closed with ``--close-run`` or ``attribution_days`` have passed
since it was decided — and then *every* decision of the run counts, including those with no
event at all (they earned nothing and cost the send). Outcomes are the events within the window:
converted (with the order value), unsubscribed, complained. Messages that were decided but never
sent (blocked at the re-check, escalated, rejected cell) are not learned from: their outcome says
nothing about the chosen action. Learned decision ids are kept in ``feedback_learned``, so loading
the same feedback again never counts a decision twice. Each learning pass saves the policy as a
new version in the workspace :class:`~nextbest.tools.decisioning.policies.persistence.PolicyStore`.

``nextbest sample feedback --run ID`` simulates the events of a run from the ground-truth model
in :mod:`nextbest.evals.sample_outcomes`, so run → feedback → run can be demonstrated end to end.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any

import numpy as np
import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from nextbest.app.cli.options import HomeOption, JsonOption, parse_now
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.tools.decisioning import DecisionRecord, Outcomes

EVENT_KINDS = ("delivered", "open", "click", "conversion", "unsubscribe", "complaint")
"""Event types ``nextbest feedback`` accepts."""

DEFAULT_ATTRIBUTION_DAYS = 7.0
"""Days after a decision during which its outcomes are attributed to it."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    event_key TEXT PRIMARY KEY,
    event_id TEXT,
    decision_id TEXT NOT NULL,
    run_id TEXT,
    event TEXT NOT NULL,
    value REAL,
    time TEXT,
    loaded_at TEXT NOT NULL,
    source TEXT
);
CREATE INDEX IF NOT EXISTS feedback_decision ON feedback (decision_id);
CREATE INDEX IF NOT EXISTS feedback_run ON feedback (run_id);
CREATE TABLE IF NOT EXISTS feedback_learned (
    decision_id TEXT PRIMARY KEY,
    run_id TEXT,
    status TEXT NOT NULL,
    reward REAL,
    policy_version INTEGER,
    learned_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS feedback_learned_run ON feedback_learned (run_id);
"""

_DECISION_FIELDS = set(DecisionRecord.model_fields)
_CHUNK = 500

console = Console(emoji=False)


class FeedbackError(ValueError):
    """The events file cannot be read at all (missing, unknown format)."""


@dataclass(frozen=True)
class FeedbackEvent:
    """One outcome event.

    Attributes:
        decision_id: The decision the event belongs to.
        event: One of :data:`EVENT_KINDS`.
        value: Order value for conversions (None when unknown).
        time: When it happened (ISO text, may be empty).
        event_id: The sender's id of the event, if any.
    """

    decision_id: str
    event: str
    value: float | None = None
    time: str = ""
    event_id: str | None = None

    @property
    def key(self) -> str:
        """Deduplication key: the event id, else a hash of decision, event and time."""
        if self.event_id:
            return f"id:{self.event_id}"
        raw = f"{self.decision_id}|{self.event}|{self.time}"
        return "h:" + hashlib.sha1(raw.encode()).hexdigest()


@dataclass
class LearnSummary:
    """What one learning pass did.

    Attributes:
        runs_closed: Runs whose attribution window is closed and which had decisions to learn.
        learned: Decisions the policy learned from.
        not_sent: Message decisions never sent (blocked, escalated), recorded but not learned.
        retired_actions: Decisions whose action is no longer in the action space.
        mean_reward: Mean reward of the learned decisions.
        policy_version: The new policy version (None when nothing was learned).
    """

    runs_closed: list[str] = field(default_factory=list)
    learned: int = 0
    not_sent: int = 0
    retired_actions: int = 0
    mean_reward: float | None = None
    policy_version: int | None = None


@dataclass
class FeedbackSummary:
    """What ``nextbest feedback`` did.

    Attributes:
        file: The events file.
        rows: Rows read.
        stored: New events stored.
        duplicates: Events already stored (or repeated in the file), ignored.
        unknown: Events whose decision id is not in the decision log, skipped.
        unknown_ids: The first few unknown decision ids.
        invalid: Rows that could not be read, as ``(row number, reason)``.
        by_event: New events per event type.
        learn: The learning pass.
    """

    file: str
    rows: int = 0
    stored: int = 0
    duplicates: int = 0
    unknown: int = 0
    unknown_ids: list[str] = field(default_factory=list)
    invalid: list[tuple[int, str]] = field(default_factory=list)
    by_event: dict[str, int] = field(default_factory=dict)
    learn: LearnSummary = field(default_factory=LearnSummary)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe representation."""
        return asdict(self)


# ------------------------------------------------------------------------------ reading files
def _parse_row(raw: dict[str, Any], row: int) -> tuple[FeedbackEvent | None, str | None]:
    decision_id = str(raw.get("decision_id") or "").strip()
    if not decision_id:
        return None, "decision_id: missing"
    event = str(raw.get("event") or "").strip().lower()
    if event not in EVENT_KINDS:
        return None, f"event: {event!r} is not one of {', '.join(EVENT_KINDS)}"
    value_raw = raw.get("value")
    value: float | None = None
    if value_raw not in (None, ""):
        try:
            value = float(value_raw)
        except (TypeError, ValueError):
            return None, f"value: {value_raw!r} is not a number"
        if not math.isfinite(value):
            return None, f"value: {value_raw!r} is not a finite number"
    time = str(raw.get("time") or "").strip()
    if time:
        try:
            datetime.fromisoformat(time)
        except ValueError:
            return None, f"time: {time!r} is not an ISO datetime"
    event_id = str(raw.get("event_id") or "").strip() or None
    return FeedbackEvent(decision_id, event, value, time, event_id), None


def read_events(path: Path) -> tuple[list[FeedbackEvent], list[tuple[int, str]]]:
    """Read an events file (CSV with a header, or JSON lines).

    Args:
        path: ``.csv`` or ``.jsonl`` / ``.ndjson`` / ``.json`` (one object per line).

    Returns:
        The valid events and the invalid rows as ``(row number, reason)``; row 1 is the first
        data row (CSV: line 2).

    Raises:
        FeedbackError: The file is missing or its format is unknown.
    """
    if not path.is_file():
        raise FeedbackError(f"events file not found: {path}")
    suffix = path.suffix.lower()
    rows: Iterable[tuple[int, Any]]
    if suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or not {"decision_id", "event"} <= set(reader.fieldnames):
                raise FeedbackError(f"{path}: the CSV needs at least decision_id and event columns")
            rows = list(enumerate(reader, 1))
    elif suffix in (".jsonl", ".ndjson", ".json"):
        rows = []
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate((ln for ln in handle if ln.strip()), 1):
                try:
                    rows.append((number, json.loads(line)))
                except json.JSONDecodeError as exc:
                    rows.append((number, f"not JSON ({exc.msg})"))
    else:
        raise FeedbackError(f"{path}: use a .csv or .jsonl events file")
    events, invalid = [], []
    for number, raw in rows:
        if not isinstance(raw, dict):
            invalid.append((number, raw if isinstance(raw, str) else "not a JSON object"))
            continue
        event, problem = _parse_row(raw, number)
        if event is None:
            invalid.append((number, problem or "invalid"))
        else:
            events.append(event)
    return events, invalid


def write_events(path: Path, events: Sequence[FeedbackEvent]) -> Path:
    """Write events as CSV or JSON lines (by the file suffix)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    columns = ["event_id", "decision_id", "event", "value", "time"]
    if path.suffix.lower() == ".csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for e in events:
                writer.writerow(
                    [
                        e.event_id or "",
                        e.decision_id,
                        e.event,
                        "" if e.value is None else e.value,
                        e.time,
                    ]
                )
    else:
        with path.open("w", encoding="utf-8") as handle:
            for e in events:
                handle.write(json.dumps({c: getattr(e, c) for c in columns}) + "\n")
    return path


# ------------------------------------------------------------------------------- the store
def _chunks(items: Sequence[str], size: int = _CHUNK) -> Iterable[Sequence[str]]:
    for lo in range(0, len(items), size):
        yield items[lo : lo + size]


def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class DecisionOutcome:
    """Attributed outcomes of one decision.

    Attributes:
        delivered: A message was released (or a delivered event came back).
        converted: A conversion within the window.
        order_value: Sum of the conversions' values (NaN when unknown or none).
        unsubscribed: An unsubscribe within the window.
        complained: A complaint within the window.
        opened: An open (or click) event.
        clicked: A click event.
    """

    delivered: bool
    converted: bool
    order_value: float
    unsubscribed: bool
    complained: bool
    opened: bool
    clicked: bool


class FeedbackStore:
    """Feedback events and learned decisions in the workspace SQLite.

    Args:
        runtime: The workspace runtime (its database holds decisions, releases and feedback).
    """

    def __init__(self, runtime: NextbestRuntime) -> None:
        self.runtime = runtime
        self._conn = runtime.workspace.connect()
        self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()

    def _known(self, ids: Sequence[str]) -> dict[str, str | None]:
        known: dict[str, str | None] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for row in self._conn.execute(
                f"SELECT decision_id, run_id FROM decisions WHERE decision_id IN ({marks})",
                list(chunk),
            ):
                known[row["decision_id"]] = row["run_id"]
        return known

    def add(self, events: Sequence[FeedbackEvent], source: str, summary: FeedbackSummary) -> None:
        """Store new events; count duplicates and unknown decision ids in ``summary``."""
        known = self._known(sorted({e.decision_id for e in events}))
        unknown: list[str] = []
        loaded_at = datetime.now(UTC).isoformat()
        by_event: Counter[str] = Counter()
        with self._conn:
            for e in events:
                if e.decision_id not in known:
                    summary.unknown += 1
                    if e.decision_id not in unknown:
                        unknown.append(e.decision_id)
                    continue
                cursor = self._conn.execute(
                    "INSERT OR IGNORE INTO feedback VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        e.key,
                        e.event_id,
                        e.decision_id,
                        known[e.decision_id],
                        e.event,
                        e.value,
                        e.time,
                        loaded_at,
                        source,
                    ),
                )
                if cursor.rowcount:
                    summary.stored += 1
                    by_event[e.event] += 1
                else:
                    summary.duplicates += 1
        summary.unknown_ids = unknown[:5]
        summary.by_event = dict(sorted(by_event.items()))

    def performance(self, decision_id: str) -> dict[str, Any]:
        """How one decision later performed: its outcome events and what was learned from it."""
        events = self._conn.execute(
            "SELECT event, value, time FROM feedback WHERE decision_id = ? ORDER BY time",
            (decision_id,),
        ).fetchall()
        learned = self._conn.execute(
            "SELECT status, reward, policy_version, learned_at FROM feedback_learned"
            " WHERE decision_id = ?",
            (decision_id,),
        ).fetchone()
        return {
            "events": [{"event": e[0], "value": e[1], "time": e[2]} for e in events],
            "learned": dict(
                zip(("status", "reward", "policy_version", "learned_at"), learned, strict=True)
            )
            if learned
            else None,
        }

    def decisions(self, run_id: str) -> list[dict[str, Any]]:
        """Every logged decision of a run, in decision order."""
        rows = self._conn.execute(
            "SELECT body FROM decisions WHERE run_id = ? ORDER BY rowid", (run_id,)
        )
        return [json.loads(r["body"]) for r in rows]

    def released(self, decision_ids: Sequence[str]) -> set[str]:
        """Decision ids with a released message."""
        out: set[str] = set()
        for chunk in _chunks(decision_ids):
            marks = ",".join("?" * len(chunk))
            out.update(
                r[0]
                for r in self._conn.execute(
                    "SELECT decision_id FROM release_records WHERE outcome = 'released' "
                    f"AND decision_id IN ({marks})",
                    list(chunk),
                )
            )
        return out

    def outcomes(
        self, decisions: Sequence[dict[str, Any]], attribution_days: float | None
    ) -> list[DecisionOutcome]:
        """Attributed outcomes of decisions, in their order.

        Args:
            decisions: Logged decisions (``decision_id``, ``decided_at``).
            attribution_days: Only events within this many days after the decision count
                (events without a time always count); None counts every event.
        """
        ids = [d["decision_id"] for d in decisions]
        events: dict[str, list[tuple[str, float | None, str]]] = defaultdict(list)
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for r in self._conn.execute(
                f"SELECT decision_id, event, value, time FROM feedback "
                f"WHERE decision_id IN ({marks})",
                list(chunk),
            ):
                events[r["decision_id"]].append((r["event"], r["value"], r["time"]))
        released = self.released(ids)
        out = []
        for d in decisions:
            decided = _moment(str(d.get("decided_at")))
            end = (
                decided + timedelta(days=attribution_days)
                if decided is not None and attribution_days is not None
                else None
            )
            kinds: set[str] = set()
            value, valued = 0.0, False
            for kind, amount, time in events.get(d["decision_id"], []):
                moment = _moment(time)
                if end is not None and moment is not None and moment > end:
                    continue
                kinds.add(kind)
                if kind == "conversion" and amount is not None:
                    value, valued = value + amount, True
            out.append(
                DecisionOutcome(
                    delivered=d["decision_id"] in released or "delivered" in kinds,
                    converted="conversion" in kinds,
                    order_value=value if valued else float("nan"),
                    unsubscribed="unsubscribe" in kinds,
                    complained="complaint" in kinds,
                    opened="open" in kinds or "click" in kinds,
                    clicked="click" in kinds,
                )
            )
        return out

    def closed_runs(self, now: datetime, attribution_days: float) -> list[str]:
        """Runs with unlearned decisions whose attribution window has closed by ``now``."""
        cutoff = now - timedelta(days=attribution_days)
        rows = self._conn.execute(
            "SELECT d.run_id AS run_id, MAX(d.decided_at) AS last FROM decisions d "
            "LEFT JOIN feedback_learned l ON l.decision_id = d.decision_id "
            "WHERE l.decision_id IS NULL AND d.run_id IS NOT NULL GROUP BY d.run_id"
        ).fetchall()
        closed = []
        for row in rows:
            last = _moment(row["last"])
            if last is not None and last <= cutoff:
                closed.append(row["run_id"])
        return sorted(closed)

    def unlearned(self, run_id: str) -> list[dict[str, Any]]:
        """The run's decisions not learned from yet."""
        rows = self._conn.execute(
            "SELECT d.body FROM decisions d LEFT JOIN feedback_learned l "
            "ON l.decision_id = d.decision_id WHERE d.run_id = ? AND l.decision_id IS NULL "
            "ORDER BY d.rowid",
            (run_id,),
        )
        return [json.loads(r["body"]) for r in rows]

    def mark(self, rows: Sequence[tuple[str, str | None, str, float | None, int | None]]) -> None:
        """Record decisions as handled: ``(decision_id, run_id, status, reward, version)``."""
        now = datetime.now(UTC).isoformat()
        with self._conn:
            self._conn.executemany(
                "INSERT OR IGNORE INTO feedback_learned VALUES (?, ?, ?, ?, ?, ?)",
                [(*row, now) for row in rows],
            )

    def learned_counts(self, run_id: str) -> dict[str, int]:
        """How the run's decisions were handled by learning, by status."""
        rows = self._conn.execute(
            "SELECT status, COUNT(*) FROM feedback_learned WHERE run_id = ? GROUP BY status",
            (run_id,),
        )
        return {r[0]: r[1] for r in rows}

    def learned_versions(self, run_id: str) -> list[int]:
        """Policy versions saved after learning from the run's decisions."""
        rows = self._conn.execute(
            "SELECT DISTINCT policy_version FROM feedback_learned "
            "WHERE run_id = ? AND policy_version IS NOT NULL ORDER BY policy_version",
            (run_id,),
        )
        return [int(r[0]) for r in rows]

    def run_exists(self, run_id: str) -> bool:
        """Whether the decision log has decisions of ``run_id``."""
        row = self._conn.execute(
            "SELECT 1 FROM decisions WHERE run_id = ? LIMIT 1", (run_id,)
        ).fetchone()
        return row is not None

    def run_source(self, run_id: str) -> dict[str, Any] | None:
        """The run's customer source as stored by the batch runner (None when unknown)."""
        try:
            row = self._conn.execute(
                "SELECT source FROM runs WHERE run_id = ?", (run_id,)
            ).fetchone()
        except sqlite3.OperationalError:  # no runs table: no batch run has happened yet
            return None
        return json.loads(row[0]) if row else None


# ------------------------------------------------------------------------------- learning
def outcomes_array(results: Sequence[DecisionOutcome]) -> Outcomes:
    """The value framework's :class:`Outcomes` for attributed outcomes."""
    return Outcomes(
        converted=np.array([r.converted for r in results], dtype=bool),
        unsubscribed=np.array([r.unsubscribed for r in results], dtype=bool),
        complained=np.array([r.complained for r in results], dtype=bool),
        order_value=np.array([r.order_value for r in results], dtype=np.float64),
    )


def decision_record(body: dict[str, Any]) -> DecisionRecord:
    """The :class:`DecisionRecord` of a logged decision (log-only fields dropped)."""
    return DecisionRecord.model_validate({k: v for k, v in body.items() if k in _DECISION_FIELDS})


def learn_closed(
    runtime: NextbestRuntime,
    store: FeedbackStore,
    now: datetime,
    close_runs: Sequence[str] = (),
    attribution_days: float = DEFAULT_ATTRIBUTION_DAYS,
) -> LearnSummary:
    """Learn from every not-yet-learned decision of closed runs, then save a policy version.

    Args:
        runtime: The workspace runtime (policy store, brand store).
        store: The feedback store.
        now: The current time (attribution windows close relative to it; the pack in force
            at ``now`` defines the action space).
        close_runs: Runs to close now, whatever their age.
        attribution_days: Attribution window.

    Returns:
        What was learned.
    """
    summary = LearnSummary()
    runs = sorted(set(close_runs) | set(store.closed_runs(now, attribution_days)))
    todo = [(run, store.unlearned(run)) for run in runs]
    todo = [(run, decisions) for run, decisions in todo if decisions]
    if not todo:
        return summary
    engine = runtime.engine(now)
    space = set(engine.space.ids)
    bodies, marks = [], []
    for run, decisions in todo:
        summary.runs_closed.append(run)
        results = store.outcomes(decisions, attribution_days)
        for body, result in zip(decisions, results, strict=True):
            if body["action_id"] not in space:
                summary.retired_actions += 1
                marks.append((body["decision_id"], run, "action retired", None, None))
            elif body["action_id"] != "no_message" and not result.delivered:
                summary.not_sent += 1
                marks.append((body["decision_id"], run, "not sent", None, None))
            else:
                bodies.append((run, body, result))
    version = None
    if bodies:
        records = [decision_record(body) for _, body, _ in bodies]
        rewards = engine.learn(records, outcomes_array([r for _, _, r in bodies]))
        version = runtime.policies.save(engine.policy)  # type: ignore[arg-type]
        summary.learned = len(bodies)
        summary.mean_reward = float(np.mean(rewards))
        marks.extend(
            (body["decision_id"], run, "learned", float(reward), version)
            for (run, body, _), reward in zip(bodies, rewards, strict=True)
        )
    store.mark(marks)
    summary.policy_version = version
    return summary


def load_feedback(
    runtime: NextbestRuntime,
    path: Path,
    now: datetime,
    close_runs: Sequence[str] = (),
    attribution_days: float = DEFAULT_ATTRIBUTION_DAYS,
    learn: bool = True,
) -> FeedbackSummary:
    """Store an events file and learn from every decision whose window has closed.

    Raises:
        FeedbackError: The file cannot be read.
    """
    events, invalid = read_events(path)
    summary = FeedbackSummary(file=str(path), rows=len(events) + len(invalid), invalid=invalid)
    store = FeedbackStore(runtime)
    try:
        store.add(events, path.name, summary)
        if learn:
            summary.learn = learn_closed(runtime, store, now, close_runs, attribution_days)
    finally:
        store.close()
    return summary


# ---------------------------------------------------------------------------- simulation
@dataclass(frozen=True)
class RunTruth:
    """What the ground-truth model knows about a run's decisions.

    Attributes:
        decisions: The run's logged decisions, in decision order.
        sent: Whether each decision's message was released (no-message decisions: False).
        probabilities: True outcome probabilities of what each customer received.
        model: The ground-truth model.
    """

    decisions: list[dict[str, Any]]
    sent: np.ndarray
    probabilities: Any
    model: Any

    def expected_conversion_lift(self) -> float:
        """Mean over treated decisions of P(convert | what was sent) − P(convert | nothing)."""
        treated = ~np.array([bool(d.get("holdout")) for d in self.decisions])
        p = self.probabilities
        return float((p.conversion - p.organic)[treated].mean())


def run_truth(runtime: NextbestRuntime, run_id: str, customers: str | None = None) -> RunTruth:
    """The ground-truth probabilities (:mod:`nextbest.evals.sample_outcomes`) of a run's decisions.

    Args:
        runtime: The workspace runtime.
        run_id: The run.
        customers: The customer table (default: the run's own source).

    Raises:
        KeyError: The run has no decisions, or a decided customer is missing from the table.
    """
    from nextbest.evals.sample_outcomes import SampleOutcomeModel, customer_columns
    from nextbest.tools.customers import CustomerSource

    store = FeedbackStore(runtime)
    try:
        decisions = store.decisions(run_id)
        if not decisions:
            raise KeyError(f"no decisions logged for run {run_id!r}")
        released = store.released([d["decision_id"] for d in decisions])
        recorded = store.run_source(run_id) or {}
    finally:
        store.close()
    source = customers or recorded.get("location")
    query = None if customers else recorded.get("query")
    if not source:
        raise KeyError(f"run {run_id!r} has no recorded customer table; pass --customers")
    wanted = {d["customer_id"] for d in decisions}
    rows: dict[str, dict[str, Any]] = {}
    for batch in CustomerSource(str(source), query).read(10_000):
        for row in batch:
            cid = str(row.get("customer_id") or "").strip()
            if cid in wanted and cid not in rows:
                rows[cid] = row
    missing = wanted - set(rows)
    if missing:
        raise KeyError(f"{len(missing)} decided customers are not in {source}")
    columns = customer_columns([rows[d["customer_id"]] for d in decisions])
    sent = np.array([d["decision_id"] in released for d in decisions], dtype=bool)
    model = SampleOutcomeModel(runtime.store.pack())
    probs = model.probabilities(
        columns,
        [d.get("offer_id") if s else None for d, s in zip(decisions, sent, strict=True)],
        [d.get("channel") if s else None for d, s in zip(decisions, sent, strict=True)],
        [d.get("window") if s else None for d, s in zip(decisions, sent, strict=True)],
    )
    return RunTruth(decisions, sent, probs, model)


def simulate_feedback(
    runtime: NextbestRuntime,
    run_id: str,
    seed: int = 0,
    customers: str | None = None,
) -> tuple[list[FeedbackEvent], dict[str, float]]:
    """Simulate the outcome events of every decision of a run from the ground-truth model.

    Released messages get a ``delivered`` event and maybe open, click, conversion, unsubscribe
    and complaint; customers sent nothing (holdout, ``no message``, masked, blocked) can still
    convert organically. Event ids are ``<decision id>:<event>`` (one event of each type per
    decision), so loading a regenerated file again only finds duplicates.

    Args:
        runtime: The workspace runtime.
        run_id: The run.
        seed: Seed of the outcome draws.
        customers: The customer table (default: the run's own source).

    Returns:
        The events and the ground truth: expected and realised mean reward and conversion,
        and the expected conversion lift of the treated over sending nothing.

    Raises:
        KeyError: The run has no decisions, or a decided customer is missing from the table.
    """
    truth_of_run = run_truth(runtime, run_id, customers)
    decisions, sent = truth_of_run.decisions, truth_of_run.sent
    probs, model = truth_of_run.probabilities, truth_of_run.model
    salt = int(hashlib.sha1(run_id.encode()).hexdigest()[:8], 16)
    rng = np.random.default_rng([seed, salt])
    drawn = model.draw(probs, rng)
    delays = rng.exponential(30.0, size=(len(decisions), 4))  # hours after the send
    events: list[FeedbackEvent] = []
    for i, d in enumerate(decisions):
        start = _moment(d.get("send_time")) or _moment(str(d["decided_at"])) or datetime.now(UTC)

        def at(hours: float, start: datetime = start) -> str:
            return (start + timedelta(hours=min(hours, 24 * 6.5))).isoformat()

        def add(kind: str, when: str, value: float | None = None, i: int = i) -> None:
            did = decisions[i]["decision_id"]
            events.append(FeedbackEvent(did, kind, value, when, f"{did}:{kind}"))

        if sent[i]:
            add("delivered", at(0.0))
            if drawn["opened"][i]:
                add("open", at(delays[i, 0] / 10))
            if drawn["clicked"][i]:
                add("click", at(delays[i, 0] / 10 + 0.1))
            if drawn["unsubscribed"][i]:
                add("unsubscribe", at(delays[i, 1] / 5))
            if drawn["complained"][i]:
                add("complaint", at(delays[i, 2] / 5))
        if drawn["converted"][i]:
            add("conversion", at(delays[i, 3]), float(drawn["order_value"][i]))
    w = model.weights
    reward = (  # the value model's formula on the drawn outcomes
        w.conversion_weight * np.nan_to_num(drawn["order_value"]) * probs.margin
        - probs.send_cost
        - w.unsubscribe_weight * drawn["unsubscribed"] * w.unsubscribe_penalty
        - w.complaint_weight * drawn["complained"] * w.complaint_penalty
    )
    truth = {
        "decisions": float(len(decisions)),
        "expected_reward": float(probs.expected_reward(model.weights).mean()),
        "realised_reward": float(reward.mean()),
        "expected_conversion": float(probs.conversion.mean()),
        "realised_conversion": float(drawn["converted"].mean()),
        "expected_conversion_lift": truth_of_run.expected_conversion_lift(),
    }
    return events, truth


# ------------------------------------------------------------------------------------- CLI


def feedback_command(
    events: Annotated[
        Path,
        typer.Option(
            "--events",
            help="Outcome events, .csv or .jsonl: decision_id, event (delivered|open|click|"
            "conversion|unsubscribe|complaint), value, time; optional event_id.",
        ),
    ],
    close_run: Annotated[
        list[str] | None,
        typer.Option(
            "--close-run",
            help="Close this run's attribution window now and learn from all its decisions "
            "(repeatable).",
        ),
    ] = None,
    attribution_days: Annotated[
        float,
        typer.Option(
            help="Attribution window: runs older than this are closed automatically.", min=0.0
        ),
    ] = DEFAULT_ATTRIBUTION_DAYS,
    now: Annotated[
        str | None, typer.Option("--now", help="Current time, ISO (default: now).")
    ] = None,
    no_learn: Annotated[
        bool, typer.Option("--no-learn", help="Only store the events; do not update the policy.")
    ] = False,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Load outcome events and update the policy from decisions whose window has closed.

    Duplicates are ignored, unknown decision ids reported and skipped, late events are fine.
    Each decision is learned from exactly once — with or without events — when its run is
    closed (--close-run, or older than --attribution-days); the policy is saved as a new version.
    """
    moment = parse_now(now)
    runtime = NextbestRuntime(home)
    try:
        for run in close_run or []:
            store = FeedbackStore(runtime)
            try:
                exists = store.run_exists(run)
            finally:
                store.close()
            if not exists:
                console.print(f"[red]error:[/] no decisions logged for run {escape(run)}")
                raise typer.Exit(2)
        try:
            summary = load_feedback(
                runtime, events, moment, close_run or [], attribution_days, learn=not no_learn
            )
        except FeedbackError as exc:
            console.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2) from None
    finally:
        runtime.close()
    if as_json:
        typer.echo(json.dumps(summary.to_dict(), indent=2))
        return
    _print_feedback(summary)


def _print_feedback(s: FeedbackSummary) -> None:
    table = Table(title=f"feedback from {s.file}")
    table.add_column("")
    table.add_column("count", justify="right")
    table.add_row("rows read", str(s.rows))
    table.add_row("[green]events stored[/]", str(s.stored))
    for kind, count in s.by_event.items():
        table.add_row(f"  {kind}", str(count))
    table.add_row("duplicates ignored", str(s.duplicates))
    table.add_row("unknown decision ids (skipped)", str(s.unknown))
    table.add_row("invalid rows (skipped)", str(len(s.invalid)))
    console.print(table)
    if s.unknown_ids:
        console.print(
            "unknown decision ids: "
            + ", ".join(escape(i) for i in s.unknown_ids)
            + (" …" if s.unknown > len(s.unknown_ids) else "")
        )
    for row, reason in s.invalid[:5]:
        console.print(f"[yellow]row {row}:[/] {escape(reason)}")
    learn = s.learn
    if learn.policy_version is not None:
        console.print(
            f"[green]✓[/] learned from {learn.learned:,} decisions of "
            f"{', '.join(learn.runs_closed)} (mean reward {learn.mean_reward:.3f}) → "
            f"policy [bold]nba v{learn.policy_version}[/]"
        )
    else:
        console.print(
            "policy unchanged: no run has a closed attribution window with unlearned decisions "
            "(use --close-run RUN_ID once a run's feedback is complete)"
        )
    if learn.not_sent or learn.retired_actions:
        console.print(
            f"not learned: {learn.not_sent} decided but never sent, "
            f"{learn.retired_actions} with an action no longer offered"
        )


def sample_feedback_command(
    run: Annotated[str, typer.Option("--run", help="The run to simulate outcomes for.")],
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same events).")] = 0,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="Events file, .jsonl or .csv (default runs/RUN/feedback.jsonl)."
        ),
    ] = None,
    customers: Annotated[
        str | None,
        typer.Option("--customers", help="Customer table (default: the one the run read)."),
    ] = None,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Simulate outcome events for every decision of a run (ground truth: evals/sample_outcomes).

    Holdout and no-message customers can convert organically; released messages are delivered
    and may be opened, clicked, converted, unsubscribed from or complained about. Load the file
    with `nextbest feedback --events FILE --close-run RUN`.
    """
    runtime = NextbestRuntime(home)
    try:
        try:
            events, truth = simulate_feedback(runtime, run, seed, customers)
        except KeyError as exc:
            console.print(f"[red]error:[/] {escape(str(exc.args[0]))}")
            raise typer.Exit(2) from None
        path = out or runtime.workspace.home / "runs" / run / "feedback.jsonl"
        if path.suffix.lower() not in (".jsonl", ".csv", ".ndjson", ".json"):
            console.print("[red]error:[/] --out must end in .jsonl or .csv")
            raise typer.Exit(2)
        write_events(path, events)
    finally:
        runtime.close()
    counts = Counter(e.event for e in events)
    data = {
        "run_id": run,
        "events": len(events),
        "file": str(path),
        "by_event": dict(counts),
        "truth": truth,
    }
    if as_json:
        typer.echo(json.dumps(data, indent=2))
        return
    console.print(
        f"[green]✓[/] wrote {len(events):,} events for {int(truth['decisions']):,} decisions to "
        f"{path}\n  "
        + " · ".join(f"{k} {v:,}" for k, v in sorted(counts.items()))
        + f"\n  realised mean reward {truth['realised_reward']:.3f} "
        f"(expected {truth['expected_reward']:.3f} under the ground-truth model)"
    )
