"""Plain-language goals offline: a deterministic reading of a marketer's sentence (issue 20).

Guided mode (no LLM) hands lines that are not explicit commands to :func:`interpret`. It reads
caps ("no more than one SMS a week", "höchstens 2 E-Mails am Tag"), the holdout ("keep 10 % as
a control group"), favoured and excluded offers (matched against the brand pack's offer names
and ids at run time — nothing here knows a brand), dates ("next month", "bis Weihnachten"),
send windows ("mornings only", "not after 8 pm") and the objective, in English and German, and
returns either the arguments an explicit ``propose`` command would make, with each assumption
spelled out, or one question when a required part is missing or ambiguous. It never stores
anything: a reading becomes a proposal that still needs approval.

The words it knows live in ``agents/goal_phrases.yaml``. Each part is read by its own module:
dates (:mod:`~nextbest.agents.goal_phrase_dates`), segments and audience
(:mod:`~nextbest.agents.goal_segment_phrases`), offers (:mod:`~nextbest.agents.goal_offer_phrases`),
caps, send window and holdout (:mod:`~nextbest.agents.goal_limit_phrases`), over the shared
reading state (:mod:`~nextbest.agents.goal_reading`); the objective and the explicit command
line are here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from nextbest.agents.goal_limit_phrases import read_caps, read_holdout, read_window
from nextbest.agents.goal_offer_phrases import OfferName, offer_keywords, read_offers
from nextbest.agents.goal_phrase_dates import read_dates
from nextbest.agents.goal_reading import (
    ReadingState,
    alternation,
    has_phrase,
    normalise,
    vocabulary,
)
from nextbest.agents.goal_segment_phrases import (
    ask_about_unread_group,
    read_audience,
    read_segments,
)
from nextbest.agents.goal_segments import SegmentCatalog


class Reading(BaseModel):
    """What a sentence was read as: a goal change with its assumptions, or one question.

    Attributes:
        arguments: The ``propose_goal_change`` arguments (as an explicit command would make
            them), or None when the interpreter asks instead.
        command: The same change as the explicit guided command line.
        assumptions: Each assumption made, in words.
        question: The one question asked when a required part is missing or ambiguous.
    """

    arguments: dict[str, Any] | None = None
    command: str = ""
    assumptions: list[str] = Field(default_factory=list)
    question: str | None = None


def _objective_named(text: str, words: Sequence[str]) -> bool:
    """Whether an objective is named and not negated ("conversions, not revenue")."""
    negations = set(vocabulary()["objective_negations"])
    for match in re.finditer(rf"(?<![\w%]){alternation(words)}(?![\w])", text):
        before = text[: match.start()].split()[-3:]
        if not any(word in negations for word in before):
            return True
    return False


def _read_objective(state: ReadingState) -> None:
    vocab = vocabulary()
    named = [name for name, words in vocab["objectives"].items() if has_phrase(state.text, words)]
    found = [n for n in named if _objective_named(state.text, vocab["objectives"][n])] or named
    if len(found) == 1:
        state.patch["objective"] = found[0]
        state.found_any = True
    elif len(found) > 1:
        state.ask(f"Which one objective: {' or '.join(found)}?")


def _condition_text(conditions: list[dict[str, Any]]) -> str:
    """Conditions as the guided command writes them (``age>=18,segment=lapsed|vip``)."""
    symbols = {"eq": "=", "ne": "!=", "gt": ">", "gte": ">=", "lt": "<", "lte": "<="}
    parts = []
    for c in conditions:
        op = c["op"]
        if op == "is_true":
            parts.append(c["field"])
        elif op == "is_false":
            parts.append(f"!{c['field']}")
        elif op == "in":
            parts.append(f"{c['field']}=" + "|".join(str(v) for v in c["value"]))
        elif op == "not_in":
            parts.extend(f"{c['field']}!={v}" for v in c["value"])
        else:
            parts.append(f"{c['field']}{symbols[op]}{c['value']}")
    text = ",".join(parts)
    return f'"{text}"' if " " in text else text


def command_line(arguments: dict[str, Any]) -> str:
    """The explicit guided command that makes the same change."""
    parts = ["propose"]
    if "objective" in arguments:
        parts.append(f"objective={arguments['objective']}")
    for preference in arguments.get("favour", []):
        segment = preference.get("segment")
        boost = f":{preference['boost']:g}" if "boost" in preference else ""
        conditions = f"{boost or ':'}:{_condition_text(segment)}" if segment else boost
        parts.append(f"favour={preference['offer_id']}{conditions}")
    if arguments.get("audience"):
        parts.append(f"audience={_condition_text(arguments['audience'])}")
    if arguments.get("exclude_offers"):
        parts.append("exclude=" + ",".join(arguments["exclude_offers"]))
    for channel, cap in arguments.get("channel_caps", {}).items():
        parts.append(f"cap.{channel}={cap['max_sends']}/{cap['days']}")
    for channel, count in arguments.get("daily_caps", {}).items():
        parts.append(f"daily.{channel}={count}")
    if "overall_cap" in arguments:
        cap = arguments["overall_cap"]
        parts.append(f"overall_cap={cap['max_sends']}/{cap['days']}")
    if "send_window" in arguments:
        window = arguments["send_window"]
        parts.append(f"window={window['start_hour']}-{window['end_hour']}")
    if "holdout_share" in arguments:
        parts.append(f"holdout={arguments['holdout_share']:g}")
    if "starts_on" in arguments:
        parts.append(f"from={arguments['starts_on']}")
    if "ends_on" in arguments:
        parts.append(f"until={arguments['ends_on']}")
    return " ".join(parts)


def interpret(
    text: str,
    *,
    today: date,
    offers: Sequence[OfferName] = (),
    segments: SegmentCatalog | None = None,
) -> Reading:
    """Read a plain sentence as a goal change, or ask one question.

    Args:
        text: What the marketer typed.
        today: The chat's day (relative dates count from it).
        offers: The brand pack's offers, matched by name and id.
        segments: The customer segments the workspace's customer schema makes nameable
            (:func:`nextbest.agents.goal_segments.segments_from_schema`).

    Returns:
        The reading: the change with its assumptions, or a question.
    """
    catalog = segments or SegmentCatalog()
    extra = set().union(*(offer_keywords(o) for o in offers)) if offers else set()
    normalised_text, corrections = normalise(text, extra | catalog.words())
    state = ReadingState(normalised_text, today)
    read_dates(state)
    read_segments(state, catalog)
    read_window(state)
    read_holdout(state)
    read_offers(state, offers)
    ask_about_unread_group(state, catalog)
    read_audience(state)
    _read_objective(state)
    read_caps(state)
    if not state.questions and state.patch and set(state.patch) <= {"starts_on", "ends_on"}:
        state.ask(  # dates alone change nothing: ask what should change for them
            "What should change for those dates? For example 'favour <offer>', 'at most 1 SMS "
            "a week' or 'focus on retention'."
        )
    if state.questions:
        return Reading(question=state.questions[0], assumptions=state.assumptions)
    if not state.found_any or not state.patch:
        return Reading(
            question=(
                "What should change in the goal? For example 'at most 1 SMS a week', "
                "'keep 5 % as a control group', 'favour <offer> next month', 'mornings only' "
                "or 'focus on retention'. Type help for the commands."
            )
        )
    assumptions = [f"read '{c.split(' → ')[0]}' as '{c.split(' → ')[1]}'" for c in corrections]
    return Reading(
        arguments=state.patch,
        command=command_line(state.patch),
        assumptions=assumptions + state.assumptions,
    )


__all__ = ["OfferName", "Reading", "command_line", "interpret"]
