"""Feedback events and learned decisions in the workspace database (``feedback``, learned ids).

Duplicates (same ``event_id``, or same decision, event and time when there is no id) are
ignored and counted; events for decision ids the log does not know are reported and skipped.
Outcomes are attributed to a decision within its attribution window.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from nextbest.app.workspace.feedback_events import FeedbackEvent
from nextbest.app.workspace.runtime import NextbestRuntime

_CHUNK = 500


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


def _chunks(items: Sequence[str], size: int = _CHUNK) -> Iterable[Sequence[str]]:
    for lo in range(0, len(items), size):
        yield items[lo : lo + size]


def parse_moment(text: str | None) -> datetime | None:
    """An ISO time as an aware datetime (UTC when it names no zone); None when empty or invalid."""
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
    """Feedback events and learned decisions in the workspace database.

    Args:
        runtime: The workspace runtime (its database holds decisions, releases and feedback).
    """

    def __init__(self, runtime: NextbestRuntime) -> None:
        self.runtime = runtime
        self._conn = runtime.workspace.connect()

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
                    "INSERT INTO feedback VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT DO NOTHING",
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
            f"SELECT body FROM decisions WHERE run_id = ? ORDER BY {self._conn.insertion_order()}",
            (run_id,),
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
            decided = parse_moment(str(d.get("decided_at")))
            end = (
                decided + timedelta(days=attribution_days)
                if decided is not None and attribution_days is not None
                else None
            )
            kinds: set[str] = set()
            value, valued = 0.0, False
            for kind, amount, time in events.get(d["decision_id"], []):
                moment = parse_moment(time)
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
            last = parse_moment(row["last"])
            if last is not None and last <= cutoff:
                closed.append(row["run_id"])
        return sorted(closed)

    def unlearned(self, run_id: str) -> list[dict[str, Any]]:
        """The run's decisions not learned from yet."""
        rows = self._conn.execute(
            "SELECT d.body FROM decisions d LEFT JOIN feedback_learned l "
            "ON l.decision_id = d.decision_id WHERE d.run_id = ? AND l.decision_id IS NULL "
            f"ORDER BY {self._conn.insertion_order('d')}",
            (run_id,),
        )
        return [json.loads(r["body"]) for r in rows]

    def mark(self, rows: Sequence[tuple[str, str | None, str, float | None, int | None]]) -> None:
        """Record decisions as handled: ``(decision_id, run_id, status, reward, version)``."""
        now = datetime.now(UTC).isoformat()
        with self._conn:
            self._conn.executemany(
                "INSERT INTO feedback_learned VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
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
        row = self._conn.execute("SELECT source FROM runs WHERE run_id = ?", (run_id,)).fetchone()
        return json.loads(row[0]) if row else None
