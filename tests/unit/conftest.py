from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from nextbest.agents.composer import Composer
from nextbest.agents.context import ReleaseContext
from nextbest.app.workspace.records import ReleaseLog
from nextbest.brand_context.embedding import OfflineEmbeddingFunction
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.models import BrandPack
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.outbox import JsonlOutbox

SEND_TIME = "2026-11-24T18:00:00+00:00"  # 10:00 in Los Angeles


@pytest.fixture(scope="session")
def embedding_function(
    _sample_embedding_function: OfflineEmbeddingFunction,
) -> OfflineEmbeddingFunction:
    """The offline embedder, one per session (the sample workspace's)."""
    return _sample_embedding_function


@pytest.fixture
def workspace(tmp_path: Path, sample_home: Callable[[Path], Path]) -> Workspace:
    """The sample pack loaded on 2026-11-01 (a copy of ``tests/sample_workspace``'s)."""
    return Workspace(sample_home(tmp_path / "ws"))


@pytest.fixture
def make_context(workspace: Workspace, embedding_function):
    opened: list = []

    def _make(**overrides) -> ReleaseContext:
        store = BrandStore(workspace, embedding_function=embedding_function)
        records = ReleaseLog(workspace)
        opened.extend([store, records])
        values = dict(
            store=store,
            writer=Composer(),
            records=records,
            outbox=JsonlOutbox(workspace.home / "outbox.jsonl"),
        )
        values.update(overrides)
        return ReleaseContext(**values)

    yield _make
    for item in opened:
        item.close()


def decision(offer_id: str, channel: str, decision_id: str = "d-1", **extra) -> dict:
    return {
        "decision_id": decision_id,
        "customer_id": extra.pop("customer_id", "c-1"),
        "action_id": f"{offer_id}:{channel}:morning" if offer_id else "no_message",
        "offer_id": offer_id,
        "channel": channel,
        "window": "morning",
        "propensity": 0.4,
        "policy_name": "test",
        "policy_version": 1,
        "holdout": False,
        **extra,
    }


CUSTOMER = {
    "customer_id": "c-1",
    "first_name": "Ana",
    "time_zone": "America/Los_Angeles",
    "consent_email": "opt_in",
    "consent_sms": "express_written",
    "consent_push": "opt_in",
    "locale": "en-US",
}


# -- the brand store (shared by brand_context and the kb command's tests) --


class StepClock:
    """A clock that advances one day per call, starting 2026-11-01."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(days=1)
        return self.now


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
