"""One workspace, wired: brand store, decision engine, writers, guardrail, records, outbox.

The CLI commands (``message``, ``demo``, ``inspect``, ``review``) and later the batch runner
and the web workspace all build the same :class:`Workspace runtime <NextbestRuntime>`, so the
release graph always runs with the same parts in every entry point.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Collection
from contextlib import ExitStack
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.sqlite import SqliteSaver

from nextbest.agents.composer import Composer
from nextbest.agents.context import ReleaseContext
from nextbest.agents.graph import builder
from nextbest.agents.guardrail import ComplianceGuardrail
from nextbest.agents.guardrail_judge import GuardrailJudge
from nextbest.agents.llm import LLMSettings, make_client
from nextbest.agents.local_llm import LLM_ENV, LOCAL_MAX_TOKENS, local_llm
from nextbest.agents.writer import LLMWriter, Writer
from nextbest.app.workspace.goal_store import GoalStore
from nextbest.app.workspace.records import DecisionLog, ReleaseLog
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.models import BrandPack
from nextbest.brand_context.roles import Role
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.compliance.engine import RuleEngine
from nextbest.tools.customer_rows import RowValidator
from nextbest.tools.customer_schema import SCHEMA_FILE, CustomerSchema
from nextbest.tools.customers import CustomerSource
from nextbest.tools.decisioning import DecisionEngine, PolicySettings, RunConfig, SendHistory
from nextbest.tools.decisioning.brand_limits import apply_limits
from nextbest.tools.decisioning.policies.persistence import PolicyStore
from nextbest.tools.outbox import JsonlOutbox
from nextbest.tools.sample_customers import sample_schema, write_customers

logger = logging.getLogger(__name__)

SAMPLE_CUSTOMERS = 500
POLICY_NAME = "nba"


class NextbestRuntime:
    """Everything a workspace needs to decide, write, check and release messages.

    Args:
        home: Workspace folder (``--home``, ``$NEXTBEST_HOME`` or ``./.nextbest``).
        llm: LLM settings; from the environment by default. No API key = offline composer.
        judge: Whether the LLM also judges drafts (beside the deterministic rules) when an LLM
            is configured; off for small local models, whose verdicts are not worth having.
        writer_max_tokens: Completion token limit of the LLM writer (not sent when None).
    """

    def __init__(
        self,
        home: str | Path | None = None,
        llm: LLMSettings | None = None,
        *,
        judge: bool = True,
        writer_max_tokens: int | None = None,
    ) -> None:
        self.workspace = Workspace.resolve(home).ensure()
        self.store = BrandStore(self.workspace)
        self.records = ReleaseLog(self.workspace)
        self.decisions = DecisionLog(self.workspace)
        self.outbox = JsonlOutbox(self.workspace.home / "outbox.jsonl")
        self.llm = llm or LLMSettings.from_env()
        self._client = make_client(self.llm)
        self._judge = judge
        self._writer_max_tokens = writer_max_tokens
        self._writer: Writer | None = None
        self._closers: list[Callable[[], None]] = []
        self.policies = PolicyStore(self.workspace.home / "policies")
        self.goals = GoalStore(self.workspace)

    # -- setup -----------------------------------------------------------------------------

    def ensure_sample(self, in_force_from: date | None = None) -> list[str]:
        """Load the sample brand and customer table if the workspace lacks them.

        Args:
            in_force_from: A past day the sample pack should count as in force from (a demo
                run "as of" that day); None or a day from today on: in force from now.

        Returns:
            What was set up (empty when everything was there).
        """
        done = []
        if self.store.current_version() is None:
            today = datetime.now(UTC).date()
            since = in_force_from if in_force_from and in_force_from < today else None
            self.store.import_pack(
                load_pack(sample_pack_path()),
                author="nextbest",
                role=Role.ADMIN,
                reason="initialise with the sample brand",
                effective_from=since,
            )
            done.append("sample brand pack")
        if not self.customers_path.exists():
            write_customers(self.customers_path, SAMPLE_CUSTOMERS)
            done.append(f"{SAMPLE_CUSTOMERS} sample customers")
        return done

    @property
    def customers_path(self) -> Path:
        """The workspace's sample customer table."""
        return self.workspace.home / "customers.csv"

    @property
    def schema_path(self) -> Path:
        """The workspace's own customer schema (``customers.yaml``), when it has one."""
        return self.workspace.home / SCHEMA_FILE

    def customer_schema(self, path: str | Path | None = None) -> CustomerSchema:
        """The customer schema runs use: ``path``, else the workspace's, else the sample's.

        Raises:
            OSError: If ``path`` cannot be read.
            ValueError: If the schema is not valid.
        """
        if path is not None:
            return CustomerSchema.load(path)
        if self.schema_path.exists():
            return CustomerSchema.load(self.schema_path)
        return sample_schema()

    # -- parts -----------------------------------------------------------------------------

    def writer(self) -> Writer:
        """The LLM writer when an API key is set, else the offline composer.

        One writer per runtime, so the structured-output mode it found working is kept for
        every message of the run.
        """
        if self._writer is None:
            if self._client is not None:
                self._writer = LLMWriter(self._client, self.llm, max_tokens=self._writer_max_tokens)
            else:
                self._writer = Composer()
        return self._writer

    def guardrail(
        self, pack: BrandPack, version: int | None, pack_hash: str
    ) -> ComplianceGuardrail:
        """Rules, plus the LLM judge when an API key is set."""
        engine = RuleEngine(
            pack, pack_version=str(version) if version else None, pack_hash=pack_hash
        )
        use_judge = self._client is not None and self._judge
        judge = GuardrailJudge(self._client, self.llm, pack) if use_judge else None  # type: ignore[arg-type]
        return ComplianceGuardrail(engine, judge)

    def engine(
        self,
        now: datetime,
        config: RunConfig | None = None,
        schema: CustomerSchema | None = None,
    ) -> DecisionEngine:
        """The decision engine for the pack in force at ``now``, with the latest policy.

        Args:
            now: Decision time.
            config: The run goal (send windows, caps, holdout, value weights); the approved
                marketer goal in force at ``now`` when None (:meth:`run_config`). Either way it
                is tightened to the brand limits in force. A goal or pack that changes the
                action space starts a new policy version.
            schema: The customer schema whose features the policy reads (the workspace's by
                default); new features start a new policy version.
        """
        pack = self.store.as_of(now)
        spec = (schema or self.customer_schema()).feature_spec()
        if config is None:
            config = self.goals.run_config(now, pack)
        else:  # a goal file, a resumed run: the brand limits bind every run all the same
            config = apply_limits(config, self.goals.limits)
        try:
            policy = self.policies.load(POLICY_NAME)
            return DecisionEngine(pack, spec, policy, config)
        except FileNotFoundError:
            pass
        except ValueError as exc:  # new offers, windows or features: say so, then start afresh
            logger.warning(
                "starting a new policy version (earlier versions stay in policies/): %s", exc
            )
        engine = DecisionEngine.create(pack, spec, PolicySettings(name=POLICY_NAME), config)
        self.policies.save(engine.policy)  # type: ignore[arg-type]
        return engine

    def run_config(self, now: datetime) -> RunConfig:
        """The run configuration at ``now``: defaults plus the approved goal in force."""
        return self.goals.run_config(now, self.store.as_of(now))

    def context(self, **overrides: Any) -> ReleaseContext:
        """The release graph's runtime context."""
        values: dict[str, Any] = {
            "store": self.store,
            "writer": self.writer(),
            "records": self.records,
            "outbox": self.outbox,
            "guardrail_factory": self.guardrail,
        }
        values.update(overrides)
        return ReleaseContext(**values)

    def checkpointer(self) -> BaseCheckpointSaver[Any]:
        """LangGraph checkpoints in the workspace, so escalations survive the process.

        ``SqliteSaver`` on ``checkpoints.db`` in the folder by default; ``PostgresSaver`` in the
        workspace's Postgres database when it has one (its tables are set up on first use,
        under an advisory lock so processes starting together do not race).
        """
        if self.workspace.on_postgres:
            return postgres_checkpointer(self.workspace.database)
        return SqliteSaver(
            sqlite3.connect(self.workspace.checkpoints_path, check_same_thread=False)
        )

    def release_graph(self) -> Any:
        """The release graph compiled with the workspace checkpointer."""
        return builder.compile(checkpointer=self.checkpointer())

    # -- customers and decisions -------------------------------------------------------------

    def customer(self, customer_id: str, source: Path | None = None) -> dict[str, Any]:
        """One customer, as the workspace's schema reads them (canonical, validated fields).

        Raises:
            KeyError: If there is no such customer (or their row is rejected).
        """
        for row in self.customer_rows(source=source):
            if row["customer_id"] == customer_id:
                return row
        raise KeyError(f"no customer {customer_id!r} in {source or self.customers_path}")

    def customer_rows(
        self, limit: int | None = None, source: Path | None = None
    ) -> list[dict[str, Any]]:
        """Valid customer rows, in table order, read through the workspace's customer schema.

        Rows the schema rejects are left out (runs report them; previews only need the valid
        ones).
        """
        path = source or self.customers_path
        validator = RowValidator(self.customer_schema(), datetime.now(UTC).date())
        out: list[dict[str, Any]] = []
        for batch in CustomerSource(str(path)).read(batch_size=limit or 10_000):
            for row in batch:
                clean, _ = validator.validate(row)
                if clean is not None:
                    out.append(clean)
                    if limit and len(out) >= limit:
                        return out
        return out

    def send_history(self, now: datetime, days: int, exclude_run: str | None = None) -> SendHistory:
        """Messages released and scheduled since ``days`` before ``now``, for frequency caps.

        Args:
            now: The decision time.
            days: Look-back in days (the longest cap).
            exclude_run: A run whose own messages do not count (the run being decided).
        """
        return read_send_history(self.workspace, now, days, exclude_run)

    def decide(
        self,
        customers: list[dict[str, Any]],
        now: datetime,
        run_id: str | None = None,
        engine: DecisionEngine | None = None,
        history: SendHistory | None = None,
    ) -> list[dict[str, Any]]:
        """Decide for customers, log the decisions, and schedule each message's send time.

        Args:
            customers: Customer rows.
            now: The decision time.
            run_id: The batch run the decisions belong to.
            engine: The decision engine (the workspace's at ``now`` by default).
            history: Past sends for the frequency caps (read from the workspace when None).
        """
        from nextbest.app.workspace.run_stages import decision_rows

        engine = engine or self.engine(now)
        if history is None:
            history = self.send_history(now, cap_days(engine.config), exclude_run=run_id)
        out = decision_rows(engine, customers, now, history)
        self.decisions.add_many(out, run_id=run_id)
        return out

    def on_close(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` when the runtime closes (e.g. stop a local model server)."""
        self._closers.append(callback)

    def close(self) -> None:
        """Close every connection, then run the :meth:`on_close` callbacks."""
        try:
            self.store.close()
            self.records.close()
            self.decisions.close()
            self.goals.close()
        finally:
            for callback in reversed(self._closers):
                callback()


def read_send_history(
    workspace: Workspace,
    now: datetime,
    days: int,
    exclude_run: str | None = None,
    customer_ids: Collection[str] | None = None,
) -> SendHistory:
    """Messages released and scheduled since ``days`` before ``now``, for frequency caps.

    Args:
        workspace: The workspace whose release records and decisions are read.
        now: The decision time.
        days: Look-back in days (the longest cap).
        exclude_run: A run whose own messages do not count (the run being decided).
        customer_ids: Only these customers' sends (a run engine's partition); all when None.
    """
    since = (now if now.tzinfo else now.replace(tzinfo=UTC)) - timedelta(days=days)
    chunks: list[list[str] | None] = [None]
    if customer_ids is not None:
        ids = list(customer_ids)
        chunks = [ids[start : start + 500] for start in range(0, len(ids), 500)]
    rows: list[Any] = []
    conn = workspace.connect()
    try:
        send_time = conn.json_text("d.body", "send_time")
        for chunk in chunks:
            only = f" AND d.customer_id IN ({', '.join('?' * len(chunk))})" if chunk else ""
            rows += conn.execute(
                f"SELECT d.customer_id, {conn.json_text('r.body', 'channel')}, {send_time} "
                "FROM release_records r JOIN decisions d ON d.decision_id = r.decision_id "
                "WHERE r.outcome = 'released' AND r.customer_id IS NOT NULL "
                f"AND {send_time} >= ? AND r.run_id IS DISTINCT FROM CAST(? AS TEXT){only}",
                (since.astimezone(UTC).isoformat(), exclude_run, *(chunk or ())),
            ).fetchall()
    finally:
        conn.close()
    return SendHistory.from_records(
        [(cid, channel, datetime.fromisoformat(at)) for cid, channel, at in rows if channel]
    )


def cap_days(config: RunConfig) -> int:
    """The longest look-back of the run's frequency caps, in days."""
    caps = [*config.contact.channel_caps.values()]
    if config.contact.overall_cap is not None:
        caps.append(config.contact.overall_cap)
    return max((cap.days for cap in caps), default=1)


def scheduled_send_time(
    window: str | None, time_zone: str | None, default_zone: str, now: datetime, windows: Any
) -> datetime:
    """When a message in ``window`` goes out: the window's start in the customer's local time.

    The send date is today in the customer's zone; a window already past today moves to
    tomorrow. Unknown zones use the brand default (SMS to unknown zones is masked earlier).

    Returns:
        An aware UTC datetime (``now`` itself for ``no_message``).
    """
    now = now if now.tzinfo else now.replace(tzinfo=UTC)
    if window is None:
        return now.astimezone(UTC)
    try:
        zone = ZoneInfo(time_zone) if time_zone else ZoneInfo(default_zone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo(default_zone)
    chosen = next(w for w in windows if w.name == window)
    local_now = now.astimezone(zone)
    start = datetime.combine(local_now.date(), chosen.start, zone)
    if start + timedelta(hours=chosen.end_hour - chosen.start_hour) <= local_now:
        start += timedelta(days=1)
    return max(start, local_now).astimezone(UTC)


def open_runtime(
    home: str | Path | None = None, llm: str | None = None, model: Path | None = None
) -> NextbestRuntime:
    """A workspace runtime with the writer chosen by ``--llm`` / ``NEXTBEST_LLM``.

    ``local`` starts (or reuses) the local model server and stops it when the runtime closes;
    the local model writes, the deterministic rules check (no LLM judge). Empty or ``env``
    keeps the environment's settings: an OpenAI-compatible API when ``OPENAI_API_KEY`` is set
    (``OPENAI_BASE_URL`` and ``NEXTBEST_LLM_MODEL`` point it anywhere), else the composer.

    Args:
        home: Workspace folder.
        llm: ``local``, ``env`` or None (then ``$NEXTBEST_LLM``).
        model: GGUF file for a new local server.

    Returns:
        The runtime (close it to stop a server it started).

    Raises:
        ValueError: On an unknown ``llm`` value.
        LocalModelError: If the local server cannot be started.
    """
    choice = (llm or os.environ.get(LLM_ENV) or "env").strip().lower()
    if choice == "env":
        return NextbestRuntime(home)
    if choice != "local":
        raise ValueError(f"unknown --llm {choice!r}: use 'local' or 'env'")
    stack = ExitStack()
    settings = stack.enter_context(local_llm(model))
    try:
        runtime = NextbestRuntime(home, settings, judge=False, writer_max_tokens=LOCAL_MAX_TOKENS)
    except BaseException:
        stack.close()
        raise
    runtime.on_close(stack.close)
    return runtime


_CHECKPOINT_SETUP_LOCK = 0x6E62_6370  # "nbcp": the advisory lock around PostgresSaver.setup()


def postgres_checkpointer(url: str) -> BaseCheckpointSaver[Any]:
    """A ``PostgresSaver`` on its own connection to ``url``, its tables set up.

    Args:
        url: The workspace's ``postgresql://`` URL.
    """
    import psycopg
    from langgraph.checkpoint.postgres import PostgresSaver
    from psycopg.rows import dict_row

    conn = psycopg.connect(url, autocommit=True, prepare_threshold=0, row_factory=dict_row)
    saver = PostgresSaver(conn)
    conn.execute("SELECT pg_advisory_lock(%s)", (_CHECKPOINT_SETUP_LOCK,))
    try:
        saver.setup()
    finally:
        conn.execute("SELECT pg_advisory_unlock(%s)", (_CHECKPOINT_SETUP_LOCK,))
    return saver
