"""Chat replies as UI in the browser (issue 20, item 6): tables, bar charts, clickable examples.

The terminal prints a tool's result as text (``agents/chat_templates/guided_result.j2``); the web
page renders the same JSON result as UI instead:

- a **preview** as a table of current vs proposed (messages, no message, expected value), small
  bar charts of the offer and channel shares (server-rendered SVG: no script, nothing fetched,
  allowed by the page's content security policy) and the no-message reasons — with
  :data:`COLD_START`, a plain explanation, while the policy has not learned from any outcome;
- a **proposal** as the field diff table the proposals page uses;
- the **goals** in force as a table;
- **help** as a short list of example sentences the marketer clicks to fill the message box.

Every builder takes the tool's data and returns plain values for the templates
(``chat_views.j2``), which escape them; the SVG is built here with every label escaped.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from markupsafe import Markup, escape

EXAMPLES = Path(__file__).parent / "chat_examples.yaml"
"""Example requests shown as help; ``{offer}`` and ``{segment}`` are filled from the workspace."""

CURRENT_COLOUR = "#9aa7b8"
PROPOSED_COLOUR = "#2f6fb3"


@dataclass(frozen=True)
class Example:
    """One clickable example: what to type, and what it does."""

    text: str
    does: str


@lru_cache(maxsize=1)
def _example_lines() -> list[dict[str, str]]:
    data = yaml.safe_load(EXAMPLES.read_text(encoding="utf-8"))
    return list(data["examples"])


def help_examples(offers: Sequence[str], segments: Sequence[str]) -> list[Example]:
    """The help examples, naming one of the brand's offers and customer segments when it has them.

    Args:
        offers: Offer names of the pack in force (the first is used in examples).
        segments: Segment phrases the customer schema makes nameable ("loyalty members").

    Returns:
        The examples; those needing an offer or a segment the workspace lacks are left out.
    """
    out = []
    for line in _example_lines():
        text = line["text"]
        if "{offer}" in text and not offers:
            continue
        if "{segment}" in text and not segments:
            continue
        text = text.replace("{offer}", offers[0] if offers else "")
        text = text.replace("{segment}", segments[0] if segments else "")
        out.append(Example(text=text, does=line["does"]))
    return out


def _percent(value: float) -> str:
    return f"{value * 100:.1f} %"


def bar_chart(title: str, current: dict[str, float], proposed: dict[str, float]) -> Markup:
    """Horizontal paired bars (current, proposed) per label, as an inline SVG.

    Args:
        title: The chart's accessible title.
        current: Share per label under the goal in force (0–1).
        proposed: Share per label under the proposed goal.

    Returns:
        The SVG markup (every text escaped).
    """
    labels = list(dict.fromkeys([*proposed, *current]))
    label_width, bar_width, row, bar = 170, 260, 30, 11
    height = row * len(labels) + 28
    width = label_width + bar_width + 70
    parts = [
        f'<svg class="bars" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for i, label in enumerate(labels):
        y = 6 + i * row
        parts.append(
            f'<text x="{label_width - 8}" y="{y + bar + 3}" text-anchor="end" '
            f'font-size="12">{escape(label)}</text>'
        )
        for j, (series, colour) in enumerate(
            ((current, CURRENT_COLOUR), (proposed, PROPOSED_COLOUR))
        ):
            share = float(series.get(label, 0.0))
            length = max(0.0, min(1.0, share)) * bar_width
            top = y + j * (bar + 1)
            name = "current" if j == 0 else "proposed"
            parts.append(
                f'<rect class="bar-{name}" x="{label_width}" y="{top}" width="{length:.1f}" '
                f'height="{bar}" fill="{colour}"><title>{escape(label)} {name}: '
                f"{_percent(share)}</title></rect>"
            )
            parts.append(
                f'<text x="{label_width + length + 4:.1f}" y="{top + bar - 1}" '
                f'font-size="10">{_percent(share)}</text>'
            )
    legend_y = height - 8
    parts.append(
        f'<rect x="{label_width}" y="{legend_y - 9}" width="10" height="10" '
        f'fill="{CURRENT_COLOUR}"/><text x="{label_width + 14}" y="{legend_y}" '
        'font-size="11">current goal</text>'
        f'<rect x="{label_width + 110}" y="{legend_y - 9}" width="10" height="10" '
        f'fill="{PROPOSED_COLOUR}"/><text x="{label_width + 124}" y="{legend_y}" '
        'font-size="11">proposed</text>'
    )
    parts.append("</svg>")
    return Markup("".join(parts))


COLD_START = (
    "The decision policy has not learned from any outcome yet (cold start): every message "
    "starts with the same expected value, 0, so the choices above are exploration among what "
    "consent, caps, the brand limits and the goal allow — not a forecast. What this preview "
    "shows is how the goal moves the choices; expected values appear once outcomes come back "
    "(nextbest feedback) and the policy learns from them."
)
"""Why a preview's expected values are 0 before the policy has learned from any outcome."""


