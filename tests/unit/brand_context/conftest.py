from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest

from brand_context.embedding import OfflineEmbeddingFunction
from brand_context.ingest import load_pack, sample_pack_path
from brand_context.models import BrandPack
from brand_context.store import BrandStore


class StepClock:
    """A clock that advances one day per call, starting 2026-11-01."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(days=1)
        return self.now


@pytest.fixture(scope="session")
def embedding_function() -> OfflineEmbeddingFunction:
    return OfflineEmbeddingFunction()


@pytest.fixture(scope="session")
def sample_pack() -> BrandPack:
    return load_pack(sample_pack_path())


@pytest.fixture
def clock() -> StepClock:
    return StepClock()


@pytest.fixture
def make_store(tmp_path, embedding_function, clock) -> Iterator[Callable[..., BrandStore]]:
    stores: list[BrandStore] = []

    def _make(name: str = "ws") -> BrandStore:
        store = BrandStore(tmp_path / name, clock=clock, embedding_function=embedding_function)
        stores.append(store)
        return store

    yield _make
    for store in stores:
        store.close()


@pytest.fixture
def store(make_store, sample_pack) -> BrandStore:
    s = make_store()
    s.import_pack(sample_pack, author="ana", role="compliance", reason="initial load")
    return s
