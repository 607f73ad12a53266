from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from nextbest.tools.sample_customers import write_customers


@pytest.fixture
def home(tmp_path: Path, sample_home: Callable[[Path], Path]) -> Path:
    """A workspace whose sample pack was loaded on 2026-11-01 (so --now 2026-11-24 is after it).

    A copy of the session's sample workspace (``tests/sample_workspace.py``), or built on the
    Postgres / Chroma server backend when a fixture requested before this one points there.
    """
    return sample_home(tmp_path / "ws")


@pytest.fixture
def customers(tmp_path: Path) -> Path:
    """400 generated customers (seed 7) in a CSV file."""
    return write_customers(tmp_path / "customers.csv", 400)
