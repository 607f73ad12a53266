"""Customer data access: DuckDB over the customer's own table, bad lines from its reject tables.

A source is a CSV or Parquet file, a DuckDB database file with a SQL query, or a Postgres URL
with a query (through DuckDB's postgres extension, when it is installed). DuckDB reads the table
where it lives; nothing is copied first.

CSV files are read with every column as text and ``store_rejects = true``: a physically broken
line (too many or too few fields, an unbalanced quote) becomes a :class:`RejectedRow` with its
line number, taken from DuckDB's reject tables, and the rest of the file is read. When an
unbalanced quote made DuckDB swallow the following lines into the bad record, those lines are
read again on their own, so one bad line costs one row. Rows carry ``_row``: the physical line
number for CSV files (the header is line 1), the 1-based row number otherwise.
"""

from __future__ import annotations

import csv
import io
import mmap
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import duckdb

from nextbest.tools import duck

ROW_KEY = "_row"
"""The key of each row's line (CSV) or row (other sources) number."""


class SourceError(ValueError):
    """The customer source cannot be read at all (missing file, bad query, missing column)."""


@dataclass(frozen=True)
class RejectedRow:
    """A row (or physical line) that was not processed.

    Attributes:
        row: The CSV line number (header = line 1), or the 1-based row number of other sources.
        customer_id: The row's id, when it had one.
        reason: Every problem found, joined.
        column: The first column at fault, when there is one.
    """

    row: int
    customer_id: str | None
    reason: str
    column: str | None = None


@dataclass
class TableRead:
    """One pass over a source: its columns, its rows in batches, then its bad lines.

    Attributes:
        columns: The table's column names.
        bad_lines: Lines DuckDB could not read, filled once :meth:`batches` is exhausted.
    """

    source: CustomerSource
    columns: list[str]
    bad_lines: list[RejectedRow] = field(default_factory=list)

    def batches(self, batch_size: int = 10_000) -> Iterator[list[dict[str, Any]]]:
        """Rows as dicts (table column → value, plus ``_row``), in source order.

        Raises:
            SourceError: When the source cannot be queried.
        """
        if self.source.kind == "csv":
            yield from self.source._csv_batches(self, batch_size)
        else:
            yield from self.source._query_batches(batch_size)


