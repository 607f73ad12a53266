"""retrieve: the brand context as of the send date — voice, relevant approved claims, rules."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from langgraph.runtime import Runtime

from nextbest.agents.brief import build_brief
from nextbest.agents.context import ReleaseContext
from nextbest.agents.state import ReleaseState, decision_of

CLAIM_CANDIDATES = 8


def send_day(moment: datetime, time_zone: str) -> date:
    """The send date in the brand's time zone — the day offers and claims must be valid on.

    Decisioning reads offer validity on the brand's local date too, so a late-evening send does
    not fall on "tomorrow" in UTC for one component and "today" for another.
    """
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(ZoneInfo(time_zone)).date()


def retrieve(state: ReleaseState, runtime: Runtime[ReleaseContext]) -> dict[str, Any]:
    """Build the writing brief from the brand store as of the send time."""
    store = runtime.context.store
    decision = decision_of(state)
    moment = datetime.fromisoformat(state["send_time"])
    version = store.version_at(moment)
    pack = store.pack(version.version)
    offer_id, channel = decision.get("offer_id"), decision.get("channel")
    if not channel:
        raise ValueError(f"decision {decision['decision_id']} sends a message on no channel")
    offer = pack.offer(offer_id) if offer_id else None
    query = f"{offer.name}. {offer.terms}" if offer else pack.brand.name
    hits = store.search(query, kinds=["claim"], channel=channel, as_of=moment, k=CLAIM_CANDIDATES)
    brief = build_brief(
        pack,
        channel=channel,
        offer_id=offer_id,
        day=send_day(moment, pack.brand.default_time_zone),
        relevant_claim_ids=[h.entry_id for h in hits],
        pack_version=version.version,
        pack_hash=version.content_hash,
    )
    writer = runtime.context.writer
    return {
        "brief": brief.model_dump(mode="json"),
        "stage": "composer" if writer.name == "composer" else "llm",
        "attempts": 0,
        "history": [],
        "revision_prompt": "",
        "writer_error": None,
        "reviewer": None,
    }
