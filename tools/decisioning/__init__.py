"""Decisioning: which offer, on which channel, in which send window — or nothing at all.

Entry point for batch runs::

    from nextbest.tools.decisioning import DecisionEngine, FeatureSpec, PolicySettings, RunConfig

    engine = DecisionEngine.create(pack, feature_spec, PolicySettings(name="nba"), RunConfig())
    records = engine.decide(customers, now)          # -> list[DecisionRecord], input order
    engine.learn(records, outcomes)                  # outcomes: value.Outcomes, same order

``DecisionEngine(pack, features, policy, config=None, value_model=None)`` takes a
:class:`~nextbest.brand_context.models.BrandPack`, a :class:`FeatureSpec`, a :class:`Policy` (or a
:class:`ChampionChallenger`) and a :class:`RunConfig`.
``decide(customers, now, *, history=None, suppression=(), explain=False)``:

- ``customers``: a list of row dicts or a column mapping (e.g. DuckDB ``fetchnumpy()``) with
  ``customer_id``; ``time_zone`` (IANA; unknown or missing blocks SMS); ``consent_email``,
  ``consent_sms``, ``consent_push`` (missing means no consent); optional ``suppressed``, the
  per-channel ``unsubscribed_*`` / ``complained_*`` roles of the customer schema (and any
  cool-down fields the contact config names); the attributes named by the pack's offer
  eligibility conditions; and every column of the feature spec.
- ``now``: the decision time (aware datetime; naive is UTC). The send date is ``now`` in the
  brand's default time zone; offers not valid that day are blocked.
- ``history``: a :class:`SendHistory` of past sends for frequency caps.

Every record (:class:`DecisionRecord`) has a decision id, the action (``no_message`` or
``<offer>:<channel>:<window>``), its propensity in (0, 1], the top allowed actions with expected
reward and probability (plus value components and top features when ``explain=True``), mask
reasons (reason code → blocked action ids), policy name and version, the holdout flag and the
encoded context. Holdout customers (sticky salted hash) always get ``no_message`` with propensity 1.

Modules: ``actions`` (action space), ``batch`` (customers as columns), ``features`` (feature
spec), ``contact_policy`` (mask and reason codes), ``holdout``, ``value`` (reward and expected
value), ``decision_log`` (record model), ``engine``, and ``policies/`` (facade, LinTS, LinUCB,
disjoint/shared ridge models, champion–challenger, persistence).
"""

from nextbest.tools.decisioning.actions import (
    DEFAULT_WINDOWS,
    NO_MESSAGE,
    Action,
    ActionSpace,
    SendWindow,
)
from nextbest.tools.decisioning.batch import BatchError, CustomerBatch
from nextbest.tools.decisioning.contact_policy import (
    ContactPolicy,
    ContactPolicyConfig,
    FrequencyCap,
    Mask,
    Reason,
)
from nextbest.tools.decisioning.decision_log import DecisionRecord, ScoredAction, build_record
from nextbest.tools.decisioning.engine import DecisionEngine, RunConfig
from nextbest.tools.decisioning.features import (
    BooleanFeature,
    CategoricalFeature,
    FeatureError,
    FeatureSpec,
    NumericFeature,
)
from nextbest.tools.decisioning.holdout import Holdout
from nextbest.tools.decisioning.policies import (
    ChampionChallenger,
    ColdStart,
    Decisions,
    LinTS,
    LinUCB,
    Policy,
    PolicySettings,
    PolicyStore,
)
from nextbest.tools.decisioning.send_history import SendHistory
from nextbest.tools.decisioning.value import Outcomes, ValueModel, ValueWeights

__all__ = [
    "DEFAULT_WINDOWS",
    "NO_MESSAGE",
    "Action",
    "ActionSpace",
    "BatchError",
    "BooleanFeature",
    "CategoricalFeature",
    "ChampionChallenger",
    "ColdStart",
    "ContactPolicy",
    "ContactPolicyConfig",
    "CustomerBatch",
    "DecisionEngine",
    "DecisionRecord",
    "Decisions",
    "FeatureError",
    "FeatureSpec",
    "FrequencyCap",
    "Holdout",
    "LinTS",
    "LinUCB",
    "Mask",
    "NumericFeature",
    "Outcomes",
    "Policy",
    "PolicySettings",
    "PolicyStore",
    "Reason",
    "RunConfig",
    "ScoredAction",
    "SendHistory",
    "SendWindow",
    "ValueModel",
    "ValueWeights",
    "build_record",
]
