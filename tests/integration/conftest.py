from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.sample_customers import write_customers


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A workspace whose sample pack was loaded on 2026-11-01 (so --now 2026-11-24 is after it)."""
    workspace = Workspace(tmp_path / "ws")
    store = BrandStore(workspace, clock=lambda: datetime(2026, 11, 1, tzinfo=UTC))
    store.import_pack(load_pack(sample_pack_path()), author="t", role="admin", reason="t")
    store.close()
    return workspace.home


@pytest.fixture
def customers(tmp_path: Path) -> Path:
    """400 generated customers (seed 7) in a CSV file."""
    return write_customers(tmp_path / "customers.csv", 400)
