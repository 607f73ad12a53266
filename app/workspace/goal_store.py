"""Approved marketer goals, versioned in the workspace: who asked, who approved, when, why.

Every approved :class:`~nextbest.tools.decisioning.goal.Goal` is a new immutable version; nothing is
changed in place, so any decision can be explained against the goal in force that day (each
decision logs ``goal_version``). The goal in force on a day is the newest approved version whose
date range covers that day; with none, runs use the defaults.

Saving refuses goals that break a hard limit
(:func:`~nextbest.tools.decisioning.goal.goal_problems`)
with :class:`GoalRefused`, naming each field at fault.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from nextbest.app.workspace.limits_store import LimitsStore
from nextbest.app.workspace.versioned_store import VersionedStore, approval_fields
from nextbest.brand_context.field_diff import FieldChange, field_changes
from nextbest.brand_context.models import CHANNELS, BrandPack
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.decisioning import RunConfig
from nextbest.tools.decisioning.brand_limits import BrandLimits, apply_limits
from nextbest.tools.decisioning.goal import Goal, GoalProblem, goal_problems


class GoalVersion(BaseModel):
    """One approved goal.

    Attributes:
        version: 1, 2, … in approval order.
        goal: The goal.
        author: Who asked for it (the maker).
        approved_by: Who approved it.
        created_at: When it was approved (UTC).
        reason: Why, in the approver's words.
        conversation_id: The chat conversation it came from, if any.
    """

    model_config = ConfigDict(frozen=True)

    version: int
    goal: Goal
    author: str
    approved_by: str
    created_at: datetime
    reason: str
    conversation_id: str | None = None


class GoalRefused(ValueError):
    """A goal breaks a hard limit; ``problems`` names each field and reason."""

    def __init__(self, problems: list[GoalProblem]) -> None:
        self.problems = problems
        super().__init__("goal refused: " + "; ".join(str(p) for p in problems))


def _flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            out.update(_flatten(item, f"{prefix}.{key}" if prefix else str(key)))
        return out
    return {prefix: value}


FieldStatus = Literal["changed", "inherited", "default"]


class FieldReview(BaseModel):
    """One field of the complete goal a proposal would put in force, and where its value is from.

    Attributes:
        path: The field (per channel for caps and budgets, e.g. ``channel_caps.sms``).
        status: ``changed`` by this proposal, ``inherited`` from the goal in force, or
            ``default`` (the goal says nothing; runs use the defaults and the brand limits).
        value: The value after approval (None = not set by the goal).
        before: The value in the goal in force (for ``changed``).
    """

    model_config = ConfigDict(frozen=True)

    path: str
    status: FieldStatus
    value: Any = None
    before: Any = None

    def __str__(self) -> str:
        shown = (
            "not set (run default)" if self.value in (None, [], {}, "") else json.dumps(self.value)
        )
        if self.status == "changed":
            return f"{self.path}: {json.dumps(self.before)} → {shown}  [changed]"
        return f"{self.path}: {shown}  [{self.status}]"


def _review_fields(goal: Goal) -> dict[str, Any]:
    """A goal's fields, per channel for the per-channel ones (every channel listed)."""
    data = goal.model_dump(mode="json")
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in _PER_CHANNEL:
            for channel in CHANNELS:
                out[f"{key}.{channel}"] = (value or {}).get(channel)
        else:
            out[key] = value
    return out


_PER_CHANNEL = ("channel_caps", "channel_budgets", "daily_caps")


def goal_review(base: Goal | None, new: Goal) -> list[FieldReview]:
    """The complete goal ``new`` with each field marked changed, inherited or default.

    Args:
        base: The goal in force the proposal starts from (None = the defaults).
        new: The proposed goal.
    """
    before = _review_fields(base or Goal())
    after = _review_fields(new)
    defaults = _review_fields(Goal())
    out = []
    for path, value in after.items():
        if before.get(path) != value:
            status: FieldStatus = "changed"
        elif value == defaults.get(path):
            status = "default"
        else:
            status = "inherited"
        out.append(
            FieldReview(
                path=path,
                status=status,
                value=value,
                before=before.get(path) if status == "changed" else None,
            )
        )
    return out


def goal_diff(old: Goal | None, new: Goal) -> list[FieldChange]:
    """Field-level changes from ``old`` (None = defaults) to ``new``, in a stable order.

    Lists (audience, favour, excluded offers) compare as whole values.
    """
    before = (old or Goal()).model_dump(mode="json")
    changes = field_changes(before, new.model_dump(mode="json"))
    return sorted(changes, key=lambda change: change.path)