def preview_view(data: dict[str, Any]) -> dict[str, Any] | None:
    """A ``preview_goal_change`` result as tables and charts (None if it is not one)."""
    if not isinstance(data.get("current"), dict) or not isinstance(data.get("proposed"), dict):
        return None
    current, proposed = data["current"], data["proposed"]
    reasons = list(dict.fromkeys([*current["no_message_why"], *proposed["no_message_why"]]))
    return {
        "sample_size": data.get("sample_size", 0),
        "based_on_version": data.get("based_on_version"),
        "changes": _fields(data.get("diff") or []),
        "problems": list(data.get("problems") or []),
        "summary": [
            ("messages", current["messages"], proposed["messages"]),
            ("no message", current["no_message"], proposed["no_message"]),
            ("expected value", current["expected_value"], proposed["expected_value"]),
        ],
        "offer_chart": bar_chart(
            "Share of customers by offer", current["share_by_offer"], proposed["share_by_offer"]
        ),
        "channel_chart": bar_chart(
            "Share of customers by channel",
            current["share_by_channel"],
            proposed["share_by_channel"],
        ),
        "reasons": [
            (r, current["no_message_why"].get(r, 0), proposed["no_message_why"].get(r, 0))
            for r in reasons
        ],
        "reach": [
            (offer, reach.get("may_receive", 0), reach.get("excluded") or {})
            for offer, reach in (proposed.get("favoured_reach") or {}).items()
        ],
    }


def _fields(diff: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {"path": str(c.get("path", "")), "before": c.get("before"), "after": c.get("after")}
        for c in diff
        if isinstance(c, dict)
    ]


def proposal_view(data: dict[str, Any]) -> dict[str, Any] | None:
    """A ``propose_goal_change`` result awaiting approval as the proposals page's diff table."""
    if data.get("status") != "awaiting_approval":
        return None
    return {
        "fields": _fields(data.get("diff") or []),
        "kept": [
            {"path": str(f.get("path")), "value": f.get("value"), "status": str(f.get("status"))}
            for f in data.get("review") or []
            if isinstance(f, dict) and f.get("status") != "changed"
        ],
        "based_on_version": data.get("based_on_version"),
    }


def goals_view(data: dict[str, Any]) -> dict[str, Any] | None:
    """A ``get_goals`` result as a table of the goal in force (None if it is not one)."""
    if "offers" not in data and "in_force" not in data:
        return None
    in_force = data.get("in_force") or None
    rows = []
    if in_force:
        goal = in_force.get("goal") or {}
        rows = [
            (key, json.dumps(value, ensure_ascii=False))
            for key, value in goal.items()
            if value not in (None, [], {}, "") and key != "summary"
        ]
    return {
        "in_force": in_force,
        "rows": rows,
        "limits": data.get("limits_in_force", ""),
        "offers": [o.get("id", "") for o in data.get("offers") or [] if isinstance(o, dict)],
    }


VIEWS = {
    "preview_goal_change": ("preview", preview_view),
    "propose_goal_change": ("proposal", proposal_view),
    "get_goals": ("goals", goals_view),
}
"""Tool → (view kind, builder)."""


def tool_view(tool: str, content: str) -> tuple[str, dict[str, Any]] | None:
    """A tool message's JSON content as a view, or None when it has none (then text is shown)."""
    if tool not in VIEWS:
        return None
    try:
        data = json.loads(content)
    except ValueError:
        return None
    if not isinstance(data, dict) or "error" in data:
        return None
    kind, build = VIEWS[tool]
    try:
        view = build(data)
    except (KeyError, TypeError, ValueError):  # an older result's shape: show its text instead
        return None
    return (kind, view) if view is not None else None
