from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import numpy as np
import pytest

from nextbest.tools.decisioning.policies import LinTS, LinUCB, Policy, PolicySettings, PolicyStore
from nextbest.tools.decisioning.policies.persistence import load_policy, save_policy

K = 8
FACTORS = [np.array([0, 0, 1, 1, 2, 2, 3, 4]), np.array([0, 1, 0, 1, 0, 1, 2, 2])]


def trained(learning: LinTS | LinUCB, model: str, name: str = "nba") -> Policy:
    rng = np.random.default_rng(0)
    settings = PolicySettings(name=name, learning=learning, model=model, refresh_growth=0.5)
    policy = Policy(settings, [f"a{i}" for i in range(K)], ["x", "y"], FACTORS)
    for _ in range(6):  # several updates, so the shared model sits between two refreshes
        X = rng.normal(size=(100, 2))
        d = policy.predict(X)
        policy.partial_fit(X, d.actions, X[:, 0] * (d.actions % 3), d.propensities)
    return policy


@pytest.mark.parametrize("model", ["shared", "disjoint"])
@pytest.mark.parametrize("learning", [LinTS(samples=8), LinUCB(alpha=0.7)])
def test_save_load_gives_identical_scores(
    tmp_path: Path, learning: LinTS | LinUCB, model: str
) -> None:
    policy = trained(learning, model)
    store = PolicyStore(tmp_path / "policies")
    version = store.save(policy)
    loaded = store.load("nba")
    assert loaded.version == version == 1
    assert loaded.settings == policy.settings and loaded.action_ids == policy.action_ids
    X = np.random.default_rng(9).normal(size=(50, 2))
    np.testing.assert_array_equal(loaded.expected_rewards(X), policy.expected_rewards(X))
    a, b = policy.predict(X), loaded.predict(X)  # the RNG state is saved too
    np.testing.assert_array_equal(a.actions, b.actions)
    np.testing.assert_array_equal(a.propensities, b.propensities)
    np.testing.assert_array_equal(a.expected, b.expected)


def test_versions_increment_and_latest_loads(tmp_path: Path) -> None:
    store = PolicyStore(tmp_path)
    policy = trained(LinTS(), "shared")
    assert store.save(policy) == 1
    X = np.zeros((4, 2))
    policy.partial_fit(X, np.zeros(4, dtype=int), np.full(4, 10.0))
    assert store.save(policy) == 2
    assert store.versions("nba") == [1, 2]
    assert (tmp_path / "nba-v2.npz").exists() and (tmp_path / "nba-v2.json").exists()
    first, latest = store.load("nba", 1), store.load("nba")
    assert latest.version == 2
    assert latest.expected_rewards(X)[0, 0] > first.expected_rewards(X)[0, 0]
    assert load_policy(tmp_path / "nba-v1.json").version == 1


def test_missing_policy_errors(tmp_path: Path) -> None:
    store = PolicyStore(tmp_path)
    with pytest.raises(FileNotFoundError, match="no saved policy"):
        store.load("nope")
    store.save(trained(LinUCB(), "disjoint", name="p"))
    with pytest.raises(FileNotFoundError, match="no version 3"):
        store.load("p", 3)


def test_default_home_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEXTBEST_HOME", str(tmp_path))
    assert PolicyStore().root == tmp_path / "policies"


def test_a_save_cut_short_leaves_the_saved_version_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process reading a version while it is written again never sees half a file."""
    policy = trained(LinUCB(alpha=0.7), "shared")
    stem = tmp_path / "policies" / "nba-v1"
    save_policy(policy, stem)
    before = (stem.with_suffix(".npz").read_bytes(), stem.with_suffix(".json").read_text())

    def cut_short(handle: BinaryIO, **arrays: object) -> None:
        handle.write(b"PK\x03\x04 half a zip")
        raise OSError("disk full")

    monkeypatch.setattr(np, "savez", cut_short)
    with pytest.raises(OSError, match="disk full"):
        save_policy(policy, stem)
    after = (stem.with_suffix(".npz").read_bytes(), stem.with_suffix(".json").read_text())
    assert after == before
    assert PolicyStore(tmp_path / "policies").versions("nba") == [1]
    load_policy(stem)  # still a whole zip
