"""The release record: what the release graph writes for every message outcome.

A record says what was decided (action, propensity, policy and version), what the writer was
given (brand pack version and content hash, the claims cited, a hash of the prompt templates),
who wrote the final copy (model name, ``composer``, ``fallback-template`` or a human), every
rule's verdict, how many attempts it took, who approved it if it was escalated, and when.
Where records are kept is the caller's: the graph writes to any :class:`ReleaseSink` it is
given through its context (the workspace's SQLite log in nextbest's own runs).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

RecordOutcome = Literal["released", "no_message", "rejected", "escalated"]


class ReleaseRecord(BaseModel):
    """The audit record of one message (or one batch cell).

    Attributes:
        record_id: Unique id of this record.
        decision_id: The decision it implements.
        run_id: The batch run, if any.
        customer_id: The recipient (None for a batch cell's template).
        cell: The cell key for batch runs.
        outcome: released, no_message, rejected or escalated.
        reason: Why, in one line.
        action: The chosen action id.
        propensity: Probability the policy chose that action.
        policy_name: The deciding policy.
        policy_version: Its version.
        pack_version: Brand pack version the copy was written and checked against.
        pack_hash: Brand pack content hash.
        send_date: The day the pack was read as of.
        channel: The channel.
        offer_id: The offer promoted.
        claims_cited: Claim ids in the released copy.
        message: The released copy (subject, body, cta, links, sender).
        verdict: The final verdict, every violation and the rules evaluated.
        author: Model name, ``composer``, ``fallback-template`` or ``human:<name>``.
        prompt_hash: Hash of the prompt or copy templates used.
        llm_mode: The structured-output mode the LLM writer used (``json_schema``,
            ``json_object`` or ``prompt_json``); None for the composer and templates.
        attempts: Write → check rounds, each with its author, decision and fired rules.
        approver: The human reviewer, when escalated.
        decided_at: When the decision was made.
        created_at: When this record was written.
    """

    model_config = ConfigDict(frozen=True)

    record_id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    decision_id: str | None = None
    run_id: str | None = None
    customer_id: str | None = None
    cell: str | None = None
    outcome: RecordOutcome
    reason: str = ""
    action: str | None = None
    propensity: float | None = None
    policy_name: str | None = None
    policy_version: str | None = None
    pack_version: int | None = None
    pack_hash: str | None = None
    send_date: str | None = None
    channel: str | None = None
    offer_id: str | None = None
    claims_cited: list[str] = Field(default_factory=list)
    message: dict[str, Any] | None = None
    verdict: dict[str, Any] | None = None
    author: str | None = None
    prompt_hash: str | None = None
    llm_mode: str | None = None
    attempts: list[dict[str, Any]] = Field(default_factory=list)
    approver: dict[str, Any] | None = None
    decided_at: str | None = None
    created_at: str = Field(default_factory=lambda: datetime.now(UTC).isoformat())


class ReleaseSink(Protocol):
    """Where the release graph writes its records (the workspace's release log, or any other)."""

    def add(self, record: ReleaseRecord) -> ReleaseRecord:
        """Store one record and return it as stored."""
        ...
