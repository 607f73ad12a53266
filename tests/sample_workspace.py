"""The sample workspace, built once per session and copied for each test that asks.

Importing the sample brand pack embeds every entry with the offline MiniLM model, which costs
seconds on a 2-core machine; dozens of tests start from exactly that workspace. The session
builds it once (SQLite and the embedded Chroma store, the pack loaded on 2026-11-01) and each
test gets its own ``shutil.copytree`` of the folder (milliseconds), so tests never share state.

A copy is only right for the embedded/SQLite layout: when ``NEXTBEST_DATABASE_URL`` or
``NEXTBEST_CHROMA_URL`` is set (a test on the Postgres or Chroma server backend), the
workspace's database or vectors live outside the folder, so :func:`sample_home` builds that
test's workspace from scratch on the backend it points at, as before.

Fixtures:
    sample_home_template: The session's built workspace folder (read-only: copy it).
    sample_home: ``sample_home(target)`` → a workspace at ``target`` with the sample pack.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from nextbest.brand_context.embedding import OfflineEmbeddingFunction
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace

LOADED_ON = datetime(2026, 11, 1, tzinfo=UTC)
"""The day the sample pack is loaded (so a run at 2026-11-24 is after it)."""
OUTSIDE_THE_FOLDER = ("NEXTBEST_DATABASE_URL", "NEXTBEST_CHROMA_URL")
"""Variables that move a workspace's database or vectors out of its folder."""


def build_sample_home(
    home: Path, embedding_function: OfflineEmbeddingFunction | None = None
) -> Path:
    """Create a workspace at ``home`` with the sample pack loaded on :data:`LOADED_ON`.

    Args:
        home: The workspace folder to create.
        embedding_function: The embedder for the brand store (a new offline one by default).

    Returns:
        ``home``.
    """
    workspace = Workspace(home)
    store = BrandStore(workspace, clock=lambda: LOADED_ON, embedding_function=embedding_function)
    store.import_pack(load_pack(sample_pack_path()), author="t", role="admin", reason="t")
    store.close()
    return workspace.home


def folder_holds_everything() -> bool:
    """Whether a workspace opened now keeps its database and vectors inside its folder."""
    return not any(os.environ.get(name, "").strip() for name in OUTSIDE_THE_FOLDER)


@pytest.fixture(scope="session")
def _sample_embedding_function() -> OfflineEmbeddingFunction:
    return OfflineEmbeddingFunction()


@pytest.fixture(scope="session")
def sample_home_template(
    tmp_path_factory: pytest.TempPathFactory,
    _sample_embedding_function: OfflineEmbeddingFunction,
) -> Path:
    """The sample workspace built once per session on SQLite and the embedded store."""
    with pytest.MonkeyPatch.context() as patch:
        for name in OUTSIDE_THE_FOLDER:
            patch.delenv(name, raising=False)
        home = tmp_path_factory.mktemp("sample-home") / "ws"
        return build_sample_home(home, _sample_embedding_function)


@pytest.fixture
def sample_home(request: pytest.FixtureRequest) -> Callable[[Path], Path]:
    """Factory: ``sample_home(target)`` → a workspace at ``target`` with the sample pack.

    A copy of :func:`sample_home_template` when the workspace keeps everything in its folder;
    otherwise built at ``target`` on the backend the environment names.
    """

    return lambda target: sample_home_at(request, target)


def sample_home_at(request: pytest.FixtureRequest, target: Path) -> Path:
    """A workspace at ``target`` with the sample pack, for fixtures of any scope.

    Args:
        request: The asking fixture's request (reaches the session's template and embedder).
        target: The workspace folder to create.

    Returns:
        ``target``: a copy of the session's template when the workspace keeps everything in its
        folder, else a workspace built there on the backend the environment names.
    """
    if not folder_holds_everything():
        embedder: OfflineEmbeddingFunction = request.getfixturevalue("_sample_embedding_function")
        return build_sample_home(target, embedder)
    template: Path = request.getfixturevalue("sample_home_template")
    return Path(shutil.copytree(template, target))
