from __future__ import annotations

import numpy as np

from nextbest.tools.decisioning.actions import ActionSpace
from nextbest.tools.decisioning.value import Outcomes, ValueModel, ValueWeights


def test_reward_formula(lumen_space: ActionSpace) -> None:
    w = ValueWeights(
        conversion_weight=2.0,
        send_cost={"email": 0.1, "sms": 0.5, "push": 0.0},
        unsubscribe_penalty=10.0,
        complaint_penalty=30.0,
        complaint_weight=0.5,
        organic_order_value=40.0,
        organic_margin=0.5,
    )
    vm = ValueModel(lumen_space, w)
    sms = lumen_space.index("off-winback-20:sms:morning")  # unit 55, margin 0.58
    actions = np.array([sms, sms, 0, 0])
    out = Outcomes(
        converted=np.array([1, 0, 1, 0]),
        unsubscribed=np.array([0, 1, 0, 1]),
        complained=np.array([0, 1, 0, 0]),
        order_value=np.array([100.0, np.nan, np.nan, np.nan]),
    )
    r = vm.reward(actions, out)
    np.testing.assert_allclose(r, [2 * 100 * 0.58 - 0.5, -0.5 - 10 - 0.5 * 30, 2 * 40 * 0.5, 0.0])


def test_components_sum_and_learn_from_outcomes(lumen_space: ActionSpace) -> None:
    vm = ValueModel(lumen_space)
    email = lumen_space.index("off-refill-bogo:email:morning")
    before = vm.components()
    parts = ["conversion_value", "send_cost", "unsubscribe_cost", "complaint_cost"]
    np.testing.assert_allclose(sum(before[p] for p in parts), before["expected_value"])
    n = 500
    vm.observe(
        np.full(n, email),
        Outcomes(np.ones(n), np.zeros(n), np.zeros(n)),
    )
    after = vm.components()
    assert after["conversion_rate"][email] > 0.9
    assert after["expected_value"][email] > before["expected_value"][email]
    assert after["expected_value"][0] == before["expected_value"][0]
    assert vm.prior_scores(3).shape == (3, len(lumen_space))
