"""Fixtures for the rule engine tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from compliance_helpers import DAY, NOON_UTC

from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict

Checker = Callable[..., Verdict]


@pytest.fixture
def check() -> Callable[..., Verdict]:
    """``check(pack, channel=..., body=..., **fields)`` → verdict as of the test day."""

    def run(pack: BrandPack, *, as_of: date = DAY, **fields: Any) -> Verdict:
        fields.setdefault("send_time", NOON_UTC)
        return RuleEngine(pack).check(Message(**fields), as_of=as_of)

    return run


@pytest.fixture(scope="session")
def sample_pack() -> BrandPack:
    """The bundled sample brand (Lumen Botanics)."""
    return load_pack(sample_pack_path())


@pytest.fixture(scope="session")
def sample_engine(sample_pack: BrandPack) -> RuleEngine:
    """One engine over the sample brand, shared by the tests."""
    return RuleEngine(sample_pack)