class GoalStore(VersionedStore[GoalVersion]):
    """Versioned approved goals in the workspace database.

    Args:
        workspace: The workspace (or its folder).
        limits: Fixed limits every saved goal must respect; None (the default) reads the brand
            limits in force from the workspace each time
            (:class:`~nextbest.app.workspace.limits_store.LimitsStore`).
        clock: Returns "now" (UTC); tests pass a fixed clock.
    """

    def __init__(
        self,
        workspace: Workspace | str,
        limits: BrandLimits | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(workspace, clock)
        self._fixed_limits = limits
        self._limit_versions: LimitsStore | None = None

    @property
    def limits(self) -> BrandLimits:
        """The brand limits in force (read afresh: an approval elsewhere binds at once)."""
        if self._fixed_limits is not None:
            return self._fixed_limits
        if self._limit_versions is None:
            self._limit_versions = LimitsStore(self.workspace, clock=self._clock)
        return self._limit_versions.in_force()

    table = "goal_versions"

    def close(self) -> None:
        """Close the connections."""
        super().close()
        if self._limit_versions is not None:
            self._limit_versions.close()

    # -- reading -----------------------------------------------------------------------------

    def _row(self, row: Any) -> GoalVersion:
        return GoalVersion(
            **approval_fields(row),
            goal=Goal.model_validate(json.loads(row["body"])),
            conversation_id=row["conversation_id"],
        )

    def version(self, number: int) -> GoalVersion:
        """One version.

        Raises:
            KeyError: If there is no such version.
        """
        row = self._version_row(number)
        if row is None:
            raise KeyError(f"no goal version {number}")
        return self._row(row)

    def current(self) -> GoalVersion | None:
        """The newest approved version (in force or not), or None."""
        row = self._latest_row()
        return self._row(row) if row else None

    def in_force(self, moment: datetime) -> GoalVersion | None:
        """The goal in force at ``moment``: the newest version whose range covers the day.

        Args:
            moment: The decision time (aware; naive = UTC); its UTC date is tested.
        """
        moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        return self.in_force_on(moment.astimezone(UTC).date())

    def in_force_on(self, day: date) -> GoalVersion | None:
        """The goal in force on ``day``: the newest version whose date range covers it."""
        for row in reversed(self._version_rows()):
            found = self._row(row)
            if found.goal.covers(day):
                return found
        return None

    def run_config(
        self, moment: datetime, pack: BrandPack, base: RunConfig | None = None
    ) -> RunConfig:
        """The run configuration at ``moment``: the goal in force on ``base``, within the limits."""
        found = self.in_force(moment)
        if found is None:
            return apply_limits(base or RunConfig(), self.limits)
        return self.config_for(found.goal, pack, base, version=found.version)

    def config_for(
        self,
        goal: Goal,
        pack: BrandPack,
        base: RunConfig | None = None,
        version: int | None = None,
    ) -> RunConfig:
        """The run configuration ``goal`` asks for, tightened to the brand limits in force."""
        return apply_limits(goal.run_config(pack, base, version=version), self.limits)

    # -- changing ----------------------------------------------------------------------------

    def problems(self, goal: Goal, pack: BrandPack, today: date | None = None) -> list[GoalProblem]:
        """Hard limits ``goal`` breaks (empty = it may be approved)."""
        return goal_problems(goal, pack, today or self._clock().date(), self.limits)

    def base_for(self, goal: Goal, today: date | None = None) -> GoalVersion | None:
        """The goal in force on the first day of ``goal`` (today when it has no start).

        A proposal is reviewed against this version, not the newest one: a newer goal for other
        dates (a weekend, a season) is not what ``goal`` replaces.
        """
        return self.in_force_on(goal.starts_on or today or self._clock().date())

    def diff(self, goal: Goal, today: date | None = None) -> list[FieldChange]:
        """What approving ``goal`` would change, against the goal in force for its dates."""
        base = self.base_for(goal, today)
        return goal_diff(base.goal if base else None, goal)

    def save(
        self,
        goal: Goal,
        *,
        pack: BrandPack,
        author: str,
        approved_by: str,
        reason: str,
        conversation_id: str | None = None,
        today: date | None = None,
    ) -> GoalVersion:
        """Store an approved goal as a new version.

        Args:
            goal: The goal.
            pack: The brand pack in force (offer validity).
            author: Who asked for it.
            approved_by: Who approved it.
            reason: Why.
            conversation_id: The chat conversation, if any.
            today: The day the limits are checked for (default: the clock's date).

        Raises:
            GoalRefused: If it breaks a hard limit.
            ValueError: If author, approver or reason is empty.
        """
        if not author.strip() or not approved_by.strip() or not reason.strip():
            raise ValueError("a goal needs an author, an approver and a reason")
        problems = self.problems(goal, pack, today)
        if problems:
            raise GoalRefused(problems)
        now = self._clock()
        number = self._append(
            {
                "created_at": now.astimezone(UTC).isoformat(),
                "author": author,
                "approved_by": approved_by,
                "reason": reason,
                "conversation_id": conversation_id,
                "body": goal.model_dump_json(),
            }
        )
        return self.version(number)
