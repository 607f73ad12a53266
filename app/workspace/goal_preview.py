"""What a goal change would do to a sample of customers: shares, value, who gets nothing and why.

The chat's preview scores the same customers under the current and the proposed goal and shows
both summaries side by side; nothing is stored.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from nextbest.tools.decisioning import RunConfig

PREVIEW_SAMPLE = 300
"""Customers scored by a preview (the first rows of the customer table)."""


def decision_summary(records: list[Any], engine: Any, config: RunConfig) -> dict[str, Any]:
    """Shares by offer and channel, expected value, and why customers get no message.

    Args:
        records: The decision records of the sample.
        engine: The decision engine that made them (its action space names the messages).
        config: The run configuration they were decided under (its favoured offers).
    """
    n = max(1, len(records))
    by_offer = Counter(r.offer_id or "no_message" for r in records)
    by_channel = Counter(r.channel or "no_message" for r in records)
    why: Counter[str] = Counter()
    value = 0.0
    for record in records:
        chosen = next((a for a in record.top_actions if a.action_id == record.action_id), None)
        value += chosen.expected_reward if chosen else 0.0
        if record.action_id != "no_message":
            continue
        if record.holdout:
            why["holdout"] += 1
        elif len(record.mask_reasons) and _all_messages_blocked(record, engine):
            why[_main_reason(record.mask_reasons)] += 1
        else:
            why["policy chose no message"] += 1
    return {
        "share_by_offer": {k: round(v / n, 3) for k, v in by_offer.most_common()},
        "share_by_channel": {k: round(v / n, 3) for k, v in by_channel.most_common()},
        "messages": n - by_offer.get("no_message", 0),
        "no_message": by_offer.get("no_message", 0),
        "no_message_why": dict(why.most_common()),
        "expected_value": round(value, 2),
        "expected_value_per_customer": round(value / n, 4),
        "favoured_reach": _favoured_reach(records, engine, config),
    }


def _favoured_reach(records: list[Any], engine: Any, config: RunConfig) -> dict[str, Any]:
    """Per favoured offer: how many sampled customers may receive it, and why the others not.

    A customer is excluded from an offer when every action of that offer is blocked for them;
    the reason given is the one blocking most of those actions (e.g. ``ineligible``).
    """
    out: dict[str, Any] = {}
    for offer_id in dict.fromkeys(p.offer_id for p in config.targeting.favour):
        actions = {a.id for a in engine.space.actions if a.offer_id == offer_id}
        if not actions:
            continue
        excluded: Counter[str] = Counter()
        for record in records:
            hits: Counter[str] = Counter()
            blocked: set[str] = set()
            for reason, ids in record.mask_reasons.items():
                mine = actions.intersection(ids)
                if mine:
                    hits[reason] += len(mine)
                    blocked |= mine
            if blocked == actions:
                excluded[hits.most_common(1)[0][0]] += 1
        out[offer_id] = {
            "may_receive": len(records) - sum(excluded.values()),
            "excluded": dict(excluded.most_common()),
        }
    return out


def _all_messages_blocked(record: Any, engine: Any) -> bool:
    """Whether every message action was masked for this customer."""
    blocked = {a for ids in record.mask_reasons.values() for a in ids}
    return all(a.id in blocked for a in engine.space.actions if a.is_message)


def _main_reason(mask_reasons: dict[str, list[str]]) -> str:
    """The mask reason that blocked the most actions."""
    return max(mask_reasons.items(), key=lambda kv: len(kv[1]))[0]