@dataclass(frozen=True)
class CustomerSource:
    """Where customers come from.

    Attributes:
        location: A file path or a Postgres URL.
        query: SQL for DuckDB databases and Postgres (``customers`` is the default table).
    """

    location: str
    query: str | None = None

    @property
    def kind(self) -> str:
        """csv, parquet, duckdb or postgres."""
        lower = self.location.lower()
        if lower.startswith(("postgres://", "postgresql://")):
            return "postgres"
        if lower.endswith(".parquet"):
            return "parquet"
        if lower.endswith((".duckdb", ".db")):
            return "duckdb"
        return "csv"

    def open(self) -> TableRead:
        """Start reading: checks the source and reads its column names.

        Raises:
            SourceError: When the source cannot be opened.
        """
        return TableRead(self, self.columns())

    def read(self, batch_size: int = 10_000) -> Iterator[list[dict[str, Any]]]:
        """Stream rows in batches (bad CSV lines are skipped; use :meth:`open` to see them)."""
        yield from self.open().batches(batch_size)

    def columns(self) -> list[str]:
        """Column names of the source.

        Raises:
            SourceError: When the source cannot be opened.
        """
        if self.kind == "csv":
            return self._csv_header()[0]
        con = duck.connect()
        try:
            cursor = con.execute(f"SELECT * FROM {self._relation_sql(con)} LIMIT 0")
            return [d[0] for d in cursor.description]
        except duckdb.Error as exc:
            raise SourceError(f"cannot read customers from {self.location}: {exc}") from None
        finally:
            con.close()

    # -- CSV ---------------------------------------------------------------------------------

    def _path(self) -> Path:
        path = Path(self.location)
        if not path.exists():
            raise SourceError(f"customer file not found: {path}")
        return path

    def _csv_header(self) -> tuple[list[str], str]:
        """The header's column names and the delimiter."""
        path = self._path()
        with path.open(encoding="utf-8-sig", newline="") as handle:
            first = handle.readline()
        if not first.strip():
            raise SourceError(f"{path}: the first line (the header) is empty")
        counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
        delimiter = max(counts, key=lambda d: counts[d])
        names = next(csv.reader([first], delimiter=delimiter))
        names = [n.strip() for n in names]
        if len(set(names)) != len(names) or not all(names):
            raise SourceError(f"{path}: the header has blank or repeated column names")
        return names, delimiter

    def _csv_sql(self, path: Path, names: list[str], delimiter: str, rejects: str) -> str:
        columns = ", ".join(f"{_literal(n)}: 'VARCHAR'" for n in names)
        # DuckDB's strict parser fixes the line ending from the first lines and stops the whole
        # read at a line ending otherwise; a file that mixes them is read with the lenient one.
        lenient = ", strict_mode = false" if _mixes_line_endings(path) else ""
        return (
            f"SELECT * FROM read_csv({_literal(path.as_posix())}, auto_detect = false, "
            f"header = true, delim = {_literal(delimiter)}, quote = '\"', escape = '\"', "
            f"columns = {{{columns}}}, store_rejects = true{lenient}, "
            f"rejects_table = '{rejects}_errors', rejects_scan = '{rejects}_scans')"
        )

    def _csv_batches(self, read: TableRead, batch_size: int) -> Iterator[list[dict[str, Any]]]:
        """Two passes: DuckDB finds the bad lines (line numbers need them), then rows stream."""
        path = self._path()
        names, delimiter = self._csv_header()
        sql = self._csv_sql(path, names, delimiter, "nb_rejects")
        with path.open("rb") as handle, _mapped(handle) as data:
            con = duck.connect()
            try:
                try:
                    # fetchall: the reject tables exist once the result is consumed
                    accepted = int(con.execute(f"SELECT count(*) FROM ({sql})").fetchall()[0][0])
                except duckdb.Error as exc:
                    raise SourceError(f"cannot read customers from {path}: {exc}") from None
                errors = con.execute(
                    "SELECT line_byte_position, any_value(csv_line), "
                    "string_agg(DISTINCT error_type::VARCHAR, ', ') "
                    "FROM nb_rejects_errors GROUP BY line_byte_position "
                    "ORDER BY line_byte_position"
                ).fetchall()
            finally:
                con.close()
            lines = _LineNumbers(data)
            spans = []
            for position, text, kinds in errors:
                raw = (text or "").lstrip("\r\n").encode("utf-8")
                # DuckDB's byte position can be a few bytes off: find the line's text near it.
                found = data.find(raw, max(0, int(position) - 16)) if raw else -1
                begin = found if found >= 0 else int(position)
                spans.append((begin, begin + len(raw), kinds, raw))
            numbered = lines.record_lines(skip=[(a, b) for a, b, *_ in spans])
            if len(numbered) != accepted:  # framing disagrees: fall back to record numbers
                numbered = list(range(2, accepted + 2))
            bad_starts = [(lines.line_of(a), kinds, raw) for a, _b, kinds, raw in spans]
        con = duck.connect()
        try:
            cursor = con.execute(self._csv_sql(path, names, delimiter, "nb_stream"))
            position = 0
            while True:
                chunk = cursor.fetchmany(batch_size)
                if not chunk:
                    break
                yield [
                    {ROW_KEY: numbered[position + i], **dict(zip(names, values, strict=True))}
                    for i, values in enumerate(chunk)
                ]
                position += len(chunk)
        except duckdb.Error as exc:
            raise SourceError(f"cannot read customers from {path}: {exc}") from None
        finally:
            con.close()
        batch: list[dict[str, Any]] = []
        for first_line, kinds, raw in bad_starts:
            physical = raw.decode("utf-8", "replace").splitlines()
            fields = next(csv.reader([physical[0]], delimiter=delimiter), [""])
            first = fields[0].strip() if fields else ""
            read.bad_lines.append(
                RejectedRow(
                    row=first_line,
                    customer_id=first if first and " " not in first else None,
                    reason=f"line {first_line}: unreadable CSV line ({kinds.lower()})",
                )
            )
            if len(physical) > 1:  # an unbalanced quote swallowed the next lines: read them
                for row in self._reread(names, delimiter, physical[1:], first_line + 1, read):
                    batch.append(row)
                    if len(batch) >= batch_size:
                        yield batch
                        batch = []
        if batch:
            yield batch

    def _reread(
        self,
        names: list[str],
        delimiter: str,
        physical: list[str],
        first_line: int,
        read: TableRead,
    ) -> list[dict[str, Any]]:
        """Read lines a broken record swallowed, one line each, through DuckDB again."""
        out: list[dict[str, Any]] = []
        for offset, text in enumerate(physical):
            if not text.strip():
                continue
            line = first_line + offset
            buffer = io.StringIO()
            buffer.write(delimiter.join(_quote(n) for n in names) + "\n" + text + "\n")
            with tempfile.NamedTemporaryFile(
                "w", suffix=".csv", encoding="utf-8", delete=False
            ) as handle:
                handle.write(buffer.getvalue())
                temp = Path(handle.name)
            con = duck.connect()
            try:
                rows = con.execute(self._csv_sql(temp, names, delimiter, "nb_again")).fetchall()
                bad = con.execute(
                    "SELECT string_agg(DISTINCT error_type::VARCHAR, ', ') FROM nb_again_errors"
                ).fetchone()
            except duckdb.Error as exc:
                rows, bad = [], (str(exc),)
            finally:
                con.close()
                temp.unlink(missing_ok=True)
            if len(rows) == 1:
                out.append({ROW_KEY: line, **dict(zip(names, rows[0], strict=True))})
            else:
                kinds = (bad[0] if bad and bad[0] else "unreadable").lower()
                read.bad_lines.append(
                    RejectedRow(line, None, f"line {line}: unreadable CSV line ({kinds})")
                )
        return out

    # -- other sources -----------------------------------------------------------------------

    def relation_sql(self, con: duckdb.DuckDBPyConnection) -> str:
        """SQL naming the table on ``con``, for queries over it (CSV: every column as text).

        Raises:
            SourceError: When the source cannot be opened.
        """
        if self.kind == "csv":
            names, delimiter = self._csv_header()
            return f"({self._csv_sql(self._path(), names, delimiter, 'nb_profile')})"
        return self._relation_sql(con)

    def _relation_sql(self, con: duckdb.DuckDBPyConnection) -> str:
        kind = self.kind
        if kind == "postgres":
            try:
                con.execute("SET autoinstall_known_extensions = false")  # never download
                con.execute("LOAD postgres")
            except duckdb.Error as exc:
                raise SourceError(
                    "reading Postgres needs DuckDB's postgres extension installed beforehand "
                    f"(nextbest never downloads at run time): {exc}"
                ) from None
            con.execute(f"ATTACH {_literal(self.location)} AS source (TYPE postgres, READ_ONLY)")
            return f"({self.query or 'SELECT * FROM source.public.customers'})"
        path = self._path()
        if kind == "duckdb":
            con.execute(f"ATTACH {_literal(path.as_posix())} AS source (READ_ONLY)")
            con.execute("USE source")
            return f"({self.query or 'SELECT * FROM customers'})"
        return f"read_parquet({_literal(path.as_posix())})"

    def _query_batches(self, batch_size: int) -> Iterator[list[dict[str, Any]]]:
        con = duck.connect()
        try:
            try:
                cursor = con.execute(f"SELECT * FROM {self._relation_sql(con)}")
            except duckdb.Error as exc:
                raise SourceError(f"cannot read customers from {self.location}: {exc}") from None
            names = [d[0] for d in cursor.description]
            row_number = 0
            while True:
                chunk = cursor.fetchmany(batch_size)
                if not chunk:
                    break
                batch = []
                for values in chunk:
                    row_number += 1
                    batch.append({ROW_KEY: row_number, **dict(zip(names, values, strict=True))})
                yield batch
        finally:
            con.close()


