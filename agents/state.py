"""Typed state of the release graph: input, internal working state and output.

State stays JSON-like (TypedDicts of plain values) so that LangGraph's SQLite checkpoints load
cleanly in another process, e.g. when a human resumes an escalation.
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

Stage = Literal["llm", "composer", "fallback", "human"]
"""Who wrote the current draft: the LLM, the offline composer, the fallback template, a human."""

Outcome = Literal["released", "no_message", "rejected"]


class Draft(TypedDict, total=False):
    """Copy fields of a draft plus who wrote it."""

    subject: str | None
    body: str
    cta: str | None
    claim_ids: list[str]
    links: list[str]
    author: str  # model name, "composer", "fallback-template" or "human:<name>"
    creative: dict[str, Any] | None  # the writer's creative part the frame placed, if framed
    dropped: list[str]  # creative elements dropped after a rule fired twice


class Attempt(TypedDict):
    """One write → check round, kept for the release record."""

    stage: Stage
    author: str
    draft: Draft
    decision: str
    fired_rules: list[str]


class DecisionData(TypedDict, total=False):
    """A decision as the graph carries it (a batch may add keys).

    The JSON form of :class:`~nextbest.tools.decisioning.decision_log.DecisionRecord`.
    """

    decision_id: Required[str]
    action_id: Required[str]
    decided_at: str
    customer_id: str
    offer_id: str | None
    channel: str | None
    window: str | None
    propensity: float
    policy_name: str
    policy_version: int
    holdout: bool
    explored: bool
    cold_start: bool
    top_actions: list[dict[str, Any]]
    mask_reasons: dict[str, list[str]]
    mask_rules: dict[str, list[str]]
    features: list[float]
    goal_version: int | None


class BriefData(TypedDict, total=False):
    """The writing brief as the graph carries it.

    The JSON form of :class:`~nextbest.agents.brief.WritingBrief` (nodes that write validate it
    back into that model).
    """

    channel: Required[str]
    send_date: Required[str]
    brand_name: str
    legal_name: str
    postal_address: str
    sender: str | None
    landing_url: str
    unsubscribe_url: str
    voice: dict[str, Any]
    offer: dict[str, Any] | None
    claims: list[dict[str, Any]]
    required_elements: list[str]
    limits: dict[str, int]
    rules: list[str]
    pack_version: int | None
    pack_hash: str


class VerdictData(TypedDict, total=False):
    """A guardrail verdict as the graph carries it.

    The JSON form of :class:`~nextbest.tools.compliance.verdict.Verdict`.
    """

    decision: Required[Literal["pass", "warn", "block"]]
    violations: list[dict[str, Any]]
    rules_evaluated: list[str]
    pack_version: str | None
    pack_hash: str
    as_of: str
    elapsed_ms: float


class ReviewerData(TypedDict):
    """A human reviewer's answer to an escalation, as kept in the state and the record."""

    name: str
    action: Literal["approve", "edit", "reject"]
    note: str


class ReleaseInput(TypedDict, total=False):
    """What a caller gives the graph.

    Attributes:
        customer: One customer row (for a single message), or None for a batch cell.
        cell: For batch runs: the cell key and the action it stands for.
        decision: A decision already made (batch runs decide in bulk); when absent, the graph's
            decide node scores the customer itself.
        send_time: ISO datetime of the send (UTC when naive).
        run_id: The run this message belongs to, if any.
    """

    customer: dict[str, Any] | None
    cell: dict[str, Any] | None
    decision: DecisionData | None
    send_time: str
    run_id: str | None


class ReleaseOutput(TypedDict, total=False):
    """What the graph returns."""

    outcome: Outcome
    reason: str
    message: dict[str, Any] | None
    record_id: str | None
    decision: DecisionData | None


class ReleaseState(ReleaseInput, ReleaseOutput, total=False):
    """Everything the nodes read and write."""

    brief: BriefData
    draft: Draft
    stage: Stage
    attempts: int
    revision_prompt: str
    verdict: VerdictData
    checked_hash: str
    history: list[Attempt]
    writer_error: str | None
    reviewer: ReviewerData | None


def decision_of(state: ReleaseState) -> DecisionData:
    """The decision the graph is working on: every node after ``decide`` has one.

    Raises:
        KeyError: The state has no decision yet (only ``decide`` may run without one).
    """
    decision = state.get("decision")
    if not decision:
        raise KeyError("the release state has no decision yet (the decide node sets it)")
    return decision
