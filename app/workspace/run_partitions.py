"""A customer table cut into partitions whose decision batches match the local engine's.

A partition is a run of consecutive decision batches; batch ``k`` holds the rows the local
engine decides in its ``k``-th batch (:meth:`nextbest.tools.customers.TableRead.batches`), so
both engines seed the same generator for the same rows (:func:`~.run_stages.seed_batch`).

- **Parquet** (one file, or a glob of files read in sorted order, as DuckDB reads them):
  the plan comes from the files' footers only; a worker reads the row groups that overlap its
  rows with pyarrow and converts values through DuckDB, exactly as the local engine's DuckDB
  read does. Row numbers (``_row``) are the 1-based positions in the table.
- **CSV**: a record can span lines (quoted newlines), so a CSV file cannot be cut blindly. It is
  staged once, in one task, with the very reader the local engine uses (DuckDB, reject tables,
  line numbers) into one Parquet file per batch under the run's folder; the partitions then
  read those files.

Files a stage writes under a run are written whole to a temporary name and renamed, so a
task killed mid-write leaves nothing, and a retried task rewrites the same name.
"""

from __future__ import annotations

import glob
import json
import os
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from nextbest.tools import duck
from nextbest.tools.customers import ROW_KEY, CustomerSource, RejectedRow, SourceError

PARTITION_ROWS = 50_000
"""Rows per partition by default (rounded up to whole decision batches)."""


@dataclass(frozen=True)
class FileSlice:
    """Rows ``[start, stop)`` of one Parquet file."""

    path: str
    start: int
    stop: int


@dataclass(frozen=True)
class Batch:
    """One decision batch: its index in the table and where its rows are.

    Attributes:
        index: The batch's position among the table's batches (0-based).
        slices: The file rows that make it up, in order.
        first_row: The 1-based table row of its first row; None when the files carry ``_row``.
    """

    index: int
    slices: tuple[FileSlice, ...]
    first_row: int | None


@dataclass(frozen=True)
class Partition:
    """Consecutive batches that one task decides."""

    index: int
    batches: tuple[Batch, ...]

    @property
    def name(self) -> str:
        """The file name stem of everything the partition writes (``part-00007``)."""
        return f"part-{self.index:05d}"

    def to_json(self) -> str:
        """The partition as JSON (what a Ray Data row carries)."""
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Partition:
        """The partition from :meth:`to_json`."""
        data = json.loads(text)
        return cls(
            index=data["index"],
            batches=tuple(
                Batch(
                    index=b["index"],
                    slices=tuple(FileSlice(**s) for s in b["slices"]),
                    first_row=b["first_row"],
                )
                for b in data["batches"]
            ),
        )


def parquet_files(location: str) -> list[str]:
    """The Parquet files of a path or glob, sorted.

    Raises:
        SourceError: When nothing matches.
    """
    files = sorted(glob.glob(location)) if glob.has_magic(location) else [location]
    files = [f for f in files if Path(f).is_file()]
    if not files:
        raise SourceError(f"cannot read customers from {location}: no such Parquet file")
    return files


def plan_batches(files: list[tuple[str, int]], batch_size: int, numbered: bool) -> list[Batch]:
    """Cut files of known row counts into decision batches of ``batch_size`` table rows.

    Args:
        files: ``(path, rows)`` in table order.
        batch_size: Rows per decision batch.
        numbered: Whether the files carry ``_row`` (staged CSV); else rows are numbered by
            their position in the table.
    """
    batches: list[Batch] = []
    slices: list[FileSlice] = []
    taken = 0
    position = 0
    for path, rows in files:
        start = 0
        while start < rows:
            stop = min(rows, start + batch_size - taken)
            slices.append(FileSlice(path, start, stop))
            taken += stop - start
            start = stop
            if taken == batch_size:
                first = None if numbered else position + 1
                batches.append(Batch(len(batches), tuple(slices), first))
                position += taken
                slices, taken = [], 0
    if slices:
        batches.append(Batch(len(batches), tuple(slices), None if numbered else position + 1))
    return batches


def plan_partitions(batches: list[Batch], batches_per_partition: int) -> list[Partition]:
    """Group consecutive batches into partitions."""
    step = max(1, batches_per_partition)
    return [
        Partition(index, tuple(batches[start : start + step]))
        for index, start in enumerate(range(0, len(batches), step))
    ]


