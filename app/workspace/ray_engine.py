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

Ray is imported only when a Ray run starts (:mod:`nextbest.app.workspace.ray_connection`); the
workers' stages are in :mod:`nextbest.app.workspace.ray_stages`.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, Unpack

import pyarrow.parquet as pq

from nextbest.app.workspace.batch import BatchRun, RunArguments, RunSummary
from nextbest.app.workspace.ray_connection import RayUnavailable, cluster_cpus, connect_ray
from nextbest.app.workspace.ray_stages import DecideJob, DecideStage, RenderJob, RenderStage
from nextbest.app.workspace.records import ReleaseRecord
from nextbest.app.workspace.run_partitions import (
    PARTITION_ROWS,
    Partition,
    parquet_plan,
    rejected_from_dict,
    stage_csv,
    staged_plan,
    write_text,
)
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.tools.customers import CustomerSource, RejectedRow, SourceError

__all__ = ["RayBatchRun", "RayUnavailable", "connect_ray"]

INDEX_CHUNK = 5_000
"""Decisions or records the driver parses and indexes at a time (bounds its memory)."""


class RayBatchRun(BatchRun):
    """A batch run whose per-customer stages run on a Ray cluster.

    Args:
        runtime: The workspace runtime.
        source: A Parquet file (or glob of Parquet files) or a CSV file.
        now: Decision time.
        ray_address: The Ray cluster (None: a local cluster, or ``$RAY_ADDRESS``).
        workers: Worker processes per stage (the cluster's CPUs when None).
        partition_rows: Rows per partition (rounded up to whole batches).
        **run: As for :class:`BatchRun` (run id, batch size — the same batches as the local
            engine — progress, goal, schema).

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
        *,
        ray_address: str | None = None,
        workers: int | None = None,
        partition_rows: int = PARTITION_ROWS,
        **run: Unpack[RunArguments],
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
        super().__init__(runtime, source, now, **run)

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

    def _index(self, path: Path, column: str, add: Callable[[list[str]], Any]) -> None:
        """Index one partition's file on the driver, :data:`INDEX_CHUNK` rows at a time."""
        started = time.perf_counter()
        for chunk in pq.ParquetFile(path).iter_batches(batch_size=INDEX_CHUNK, columns=[column]):
            add(chunk.column(column).to_pylist())
        self.index_seconds += time.perf_counter() - started

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
            self._index(
                self.folder / "decisions" / f"{name}.parquet",
                "body",
                lambda bodies: self.runtime.decisions.add_many(
                    [json.loads(body) for body in bodies], run_id=self.run_id
                ),
            )
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
            self._index(
                self.folder / "records" / f"{name}.parquet",
                "record",
                lambda texts: self.runtime.records.add_many(
                    [ReleaseRecord.model_validate_json(text) for text in texts]
                ),
            )
            summary.released += result["released"]
            summary.escalated += result["escalated"]
            blocked.update(result["blocked"])
            self._progress("render and re-check", done, len(self._plan))
        summary.blocked = dict(blocked)
        summary.outbox = str(self.folder / "outbox")
