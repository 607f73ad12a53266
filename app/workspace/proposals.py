"""Maker–checker proposals: a change takes effect only when a *different* user approves it.

A proposal is a change to the brand pack — add, edit or retire a claim, offer or rule, edit the
voice or the brand identity, roll the pack back to an earlier version — or a new marketer goal
(:class:`~nextbest.tools.decisioning.goal.Goal`, versioned by
:class:`~nextbest.app.workspace.goal_store.GoalStore`)
that waits in the
``proposals`` table of the workspace SQLite until someone else decides on it. The web workspace
and ``nextbest proposals`` both call :class:`Proposals`; neither has its own copy of these rules:

- **Creating** validates the payload now, with the brand pack models the store uses (problems
  carry field paths such as ``params.max_chars``), checks that the maker's role may make the
  change (:func:`nextbest.brand_context.roles.require_role`), and records a field-level diff
  against the
  current store. A rule proposal also records its **impact**: the released and queued messages
  the changed rule would now block (:func:`nextbest.app.workspace.impact.check_impact` run against
  the pack as
  it would be after approval).
- **Approving** needs a checker who is not the maker — always, admins included — and whose role
  allows the change. The change is applied through
  :class:`~nextbest.brand_context.store.BrandStore` with
  the maker as author and a reason naming both users, so the store's history shows both. If the
  entry changed since the proposal was made, approval is refused as stale.
- **Rejecting** needs a reason; only the maker may **withdraw**.

Every create, approve, reject and withdraw — and every refused attempt — lands in the
:class:`~nextbest.app.workspace.audit.AuditLog` with the actor, target ``proposal:<id>`` and the
reason.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from nextbest.app.workspace.audit import AuditLog
from nextbest.app.workspace.goal_store import GoalRefused, GoalStore
from nextbest.app.workspace.impact import check_impact
from nextbest.app.workspace.limits_store import LimitsStore
from nextbest.app.workspace.records import ReleaseLog
from nextbest.brand_context.ingest import (
    FieldProblem,
    PackValidationError,
    entry_to_data,
    pack_to_data,
    parse_pack,
    problems_from_validation_error,
)
from nextbest.brand_context.models import Brand, BrandPack, Claim, EntryStatus, Offer, Rule, Voice
from nextbest.brand_context.roles import (
    MINIMUM_ROLE_TO_CHANGE,
    PermissionDenied,
    Role,
    require_role,
)
from nextbest.brand_context.store import (
    BrandStore,
    EntryNotFound,
    NoVersionError,
    StoreError,
    VersionInfo,
    content_hash,
)
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.compliance.rule_tests import ExampleFlip, example_flips
from nextbest.tools.decisioning.brand_limits import DEFAULT_LIMITS, BrandLimits, limits_problems
from nextbest.tools.decisioning.goal import Goal

ENTRY_KINDS: tuple[str, ...] = ("claim", "offer", "rule", "voice", "brand")
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

GOAL_ROLE = Role.MARKETER
"""The least role that may propose, approve or reject a marketer goal."""


LIMITS_ROLE = Role.COMPLIANCE
"""The least role that may propose, approve or reject the brand limits (compliance, admin)."""

_OWN_ROLES = {"goal": GOAL_ROLE, "limits": LIMITS_ROLE}


def minimum_role(kind: str) -> Role:
    """The least role that may propose or decide a change of ``kind``."""
    return _OWN_ROLES.get(kind) or MINIMUM_ROLE_TO_CHANGE[kind]


def require_change_role(role: Role, kind: str, action: str) -> None:
    """Refuse a role that may not propose or decide a change of ``kind``.

    Raises:
        PermissionDenied: With the role needed.
    """
    if kind not in _OWN_ROLES:
        require_role(role, kind, action)
    elif role < _OWN_ROLES[kind]:
        what = "goals" if kind == "goal" else "the brand limits"
        needed = _OWN_ROLES[kind].label
        raise PermissionDenied(
            f"role {role.label!r} may not {action} {what}; {needed} or higher is required"
        )


IMPACT_LIST_LIMIT = 200
"""At most this many newly blocked messages are kept with a rule proposal (the count is exact)."""

_APPLY_LOCK = threading.Lock()
"""Serialises applying approvals in this process: a web app shares one store connection
between request threads, and SQLite allows one write transaction per connection. Other
processes (the CLI) are serialised by SQLite's own write lock."""

