"""The README's five-minute section for data scientists runs as printed."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import numpy as np
import pytest

README = Path(__file__).resolve().parents[4] / "README.md"


def _snippet(marker: str) -> str:
    text = README.read_text()
    found = re.search(rf"<!-- quickstart:{marker} -->\n```python\n(.*?)```", text, re.S)
    assert found, f"README has no quickstart:{marker} block"
    return found.group(1)


def test_readme_nextbest_quickstart_runs_and_learns(capsys: pytest.CaptureFixture[str]) -> None:
    namespace: dict[str, object] = {}
    exec(compile(_snippet("nextbest"), "README quickstart", "exec"), namespace)  # noqa: S102
    policy, top, X = namespace["policy"], namespace["top"], namespace["X"]
    assert top.top_actions.shape == (100_000, 2)  # type: ignore[attr-defined]
    assert "(100000, 2)" in capsys.readouterr().out

    # It learned: SMS pays 4 when recency > 0, everything else 1.
    probe = np.array([[1.0, 0.0], [-1.0, 0.0]])
    mean = policy.expected_rewards(probe)  # type: ignore[attr-defined]
    sms = policy.action_ids.index("winback-sms")  # type: ignore[attr-defined]
    assert mean[0].argmax() == sms and mean[1].argmax() != sms
    assert X.shape == (500, 2)  # type: ignore[attr-defined]


@pytest.mark.skipif(importlib.util.find_spec("mabwiser") is None, reason="dev extra")
def test_readme_mabwiser_equivalent_runs() -> None:
    namespace: dict[str, object] = {}
    exec(compile(_snippet("mabwiser"), "README MABWiser", "exec"), namespace)  # noqa: S102
    assert namespace["chosen"].shape == (500,)  # type: ignore[attr-defined]
