"""Bandit policies: one facade (:class:`Policy`), LinTS / LinUCB, disjoint / shared models."""

from nextbest.tools.decisioning.policies.base import Decisions, Policy
from nextbest.tools.decisioning.policies.champion import ChampionChallenger, ServedDecisions
from nextbest.tools.decisioning.policies.persistence import PolicyStore, load_policy, save_policy
from nextbest.tools.decisioning.policies.settings import ColdStart, LinTS, LinUCB, PolicySettings

__all__ = [
    "ChampionChallenger",
    "ColdStart",
    "Decisions",
    "LinTS",
    "LinUCB",
    "Policy",
    "PolicySettings",
    "PolicyStore",
    "ServedDecisions",
    "load_policy",
    "save_policy",
]
