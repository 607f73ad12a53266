"""The change a proposal would make, worked out against the workspace as it is now, and applied.

:class:`ChangeMaker` validates a proposed entry, goal, brand limits or rollback, records
what it would change field by field and against which version, tells when the store moved on
since (stale), and applies an approved change; :class:`ProposedChange` holds
the result that :class:`~nextbest.app.workspace.proposals.Proposals` stores with the proposal.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, closing
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from nextbest.app.workspace.proposal_entries import validate_entry
from nextbest.app.workspace.proposal_models import (
    SINGLETONS,
    Actor,
    EntryDelta,
    Proposal,
    ProposalInvalid,
)
from nextbest.app.workspace.proposal_roles import require_change_role
from nextbest.brand_context.field_diff import field_changes
from nextbest.brand_context.ingest import (
    FieldProblem,
    PackValidationError,
    pack_to_data,
    parse_pack,
    problems_from_validation_error,
)
from nextbest.brand_context.models import ENTRY_SECTIONS, BrandPack, EntryStatus
from nextbest.brand_context.roles import Role
from nextbest.brand_context.store import BrandStore, EntryNotFound, NoVersionError, VersionInfo
from nextbest.brand_context.workspace import Workspace

if TYPE_CHECKING:  # goals and limits (tools.decisioning: numpy, scipy) load when one is used
    from nextbest.app.workspace.goal_store import GoalStore
    from nextbest.app.workspace.limits_store import LimitsStore


@dataclass(frozen=True)
class ProposedChange:
    """What a proposal would change.

    Attributes:
        target: The entry id (``voice`` / ``brand``, ``goal``, ``limits``, ``v<N>``).
        payload: The data to store with the proposal (empty for a retirement).
        base_version: The version the change was worked out against.
        base: The entry's (goal's, limits') data then; None when it did not exist.
        delta: The field-level changes (a list for a rollback, which may touch many entries).
        proposed: The whole pack as it would be after approval (entries only).
    """

    target: str
    payload: dict[str, Any]
    base_version: int | None
    base: dict[str, Any] | None
    delta: EntryDelta | list[EntryDelta]
    proposed: BrandPack | None

    @property
    def diff(self) -> list[EntryDelta]:
        """The changes, one per entry."""
        return self.delta if isinstance(self.delta, list) else [self.delta]


class ChangeMaker:
    """Works out proposed changes against one workspace's brand store, goals and limits.

    Args:
        workspace: The workspace.
        store: Its open brand store.
        clock: Returns "now" (UTC), passed to the goal and limits stores.
    """

    def __init__(
        self, workspace: Workspace, store: BrandStore, clock: Callable[[], datetime]
    ) -> None:
        self.workspace = workspace
        self.store = store
        self._clock = clock

    def make(
        self, kind: str, action: str, target: str | None, payload: dict[str, Any] | None
    ) -> ProposedChange:
        """Validate a proposed change and work out what it would change.

        Args:
            kind: claim, offer, rule, voice, brand, pack, goal or limits (already checked).
            action: Its action (already checked against the kind).
            target: The entry id or rollback version, when given apart from the payload.
            payload: The proposed data.

        Raises:
            ProposalInvalid: With field paths; also when nothing would change.
        """
        if kind == "pack":
            return self._rollback_change(target, payload)
        if kind == "goal":
            return self._goal_change(payload)
        if kind == "limits":
            return self._limits_change(payload)
        return self._entry_change(kind, action, target, payload)

    def goals(self) -> AbstractContextManager[GoalStore]:
        """The goal store, closed when the ``with`` block ends."""
        from nextbest.app.workspace.goal_store import GoalStore

        return closing(GoalStore(self.workspace, clock=self._clock))

    def limits(self) -> AbstractContextManager[LimitsStore]:
        """The brand limits store, closed when the ``with`` block ends."""
        from nextbest.app.workspace.limits_store import LimitsStore

        return closing(LimitsStore(self.workspace, clock=self._clock))

    def stale_reason(self, proposal: Proposal) -> str | None:
        """Why a pending proposal can no longer be approved as made, or None if it can."""
        if proposal.kind == "goal":
            with self.goals() as goals:
                latest = goals.current()
            number = latest.version if latest else None
            if number != proposal.base_version:
                return (
                    f"another goal was approved since this one was proposed (now goal "
                    f"v{number}, by {latest.author if latest else '?'}); propose it again"
                )
            return None
        if proposal.kind == "limits":
            with self.limits() as limits:
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
        now = self.entry_or_none(proposal.kind, proposal.target)
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

    def apply(self, proposal: Proposal, reason: str, checker: Actor) -> int | None:
        """Apply an approved proposal with the maker as author.

        Args:
            proposal: The approved proposal.
            reason: The reason the store records (naming maker and checker).
            checker: Who approved it.

        Returns:
            The new store (goal, limits) version; None when the store was already like this.
        """
        author, role = proposal.maker, Role.parse(proposal.maker_role)
        info: VersionInfo | None
        if proposal.kind == "goal":
            from nextbest.tools.decisioning.goal import Goal

            require_change_role(role, "goal", "set")
            with self.goals() as goals:
                saved = goals.save(
                    Goal.model_validate(proposal.payload),
                    pack=self.store.pack(),
                    author=author,
                    approved_by=checker.name.strip(),
                    reason=reason,
                )
            return saved.version
        if proposal.kind == "limits":
            from nextbest.tools.decisioning.brand_limits import BrandLimits

            require_change_role(role, "limits", "set")
            require_change_role(checker.role, "limits", "approve")
            with self.limits() as limits:
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

    def _limits_change(self, payload: dict[str, Any] | None) -> ProposedChange:
        from nextbest.tools.decisioning.brand_limits import (
            DEFAULT_LIMITS,
            BrandLimits,
            limits_problems,
        )

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
        with self.limits() as store:
            latest = store.current()
        before = (latest.limits if latest else DEFAULT_LIMITS).model_dump(mode="json")
        after = limits.model_dump(mode="json")
        fields = field_changes(before, after)
        if not fields:
            raise ProposalInvalid(
                [FieldProblem("", "nothing to change: the brand limits already say this")]
            )
        delta = EntryDelta(kind="limits", entry_id="limits", change="changed", fields=fields)
        return ProposedChange(
            "limits",
            after,
            latest.version if latest else None,
            before if latest else None,
            delta,
            None,
        )

    def _goal_change(self, payload: dict[str, Any] | None) -> ProposedChange:
        from nextbest.tools.decisioning.goal import Goal

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
        with self.goals() as goals:
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
            fields=changes,
        )
        return ProposedChange(
            "goal",
            goal.model_dump(mode="json"),
            latest.version if latest else None,
            latest.goal.model_dump(mode="json") if latest else None,
            delta,
            None,
        )

    def entry_or_none(self, kind: str, entry_id: str) -> dict[str, Any] | None:
        """The entry's current data, or None when it (or any pack version) does not exist."""
        try:
            return self.store.get(kind, entry_id)
        except (EntryNotFound, NoVersionError):
            return None

    def after(self, proposal: Proposal) -> dict[str, Any]:
        """The entry's data as the proposal would leave it (a retirement keeps the base)."""
        if proposal.action == "retire":
            return {**(proposal.base or {}), "status": EntryStatus.RETIRED.value}
        return proposal.payload

    def _entry_change(
        self, kind: str, action: str, target: str | None, payload: dict[str, Any] | None
    ) -> ProposedChange:
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
            base = self.entry_or_none(kind, target)
            if base is None:
                raise ProposalInvalid([FieldProblem("id", f"there is no {kind} {target!r}")])
            if base.get("status") == EntryStatus.RETIRED.value:
                raise ProposalInvalid([FieldProblem("status", f"{kind} {target} is retired")])
            after = {**base, "status": EntryStatus.RETIRED.value}
            proposed = self.proposed_pack(kind, target, after)
            return ProposedChange(
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
        base = self.entry_or_none(kind, entry_id)
        if action == "add" and base is not None:
            raise ProposalInvalid(
                [FieldProblem("id", f"a {kind} with id {entry_id!r} exists; propose an edit")]
            )
        if action == "edit" and base is None:
            raise ProposalInvalid(
                [FieldProblem("id", f"there is no {kind} {entry_id!r} to edit; propose an add")]
            )
        proposed = self.proposed_pack(kind, entry_id, data)
        delta = self._delta(kind, entry_id, base, data)
        if not delta.fields:
            raise ProposalInvalid(
                [FieldProblem("", f"nothing to change: the {kind} is already like this")]
            )
        return ProposedChange(entry_id, data, base_version, base, delta, proposed)

    def _rollback_change(
        self, target: str | None, payload: dict[str, Any] | None
    ) -> ProposedChange:
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
                fields=d.fields,
            )
            for d in diffs
        ]
        return ProposedChange(f"v{version}", {"version": version}, current, None, delta, None)

    def _delta(
        self, kind: str, entry_id: str, before: dict[str, Any] | None, after: dict[str, Any]
    ) -> EntryDelta:
        return EntryDelta(
            kind=kind,
            entry_id=entry_id,
            change="added" if before is None else "changed",
            fields=field_changes(before, after),
        )

    def proposed_pack(self, kind: str, entry_id: str, data: dict[str, Any]) -> BrandPack:
        """The current pack with one entry replaced or added, validated as the store would."""
        whole = pack_to_data(self.store.pack())
        if kind in SINGLETONS:
            whole[kind] = data
        else:
            section = ENTRY_SECTIONS[kind]
            entries = [e for e in whole.get(section, []) if e.get("id") != entry_id]
            whole[section] = [*entries, data]
        try:
            return parse_pack(whole, source=f"{kind} {entry_id}")
        except PackValidationError as exc:
            raise ProposalInvalid(exc.problems) from None
