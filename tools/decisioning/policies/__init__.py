"""Bandit policies: one facade (:class:`Policy`); LinTS / LinUCB; shared / disjoint; extra features.

Extra non-linear features (random Fourier features, pairwise products) and block-wise priors
learned from the data (empirical Bayes) are opt-in settings.
"""

from nextbest.tools.decisioning.policies.base import Policy
from nextbest.tools.decisioning.policies.champion import ChampionChallenger, ServedDecisions
from nextbest.tools.decisioning.policies.decisions import Decisions, TopDecisions
from nextbest.tools.decisioning.policies.persistence import PolicyStore, load_policy, save_policy
from nextbest.tools.decisioning.policies.settings import (
    ColdStart,
    EmpiricalBayes,
    LinTS,
    LinUCB,
    PairwiseProducts,
    PolicySettings,
    RandomFourier,
)

__all__ = [
    "ChampionChallenger",
    "ColdStart",
    "Decisions",
    "EmpiricalBayes",
    "LinTS",
    "LinUCB",
    "PairwiseProducts",
    "Policy",
    "PolicySettings",
    "PolicyStore",
    "RandomFourier",
    "ServedDecisions",
    "TopDecisions",
    "load_policy",
    "save_policy",
]
