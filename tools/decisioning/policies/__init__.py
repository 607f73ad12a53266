"""Bandit policies: one facade (:class:`Policy`), LinTS / LinUCB, shared / disjoint, Fourier."""

from nextbest.tools.decisioning.policies.base import Decisions, Policy, TopDecisions
from nextbest.tools.decisioning.policies.champion import ChampionChallenger, ServedDecisions
from nextbest.tools.decisioning.policies.persistence import PolicyStore, load_policy, save_policy
from nextbest.tools.decisioning.policies.settings import (
    ColdStart,
    LinTS,
    LinUCB,
    PolicySettings,
    RandomFourier,
)

__all__ = [
    "ChampionChallenger",
    "ColdStart",
    "Decisions",
    "LinTS",
    "LinUCB",
    "Policy",
    "PolicySettings",
    "PolicyStore",
    "RandomFourier",
    "ServedDecisions",
    "TopDecisions",
    "load_policy",
    "save_policy",
]