def parquet_plan(
    location: str, batch_size: int, partition_rows: int = PARTITION_ROWS
) -> list[Partition]:
    """The partitions of a Parquet table (footers only; no row is read)."""
    files = [(path, pq.ParquetFile(path).metadata.num_rows) for path in parquet_files(location)]
    batches = plan_batches(files, batch_size, numbered=False)
    return plan_partitions(batches, -(-partition_rows // batch_size))


def stage_csv(location: str, folder: Path, batch_size: int) -> tuple[list[str], list[dict]]:
    """Stage a CSV table as one Parquet file per local decision batch.

    Reads with the local engine's reader (every column as text, bad lines from DuckDB's
    reject tables with their line numbers). A complete earlier staging is reused.

    Returns:
        The staged files in batch order, and the bad lines (as :class:`RejectedRow` dicts).
    """
    done = folder / "staged.json"
    if done.exists():
        staged = json.loads(done.read_text())
        return [str(folder / name) for name in staged["files"]], staged["bad_lines"]
    folder.mkdir(parents=True, exist_ok=True)
    read = CustomerSource(location).open()
    names: list[str] = []
    for index, batch in enumerate(read.batches(batch_size)):
        name = f"batch-{index:06d}.parquet"
        columns = [ROW_KEY, *read.columns]
        table = pa.table(
            {
                column: pa.array(
                    [row.get(column) for row in batch],
                    type=pa.int64() if column == ROW_KEY else pa.string(),
                )
                for column in columns
            }
        )
        write_parquet(table, folder / name)
        names.append(name)
    bad = [asdict(line) for line in read.bad_lines]
    write_text(done, json.dumps({"files": names, "bad_lines": bad}))
    return [str(folder / name) for name in names], bad


def staged_plan(
    files: list[str], batch_size: int, partition_rows: int = PARTITION_ROWS
) -> list[Partition]:
    """The partitions of a staged CSV table: one batch per staged file."""
    batches = [
        Batch(index, (FileSlice(path, 0, pq.ParquetFile(path).metadata.num_rows),), None)
        for index, path in enumerate(files)
    ]
    return plan_partitions(batches, -(-partition_rows // batch_size))


def read_partition(partition: Partition) -> list[list[dict[str, Any]]]:
    """The rows of each of the partition's batches, as the local engine's reader gives them."""
    wanted: dict[str, list[FileSlice]] = {}
    for batch in partition.batches:
        for piece in batch.slices:
            wanted.setdefault(piece.path, []).append(piece)
    tables = {
        path: _read_rows(path, min(p.start for p in pieces), max(p.stop for p in pieces))
        for path, pieces in wanted.items()
    }
    out = []
    for batch in partition.batches:
        rows: list[dict[str, Any]] = []
        for piece in batch.slices:
            offset, table = tables[piece.path]
            rows.extend(table[piece.start - offset : piece.stop - offset])
        if batch.first_row is not None:
            rows = [{ROW_KEY: batch.first_row + i, **row} for i, row in enumerate(rows)]
        out.append(rows)
    return out


def _read_rows(path: str, start: int, stop: int) -> tuple[int, list[dict[str, Any]]]:
    """Rows ``[start, stop)`` of a Parquet file (whole row groups read, then cut).

    Values go through DuckDB, so they have the Python types the local engine's DuckDB read
    gives.
    """
    handle = pq.ParquetFile(path)
    groups, first, position = [], None, 0
    for group in range(handle.metadata.num_row_groups):
        rows = handle.metadata.row_group(group).num_rows
        if position < stop and position + rows > start:
            groups.append(group)
            first = position if first is None else first
        position += rows
    if not groups:
        return start, []
    assert first is not None
    table = handle.read_row_groups(groups).slice(start - first, stop - start)
    con = duck.connect()
    try:
        con.register("nb_partition", table)
        cursor = con.execute("SELECT * FROM nb_partition")
        names = [d[0] for d in cursor.description]
        return start, [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    finally:
        con.close()


def rejected_from_dict(data: dict[str, Any]) -> RejectedRow:
    """A :class:`RejectedRow` back from its dict."""
    return RejectedRow(**data)


def write_parquet(table: pa.Table, path: Path) -> None:
    """Write a Parquet file whole: to a temporary name, then renamed over ``path``."""
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    pq.write_table(table, temporary)
    os.replace(temporary, path)


def write_text(path: Path, text: str) -> None:
    """Write a text file whole: to a temporary name, then renamed over ``path``."""
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


class PartWriter:
    """A Parquet file written batch by batch, to a temporary name renamed on :meth:`close`.

    Args:
        path: The final file.
        schema: Its columns.
    """

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path = path
        self.schema = schema
        self._temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
        self._writer = pq.ParquetWriter(self._temporary, schema)

    def write(self, columns: dict[str, list[Any]]) -> None:
        """Append rows given as columns."""
        self._writer.write_table(pa.table(columns, schema=self.schema))

    def close(self) -> None:
        """Finish the file and move it into place."""
        self._writer.close()
        os.replace(self._temporary, self.path)
