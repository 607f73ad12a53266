"""The tuning harness: cached streams replay exactly, and learned priors report what they pruned."""

from __future__ import annotations

from pathlib import Path

import pytest

from nextbest.evals import bandit_tuning
from nextbest.evals.simulator import MarketingSimulator


def test_cached_stream_replays_the_same_run(tmp_path: Path) -> None:
    sim = MarketingSimulator(0, variant="nonlinear")
    fresh = bandit_tuning.stream(sim, 3000, tmp_path)
    assert len(list(tmp_path.iterdir())) == 1
    cached = bandit_tuning.stream(sim, 3000, tmp_path)
    settings = bandit_tuning.CONFIGS["learned-priors"](sim)
    first = bandit_tuning.run(settings, sim, fresh)
    again = bandit_tuning.run(settings, sim, cached)
    assert first[:2] == again[:2]
    assert -1.0 < first[0] < 1.0


def test_main_prints_each_seed_and_the_mean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--rounds", "2000", "--seeds", "0", "--configs", "products-1step", "--cache"]
    assert bandit_tuning.main([*argv, str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("products-1step nonlinear seed=0 T=2,000 last20=")
    assert "pruned=" in out[0] and "σ²=" in out[0]
    assert out[1].startswith("products-1step nonlinear mean last20=")
