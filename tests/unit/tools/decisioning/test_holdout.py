from __future__ import annotations

import numpy as np

from nextbest.tools.decisioning.holdout import Holdout


def test_holdout_is_sticky_across_instances_and_order() -> None:
    ids = [f"cust-{i}" for i in range(5000)]
    a = Holdout(share=0.1, salt="s1").is_held_out(ids)
    b = Holdout(share=0.1, salt="s1").is_held_out(list(reversed(ids)))[::-1]
    np.testing.assert_array_equal(a, b)


def test_holdout_share_within_one_point() -> None:
    ids = [f"c{i}" for i in range(100_000)]
    for share in (0.05, 0.1, 0.25):
        got = Holdout(share=share, salt="run").is_held_out(ids).mean()
        assert abs(got - share) <= 0.01


def test_new_salt_draws_a_new_group_and_groups_nest() -> None:
    ids = [f"c{i}" for i in range(20_000)]
    a = Holdout(share=0.1, salt="a").is_held_out(ids)
    b = Holdout(share=0.1, salt="b").is_held_out(ids)
    assert 0.005 < (a & b).mean() < 0.02  # independent: about 1 %
    small = Holdout(share=0.05, salt="a").is_held_out(ids)
    assert not (small & ~a).any()  # raising the share only adds customers
