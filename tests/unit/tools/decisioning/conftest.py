from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.models import BrandPack
from nextbest.tools.decisioning.actions import ActionSpace

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)  # 07:00 in Los Angeles, 10:00 in New York


@pytest.fixture(scope="session")
def lumen() -> BrandPack:
    return load_pack(sample_pack_path())


@pytest.fixture(scope="session")
def lumen_space(lumen: BrandPack) -> ActionSpace:
    return ActionSpace.from_pack(lumen)


@pytest.fixture(autouse=True, scope="session")
def _one_blas_thread() -> Iterator[None]:
    """The machines running CI have two cores; a BLAS thread pool per test process only
    oversubscribes them. threadpoolctl comes with the dev tools (via MABWiser's scikit-learn)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - the limit is an optimisation only
        yield
        return
    with threadpool_limits(limits=1, user_api="blas"):
        yield
