"""The decisions' two customers × actions tables are computed when read, as of the decision."""

from __future__ import annotations

import pickle

import numpy as np

from nextbest.tools.decisioning.policies import Policy, PolicySettings
from nextbest.tools.decisioning.policies.base import VoteShares, _blocked_scores
from nextbest.tools.decisioning.policies.decisions import Decisions
from nextbest.tools.decisioning.policies.ridge import SharedRidge

ARMS = ["tote", "mug", "poster", "none"]
FEATURES = ["tenure_years", "orders", "is_member"]


def _contexts(rng: np.random.Generator, n: int) -> np.ndarray:
    return np.column_stack(
        [rng.normal(size=n), rng.poisson(3, n).astype(float), rng.integers(0, 2, n).astype(float)]
    )


def _trained_pair(seed: int) -> tuple[Policy, Policy, np.random.Generator]:
    """Two identical policies trained on the same rows."""
    rng = np.random.default_rng(seed)
    policies = (Policy.from_arms(ARMS, FEATURES), Policy.from_arms(ARMS, FEATURES))
    for _ in range(3):
        X = _contexts(rng, 400)
        acts = rng.integers(0, len(ARMS), 400)
        rewards = X[:, 0] * (acts == 0) + 0.3 * (acts == 1)
        for policy in policies:
            policy.partial_fit(X, acts, rewards)
    return policies[0], policies[1], rng


def test_tables_read_after_more_learning_are_those_of_the_decision() -> None:
    first, second, rng = _trained_pair(7)
    X = _contexts(rng, 300)
    allowed = rng.random((300, len(ARMS))) < 0.7
    allowed[:, -1] = True
    at_once = first.predict(X, allowed.copy())
    expected_now, proba_now = at_once.expected.copy(), at_once.proba.copy()
    later = second.predict(X, allowed)
    blocked = ~allowed
    allowed[:] = True  # the caller reuses its mask: the decisions keep the one they were made with
    more = _contexts(rng, 2000)
    second.partial_fit(more, rng.integers(0, len(ARMS), 2000), more[:, 1])
    np.testing.assert_array_equal(later.actions, at_once.actions)
    np.testing.assert_array_equal(later.propensities, at_once.propensities)
    np.testing.assert_array_equal(later.expected, expected_now)
    np.testing.assert_array_equal(later.proba, proba_now)
    assert np.isneginf(later.expected[blocked]).all() and (later.proba[blocked] == 0).all()


def test_propensities_are_the_whole_distribution_read_at_the_chosen_actions() -> None:
    settings = PolicySettings(exploration_floor=0.05, seed=3)
    policy = Policy.from_arms(ARMS, FEATURES, settings)
    rng = np.random.default_rng(3)
    X = _contexts(rng, 500)
    policy.partial_fit(X, rng.integers(0, len(ARMS), 500), X[:, 0])
    allowed = rng.random((500, len(ARMS))) < 0.6
    allowed[:, -1] = True
    d = policy.predict(_contexts(rng, 500), allowed)
    rows = np.arange(500)
    assert d.explored.any() and (~d.explored).any()
    np.testing.assert_array_equal(d.propensities, d.proba[rows, d.actions])
    np.testing.assert_allclose(d.proba.sum(axis=1), 1.0)
    assert (d.proba[~allowed] == 0).all()


def test_tables_given_as_functions_are_computed_once() -> None:
    calls: list[str] = []

    def table() -> np.ndarray:
        calls.append("proba")
        return np.full((2, 3), 1 / 3)

    d = Decisions(
        actions=np.zeros(2, dtype=np.int64),
        propensities=np.full(2, 1 / 3),
        expected=np.zeros((2, 3)),
        explored=np.zeros(2, dtype=bool),
        cold=np.zeros(2, dtype=bool),
        proba=table,
        action_ids=("a", "b", "c"),
    )
    assert calls == []
    assert d.proba.shape == (2, 3) and d.proba is d.proba
    assert calls == ["proba"]
    assert list(d.chosen_ids) == ["a", "a"]


def test_decisions_with_unread_tables_survive_pickling() -> None:
    """Decisions cross process boundaries (a Ray run): unread tables travel as their inputs."""
    first, _, rng = _trained_pair(11)
    X = _contexts(rng, 50)
    d = first.predict(X)
    copy = pickle.loads(pickle.dumps(d))
    np.testing.assert_array_equal(copy.expected, d.expected)
    np.testing.assert_array_equal(copy.proba, d.proba)
    np.testing.assert_array_equal(copy.actions, d.actions)


def test_vote_shares_read_at_a_few_entries_equal_the_whole_table() -> None:
    rng = np.random.default_rng(5)
    votes = rng.integers(0, 6, (40, 8))
    shares = VoteShares(votes, 6)
    table = shares()
    assert np.allclose(table.sum(axis=1), 1.0)
    rows, actions = rng.integers(0, 40, 25), rng.integers(0, 6, 25)
    assert np.array_equal(shares.at(rows, actions), table[rows, actions])


def test_means_of_read_only_rows_wait_for_the_read_and_writable_rows_do_not() -> None:
    first, second, rng = _trained_pair(9)
    X = _contexts(rng, 50)
    X1 = first._design(X)  # the policy's design rows: read-only
    assert not X1.flags.writeable
    model = first.model
    assert isinstance(model, SharedRidge)
    writable = X1.copy()
    later, now = model.mean_scores_later(X1), model.mean_scores_later(writable)
    want = model.mean_scores(X1)
    writable[:] = 0.0  # changed after the call: its means were taken at the call
    first.partial_fit(X, rng.integers(0, len(ARMS), 50), rng.normal(size=50))
    assert np.array_equal(later(), want)
    assert np.array_equal(now(), want)


def test_a_read_only_view_of_writable_rows_is_scored_at_once() -> None:
    first, _, rng = _trained_pair(10)
    rows = first._design(_contexts(rng, 30)).copy()
    view = rows.view()
    view.flags.writeable = False
    model = first.model
    assert isinstance(model, SharedRidge)
    later = model.mean_scores_later(view)
    want = model.mean_scores(rows)
    rows[:] = 0.0  # written through the array the view shows
    assert np.array_equal(later(), want)


def test_blocked_scores_are_zero_where_allowed_and_minus_infinity_where_blocked() -> None:
    rng = np.random.default_rng(6)
    allowed = rng.random((30, 7)) < 0.4
    got = _blocked_scores(allowed)
    want = np.where(allowed, np.float32(0.0), np.float32(-np.inf))
    assert got.dtype == np.float32 and got.shape == allowed.shape
    assert np.array_equal(got, want)
    assert not np.signbit(got[allowed]).any()  # +0.0, as np.where gives
    assert np.array_equal(_blocked_scores(allowed[:, ::2]), want[:, ::2])  # a strided view