_SECTIONS = {"claim": "claims", "offer": "offers", "rule": "rules"}
_MODELS: dict[str, Any] = {
    "claim": TypeAdapter(Claim),
    "offer": TypeAdapter(Offer),
    "rule": TypeAdapter(Rule),
    "voice": TypeAdapter(Voice),
    "brand": TypeAdapter(Brand),
}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS proposals (
    proposal_id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    payload TEXT NOT NULL,
    diff TEXT NOT NULL,
    base_version INTEGER,
    base TEXT,
    maker TEXT NOT NULL,
    maker_role TEXT NOT NULL,
    created_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    status TEXT NOT NULL,
    checker TEXT,
    checker_role TEXT,
    decided_at TEXT,
    decision_reason TEXT,
    applied_version INTEGER,
    impact TEXT
);
CREATE INDEX IF NOT EXISTS proposals_status ON proposals (status);
CREATE INDEX IF NOT EXISTS proposals_target ON proposals (kind, target);
"""


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


class FieldDelta(BaseModel):
    """One field that a proposal changes (``before`` is None for a new field)."""

    model_config = ConfigDict(frozen=True)

    path: str
    before: Any = None
    after: Any = None


class EntryDelta(BaseModel):
    """How one entry changes: ``added``, ``removed`` or ``changed``, field by field."""

    model_config = ConfigDict(frozen=True)

    kind: str
    entry_id: str
    change: str
    fields: list[FieldDelta] = Field(default_factory=list)


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


def _now() -> datetime:
    return datetime.now(UTC)


def field_changes(before: Any, after: Any, path: str = "") -> list[FieldDelta]:
    """Field-level differences between two plain values, with dotted paths.

    Args:
        before: The old value (None when absent).
        after: The new value (None when absent).
        path: Path prefix of the values.

    Returns:
        One :class:`FieldDelta` per changed leaf; mappings are compared key by key, lists and
        scalars as a whole.
    """
    if isinstance(before, dict) or isinstance(after, dict):
        old = before if isinstance(before, dict) else {}
        new = after if isinstance(after, dict) else {}
        if (before is not None and not isinstance(before, dict)) or (
            after is not None and not isinstance(after, dict)
        ):
            return [FieldDelta(path=path, before=before, after=after)]
        changes: list[FieldDelta] = []
        for key in [*old, *(k for k in new if k not in old)]:
            sub = f"{path}.{key}" if path else str(key)
            changes += field_changes(old.get(key), new.get(key), sub)
        return changes
    return [] if before == after else [FieldDelta(path=path, before=before, after=after)]


def validate_entry(kind: str, data: Any) -> dict[str, Any]:
    """Validate one entry's data with the brand pack model of its kind.

    Args:
        kind: claim, offer, rule, voice or brand.
        data: The entry's plain data (e.g. parsed YAML).

    Returns:
        The normalised entry data, exactly as the store keeps it.

    Raises:
        ProposalInvalid: With every problem's path inside the entry (``params.max_chars``).
    """
    if kind not in _MODELS:
        raise ProposalInvalid(
            [FieldProblem("kind", f"unknown kind {kind!r}; valid: {', '.join(ENTRY_KINDS)}")]
        )
    if not isinstance(data, dict):
        raise ProposalInvalid([FieldProblem("", f"a {kind} must be a mapping of fields")])
    try:
        entry = _MODELS[kind].validate_python(data)
    except ValidationError as exc:
        raise ProposalInvalid(problems_from_validation_error(exc, data)) from None
    return entry_to_data(entry)


def parse_entry_yaml(text: str) -> dict[str, Any]:
    """Parse the YAML text of one entry, as typed in a form or a file.

    Args:
        text: YAML holding one mapping.

    Returns:
        The parsed mapping.

    Raises:
        ProposalInvalid: When the text is not YAML or not a mapping.
    """
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "cannot be parsed"
        raise ProposalInvalid([FieldProblem("", f"malformed YAML{where}: {problem}")]) from None
    if not isinstance(data, dict):
        raise ProposalInvalid([FieldProblem("", "the entry must be a YAML mapping of fields")])
    return data


def entry_yaml(data: dict[str, Any]) -> str:
    """YAML text of one entry's data, for an edit form or a file."""
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


class _PreviewStore:
    """The brand store as it would be after a proposal: what :func:`check_impact` reads.

    The real versions are unchanged; one more version, ``current + 1``, holds the proposed
    pack. Only the methods :func:`~nextbest.app.workspace.impact.check_impact` calls are provided,
    so a new
    use there fails loudly instead of silently reading the real store.
    """

    def __init__(self, store: BrandStore, proposed: BrandPack, at: datetime) -> None:
        self._store = store
        self._proposed = proposed
        self._number = (store.current_version() or 0) + 1
        self._info = VersionInfo(
            version=self._number,
            created_at=at,
            author="(proposal)",
            role="compliance",
            action="proposed",
            reason="impact preview",
            content_hash=content_hash(proposed),
        )

    def current_version(self) -> int:
        return self._number

    def versions(self) -> list[VersionInfo]:
        return [*self._store.versions(), self._info]

    def pack(self, version: int | None = None) -> BrandPack:
        if version is None or version == self._number:
            return self._proposed
        return self._store.pack(version)


@dataclass(frozen=True)
class _PreviewRuntime:
    """The parts of a runtime :func:`check_impact` uses, over a :class:`_PreviewStore`."""

    workspace: Workspace
    store: _PreviewStore


