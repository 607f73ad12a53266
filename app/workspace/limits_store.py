"""The brand limits, versioned in the workspace: who proposed, who approved, when, why.

Every approved :class:`~nextbest.tools.decisioning.brand_limits.BrandLimits` is a new immutable
version; the newest one is in force for every goal check and every run from the moment it is
approved. Versions arrive only through maker–checker
(:class:`~nextbest.app.workspace.proposals.Proposals`, kind ``limits``: proposed by compliance or
an admin, approved by another one). With no version, the ceilings in code apply
(:data:`~nextbest.tools.decisioning.brand_limits.DEFAULT_LIMITS`).

Saving refuses limits that loosen a ceiling in code
(:func:`~nextbest.tools.decisioning.brand_limits.limits_problems`) with :class:`LimitsRefused`.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from nextbest.app.workspace.versioned_store import VersionedStore, approval_fields
from nextbest.tools.decisioning.brand_limits import (
    DEFAULT_LIMITS,
    BrandLimits,
    LimitProblem,
    limits_problems,
)


class LimitsVersion(BaseModel):
    """One approved version of the brand limits.

    Attributes:
        version: 1, 2, … in approval order.
        limits: The limits.
        author: Who proposed them (the maker).
        approved_by: Who approved them (the checker).
        created_at: When they were approved (UTC).
        reason: Why.
    """

    model_config = ConfigDict(frozen=True)

    version: int
    limits: BrandLimits
    author: str
    approved_by: str
    created_at: datetime
    reason: str


class LimitsRefused(ValueError):
    """Limits that would loosen a ceiling in code; ``problems`` names each setting."""

    def __init__(self, problems: list[LimitProblem]) -> None:
        self.problems = problems
        super().__init__("brand limits refused: " + "; ".join(str(p) for p in problems))


class LimitsStore(VersionedStore[LimitsVersion]):
    """Versioned brand limits in the workspace database.

    Args:
        workspace: The workspace (or its folder).
        clock: Returns "now" (UTC); tests pass a fixed clock.
    """

    table = "brand_limit_versions"

    def _row(self, row: Any) -> LimitsVersion:
        return LimitsVersion(
            **approval_fields(row), limits=BrandLimits.model_validate(json.loads(row["body"]))
        )

    def current(self) -> LimitsVersion | None:
        """The version in force (the newest approved), or None."""
        row = self._latest_row()
        return self._row(row) if row else None

    def in_force(self) -> BrandLimits:
        """The limits in force: the newest approved version, else the ceilings in code."""
        found = self.current()
        return found.limits if found else DEFAULT_LIMITS

    def save(
        self, limits: BrandLimits, *, author: str, approved_by: str, reason: str
    ) -> LimitsVersion:
        """Store approved limits as a new version (the maker–checker step is the caller's).

        Raises:
            LimitsRefused: If they loosen a ceiling in code.
            ValueError: If author, approver or reason is empty, or the approver is the author.
        """
        if not author.strip() or not approved_by.strip() or not reason.strip():
            raise ValueError("brand limits need an author, an approver and a reason")
        if author.strip().casefold() == approved_by.strip().casefold():
            raise ValueError("brand limits need a second person to approve them")
        problems = limits_problems(limits)
        if problems:
            raise LimitsRefused(problems)
        number = self._append(
            {
                "created_at": self._clock().astimezone(UTC).isoformat(),
                "author": author,
                "approved_by": approved_by,
                "reason": reason,
                "body": limits.model_dump_json(),
            }
        )
        return self._row(self._version_row(number))
