"""Response models of the JSON API (``/api/...``), so that ``/api/docs`` shows what comes back.

The routes still build their bodies as they did; these models describe them, and FastAPI checks
each body against its model on the way out, so a field added to a record without its model
fails the tests instead of reaching clients undocumented. Timestamps are declared as ``str``
because the routes already render them to ISO 8601 text (re-parsing them into ``datetime``
would change how they are written). Bodies a route returns as a ``JSONResponse`` (the brand
search and diff, the proposal operations, every hand-built error) bypass that check: their
models are held to them by ``tests/unit/app/web/test_api_models.py``; errors are documented
through ``responses=``.

Attributes:
    BRAND_KINDS: The brand entry kinds, for the ``kind`` parameters' schema.
    KIND_ENUM: ``json_schema_extra`` listing them: the schema shows the allowed values while the
        route keeps answering 404 (not FastAPI's 422) for another kind, as it always has.
    UNMODELLED_ROUTES: ``/api`` routes that return no JSON model (a file, a stream, a page or
        the OpenAPI document itself), each with why; every other ``/api`` route declares one.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

BRAND_KINDS: tuple[str, ...] = ("claim", "offer", "rule", "product", "statement", "voice", "brand")
KIND_ENUM: dict[str, Any] = {"enum": list(BRAND_KINDS)}
UNMODELLED_ROUTES: dict[str, str] = {
    "/api/openapi.json": "the OpenAPI document itself",
    "/api/docs": "an HTML page rendered from the OpenAPI document",
}


class ApiModel(BaseModel):
    """Base of the response models: exactly the fields declared."""

    model_config = ConfigDict(extra="forbid")


class ErrorOut(ApiModel):
    """An error: ``detail`` says what went wrong."""

    detail: Any = Field(..., description="Why the request was refused.")


class ProposalErrorOut(ApiModel):
    """A refused proposal operation (``problems`` on 422, ``reason: stale`` on 409)."""

    detail: str
    problems: list[dict[str, Any]] | None = Field(
        None, description="Each problem with its field path inside the entry (422 only)."
    )
    reason: str | None = Field(None, description="``stale`` when the target changed meanwhile.")


# -- account, users, audit --------------------------------------------------------------------


class MeOut(ApiModel):
    """The authenticated user."""

    name: str
    role: str = Field(..., description="viewer, marketer, compliance or admin.")
    via: str = Field(..., description="How the user authenticated (session or token).")
    csrf_token: str | None = Field(..., description="With a browser session, its CSRF token.")


class TokenOut(ApiModel):
    """An API token's record (never its secret)."""

    token_id: int
    label: str
    created_at: str
    last_used_at: str | None
    revoked_at: str | None
    active: bool


class UserOut(ApiModel):
    """A user (never the password hash)."""

    name: str
    role: str
    disabled: bool
    created_at: str


class AuditEntryOut(ApiModel):
    """One line of the audit log."""

    entry_id: int
    at: str = Field(..., description="When it happened (UTC, ISO 8601).")
    actor: str = Field(..., description="The user (or ``chat:<id>``, ``cli:<name>``).")
    action: str = Field(..., description="What happened, e.g. ``proposal.approve``.")
    target: str = Field(..., description="What it concerns, e.g. ``proposal:12``.")
    reason: str
    outcome: str = Field(..., description="ok or refused.")
    details: dict[str, Any]


class AuditPageOut(ApiModel):
    """A page of audit entries, newest first."""

    entries: list[AuditEntryOut]
    next_offset: int | None = Field(..., description="Offset of the next page; null at the end.")


# -- brand ------------------------------------------------------------------------------------


class VersionOut(ApiModel):
    """One immutable pack version."""

    version: int
    created_at: str
    author: str
    role: str
    action: str
    reason: str
    content_hash: str


class RevisionOut(ApiModel):
    """One stored revision of an entry and the versions it was in force (``version_to`` open)."""

    kind: str
    id: str
    version_from: int
    version_to: int | None
    data: dict[str, Any] | None
    change: VersionOut


class SearchHitOut(ApiModel):
    """One semantic search hit."""

    kind: str
    id: str
    score: float
    text: str
    version_from: int
    data: dict[str, Any]


class SearchOut(ApiModel):
    """Semantic search hits, best first."""

    query: str
    hits: list[SearchHitOut]


class BrandEntryOut(ApiModel):
    """One entry of a pack version."""

    kind: str
    id: str
    data: dict[str, Any]


class BrandEntriesOut(ApiModel):
    """The entries of a pack version."""

    version: int
    entries: list[BrandEntryOut]


class BrandEntryHistoryOut(ApiModel):
    """One entry's current data and every revision, oldest first."""

    kind: str
    id: str
    data: dict[str, Any] | None = Field(..., description="Its data now; null when retired.")
    revisions: list[RevisionOut]


class BrandDiffOut(ApiModel):
    """What changed between two pack versions, entry by entry and field by field."""

    v1: int
    v2: int
    changes: list[dict[str, Any]]


# -- chat ---------------------------------------------------------------------------------------


class ConversationOut(ApiModel):
    """One conversation as listed."""

    conversation_id: str
    owner: str = Field(..., description="Who started it; the only user who may write in it.")
    started_at: str
    updated_at: str
    title: str
    last_message: str
    message_count: int
    pending_by: str | None = Field(..., description="Author of a goal change awaiting approval.")


class ConversationsOut(ApiModel):
    """My conversations and those with a goal change awaiting approval."""

    mine: list[ConversationOut]
    awaiting_approval: list[ConversationOut]


class ChatTurnOut(ApiModel):
    """A turn: the conversation, the new messages and any pending goal change."""

    conversation: ConversationOut
    messages: list[Any]
    pending: dict[str, Any] | None