class _LineNumbers:
    """Physical line numbers of a CSV file's records (RFC 4180 quoting, blank lines skipped)."""

    def __init__(self, data: bytes | mmap.mmap) -> None:
        self.data = data

    def line_of(self, position: int) -> int:
        """The 1-based line containing byte ``position``."""
        return self.data[:position].count(b"\n") + 1

    def record_lines(self, skip: list[tuple[int, int]]) -> list[int]:
        """The first line of every record after the header, outside the ``skip`` byte spans."""
        data, out = self.data, []
        spans = sorted(skip)
        position = data.find(b"\n") + 1  # after the header (its quotes are balanced)
        line = 2
        span_index = 0
        size = len(data)
        while 0 < position < size:
            while span_index < len(spans) and spans[span_index][1] <= position:
                span_index += 1
            if span_index < len(spans) and spans[span_index][0] <= position:
                end = spans[span_index][1]
                line += data[position:end].count(b"\n")
                position = end
                nl = data.find(b"\n", position)
                if nl < 0:
                    break
                line += 1
                position = nl + 1
                continue
            start_line = line
            quotes = 0
            end = position
            while True:
                nl = data.find(b"\n", end)
                stop = size if nl < 0 else nl
                quotes += data[end:stop].count(b'"')
                if quotes % 2 == 0 or nl < 0:
                    break
                line += 1
                end = nl + 1
            if data[position:stop].strip():
                out.append(start_line)
            line += 1
            position = stop + 1
        return out


@contextmanager
def _mapped(handle: BinaryIO) -> Iterator[mmap.mmap | bytes]:
    """The file's bytes, memory-mapped (an empty file cannot be mapped: empty bytes)."""
    try:
        view = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except ValueError:
        yield b""
        return
    try:
        yield view
    finally:
        view.close()


def _mixes_line_endings(path: Path, chunk: int = 1 << 24) -> bool:
    """Whether the file ends some lines with CRLF and others with a bare LF.

    Args:
        path: The CSV file.
        chunk: Bytes read at a time (the file is scanned once, in constant memory).

    Returns:
        True when both kinds of line ending occur.
    """
    crlf = bare = 0
    previous = b""
    with path.open("rb") as handle:
        while block := handle.read(chunk):
            joined = previous + block
            crlf += joined.count(b"\r\n")
            bare += joined.count(b"\n")
            if crlf and bare > crlf:
                return True
            previous = block[-1:]
            # the carried byte is counted again next round: take its own counts back out
            crlf -= previous.count(b"\r\n")
            bare -= previous.count(b"\n")
    return 0 < crlf < bare


def _literal(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _quote(name: str) -> str:
    """A CSV header field, quoted."""
    return '"' + name.replace('"', '""') + '"'
