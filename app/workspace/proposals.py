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

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from nextbest.app.workspace.audit import AuditLog
from nextbest.app.workspace.proposal_changes import ChangeMaker
from nextbest.app.workspace.proposal_models import (
    PROPOSAL_KINDS,
    Actor,
    Proposal,
    ProposalConflict,
    ProposalError,
    ProposalInvalid,
    ProposalNotFound,
    ProposalRefused,
    ProposalStale,
    ProposalStatus,
)
from nextbest.app.workspace.proposal_roles import require_change_role
from nextbest.app.workspace.proposal_table import ProposalTable
from nextbest.brand_context.ingest import FieldProblem, PackValidationError
from nextbest.brand_context.roles import PermissionDenied
from nextbest.brand_context.store import BrandStore, StoreError
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.compliance.rule_tests import ExampleFlip, example_flips

_APPLY_LOCK = threading.Lock()
"""Serialises applying approvals in this process: a web app shares one store connection
between request threads, and SQLite allows one write transaction per connection. Other
processes (the CLI) are serialised by SQLite's own write lock."""


def _now() -> datetime:
    return datetime.now(UTC)


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
        self._table = ProposalTable(self.workspace)
        self._changes = ChangeMaker(self.workspace, store, self._clock)

    def close(self) -> None:
        """Close the connections this object opened."""
        self._table.close()
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
        return self._table.get(proposal_id)

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
        return self._table.list({"status": status, "kind": kind, "target": target}, limit, offset)

    def pending_count(self) -> int:
        """How many proposals await a decision."""
        return self._table.pending_count()

    def stale_reason(self, proposal: Proposal) -> str | None:
        """Why a pending proposal can no longer be approved as made, or None if it can.

        A proposal is stale when its entry changed in the store since it was made (a rollback:
        when any change was made since).
        """
        return self._changes.stale_reason(proposal)

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
        from nextbest.app.workspace.proposal_impact import rule_impact

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
        change = self._changes.make(kind, action, target, payload)
        impact = (
            rule_impact(self.workspace, self.store, change.target, change.proposed, self._clock())
            if kind == "rule" and change.proposed is not None and compute_impact
            else None
        )
        created = self._clock()
        new_id = self._table.insert(kind, action, change, actor, created, reason, impact)
        proposal = self.get(new_id)
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
        from nextbest.app.workspace.proposal_impact import rule_impact

        proposal = self.get(proposal_id)
        if proposal.kind != "rule" or not proposal.is_pending:
            raise ProposalRefused(f"proposal #{proposal.id} is not a pending rule proposal")
        proposed = self._changes.proposed_pack(
            "rule", proposal.target, self._changes.after(proposal)
        )
        impact = rule_impact(self.workspace, self.store, proposal.target, proposed, self._clock())
        self._table.set_impact(proposal.id, impact)
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
            proposed = self._changes.proposed_pack(
                proposal.kind, proposal.target, self._changes.after(proposal)
            )
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
        claimed = self._table.decide(
            proposal.id, ProposalStatus.APPLYING, actor, self._clock(), note
        )
        if not claimed:
            raise ProposalConflict(f"proposal #{proposal.id} was decided by someone else meanwhile")
        store_reason = (
            f"proposal #{proposal.id}: proposed by {proposal.maker}, approved by "
            f"{actor.name.strip()}: {proposal.reason}"
            + (f" (approval note: {note.strip()})" if note.strip() else "")
        )
        from nextbest.app.workspace.goal_store import GoalRefused

        try:
            with _APPLY_LOCK:
                applied = self._changes.apply(proposal, store_reason, actor)
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
        self._table.mark_approved(proposal.id, applied)
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
        self._table.mark_failed(proposal.id, why)
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
        done = self._table.decide(proposal.id, status, actor, self._clock(), reason)
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


__all__ = [
    "PROPOSAL_KINDS",
    "Actor",
    "Proposal",
    "ProposalConflict",
    "ProposalError",
    "ProposalInvalid",
    "ProposalNotFound",
    "ProposalRefused",
    "ProposalStale",
    "ProposalStatus",
    "Proposals",
]
