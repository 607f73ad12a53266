"""The ground-truth outcome model of the sample customers."""

from __future__ import annotations

import numpy as np

from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.evals.sample_outcomes import SampleOutcomeModel, customer_columns
from nextbest.tools.decisioning.value import ValueWeights
from nextbest.tools.sample_customers import COLUMNS, generate_customers


def _rows(n: int) -> list[dict]:
    columns = generate_customers(n, seed=11)
    return [{c: columns[c][i] for c in COLUMNS} for i in range(n)]


def test_messages_add_to_organic_conversion_and_only_messages_cause_unsubscribes() -> None:
    model = SampleOutcomeModel(load_pack(sample_pack_path()))
    c = customer_columns(_rows(2000))
    n = len(c["age"])
    nothing = model.probabilities(c, [None] * n, [None] * n, [None] * n)
    email = model.probabilities(c, ["off-free-shipping"] * n, ["email"] * n, ["morning"] * n)
    assert np.allclose(nothing.conversion, nothing.organic)
    assert (nothing.unsubscribe == 0).all() and (nothing.send_cost == 0).all()
    assert (email.conversion > email.organic).all()
    assert (email.unsubscribe > 0).all()
    assert 0.02 < nothing.organic.mean() < 0.2


def test_the_best_action_depends_on_the_customer() -> None:
    pack = load_pack(sample_pack_path())
    model = SampleOutcomeModel(pack)
    c = customer_columns(_rows(2000))
    n = len(c["age"])
    options = [(None, None, None)] + [
        (offer, channel, window)
        for offer in ("off-winback-20", "off-night-renew-10", "off-double-points")
        for channel in ("email", "sms", "push")
        for window in ("morning", "evening", "night")
    ]
    values = np.stack(
        [
            model.probabilities(c, [o] * n, [ch] * n, [w] * n).expected_reward(ValueWeights())
            for o, ch, w in options
        ],
        axis=1,
    )
    best = values.argmax(axis=1)
    assert len(np.unique(best)) >= 4  # no single action is best for everyone
    # win-back works for long-lapsed customers, not for recent buyers
    lapsed = c["days_since_last_purchase"] > 200
    recent = c["days_since_last_purchase"] < 30
    winback = model.probabilities(c, ["off-winback-20"] * n, ["email"] * n, ["morning"] * n)
    lift = winback.conversion - winback.organic
    assert lift[lapsed].mean() > 2 * lift[recent].mean()


def test_draws_are_seeded_and_match_the_probabilities() -> None:
    model = SampleOutcomeModel(load_pack(sample_pack_path()))
    c = customer_columns(_rows(5000))
    n = len(c["age"])
    p = model.probabilities(c, ["off-gift-balm"] * n, ["push"] * n, ["evening"] * n)
    first = model.draw(p, np.random.default_rng(4))
    again = model.draw(p, np.random.default_rng(4))
    assert all(np.array_equal(first[k], again[k], equal_nan=True) for k in first)
    assert abs(first["converted"].mean() - p.conversion.mean()) < 0.02
    assert np.isnan(first["order_value"][~first["converted"]]).all()
    assert (first["order_value"][first["converted"]] > 0).all()
