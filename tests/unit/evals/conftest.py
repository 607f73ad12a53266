"""Shared fixtures for the evals tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="module")
def _one_blas_thread() -> Iterator[None]:
    """Two-core CI machines: a BLAS thread pool only oversubscribes them (dev tools ship
    threadpoolctl through MABWiser's scikit-learn)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - an optimisation only
        yield
        return
    with threadpool_limits(limits=1, user_api="blas"):
        yield