class Proposals:
    """The maker–checker proposals of one workspace.

    Args:
        home: The workspace (or its folder).
        store: An open brand store of the workspace to reuse (one is opened otherwise).
        audit: An open audit log to reuse (one is opened otherwise).
        clock: Returns "now" (UTC); tests pass a fixed clock.

    Example:
        >>> desk = Proposals(home)                                         # doctest: +SKIP
        >>> p = desk.propose(Actor("ana", Role.COMPLIANCE), "claim", "edit",
        ...                  payload=claim, reason="shorter wording")
        >>> desk.approve(p.id, Actor("ben", Role.COMPLIANCE), note="checked with legal")
    """

    def __init__(
        self,
        home: Workspace | str | Any,
        *,
        store: BrandStore | None = None,
        audit: AuditLog | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.workspace = home if isinstance(home, Workspace) else Workspace.resolve(home)
        self._clock = clock or _now
        self._owned: list[Any] = []
        if store is None:
            store = BrandStore(self.workspace)
            self._owned.append(store)
        if audit is None:
            audit = AuditLog(self.workspace, clock=self._clock)
            self._owned.append(audit)
        self.store = store
        self.audit = audit
        self._conn = self.workspace.connect()
        self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the connections this object opened."""
        self._conn.close()
        for item in self._owned:
            item.close()

    def __enter__(self) -> Proposals:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------------

    def get(self, proposal_id: int) -> Proposal:
        """One proposal.

        Raises:
            ProposalNotFound: If there is none with that id.
        """
        row = self._conn.execute(
            "SELECT * FROM proposals WHERE proposal_id = ?", (int(proposal_id),)
        ).fetchone()
        if row is None:
            raise ProposalNotFound(f"no proposal #{proposal_id}")
        return _from_row(row)

    def list(
        self,
        *,
        status: str | None = None,
        kind: str | None = None,
        target: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Proposal]:
        """Proposals, pending first, then newest first.

        Args:
            status: Only this status.
            kind: Only this kind (claim, offer, rule, voice, brand, pack).
            target: Only proposals about this entry id.
            limit: At most this many.
            offset: Skip this many.
        """
        where, args = [], []
        for column, value in (("status", status), ("kind", kind), ("target", target)):
            if value:
                where.append(f"{column} = ?")
                args.append(value)
        sql = "SELECT * FROM proposals"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY status != 'pending', proposal_id DESC LIMIT ? OFFSET ?"
        rows = self._conn.execute(sql, [*args, int(limit), int(offset)]).fetchall()
        return [_from_row(row) for row in rows]

    def pending_count(self) -> int:
        """How many proposals await a decision."""
        return self._conn.execute(
            "SELECT COUNT(*) FROM proposals WHERE status = 'pending'"
        ).fetchone()[0]

    def stale_reason(self, proposal: Proposal) -> str | None:
        """Why a pending proposal can no longer be approved as made, or None if it can.

        A proposal is stale when its entry changed in the store since it was made (a rollback:
        when any change was made since).
        """
        if proposal.kind == "goal":
            with self._goals() as goals:
                latest = goals.current()
            number = latest.version if latest else None
            if number != proposal.base_version:
                return (
                    f"another goal was approved since this one was proposed (now goal "
                    f"v{number}, by {latest.author if latest else '?'}); propose it again"
                )
            return None
        if proposal.kind == "limits":
            with self._limits() as limits:
                latest_limits = limits.current()
            number = latest_limits.version if latest_limits else None
            if number != proposal.base_version:
                return (
                    f"the brand limits changed since this proposal was made (now v{number}); "
                    "propose it again"
                )
            return None
        if proposal.kind == "pack":
            current = self.store.current_version()
            if current != proposal.base_version:
                return (
                    f"the brand pack changed since this rollback was proposed against "
                    f"v{proposal.base_version} (now v{current}); propose it again"
                )
            return None
        now = self._entry_or_none(proposal.kind, proposal.target)
        if now == proposal.base:
            return None
        moved = self._last_change(proposal.kind, proposal.target)
        what = (
            f"{proposal.kind} {proposal.target}"
            if proposal.kind not in SINGLETONS
            else (proposal.kind)
        )
        return (
            f"the {what} changed since this proposal was made against v{proposal.base_version}"
            + (f" (changed in v{moved.version} by {moved.author})" if moved else "")
            + "; withdraw it and propose the change again on the current entry"
        )

    # -- proposing -------------------------------------------------------------------------

    def propose(
        self,
        actor: Actor,
        kind: str,
        action: str,
        *,
        reason: str,
        target: str | None = None,
        payload: dict[str, Any] | None = None,
        compute_impact: bool = True,
    ) -> Proposal:
        """Propose a change; it waits for another user's approval.

        Args:
            actor: The maker.
            kind: claim, offer, rule, voice, brand, pack or goal.
            action: add, edit or retire (entries), rollback (pack), set (goal).
            reason: Why (required).
            target: The entry id (edit, retire; taken from the payload for add), or the
                version number for a rollback.
            payload: The entry's full proposed data (add, edit) or the goal; ``{"version": N}``
                may stand for ``target`` in a rollback.
            compute_impact: For a rule, re-check released and queued messages now (seconds on
                a large workspace). When False, call :meth:`refresh_impact` later (e.g. in the
                background); the proposal cannot be approved until its impact is known.

        Returns:
            The pending proposal.

        Raises:
            ProposalInvalid: Invalid kind, action, payload or reason, with field paths; or
                nothing would change.
            ProposalRefused: The maker's role may not make this change.
        """
        if kind not in PROPOSAL_KINDS:
            valid = ", ".join(PROPOSAL_KINDS)
            raise ProposalInvalid([FieldProblem("kind", f"unknown kind {kind!r}; valid: {valid}")])
        if action not in PROPOSAL_KINDS[kind]:
            valid = ", ".join(PROPOSAL_KINDS[kind])
            raise ProposalInvalid(
                [FieldProblem("action", f"a {kind} proposal can be: {valid} (not {action!r})")]
            )
        try:
            require_change_role(actor.role, kind, "roll back" if kind == "pack" else action)
        except PermissionDenied as exc:
            self.audit.record(
                actor.audit_name,
                "proposal.create",
                f"{kind}:{target or (payload or {}).get('id', '')}",
                reason,
                outcome="refused",
                details={"error": str(exc), "action": action},
            )
            raise ProposalRefused(str(exc)) from None
        if not reason or not reason.strip():
            raise ProposalInvalid([FieldProblem("reason", "a reason is required for every change")])
        if kind == "pack":
            change = self._rollback_change(target, payload)
        elif kind == "goal":
            change = self._goal_change(payload)
        elif kind == "limits":
            change = self._limits_change(payload)
        else:
            change = self._entry_change(kind, action, target, payload)
        impact = (
            self._rule_impact(change.target, change.proposed)
            if kind == "rule" and change.proposed is not None and compute_impact
            else None
        )
        created = self._clock()
        with self._conn:
            cursor = self._conn.execute(
                "INSERT INTO proposals (kind, action, target, payload, diff, base_version, base,"
                " maker, maker_role, created_at, reason, status, impact)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    kind,
                    action,
                    change.target,
                    json.dumps(change.payload, sort_keys=True),
                    json.dumps([d.model_dump(mode="json") for d in change.diff]),
                    change.base_version,
                    None if change.base is None else json.dumps(change.base, sort_keys=True),
                    actor.name.strip(),
                    actor.role.label,
                    created.isoformat(),
                    reason.strip(),
                    ProposalStatus.PENDING.value,
                    impact.model_dump_json() if impact else None,
                ),
            )
        proposal = self.get(int(cursor.lastrowid or 0))
        self.audit.record(
            actor.audit_name,
            "proposal.create",
            proposal.audit_target,
            proposal.reason,
            details={
                "change": proposal.title,
                "kind": kind,
                "action": action,
                "target": proposal.target,
                "base_version": proposal.base_version,
                "fields": [f.path for d in proposal.diff for f in d.fields],
            },
        )
        return proposal

    def refresh_impact(self, proposal_id: int) -> Proposal:
        """Re-check released and queued messages for a pending rule proposal, now.

        Raises:
            ProposalRefused: If the proposal is not a pending rule add or edit.
        """
        proposal = self.get(proposal_id)
        if proposal.kind != "rule" or not proposal.is_pending:
            raise ProposalRefused(f"proposal #{proposal.id} is not a pending rule proposal")
        proposed = self._proposed_pack("rule", proposal.target, self._after(proposal))
        impact = self._rule_impact(proposal.target, proposed)
        with self._conn:
            self._conn.execute(
                "UPDATE proposals SET impact = ? WHERE proposal_id = ?",
                (impact.model_dump_json(), proposal.id),
            )
        return self.get(proposal.id)

    # -- deciding --------------------------------------------------------------------------

    def example_flips(self, proposal_id: int) -> list[ExampleFlip]:
        """The pack's rule tests (labelled examples) this proposal would break or fix.

        Args:
            proposal_id: A proposal of a pack entry or a rollback (goals and limits have none).

        Returns:
            One entry per example whose outcome the change turns around.
        """
        proposal = self.get(proposal_id)
        if proposal.kind in ("goal", "limits"):
            return []
        current = self.store.pack()
        if not current.rule_tests:
            return []
        if proposal.kind == "pack":
            proposed = self.store.pack(int(proposal.payload["version"]))
        else:
            proposed = self._proposed_pack(proposal.kind, proposal.target, self._after(proposal))
        return example_flips(current, proposed)

    def approve(
        self, proposal_id: int, actor: Actor, *, note: str = "", override_examples: str = ""
    ) -> Proposal:
        """Approve a proposal and apply it to the store.

        A change that would break one of the pack's rule tests (an example that comes out as
        labelled today) is refused unless the checker gives ``override_examples``, a reason
        that is recorded in the audit log with the examples it breaks.

        Args:
            proposal_id: The proposal.
            actor: The checker: not the maker, with a role that allows the change.
            note: The checker's optional remark (kept with the decision and the version).
            override_examples: Why the change may break rule tests (empty: it may not).

        Returns:
            The approved proposal with its ``applied_version`` — or, when the store refused
            the change, the proposal marked ``failed`` with the store's reason.

        Raises:
            ProposalNotFound: No such proposal.
            ProposalRefused: Own proposal, insufficient role, a rule whose impact is not
                computed yet, or broken rule tests without an override reason.
            ProposalConflict: Already decided.
            ProposalStale: The entry changed since the proposal was made.
        """
        proposal = self._decidable(proposal_id, actor, "approve", note)
        if proposal.kind == "rule" and proposal.impact is None:
            why = "its impact on released messages is not computed yet; re-check it first"
            self._refuse(actor, "approve", proposal, note, why)
            raise ProposalRefused(f"proposal #{proposal.id} cannot be approved yet: {why}")
        stale = self.stale_reason(proposal)
        if stale:
            self._refuse(actor, "approve", proposal, note, f"stale: {stale}")
            raise ProposalStale(f"proposal #{proposal.id} is stale: {stale}")
        broken = [f.test_id for f in self.example_flips(proposal.id) if f.broken]
        if broken and not override_examples.strip():
            why = (
                f"it breaks rule tests {', '.join(broken)}; approve with an override reason "
                "to accept that"
            )
            self._refuse(actor, "approve", proposal, note, why)
            raise ProposalRefused(f"proposal #{proposal.id} cannot be approved: {why}")
        decided = self._clock()
        with self._conn:
            claimed = self._conn.execute(
                "UPDATE proposals SET status = ?, checker = ?, checker_role = ?, decided_at = ?,"
                " decision_reason = ? WHERE proposal_id = ? AND status = ?",
                (
                    ProposalStatus.APPLYING.value,
                    actor.name.strip(),
                    actor.role.label,
                    decided.isoformat(),
                    note.strip(),
                    proposal.id,
                    ProposalStatus.PENDING.value,
                ),
            ).rowcount
        if not claimed:
            raise ProposalConflict(f"proposal #{proposal.id} was decided by someone else meanwhile")
        store_reason = (
            f"proposal #{proposal.id}: proposed by {proposal.maker}, approved by "
            f"{actor.name.strip()}: {proposal.reason}"
            + (f" (approval note: {note.strip()})" if note.strip() else "")
        )
        try:
            with _APPLY_LOCK:
                applied = self._apply(proposal, store_reason, actor)
            if applied is None:
                raise StoreError("the store already holds this change; nothing to apply")
        except (StoreError, PackValidationError, PermissionDenied, GoalRefused, ValueError) as exc:
            self._fail(proposal, actor, note, f"the store refused it: {exc}")
            return self.get(proposal.id)
        except Exception as exc:  # nothing was applied (store writes are transactional)
            self._fail(
                proposal, actor, note, f"not applied, unexpected error: {type(exc).__name__}"
            )
            raise
        with self._conn:
            self._conn.execute(
                "UPDATE proposals SET status = ?, applied_version = ? WHERE proposal_id = ?",
                (ProposalStatus.APPROVED.value, applied, proposal.id),
            )
        self.audit.record(
            actor.audit_name,
            "proposal.approve",
            proposal.audit_target,
            note,
            details={
                "change": proposal.title,
                "maker": proposal.maker,
                "applied_version": applied,
                **(
                    {"examples_broken": broken, "override": override_examples.strip()}
                    if broken
                    else {}
                ),
            },
        )
        return self.get(proposal.id)

    def reject(self, proposal_id: int, actor: Actor, *, reason: str) -> Proposal:
        """Reject a proposal, with a reason.

        Raises:
            ProposalNotFound: No such proposal.
            ProposalInvalid: No reason given.
            ProposalRefused: Own proposal (withdraw it instead) or insufficient role.
            ProposalConflict: Already decided.
        """
        if not reason or not reason.strip():
            raise ProposalInvalid([FieldProblem("reason", "a reason is required to reject")])
        proposal = self._decidable(proposal_id, actor, "reject", reason)
        return self._close(proposal, actor, ProposalStatus.REJECTED, "proposal.reject", reason)

    def withdraw(self, proposal_id: int, actor: Actor, *, reason: str = "") -> Proposal:
        """Withdraw one's own pending proposal.

        Raises:
            ProposalNotFound: No such proposal.
            ProposalRefused: Not the maker.
            ProposalConflict: Already decided.
        """
        proposal = self.get(proposal_id)
        if not actor.is_(proposal.maker):
            self._refuse(actor, "withdraw", proposal, reason, "only the maker may withdraw")
            raise ProposalRefused(
                f"only {proposal.maker}, who made proposal #{proposal.id}, may withdraw it"
            )
        self._require_pending(proposal)
        return self._close(proposal, actor, ProposalStatus.WITHDRAWN, "proposal.withdraw", reason)

    # -- internals -------------------------------------------------------------------------

    def _fail(self, proposal: Proposal, actor: Actor, note: str, why: str) -> None:
        """Mark a claimed proposal failed (the change was not applied) and audit it."""
        with self._conn:
            self._conn.execute(
                "UPDATE proposals SET status = ?, decision_reason = ? WHERE proposal_id = ?",
                (ProposalStatus.FAILED.value, why, proposal.id),
            )
        self.audit.record(
            actor.audit_name,
            "proposal.approve",
            proposal.audit_target,
            note,
            outcome="failed",
            details={"error": why, "change": proposal.title},
        )

    def _decidable(self, proposal_id: int, actor: Actor, verb: str, reason: str) -> Proposal:
        proposal = self.get(proposal_id)
        self._require_pending(proposal)
        if actor.is_(proposal.maker):
            why = f"you cannot {verb} your own proposal; another user must"
            if verb == "reject":
                why = "you cannot reject your own proposal; withdraw it instead"
            self._refuse(actor, verb, proposal, reason, why)
            raise ProposalRefused(why)
        try:
            require_change_role(actor.role, proposal.kind, verb)
        except PermissionDenied as exc:
            self._refuse(actor, verb, proposal, reason, str(exc))
            raise ProposalRefused(str(exc)) from None
        return proposal

    @staticmethod
    def _require_pending(proposal: Proposal) -> None:
        if proposal.is_pending:
            return
        by = f" by {proposal.checker}" if proposal.checker else ""
        raise ProposalConflict(f"proposal #{proposal.id} is already {proposal.status.value}{by}")

    def _refuse(self, actor: Actor, verb: str, proposal: Proposal, reason: str, why: str) -> None:
        self.audit.record(
            actor.audit_name,
            f"proposal.{verb}",
            proposal.audit_target,
            reason,
            outcome="refused",
            details={"error": why, "change": proposal.title},
        )

    def _close(
        self,
        proposal: Proposal,
        actor: Actor,
        status: ProposalStatus,
        action: str,
        reason: str,
    ) -> Proposal:
        with self._conn:
            done = self._conn.execute(
                "UPDATE proposals SET status = ?, checker = ?, checker_role = ?, decided_at = ?,"
                " decision_reason = ? WHERE proposal_id = ? AND status = ?",
                (
                    status.value,
                    actor.name.strip(),
                    actor.role.label,
                    self._clock().isoformat(),
                    reason.strip(),
                    proposal.id,
                    ProposalStatus.PENDING.value,
                ),
            ).rowcount
        if not done:
            raise ProposalConflict(f"proposal #{proposal.id} was decided by someone else meanwhile")
        self.audit.record(
            actor.audit_name,
            action,
            proposal.audit_target,
            reason,
            details={"change": proposal.title, "maker": proposal.maker},
        )
        return self.get(proposal.id)

    def _apply(self, proposal: Proposal, reason: str, checker: Actor) -> int | None:
        """Apply an approved proposal; the new store (or goal) version, None if unchanged."""
        author, role = proposal.maker, Role.parse(proposal.maker_role)
        info: VersionInfo | None
        if proposal.kind == "goal":
            require_change_role(role, "goal", "set")
            with self._goals() as goals:
                saved = goals.save(
                    Goal.model_validate(proposal.payload),
                    pack=self.store.pack(),
                    author=author,
                    approved_by=checker.name.strip(),
                    reason=reason,
                )
            return saved.version
        if proposal.kind == "limits":
            require_change_role(role, "limits", "set")
            require_change_role(checker.role, "limits", "approve")
            with self._limits() as limits:
                saved_limits = limits.save(
                    BrandLimits.model_validate(proposal.payload),
                    author=author,
                    approved_by=checker.name.strip(),
                    reason=reason,
                )
            return saved_limits.version
        if proposal.kind == "pack":
            info = self.store.rollback(
                int(proposal.payload["version"]), author=author, role=role, reason=reason
            )
        elif proposal.action == "retire":
            info = self.store.retire(
                proposal.kind, proposal.target, author=author, role=role, reason=reason
            )
        else:
            info = self.store.put(
                proposal.kind,
                proposal.payload,
                author=author,
                role=role,
                reason=reason,
                create=proposal.action == "add",
            )
        return info.version if info else None

    @contextmanager
    def _goals(self) -> Iterator[GoalStore]:
        goals = GoalStore(self.workspace, clock=self._clock)
        try:
            yield goals
        finally:
            goals.close()

    @contextmanager
    def _limits(self) -> Iterator[LimitsStore]:
        limits = LimitsStore(self.workspace, clock=self._clock)
        try:
            yield limits
        finally:
            limits.close()

    def _limits_change(self, payload: dict[str, Any] | None) -> _Change:
        data = payload if payload is not None else {}
        if not isinstance(data, dict):
            raise ProposalInvalid([FieldProblem("", "brand limits must be a mapping of fields")])
        try:
            limits = BrandLimits.model_validate(data)
        except ValidationError as exc:
            raise ProposalInvalid(problems_from_validation_error(exc, data)) from None
        broken = limits_problems(limits)
        if broken:
            raise ProposalInvalid([FieldProblem(p.field, p.message) for p in broken])
        with self._limits() as store:
            latest = store.current()
        before = (latest.limits if latest else DEFAULT_LIMITS).model_dump(mode="json")
        after = limits.model_dump(mode="json")
        fields = field_changes(before, after)
        if not fields:
            raise ProposalInvalid(
                [FieldProblem("", "nothing to change: the brand limits already say this")]
            )
        delta = EntryDelta(kind="limits", entry_id="limits", change="changed", fields=fields)
        return _Change(
            "limits",
            after,
            latest.version if latest else None,
            before if latest else None,
            delta,
            None,
        )

    def _goal_change(self, payload: dict[str, Any] | None) -> _Change:
        data = payload if payload is not None else {}
        if not isinstance(data, dict):
            raise ProposalInvalid([FieldProblem("", "a goal must be a mapping of fields")])
        try:
            goal = Goal.model_validate(data)
        except ValidationError as exc:
            raise ProposalInvalid(problems_from_validation_error(exc, data)) from None
        try:
            pack = self.store.pack()
        except NoVersionError as exc:
            raise ProposalInvalid([FieldProblem("", str(exc))]) from None
        with self._goals() as goals:
            broken = goals.problems(goal, pack)
            if broken:
                raise ProposalInvalid([FieldProblem(p.field, p.message) for p in broken])
            latest = goals.current()
            changes = goals.diff(goal)
        if not changes:
            raise ProposalInvalid(
                [FieldProblem("", "nothing to change: the approved goal is already like this")]
            )
        delta = EntryDelta(
            kind="goal",
            entry_id="goal",
            change="changed" if latest else "added",
            fields=[FieldDelta(path=c.path, before=c.before, after=c.after) for c in changes],
        )
        return _Change(
            "goal",
            goal.model_dump(mode="json"),
            latest.version if latest else None,
            latest.goal.model_dump(mode="json") if latest else None,
            delta,
            None,
        )

    def _entry_or_none(self, kind: str, entry_id: str) -> dict[str, Any] | None:
        try:
            return self.store.get(kind, entry_id)
        except (EntryNotFound, NoVersionError):
            return None

    def _last_change(self, kind: str, entry_id: str) -> VersionInfo | None:
        try:
            revisions = self.store.history(entry_id)
        except EntryNotFound:
            return None
        ours = [r for r in revisions if getattr(r, "kind", None) == kind]
        latest = max((r.version_from for r in ours), default=None)
        closed = max((r.version_to for r in ours if r.version_to), default=None)
        number = max(n for n in (latest, closed) if n is not None) if ours else None
        return self.store.version(number) if number else None

    def _after(self, proposal: Proposal) -> dict[str, Any]:
        if proposal.action == "retire":
            return {**(proposal.base or {}), "status": EntryStatus.RETIRED.value}
        return proposal.payload

    def _entry_change(
        self, kind: str, action: str, target: str | None, payload: dict[str, Any] | None
    ) -> _Change:
        base_version = self.store.current_version()
        if base_version is None:
            raise ProposalInvalid(
                [FieldProblem("", "the brand store is empty: run `nextbest kb init` first")]
            )
        if kind in SINGLETONS:
            target = kind
        if action == "retire":
            if not target:
                raise ProposalInvalid([FieldProblem("id", f"which {kind} to retire?")])
            base = self._entry_or_none(kind, target)
            if base is None:
                raise ProposalInvalid([FieldProblem("id", f"there is no {kind} {target!r}")])
            if base.get("status") == EntryStatus.RETIRED.value:
                raise ProposalInvalid([FieldProblem("status", f"{kind} {target} is retired")])
            after = {**base, "status": EntryStatus.RETIRED.value}
            proposed = self._proposed_pack(kind, target, after)
            return _Change(
                target, {}, base_version, base, self._delta(kind, target, base, after), proposed
            )
        data = validate_entry(kind, payload if payload is not None else {})
        entry_id = kind if kind in SINGLETONS else data["id"]
        if action == "edit" and target and entry_id != target:
            raise ProposalInvalid(
                [
                    FieldProblem(
                        "id",
                        f"an edit cannot change the id ({target!r} → {entry_id!r}); "
                        "propose a new entry and retire the old one",
                    )
                ]
            )
        base = self._entry_or_none(kind, entry_id)
        if action == "add" and base is not None:
            raise ProposalInvalid(
                [FieldProblem("id", f"a {kind} with id {entry_id!r} exists; propose an edit")]
            )
        if action == "edit" and base is None:
            raise ProposalInvalid(
                [FieldProblem("id", f"there is no {kind} {entry_id!r} to edit; propose an add")]
            )
        proposed = self._proposed_pack(kind, entry_id, data)
        delta = self._delta(kind, entry_id, base, data)
        if not delta.fields:
            raise ProposalInvalid(
                [FieldProblem("", f"nothing to change: the {kind} is already like this")]
            )
        return _Change(entry_id, data, base_version, base, delta, proposed)

    def _rollback_change(self, target: str | None, payload: dict[str, Any] | None) -> _Change:
        raw = (payload or {}).get("version", target)
        try:
            version = int(str(raw).strip().removeprefix("v"))
        except (TypeError, ValueError):
            raise ProposalInvalid(
                [FieldProblem("version", f"{raw!r} is not a version number")]
            ) from None
        current = self.store.current_version()
        try:
            self.store.version(version)
        except NoVersionError as exc:
            raise ProposalInvalid([FieldProblem("version", str(exc))]) from None
        diffs = self.store.diff(current or 0, version)
        if not diffs:
            raise ProposalInvalid(
                [FieldProblem("version", f"v{version} has the same content as the current pack")]
            )
        delta = [
            EntryDelta(
                kind=d.kind,
                entry_id=d.entry_id,
                change=d.change,
                fields=[FieldDelta(path=f.path, before=f.before, after=f.after) for f in d.fields],
            )
            for d in diffs
        ]
        return _Change(f"v{version}", {"version": version}, current, None, delta, None)

    def _delta(
        self, kind: str, entry_id: str, before: dict[str, Any] | None, after: dict[str, Any]
    ) -> EntryDelta:
        return EntryDelta(
            kind=kind,
            entry_id=entry_id,
            change="added" if before is None else "changed",
            fields=field_changes(before, after),
        )

    def _proposed_pack(self, kind: str, entry_id: str, data: dict[str, Any]) -> BrandPack:
        """The current pack with one entry replaced or added, validated as the store would."""
        whole = pack_to_data(self.store.pack())
        if kind in SINGLETONS:
            whole[kind] = data
        else:
            section = _SECTIONS[kind]
            entries = [e for e in whole.get(section, []) if e.get("id") != entry_id]
            whole[section] = [*entries, data]
        try:
            return parse_pack(whole, source=f"{kind} {entry_id}")
        except PackValidationError as exc:
            raise ProposalInvalid(exc.problems) from None

    def _rule_impact(self, rule_id: str, proposed: BrandPack | None) -> RuleImpact:
        """Re-check every released and queued message against the proposed rules."""
        if proposed is None:
            raise ProposalInvalid([FieldProblem("", "no proposed pack to check")])
        ReleaseLog(self.workspace).close()  # the records table exists, even if still empty
        now = self._clock()
        preview = _PreviewStore(self.store, proposed, now)
        first = self.store.versions()[0].version
        runtime: Any = _PreviewRuntime(self.workspace, preview)
        report = check_impact(runtime, first, now)
        blocked = [m for m in report.impacted if rule_id in m.rules]
        return RuleImpact(
            rule_id=rule_id,
            computed_at=now,
            against_version=self.store.current_version() or 0,
            checked=report.checked,
            by_status=report.by_status,
            blocked_count=len(blocked),
            blocked=[BlockedMessage(**asdict(m)) for m in blocked[:IMPACT_LIST_LIMIT]],
            skipped=report.skipped[:20],
        )


@dataclass(frozen=True)
class _Change:
    target: str
    payload: dict[str, Any]
    base_version: int | None
    base: dict[str, Any] | None
    delta: EntryDelta | list[EntryDelta]
    proposed: BrandPack | None

    @property
    def diff(self) -> list[EntryDelta]:
        return self.delta if isinstance(self.delta, list) else [self.delta]


def _from_row(row: Any) -> Proposal:
    def when(value: str | None) -> datetime | None:
        return datetime.fromisoformat(value) if value else None

    return Proposal(
        id=row["proposal_id"],
        kind=row["kind"],
        action=row["action"],
        target=row["target"],
        payload=json.loads(row["payload"]),
        diff=[EntryDelta.model_validate(d) for d in json.loads(row["diff"])],
        base_version=row["base_version"],
        base=json.loads(row["base"]) if row["base"] is not None else None,
        maker=row["maker"],
        maker_role=row["maker_role"],
        created_at=datetime.fromisoformat(row["created_at"]),
        reason=row["reason"],
        status=ProposalStatus(row["status"]),
        checker=row["checker"],
        checker_role=row["checker_role"],
        decided_at=when(row["decided_at"]),
        decision_reason=row["decision_reason"],
        applied_version=row["applied_version"],
        impact=RuleImpact.model_validate_json(row["impact"]) if row["impact"] else None,
    )


__all__ = [
    "ENTRY_KINDS",
    "PROPOSAL_KINDS",
    "Actor",
    "BlockedMessage",
    "EntryDelta",
    "FieldDelta",
    "Proposal",
    "ProposalConflict",
    "ProposalError",
    "ProposalInvalid",
    "ProposalNotFound",
    "ProposalRefused",
    "ProposalStale",
    "ProposalStatus",
    "Proposals",
    "RuleImpact",
    "entry_yaml",
    "field_changes",
    "minimum_role",
    "parse_entry_yaml",
    "validate_entry",
]
