"""Customer data access: DuckDB over the customer's own table, with row validation.

A source is a CSV or Parquet file, a DuckDB database file with a SQL query, or a Postgres URL
with a query (through DuckDB's postgres extension, when it is installed). DuckDB reads the table
where it lives; nothing is copied first. Rows are validated one by one: a bad row is reported
with its row number and reason and the rest proceed.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import duckdb

from nextbest.tools.decisioning.features import (
    BooleanFeature,
    CategoricalFeature,
    FeatureSpec,
    NumericFeature,
)

CONSENT_VALUES = {"opt_in", "soft_opt_in", "express_written", "none", "true", "false", "yes", "no"}
"""Accepted consent cells (case-insensitive; empty means no consent)."""

CONSENT_COLUMNS = ("consent_email", "consent_sms", "consent_push")
FLAG_COLUMNS = ("suppressed", "objected_to_profiling")
"""Yes/no columns the contact policy and guardrail read (not features)."""
BOOLEAN_TEXT = {
    "true": True,
    "false": False,
    "1": True,
    "0": False,
    "yes": True,
    "no": False,
    "t": True,
    "f": False,
    "y": True,
    "n": False,
}


class SourceError(ValueError):
    """The customer source cannot be read at all (missing file, bad query, missing column)."""


@dataclass(frozen=True)
class RejectedRow:
    """A row that failed validation.

    Attributes:
        row: 1-based row number in the source (the header is not counted).
        customer_id: The row's id, when it had one.
        reason: Every problem found, joined.
    """

    row: int
    customer_id: str | None
    reason: str


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
            con.execute(f"ATTACH '{self.location}' AS source (TYPE postgres, READ_ONLY)")
            return f"({self.query or 'SELECT * FROM source.public.customers'})"
        path = Path(self.location)
        if not path.exists():
            raise SourceError(f"customer file not found: {path}")
        if kind == "duckdb":
            con.execute(f"ATTACH '{path.as_posix()}' AS source (READ_ONLY)")
            con.execute("USE source")
            return f"({self.query or 'SELECT * FROM customers'})"
        if kind == "parquet":
            return f"read_parquet('{path.as_posix()}')"
        return f"read_csv('{path.as_posix()}', header=true, all_varchar=true)"

    def read(self, batch_size: int = 10_000) -> Iterator[list[dict[str, Any]]]:
        """Stream rows as dicts in batches, in source order, each with ``_row`` (1-based).

        Raises:
            SourceError: When the source cannot be opened or queried.
        """
        con = duckdb.connect()
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
                    batch.append({"_row": row_number, **dict(zip(names, values, strict=True))})
                yield batch
        finally:
            con.close()

    def columns(self) -> list[str]:
        """Column names of the source."""
        con = duckdb.connect()
        try:
            cursor = con.execute(f"SELECT * FROM {self._relation_sql(con)} LIMIT 0")
            return [d[0] for d in cursor.description]
        except duckdb.Error as exc:
            raise SourceError(f"cannot read customers from {self.location}: {exc}") from None
        finally:
            con.close()


class RowValidator:
    """Checks and converts customer rows for a feature spec.

    Args:
        spec: The features the policy needs (types and missing-value policy).
    """

    def __init__(self, spec: FeatureSpec) -> None:
        self.spec = spec
        self._seen: set[str] = set()

    def check_columns(self, columns: list[str]) -> None:
        """Fail fast when a column every row needs is absent.

        Raises:
            SourceError: Naming the missing columns.
        """
        needed = ["customer_id", *(f.name for f in self.spec.features if f.required)]
        missing = [c for c in needed if c not in columns]
        if missing:
            raise SourceError(f"the customer table has no column(s) {', '.join(missing)}")

    def validate(self, row: dict[str, Any]) -> tuple[dict[str, Any] | None, RejectedRow | None]:
        """Convert one row to typed values, or reject it.

        Returns:
            ``(clean_row, None)`` or ``(None, rejection)``.
        """
        problems: list[str] = []
        clean: dict[str, Any] = {k: _blank_to_none(v) for k, v in row.items() if k != "_row"}
        customer_id = clean.get("customer_id")
        if customer_id is None or not str(customer_id).strip():
            problems.append("customer_id: missing")
        else:
            customer_id = clean["customer_id"] = str(customer_id).strip()
            if customer_id in self._seen:
                problems.append(f"customer_id: duplicate {customer_id!r}")
        zone = clean.get("time_zone")
        if zone is not None:
            try:
                ZoneInfo(str(zone))
            except (ZoneInfoNotFoundError, ValueError):
                problems.append(f"time_zone: unknown IANA time zone {zone!r}")
        for column in CONSENT_COLUMNS:
            value = clean.get(column)
            if value is not None and str(value).strip().lower() not in CONSENT_VALUES:
                problems.append(f"{column}: {value!r} is not a consent value")
        for column in FLAG_COLUMNS:
            value = clean.get(column)
            if value is not None:
                flag, problem = _convert(BooleanFeature(name=column), value)
                if problem:
                    problems.append(f"{column}: {problem}")
                else:
                    clean[column] = flag
        for feature in self.spec.features:
            value = clean.get(feature.name)
            if value is None:
                if feature.missing == "error":
                    problems.append(f"{feature.name}: missing")
                continue
            converted, problem = _convert(feature, value)
            if problem:
                problems.append(f"{feature.name}: {problem}")
            else:
                clean[feature.name] = converted
        if problems:
            return None, RejectedRow(int(row.get("_row", 0)), customer_id, "; ".join(problems))
        self._seen.add(customer_id)
        return clean, None


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _convert(feature: Any, value: Any) -> tuple[Any, str | None]:
    if isinstance(feature, NumericFeature):
        try:
            number = float(value)
        except (TypeError, ValueError):
            return None, f"{value!r} is not a number"
        if math.isnan(number) or math.isinf(number):
            return None, f"{value!r} is not a finite number"
        return number, None
    if isinstance(feature, BooleanFeature):
        if isinstance(value, bool):
            return value, None
        text = str(value).strip().lower()
        if text in BOOLEAN_TEXT:
            return BOOLEAN_TEXT[text], None
        return None, f"{value!r} is not true/false"
    if isinstance(feature, CategoricalFeature):
        return str(value), None
    return value, None