class ChatDecisionOut(ChatTurnOut):
    """A decided goal change; ``goal_version`` is the version an approval created."""

    goal_version: int | None = Field(..., description="The goal version an approval created.")


class ConversationDetailOut(ApiModel):
    """A conversation with every message, its mode and what the caller may do."""

    conversation: ConversationOut
    mode: str
    messages: list[Any]
    pending: dict[str, Any] | None
    may_write: bool
    may_approve: bool


# -- decisions, review, runs, proposals ---------------------------------------------------------


class RuleVerdictOut(ApiModel):
    """One rule's verdict on a release record's copy."""

    rule_id: str
    status: str
    violations: list[Any]


class DecisionOut(ApiModel):
    """A decision explained: the logged decision, its records, rules, versions and outcomes."""

    decision: dict[str, Any] | None = Field(
        ..., description="The logged decision (scores, mask reasons); null when only records exist."
    )
    records: list[dict[str, Any]] = Field(..., description="Its release records, oldest first.")
    cell_records: list[dict[str, Any]] = Field(
        ..., description="For a batch run, the records of the cell whose copy it used."
    )
    performance: dict[str, Any] = Field(..., description="Outcome events and what was learned.")
    versions: dict[str, Any] = Field(..., description="Policy and brand pack versions.")
    copy_: dict[str, Any] | None = Field(
        ..., alias="copy", description="The released message, if one was released."
    )
    rules: dict[str, list[RuleVerdictOut]] = Field(
        ..., description="Release record id → every rule's verdict on its copy."
    )

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)


class DecisionSummaryOut(ApiModel):
    """One line of a customer's decision history."""

    decision_id: str
    decided_at: str
    action_id: str = Field(..., description="What was chosen (``no_message`` included).")
    propensity: float | None
    holdout: bool
    run_id: str | None
    outcome: str | None = Field(..., description="The latest release record's outcome.")


class CustomerDecisionsOut(ApiModel):
    """A customer's decisions, newest first, each with its latest outcome."""

    customer_id: str
    decisions: list[DecisionSummaryOut]


class HighlightOut(ApiModel):
    """A segment of a copy field and the violations that cover it (none: plain text)."""

    text: str
    violations: list[Any]


class ReviewItemOut(ApiModel):
    """An escalation waiting for a human, with its verdicts and violation spans."""

    decision_id: str = Field(..., description="A decision id, or ``RUN:CELL`` for a batch cell.")
    action: str
    escalated_at: str
    run_id: str | None
    customer_id: str | None
    cell: str | None
    draft: dict[str, Any]
    message: dict[str, Any] = Field(..., description="The message as checked (slots filled).")
    verdict: dict[str, Any]
    history: list[dict[str, Any]] = Field(..., description="Every write → check attempt.")
    judge_only: bool
    highlights: dict[str, list[HighlightOut]] = Field(
        ..., description="Copy field → its segments, violations marked."
    )


class ReviewResultOut(ApiModel):
    """The outcome of a reviewer's answer: released, rejected or escalated again."""

    decision_id: str
    action: str
    outcome: str = Field(..., description="released, rejected or escalated.")
    reason: str
    record_id: str | None
    escalation: ReviewItemOut | None = Field(..., description="The new escalation, if any.")


class RunProgressOut(ApiModel):
    """How far a run has come."""

    stage: str
    decided: int
    cells_done: int
    cells_escalated: int
    released: int


class RunOut(ApiModel):
    """A run: status, progress and counts."""

    run_id: str
    created_at: str
    now: str = Field(..., description="Its decision time.")
    source: str = Field(..., description="Where the customers came from (credentials masked).")
    status: str = Field(..., description="started, finished or waiting for review.")
    summary: dict[str, Any] | None
    progress: RunProgressOut
    goal: dict[str, Any] | None
    has_report: bool
    has_rejects: bool
    counts: dict[str, int]
    running: bool


class RunsOut(ApiModel):
    """A page of runs, newest first."""

    runs: list[RunOut]
    next_offset: int | None


class RunDetailOut(RunOut):
    """One run with links to its report and rejects file."""

    report_url: str | None
    rejects_url: str | None


class ProposalOut(ApiModel):
    """A proposal, with its title and why it is stale (null when it is not)."""

    id: int
    kind: str = Field(..., description="claim, offer, rule, voice, brand, pack or goal.")
    action: str = Field(..., description="add, edit, retire, rollback or set.")
    target: str
    payload: dict[str, Any]
    diff: list[dict[str, Any]] = Field(..., description="Field-level changes when proposed.")
    base_version: int | None
    base: dict[str, Any] | None
    maker: str
    maker_role: str
    created_at: str
    reason: str
    status: str = Field(
        ..., description="pending, applying, approved, rejected, withdrawn or failed."
    )
    checker: str | None
    checker_role: str | None
    decided_at: str | None
    decision_reason: str | None
    applied_version: int | None
    impact: dict[str, Any] | None = Field(..., description="Rules: the messages it would block.")
    title: str
    stale: str | None


class ProposalsOut(ApiModel):
    """A page of proposals, pending first."""

    proposals: list[ProposalOut]
    next_offset: int | None


PROPOSAL_ERRORS: dict[int | str, dict[str, Any]] = {
    403: {"model": ProposalErrorOut, "description": "Refused (e.g. one's own proposal)."},
    404: {"model": ProposalErrorOut, "description": "No such proposal."},
    409: {"model": ProposalErrorOut, "description": "Stale, decided meanwhile, or failed."},
    422: {"model": ProposalErrorOut, "description": "Invalid; each problem with its field path."},
}
"""The error responses of the proposal operations (see ``proposal_desk.error_status``)."""
