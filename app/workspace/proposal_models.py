"""What a maker–checker proposal is: its kinds, status, errors, actor and recorded changes.

The records :class:`~nextbest.app.workspace.proposals.Proposals` keeps and returns; the web
workspace and ``nextbest proposals`` read them. The rules that decide on them live in
:mod:`nextbest.app.workspace.proposals`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from nextbest.brand_context.field_diff import FieldChange
from nextbest.brand_context.ingest import FieldProblem
from nextbest.brand_context.roles import Role

ENTRY_KINDS: tuple[str, ...] = ("claim", "offer", "rule", "product", "statement", "voice", "brand")
"""Kinds of brand pack entry a proposal may change."""

SINGLETONS: tuple[str, ...] = ("voice", "brand")
"""Entries that exist once per pack: they are edited, never added or retired."""

ENTRY_ACTIONS: tuple[str, ...] = ("add", "edit", "retire")

PROPOSAL_KINDS: dict[str, tuple[str, ...]] = {
    **{kind: ("edit",) if kind in SINGLETONS else ENTRY_ACTIONS for kind in ENTRY_KINDS},
    "pack": ("rollback",),
    "goal": ("set",),
    "limits": ("set",),
}
"""Every kind of proposal and the actions it supports."""

IMPACT_LIST_LIMIT = 200
"""At most this many newly blocked messages are kept with a rule proposal (the count is exact)."""


class ProposalStatus(StrEnum):
    """Where a proposal is in its life."""

    PENDING = "pending"
    APPLYING = "applying"
    """Approved and being applied (a moment; left only if the process died meanwhile)."""
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    FAILED = "failed"
    """Approved, but the store refused the change (the reason says why)."""


class ProposalError(Exception):
    """A proposal operation could not be carried out (nothing was changed)."""


class ProposalNotFound(ProposalError):
    """No proposal with that id."""


class ProposalRefused(ProposalError):
    """The actor may not do this: wrong role, own proposal, or the proposal is decided."""


class ProposalConflict(ProposalError):
    """The proposal was already decided (perhaps by someone else a moment ago)."""


class ProposalStale(ProposalError):
    """The store moved on since the proposal was made; it must be proposed again."""


class ProposalInvalid(ProposalError):
    """The proposed change is invalid.

    Attributes:
        problems: Every problem, each with its field path inside the entry (``text``,
            ``params.max_chars``); an empty path concerns the whole proposal.
    """

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


@dataclass(frozen=True)
class Actor:
    """Who acts on a proposal.

    Attributes:
        name: The user name (authenticated on the web, declared on the command line).
        role: Their role.
        via: ``web`` for an authenticated user; ``cli`` for a declared command-line identity
            (recorded in the audit log as ``cli:<name>``).
    """

    name: str
    role: Role
    via: str = "web"

    @property
    def audit_name(self) -> str:
        """The actor as the audit log names them."""
        name = self.name.strip()
        return name if self.via == "web" else f"{self.via}:{name}"

    def is_(self, name: str | None) -> bool:
        """Whether this actor is the user called ``name`` (case- and space-insensitive)."""
        return name is not None and _same_user(self.name, name)


class EntryDelta(BaseModel):
    """How one entry changes: ``added``, ``removed`` or ``changed``, field by field."""

    model_config = ConfigDict(frozen=True)

    kind: str
    entry_id: str
    change: str
    fields: list[FieldChange] = Field(default_factory=list)


class BlockedMessage(BaseModel):
    """A released or queued message that a proposed rule would block."""

    model_config = ConfigDict(frozen=True)

    message_id: str
    source: str
    status: str
    run_id: str | None = None
    channel: str
    offer_id: str | None = None
    checked_version: int | None = None
    rules: list[str]
    reasons: list[str]


class RuleImpact(BaseModel):
    """What a rule proposal would do to messages already released or queued.

    Attributes:
        rule_id: The proposed rule.
        computed_at: When the messages were re-checked.
        against_version: The store version the proposal was applied to for the check.
        checked: Messages re-checked (every message released under any pack version).
        by_status: Re-checked messages by status (released, queued).
        blocked_count: Messages the proposed rule would block.
        blocked: The first :data:`IMPACT_LIST_LIMIT` of them.
        skipped: Messages that could not be read, with why.
    """

    model_config = ConfigDict(frozen=True)

    rule_id: str
    computed_at: datetime
    against_version: int
    checked: int
    by_status: dict[str, int] = Field(default_factory=dict)
    blocked_count: int
    blocked: list[BlockedMessage] = Field(default_factory=list)
    skipped: list[str] = Field(default_factory=list)


class Proposal(BaseModel):
    """One proposed change and its decision.

    Attributes:
        id: Sequence number.
        kind: ``claim``, ``offer``, ``rule``, ``voice``, ``brand`` or ``pack``.
        action: ``add``, ``edit``, ``retire`` (entries) or ``rollback`` (pack).
        target: The entry id (``voice`` / ``brand`` for those), ``v<N>`` for a rollback,
            ``goal`` for a goal.
        payload: The entry's full proposed data (or the goal's); ``{"version": N}`` for a
            rollback; empty for a retirement.
        diff: Field-level changes against the store when the proposal was made.
        base_version: The store version the proposal was made against (for a goal: the
            goal version, None when no goal was approved yet).
        base: The entry's (or goal's) data then (None when it did not exist).
        maker: Who proposed it.
        maker_role: Their role then.
        created_at: When.
        reason: Why (the maker's words).
        status: See :class:`ProposalStatus`.
        checker: Who approved or rejected it (the maker, for a withdrawal).
        checker_role: Their role then.
        decided_at: When it was decided.
        decision_reason: The checker's reason (or the store's refusal, when failed).
        applied_version: The store version (goal version) the approval created.
        impact: For rule proposals, the messages the rule would block.
    """

    model_config = ConfigDict(frozen=True)

    id: int
    kind: str
    action: str
    target: str
    payload: dict[str, Any]
    diff: list[EntryDelta]
    base_version: int | None
    base: dict[str, Any] | None
    maker: str
    maker_role: str
    created_at: datetime
    reason: str
    status: ProposalStatus
    checker: str | None = None
    checker_role: str | None = None
    decided_at: datetime | None = None
    decision_reason: str | None = None
    applied_version: int | None = None
    impact: RuleImpact | None = None

    @property
    def label(self) -> str:
        """``kind.action``, e.g. ``claim.edit``."""
        return f"{self.kind}.{self.action}"

    @property
    def title(self) -> str:
        """A short human title, e.g. ``edit claim clm-refund-60``."""
        if self.kind == "pack":
            return f"roll the pack back to {self.target}"
        if self.kind == "goal":
            return "set the marketing goal"
        if self.kind == "limits":
            return "set the brand limits"
        if self.kind in SINGLETONS:
            return f"edit the {self.kind}"
        return f"{self.action} {self.kind} {self.target}"

    @property
    def audit_target(self) -> str:
        """How the audit log names this proposal."""
        return f"proposal:{self.id}"

    @property
    def is_pending(self) -> bool:
        """Whether it still awaits a decision."""
        return self.status == ProposalStatus.PENDING


def _same_user(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()
