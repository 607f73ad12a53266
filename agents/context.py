"""Runtime context of the release graph (LangGraph ``context_schema``).

Everything a node needs that is not state: the brand store, the writers, the guardrail, where
records and released messages go, and the limits. It is passed to each invocation and never
checkpointed, so a process that resumes an escalation builds its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from nextbest.agents.composer import Composer
from nextbest.agents.guardrail import ComplianceGuardrail
from nextbest.agents.release_record import ReleaseSink
from nextbest.agents.writer import Writer
from nextbest.brand_context.models import BrandPack
from nextbest.brand_context.store import BrandStore
from nextbest.tools.compliance.engine import RuleEngine
from nextbest.tools.outbox import JsonlOutbox

Decider = Callable[[dict[str, Any], datetime], dict[str, Any]]
"""Scores one customer at a time and returns a decision record as plain data."""

GuardrailFactory = Callable[[BrandPack, int | None, str], ComplianceGuardrail]
"""Builds the guardrail for a pack (pack, version, content hash)."""


def rules_only_guardrail(
    pack: BrandPack, version: int | None, pack_hash: str
) -> ComplianceGuardrail:
    """The deterministic guardrail with no LLM judge."""
    return ComplianceGuardrail(
        RuleEngine(pack, pack_version=str(version) if version else None, pack_hash=pack_hash)
    )


@dataclass
class ReleaseContext:
    """What the release graph's nodes use besides state."""

    store: BrandStore = field(metadata={"description": "Brand store, read as of the send date."})
    writer: Writer = field(metadata={"description": "Writes first drafts and revisions."})
    records: ReleaseSink = field(metadata={"description": "Where release records are written."})
    fallback: Writer = field(
        default_factory=lambda: Composer(conservative=True),
        metadata={"description": "Pre-approved template copy used when revisions run out."},
    )
    guardrail_factory: GuardrailFactory = field(
        default=rules_only_guardrail,
        metadata={"description": "Builds the guardrail (rules, optional judge) for a pack."},
    )
    decider: Decider | None = field(
        default=None, metadata={"description": "Decides for one customer when no decision given."}
    )
    outbox: JsonlOutbox | None = field(
        default=None, metadata={"description": "Released single-customer messages go here."}
    )
    max_attempts: int = field(
        default=3, metadata={"description": "Write/revise rounds before the fallback template."}
    )
    _guardrails: dict[str, ComplianceGuardrail] = field(default_factory=dict, repr=False)

    def guardrail(
        self, pack: BrandPack, version: int | None, pack_hash: str
    ) -> ComplianceGuardrail:
        """The guardrail for a pack version, built once and reused."""
        if pack_hash not in self._guardrails:
            self._guardrails[pack_hash] = self.guardrail_factory(pack, version, pack_hash)
        return self._guardrails[pack_hash]
