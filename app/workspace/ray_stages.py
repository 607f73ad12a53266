"""The stages Ray workers run for :class:`~nextbest.app.workspace.ray_engine.RayBatchRun`.

Each is a Ray Data callable class mapped over the run's partitions: :class:`DecideStage` reads,
validates and decides a partition; :class:`RenderStage` renders and re-checks its messages. Every
file a partition writes has the partition's name and is written whole then renamed, and the
partition's result file is written last, so a retried task rewrites the same files with the same
content and a finished partition is never done twice.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from nextbest.app.workspace.records import ReleaseRecord
from nextbest.app.workspace.run_partitions import (
    Partition,
    PartWriter,
    read_partition,
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
from nextbest.app.workspace.runtime import cap_days, read_send_history
from nextbest.brand_context.models import BrandPack
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.customer_rows import RowValidator
from nextbest.tools.customers import RejectedRow
from nextbest.tools.decisioning import DecisionEngine


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
                if rendered.record is not None:  # this customer's values made it fail
                    records.append(rendered.record)
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
