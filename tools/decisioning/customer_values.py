"""Reading customer-table cells over a whole batch: consent, yes/no flags, dates, numbers.

The contact policy and the targeting read customer columns through these, so a cell means the
same everywhere: an empty cell or NaN is missing, ``"yes"``/``"opt_in"``/``1`` are true, a date
may be a string, a ``date``, an aware or naive ``datetime`` (naive = UTC). An eligibility
condition over a missing column or a missing value is false (not eligible).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import numpy as np

from nextbest.brand_context.models import EligibilityCondition
from nextbest.tools.consent import has_consent


def consented(column: np.ndarray | None, n: int) -> np.ndarray:
    """Per customer, whether the consent cell grants consent (the shared vocabulary)."""
    if column is None:
        return np.zeros(n, dtype=bool)
    if column.dtype.kind == "b":
        return column.copy()
    return np.fromiter((has_consent(v) for v in column), bool, n)


def truthy(column: np.ndarray | None, n: int) -> np.ndarray:
    """Per customer, whether the cell is a yes (missing column or cell: no)."""
    if column is None:
        return np.zeros(n, dtype=bool)
    if column.dtype.kind == "b":
        return column.copy()
    return np.fromiter((is_true(v) for v in column), bool, n)


def is_true(value: Any) -> bool:
    """Whether one cell means yes (``true``, ``yes``, ``1``, ``opt_in`` …; None and NaN: no)."""
    if isinstance(value, str):
        return value.strip().lower() in {
            "true",
            "yes",
            "y",
            "1",
            "t",
            "opt_in",
            "opted_in",
            "soft_opt_in",
            "express_written",
        }
    if value is None:
        return False
    if isinstance(value, float) and np.isnan(value):
        return False
    return bool(value)


def to_utc_naive(moment: datetime | date | str) -> datetime:
    """``moment`` as a naive UTC datetime (ISO text and dates accepted; naive = UTC)."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if not isinstance(moment, datetime):
        moment = datetime(moment.year, moment.month, moment.day)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def days_since(column: np.ndarray | None, n: int, now: datetime) -> np.ndarray:
    """Days between each value and ``now``; +inf where the value is missing."""
    out = np.full(n, np.inf)
    if column is None:
        return out
    ref = to_utc_naive(now)
    for i, value in enumerate(column):
        if value is None or (isinstance(value, float) and np.isnan(value)):
            continue
        if isinstance(value, str) and not value.strip():
            continue  # an empty cell (e.g. from a CSV) is a missing date
        if isinstance(value, np.datetime64):
            value = value.astype("datetime64[s]").astype(datetime)
        out[i] = (ref - to_utc_naive(value)).total_seconds() / 86400.0
    return out


def evaluate_condition(
    condition: EligibilityCondition, column: np.ndarray | None, n: int
) -> np.ndarray:
    """Evaluate one eligibility condition over a column.

    A missing column or a missing value makes the condition false (not eligible).

    Args:
        condition: The condition from the brand pack.
        column: The customer column named by ``condition.field`` (None when absent).
        n: Batch size.

    Returns:
        ``(n,)`` bool.
    """
    if column is None:
        return np.zeros(n, dtype=bool)
    op, value = condition.op, condition.value
    if op in ("gt", "gte", "lt", "lte"):
        numbers = as_float(column)
        with np.errstate(invalid="ignore"):
            result = {
                "gt": numbers > value,
                "gte": numbers >= value,
                "lt": numbers < value,
                "lte": numbers <= value,
            }[op]
        return np.asarray(result & ~np.isnan(numbers))
    if op == "is_true":
        return truthy(column, n)
    if op == "is_false":
        present = np.fromiter((v is not None for v in column), bool, n)
        return np.asarray(present & ~truthy(column, n))
    if op in ("in", "not_in"):
        allowed = {_norm(v) for v in value}
        inside = np.fromiter((_norm(v) in allowed for v in column), bool, n)
        present = np.fromiter((v is not None for v in column), bool, n)
        return inside if op == "in" else present & ~inside
    target = _norm(value)
    equal = np.fromiter((_norm(v) == target for v in column), bool, n)
    if op == "eq":
        return equal
    present = np.fromiter((v is not None for v in column), bool, n)
    return np.asarray(present & ~equal)


def _norm(value: Any) -> Any:
    """Compare numbers as floats and everything else as itself."""
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return float(value)
    return value


def as_float(column: np.ndarray) -> np.ndarray:
    """The column as floats; NaN where a cell is not a number (booleans are not numbers)."""
    if column.dtype.kind in "biuf":
        return column.astype(np.float64)
    return np.array(
        [
            float(v)
            if isinstance(v, int | float | np.number) and not isinstance(v, bool)
            else np.nan
            for v in column
        ]
    )
