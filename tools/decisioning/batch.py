"""A batch of customers as columns, whatever shape it arrived in.

Runs score many customers at once, so everything downstream works on columns (one numpy array
per field). :class:`CustomerBatch` accepts a list of row dicts or a mapping of column name →
sequence (e.g. the result of a DuckDB query fetched as columns) and checks that every column has
the same length and that ``customer_id`` is present.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

CustomerRows = Sequence[Mapping[str, Any]] | Mapping[str, Sequence[Any] | np.ndarray]
"""Customers as a list of row dicts or as a mapping of columns."""


class BatchError(ValueError):
    """The batch is malformed (ragged columns, no customer ids)."""


class CustomerBatch:
    """Customers as columns.

    Args:
        customers: Row dicts, or a mapping of column name to a sequence of equal length.
        id_column: The column holding customer ids.

    Raises:
        BatchError: Ragged columns, or the id column is missing.
    """

    def __init__(self, customers: CustomerRows | CustomerBatch, id_column: str = "customer_id"):
        if isinstance(customers, CustomerBatch):
            self.columns: dict[str, np.ndarray] = dict(customers.columns)
            self.n: int = customers.n
        elif isinstance(customers, Mapping):
            self.columns = {str(k): _as_array(v) for k, v in customers.items()}
            lengths = {k: len(v) for k, v in self.columns.items()}
            if len(set(lengths.values())) > 1:
                raise BatchError(f"columns have different lengths: {lengths}")
            self.n = next(iter(lengths.values()), 0)
        else:
            rows = list(customers)
            names: dict[str, None] = {id_column: None} if not rows else {}
            for row in rows:
                names.update(dict.fromkeys(row))
            self.columns = {name: _as_array([row.get(name) for row in rows]) for name in names}
            self.n = len(rows)
        if id_column not in self.columns:
            raise BatchError(f"customers need a {id_column!r} column")
        self.ids: np.ndarray = np.asarray([str(v) for v in self.columns[id_column]], dtype=object)

    def __len__(self) -> int:
        return self.n

    def __contains__(self, name: str) -> bool:
        return name in self.columns

    def get(self, name: str) -> np.ndarray | None:
        """The column ``name`` or None when absent."""
        return self.columns.get(name)

    def take(self, index: np.ndarray | Iterable[int]) -> CustomerBatch:
        """A new batch with the rows at ``index``."""
        idx = np.asarray(list(index) if not isinstance(index, np.ndarray) else index)
        return CustomerBatch({k: v[idx] for k, v in self.columns.items()})

    def row(self, i: int) -> dict[str, Any]:
        """Row ``i`` as a dict (for explanations and debugging)."""
        return {k: _plain(v[i]) for k, v in self.columns.items()}


def _as_array(values: Sequence[Any] | np.ndarray) -> np.ndarray:
    if isinstance(values, np.ndarray):
        return values
    array = np.empty(len(values), dtype=object)
    array[:] = list(values)
    return array


def _plain(value: Any) -> Any:
    return value.item() if isinstance(value, np.generic) else value
