"""What a rule proposal would block: released and queued messages re-checked as if it applied."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from nextbest.app.workspace.impact import check_impact
from nextbest.app.workspace.proposal_models import IMPACT_LIST_LIMIT, BlockedMessage, RuleImpact
from nextbest.app.workspace.records import ReleaseLog
from nextbest.brand_context.models import BrandPack
from nextbest.brand_context.store import BrandStore, VersionInfo, content_hash
from nextbest.brand_context.workspace import Workspace


class _PreviewStore:
    """The brand store as it would be after a proposal: what :func:`check_impact` reads.

    The real versions are unchanged; one more version, ``current + 1``, holds the proposed
    pack. Only the methods :func:`~nextbest.app.workspace.impact.check_impact` calls are provided,
    so a new use there fails loudly instead of silently reading the real store.
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


def rule_impact(
    workspace: Workspace, store: BrandStore, rule_id: str, proposed: BrandPack, now: datetime
) -> RuleImpact:
    """Re-check every released and queued message against the proposed rules.

    Args:
        workspace: The workspace whose release records are re-checked.
        store: Its brand store (unchanged by the check).
        rule_id: The proposed rule; only messages it blocks are listed.
        proposed: The whole pack as it would be after approval.
        now: When the check runs.

    Returns:
        How many messages were checked and which the rule would block (the first
        :data:`~nextbest.app.workspace.proposal_models.IMPACT_LIST_LIMIT`; the count is exact).
    """
    ReleaseLog(workspace).close()  # the records table exists, even if still empty
    preview = _PreviewStore(store, proposed, now)
    first = store.versions()[0].version
    runtime: Any = _PreviewRuntime(workspace, preview)
    report = check_impact(runtime, first, now)
    blocked = [m for m in report.impacted if rule_id in m.rules]
    return RuleImpact(
        rule_id=rule_id,
        computed_at=now,
        against_version=store.current_version() or 0,
        checked=report.checked,
        by_status=report.by_status,
        blocked_count=len(blocked),
        blocked=[BlockedMessage(**asdict(m)) for m in blocked[:IMPACT_LIST_LIMIT]],
        skipped=report.skipped[:20],
    )
