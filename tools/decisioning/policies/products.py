"""Pairwise products of context columns: interactions under the same exact Bayesian head."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from nextbest.tools.decisioning.policies.settings import PairwiseProducts, PolicySettings


class PairwiseProductMap:
    """``[x_ci · x_cj for i < j]`` (and ``x_ci²``) of the named context columns.

    Args:
        settings: Which columns, and whether squares are added.
        feature_names: The policy's context columns, in order.

    Raises:
        ValueError: A named column is not a context column, or is named twice.
    """

    def __init__(self, settings: PairwiseProducts, feature_names: Sequence[str]) -> None:
        self.settings = settings
        index = {name: i for i, name in enumerate(feature_names)}
        unknown = [c for c in settings.columns if c not in index]
        if unknown:
            raise ValueError(f"product columns are not context columns: {', '.join(unknown)}")
        if len(set(settings.columns)) != len(settings.columns):
            raise ValueError("product columns must be distinct")
        cols = np.array([index[c] for c in settings.columns], dtype=np.int64)
        first, second = np.triu_indices(len(cols), k=0 if settings.squares else 1)
        self.left, self.right = cols[first], cols[second]

    @property
    def n_components(self) -> int:
        """Number of product features."""
        return len(self.left)

    def transform(self, X: np.ndarray, which: np.ndarray | None = None) -> np.ndarray:
        """Product features of contexts ``X`` ``(n, d)`` → ``(n, n_components)``.

        Args:
            X: Contexts.
            which: Only these product features, ``(n, len(which))`` (all when None).
        """
        XT = np.ascontiguousarray(X.T)  # gathering rows is far cheaper than gathering columns
        return self.transform_columns(XT, which).T

    def transform_columns(self, XT: np.ndarray, which: np.ndarray | None = None) -> np.ndarray:
        """:meth:`transform` on column-major contexts: ``XT`` ``(d, n)`` → ``(components, n)``.

        Args:
            XT: Contexts, one row per context column.
            which: Only these product features (all when None).
        """
        left, right = self.left, self.right
        if which is not None:
            left, right = left[which], right[which]
        return np.asarray(XT[left] * XT[right])


def with_numeric_columns(settings: PolicySettings, numeric: Sequence[str]) -> PolicySettings:
    """``settings`` with ``PairwiseProducts(columns="numeric")`` settled to known columns.

    A caller that knows which context columns are numeric (a feature spec does) names them here
    instead of letting the policy infer them from the first contexts it sees.

    Args:
        settings: Policy settings; returned unchanged unless their products say "numeric".
        numeric: The numeric context columns (fewer than two: no products).
    """
    products = settings.nonlinear
    if not isinstance(products, PairwiseProducts) or products.columns != "numeric":
        return settings
    columns = tuple(numeric)
    resolved = products.model_copy(update={"columns": columns}) if len(columns) > 1 else None
    return settings.model_copy(update={"nonlinear": resolved})
