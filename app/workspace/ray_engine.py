"""Runs on a Ray cluster: the stages that grow with customers run on Ray workers.

``nextbest run --engine ray [--ray-address ADDR]`` runs the same pipeline as the local engine
(:class:`nextbest.app.workspace.batch.BatchRun`), with the same stage functions
(:mod:`nextbest.app.workspace.run_stages`):

1. **read, validate, decide** on the workers — Ray Data maps a callable class over the table's
   partitions (:mod:`nextbest.app.workspace.run_partitions`); each worker reads its rows,
   validates them, reads the send ledger for its customers only, decides batch by batch with
   the policy snapshot (the generator reseeded per batch, as locally) and writes the
   partition's decisions and messages as Parquet under ``runs/RUN_ID/``. The driver indexes
   each finished partition's decisions in the workspace database (inspector, report, feedback
   and later runs' frequency caps read them there).
2. **write cells** on the driver — one release-graph run per cell, exactly as locally.
3. **render and re-check** on the workers — each worker fills the cell copy into its
   partition's messages, re-checks per recipient, and writes its outbox part
   (``runs/RUN_ID/outbox/part-NNNNN.parquet``, one row per message keyed ``RUN_ID:CUSTOMER_ID``)
   and release records; the driver indexes the records.

Every file a partition writes has the partition's name and is written whole then renamed, and a
partition's result file is written last. A task retried after its worker died rewrites the same
files with the same content (same rows, same seeded draws), so no message is duplicated or lost;
a resumed run (``--run-id``, after the driver was killed) reuses every finished partition. The
workspace's run lock is held by the driver for the whole run, so the send ledger the workers
read per partition cannot change under them (one run at a time, see
:mod:`nextbest.app.workspace.run_lock`).

Ray is imported only here, and only when a Ray run starts: the local engine never needs it.
Usage statistics are off, no dashboard is started, and nothing is fetched from the network.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from nextbest.app.workspace.batch import BatchRun, RunSummary
from nextbest.app.workspace.records import ReleaseRecord
from nextbest.app.workspace.run_partitions import (
    PARTITION_ROWS,
    Partition,
    PartWriter,
    parquet_plan,
    read_partition,
    rejected_from_dict,
    stage_csv,
    staged_plan,
    write_parquet,
    write_text,
)
from nextbest.app.workspace.run_stages import (
    MessageRenderer,
    cell_key,
    decision_rows,
    seed_batch,
    split_decisions,
    validate_rows,
    with_last_contact,
)
from nextbest.app.workspace.runtime import NextbestRuntime, cap_days, read_send_history
from nextbest.brand_context.models import BrandPack
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.customer_rows import RowValidator
from nextbest.tools.customers import CustomerSource, RejectedRow, SourceError
from nextbest.tools.decisioning import DecisionEngine

INDEX_CHUNK = 5_000
"""Decisions or records the driver parses and indexes at a time (bounds its memory)."""

RAY_ENVIRONMENT = {"RAY_USAGE_STATS_ENABLED": "0"}
"""Set before Ray starts: no usage statistics leave the machine."""


class RayUnavailable(RuntimeError):
    """Ray is not installed, or the cluster cannot be reached (nothing was recorded)."""


def connect_ray(address: str | None = None, num_cpus: int | None = None) -> None:
    """Connect this process to a Ray cluster (or start a local one), once.

    Args:
        address: A cluster address (``auto``, ``HOST:PORT``, ``ray://HOST:PORT``); None
            starts a local cluster for this process (or uses ``$RAY_ADDRESS`` when set).
        num_cpus: CPUs of a local cluster (all of the machine's when None).

    Raises:
        RayUnavailable: Ray is not installed or the cluster cannot be reached.
    """
    for key, value in RAY_ENVIRONMENT.items():
        os.environ.setdefault(key, value)
    try:
        import ray
    except ImportError:
        raise RayUnavailable(
            "--engine ray needs Ray: pip install 'nextbest[ray]' (the local engine needs none)"
        ) from None
    if ray.is_initialized():
        return
    local = address is None and not os.environ.get("RAY_ADDRESS")
    try:
        ray.init(
            address=address,
            num_cpus=num_cpus if local else None,
            _node_ip_address="127.0.0.1" if local else None,  # a local cluster stays on loopback
            include_dashboard=False,
            configure_logging=False,
            log_to_driver=False,
        )
    except Exception as exc:  # noqa: BLE001 — one line for the CLI, whatever Ray raised
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        where = address or os.environ.get("RAY_ADDRESS") or "a new local cluster"
        raise RayUnavailable(f"cannot reach the Ray cluster at {where}: {first}") from None
    from ray.data import DataContext

    context = DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)  # the CLI shows its own progress


def cluster_cpus() -> int:
    """CPUs of the connected Ray cluster."""
    import ray

    return max(1, int(ray.cluster_resources().get("CPU", 1)))


# -- the jobs the workers run --------------------------------------------------------------


@dataclass
class DecideJob:
    """What a worker needs to decide partitions.

    Attributes:
        run_id: The run.
        now: The decision time.
        engine: The decision engine (pack, features, the policy snapshot, the run goal).
        validator: The row validator of the customer schema.
        home: The workspace folder (the send ledger is read from its database).
        folder: The run's folder.
    """

    run_id: str
    now: datetime
    engine: DecisionEngine
    validator: RowValidator
    home: str
    folder: str


class DecideStage:
    """Ray Data callable class: each input row is a partition; the output its result (JSON).

    Args:
        job: The decide job.
    """

    def __init__(self, job: DecideJob) -> None:
        self.job = job
        self._lock = threading.Lock()  # Ray Data may call a worker from several threads at once;
        # the engine's generator is reseeded per batch, so batches must not interleave.
        self.workspace = Workspace.resolve(job.home)
        self.days = cap_days(job.engine.config)
        self.folder = Path(job.folder)
        for name in ("decided", "decisions", "messages"):
            (self.folder / name).mkdir(parents=True, exist_ok=True)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Decide every partition of the batch (one at a time per worker, see the lock)."""
        with self._lock:
            results = [self.decide(Partition.from_json(str(t))) for t in batch["partition"]]
        return {"result": np.array(results, dtype=object)}

    def decide(self, partition: Partition) -> str:
        """Decide one partition (or return its result from an earlier attempt)."""
        done = self.folder / "decided" / f"{partition.name}.json"
        if done.exists():
            return done.read_text(encoding="utf-8")
        job = self.job
        customers_in = 0
        rejects: list[RejectedRow] = []
        no_message: Counter[str] = Counter()
        cells: dict[str, list[Any]] = {}
        messages = 0
        decisions_out = PartWriter(
            self.folder / "decisions" / f"{partition.name}.parquet", _DECISIONS
        )
        messages_out = PartWriter(self.folder / "messages" / f"{partition.name}.parquet", _MESSAGES)
        for batch, rows in zip(partition.batches, read_partition(partition), strict=True):
            customers_in += len(rows)
            valid, rejected = validate_rows(job.validator, rows)
            rejects.extend(rejected)
            if not valid:
                continue
            ids = [row["customer_id"] for row in valid]
            history = read_send_history(self.workspace, job.now, self.days, job.run_id, ids)
            seed_batch(job.engine, job.run_id, batch.index)
            decided = decision_rows(job.engine, valid, job.now, with_last_contact(history, valid))
            decisions_out.write(
                {
                    "decision_id": [d["decision_id"] for d in decided],
                    "customer_id": [d["customer_id"] for d in decided],
                    "body": [json.dumps(d, default=str) for d in decided],
                }
            )
            split = split_decisions(valid, {d["customer_id"]: d for d in decided})
            no_message.update(split.no_message)
            for position, (row, decision) in enumerate(split.messages):
                cells.setdefault(
                    cell_key(decision, row.get("locale")), [batch.index, position, decision]
                )
            messages_out.write(
                {
                    "row": [json.dumps(row, default=str) for row, _ in split.messages],
                    "decision": [json.dumps(d, default=str) for _, d in split.messages],
                }
            )
            messages += len(split.messages)
        decisions_out.close()
        messages_out.close()
        result = json.dumps(
            {
                "partition": partition.index,
                "customers_in": customers_in,
                "rejects": [asdict(r) for r in rejects],
                "no_message": dict(no_message),
                "cells": cells,
                "messages": messages,
            },
            default=str,
        )
        write_text(done, result)
        return result


_DECISIONS = pa.schema(
    [("decision_id", pa.string()), ("customer_id", pa.string()), ("body", pa.string())]
)
_MESSAGES = pa.schema([("row", pa.string()), ("decision", pa.string())])
_OUTBOX = pa.schema(
    [("message_id", pa.string()), ("customer_id", pa.string()), ("message", pa.string())]
)
_RECORDS = pa.schema([("record_id", pa.string()), ("record", pa.string())])


@dataclass
class RenderJob:
    """What a worker needs to render and re-check partitions.

    Attributes:
        run_id: The run.
        cells: Each cell's result (outcome, draft, brief) by cell key.
        packs: The brand packs the released cells used, by version.
        folder: The run's folder.
        digest: A digest of the cells' outcomes: a partition rendered under other outcomes
            (a cell approved since) is rendered again.
    """

    run_id: str
    cells: dict[str, dict[str, Any]]
    packs: dict[int, BrandPack]
    folder: str
    digest: str = field(default="")


class RenderStage:
    """Ray Data callable class: renders and re-checks each input partition's messages.

    Args:
        job: The render job.
    """

    def __init__(self, job: RenderJob) -> None:
        self.job = job
        self._lock = threading.Lock()  # one partition at a time per worker (shared caches)
        self.folder = Path(job.folder)
        for name in ("rendered", "outbox", "records"):
            (self.folder / name).mkdir(parents=True, exist_ok=True)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Render every partition of the batch (one at a time per worker, see the lock)."""
        with self._lock:
            results = [self.render(Partition.from_json(str(t))) for t in batch["partition"]]
        return {"result": np.array(results, dtype=object)}

    def render(self, partition: Partition) -> str:
        """Render one partition (or return its result from an earlier attempt)."""
        job = self.job
        done = self.folder / "rendered" / f"{partition.name}.json"
        if done.exists():
            earlier = done.read_text(encoding="utf-8")
            if json.loads(earlier).get("digest") == job.digest:
                return earlier
        messages = pq.read_table(self.folder / "messages" / f"{partition.name}.parquet")
        renderer = MessageRenderer(job.run_id, job.packs.__getitem__)
        blocked: Counter[str] = Counter()
        escalated = 0
        lines: list[dict[str, Any]] = []
        records: list[ReleaseRecord] = []
        for row_text, decision_text in zip(
            messages.column("row").to_pylist(),
            messages.column("decision").to_pylist(),
            strict=True,
        ):
            row, decision = json.loads(row_text), json.loads(decision_text)
            cell = job.cells[cell_key(decision, row.get("locale"))]
            rendered = renderer.render(row, decision, cell)
            if rendered.outcome == "escalated":
                escalated += 1
            elif rendered.outcome == "blocked":
                blocked[rendered.reason] += 1
            else:
                assert rendered.record is not None and rendered.line is not None
                records.append(rendered.record)
                lines.append(rendered.line)
        write_parquet(
            pa.table(
                {
                    "record_id": [r.record_id for r in records],
                    "record": [r.model_dump_json() for r in records],
                },
                schema=_RECORDS,
            ),
            self.folder / "records" / f"{partition.name}.parquet",
        )
        write_parquet(
            pa.table(
                {
                    "message_id": [line["message_id"] for line in lines],
                    "customer_id": [line["customer_id"] for line in lines],
                    "message": [
                        json.dumps(line, ensure_ascii=False, sort_keys=True) for line in lines
                    ],
                },
                schema=_OUTBOX,
            ),
            self.folder / "outbox" / f"{partition.name}.parquet",
        )
        result = json.dumps(
            {
                "partition": partition.index,
                "released": len(lines),
                "blocked": dict(blocked),
                "escalated": escalated,
                "digest": job.digest,
            }
        )
        write_text(done, result)
        return result


# -- the driver ----------------------------------------------------------------------------


class RayBatchRun(BatchRun):
    """A batch run whose per-customer stages run on a Ray cluster.

    Args:
        runtime: The workspace runtime.
        source: A Parquet file (or glob of Parquet files) or a CSV file.
        now: Decision time.
        run_id: Resume (or name) a run.
        batch_size: Customers per decision batch (the same batches as the local engine).
        progress: Optional progress callback.
        goal: The run goal (the approved goal in force when None).
        schema: The customer schema (the workspace's when None).
        ray_address: The Ray cluster (None: a local cluster, or ``$RAY_ADDRESS``).
        workers: Worker processes per stage (the cluster's CPUs when None).
        partition_rows: Rows per partition (rounded up to whole batches).

    Raises:
        SourceError: The source is neither Parquet nor CSV, or cannot be read.
        RayUnavailable: Ray is missing or the cluster cannot be reached (nothing is recorded).
        NoVersionError, RunRefused: As for the local engine.
    """

    engine_name = "ray"

    def __init__(
        self,
        runtime: NextbestRuntime,
        source: CustomerSource,
        now: datetime,
        run_id: str | None = None,
        batch_size: int = 5_000,
        progress: Any = None,
        goal: Any = None,
        schema: Any = None,
        *,
        ray_address: str | None = None,
        workers: int | None = None,
        partition_rows: int = PARTITION_ROWS,
    ) -> None:
        if source.kind not in ("parquet", "csv"):
            raise SourceError(
                f"--engine ray reads Parquet or CSV files; {source.location} is a "
                f"{source.kind} source (export it to Parquet, or use --engine local)"
            )
        connect_ray(ray_address)
        self.workers = workers or cluster_cpus()
        self.partition_rows = partition_rows
        self.index_seconds = 0.0
        """Driver time spent indexing decisions and release records (the serial part)."""
        super().__init__(runtime, source, now, run_id, batch_size, progress, goal, schema)

    def _partitions(self) -> tuple[list[Partition], list[RejectedRow]]:
        """The run's partitions (staging a CSV table once, in a Ray task) and bad lines."""
        import ray

        plan_file = self.folder / "plan.json"
        if plan_file.exists():  # a resumed run keeps its partitions, whatever was asked now
            recorded = json.loads(plan_file.read_text(encoding="utf-8"))
            self.batch_size, self.partition_rows = (
                recorded["batch_size"],
                recorded["partition_rows"],
            )
        else:
            write_text(
                plan_file,
                json.dumps({"batch_size": self.batch_size, "partition_rows": self.partition_rows}),
            )
        if self.source.kind == "parquet":
            plan = parquet_plan(self.source.location, self.batch_size, self.partition_rows)
            return plan, []
        stage = ray.remote(num_cpus=1, max_retries=3)(stage_csv)
        files, bad = ray.get(
            stage.remote(self.source.location, self.folder / "input", self.batch_size)
        )
        plan = staged_plan(files, self.batch_size, self.partition_rows)
        return plan, [rejected_from_dict(line) for line in bad]

    def _map(self, partitions: list[Partition], stage: type, job: Any) -> Any:
        """Ray Data: the stage's callable class mapped over the partitions by the workers."""
        import ray

        dataset = ray.data.from_items(
            [{"partition": p.to_json()} for p in partitions],
            override_num_blocks=max(1, len(partitions)),
        )
        env = {k: v for k, v in os.environ.items() if k.startswith("NEXTBEST_")}
        return dataset.map_batches(
            stage,
            batch_size=1,
            compute=ray.data.ActorPoolStrategy(size=min(self.workers, max(1, len(partitions)))),
            num_cpus=1,
            fn_constructor_kwargs={"job": job},
            runtime_env={"env_vars": env} if env else None,
        ).iter_rows()

    def _read_and_decide(self, summary: RunSummary) -> list[tuple[dict, dict]]:
        """Decide on the workers; index decisions; return the first message of each cell.

        The cell stage needs one example decision per cell (the first in table order, as
        locally); the messages themselves stay in the partitions' files.
        """
        partitions, bad_lines = self._partitions()
        self._plan = partitions
        job = DecideJob(
            run_id=self.run_id,
            now=self.now,
            engine=self.engine,
            validator=self.validator,
            home=str(self.runtime.workspace.home),
            folder=str(self.folder),
        )
        rejects: list[RejectedRow] = list(bad_lines)
        no_message: Counter[str] = Counter()
        firsts: dict[str, list[Any]] = {}
        for done, item in enumerate(self._map(partitions, DecideStage, job), 1):
            result = json.loads(item["result"])
            name = Partition(result["partition"], ()).name
            started = time.perf_counter()
            decisions = pq.ParquetFile(self.folder / "decisions" / f"{name}.parquet")
            for chunk in decisions.iter_batches(batch_size=INDEX_CHUNK, columns=["body"]):
                self.runtime.decisions.add_many(
                    [json.loads(body) for body in chunk.column("body").to_pylist()],
                    run_id=self.run_id,
                )
            self.index_seconds += time.perf_counter() - started
            summary.customers_in += result["customers_in"]
            rejects.extend(rejected_from_dict(r) for r in result["rejects"])
            no_message.update(result["no_message"])
            for key, example in result["cells"].items():
                if key not in firsts or example[:2] < firsts[key][:2]:
                    firsts[key] = example
            self._progress("read, validate, decide", done, len(partitions))
        summary.customers_in += len(bad_lines)
        rejects.sort(key=lambda r: r.row)
        summary.rejected_rows = len(rejects)
        summary.no_message = dict(no_message)
        self._write_rejects(rejects)
        return [({"locale": key.split("|")[2]}, example[2]) for key, example in firsts.items()]

    def _render_and_check(
        self,
        messages: list[tuple[dict, dict]],
        cells: dict[str, dict[str, Any]],
        summary: RunSummary,
    ) -> None:
        """Render and re-check on the workers; index the release records."""
        del messages  # the messages are in the partitions' files
        versions = {
            int(cell["brief"]["pack_version"])
            for cell in cells.values()
            if cell["outcome"] == "released" and cell.get("brief")
        }
        outcomes = json.dumps({key: cell["outcome"] for key, cell in sorted(cells.items())})
        job = RenderJob(
            run_id=self.run_id,
            cells=cells,
            packs={version: self.runtime.store.pack(version) for version in versions},
            folder=str(self.folder),
            digest=hashlib.sha256(outcomes.encode()).hexdigest()[:16],
        )
        blocked: Counter[str] = Counter()
        for done, item in enumerate(self._map(self._plan, RenderStage, job), 1):
            result = json.loads(item["result"])
            name = Partition(result["partition"], ()).name
            started = time.perf_counter()
            records = pq.ParquetFile(self.folder / "records" / f"{name}.parquet")
            for chunk in records.iter_batches(batch_size=INDEX_CHUNK, columns=["record"]):
                self.runtime.records.add_many(
                    [
                        ReleaseRecord.model_validate_json(r)
                        for r in chunk.column("record").to_pylist()
                    ]
                )
            self.index_seconds += time.perf_counter() - started
            summary.released += result["released"]
            summary.escalated += result["escalated"]
            blocked.update(result["blocked"])
            self._progress("render and re-check", done, len(self._plan))
        summary.blocked = dict(blocked)
        summary.outbox = str(self.folder / "outbox")
