"""Guided mode: the marketer chat's operations as explicit commands, for when no LLM is set.

It never pretends to be an LLM: every command maps one-to-one to a chat tool call (the same
tools, the same approval step), and every reply is the tool's result rendered from a template.
``help`` lists the commands (``agents/chat_templates/guided_help.j2``).
"""

from __future__ import annotations

import json
import re
import shlex
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from nextbest.agents.goal_phrases import OfferName, interpret
from nextbest.agents.goal_segments import SegmentCatalog

TEMPLATES = Path(__file__).parent / "chat_templates"

_CONDITION = re.compile(r"^\s*(!?)([A-Za-z_][A-Za-z0-9_]*)\s*(?:(>=|<=|!=|=|>|<)\s*(.+))?\s*$")
_OPS = {">=": "gte", "<=": "lte", ">": "gt", "<": "lt", "=": "eq", "!=": "ne"}
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")
_HOURS = re.compile(r"^\s*(\d{1,2})(?::00)?\s*[-–]\s*(\d{1,2})(?::00)?\s*$")


class GuidedError(ValueError):
    """A command that cannot be understood; the message says how to write it."""


@dataclass(frozen=True)
class GuidedCommand:
    """A parsed command: a tool call, help, or quit."""

    kind: str
    tool: str | None = None
    arguments: dict[str, Any] | None = None


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(name: str, **variables: Any) -> str:
    """Render ``agents/chat_templates/<name>.j2``."""
    return _environment().get_template(f"{name}.j2").render(**variables).strip()


def help_text() -> str:
    """The guided mode's command list."""
    return render("guided_help")


def _value(text: str) -> Any:
    text = text.strip()
    for cast in (int, float):
        try:
            return cast(text)
        except ValueError:
            pass
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    return text


def parse_condition(text: str) -> dict[str, Any]:
    """``days_since_last_purchase>=90`` → an eligibility condition as data.

    Raises:
        GuidedError: If the condition cannot be read.
    """
    match = _CONDITION.match(text)
    if not match:
        raise GuidedError(f"cannot read the condition {text!r} (e.g. orders_count>=1)")
    negate, field, op, value = match.groups()
    if op is None:
        return {"field": field, "op": "is_false" if negate else "is_true"}
    if negate:
        raise GuidedError(f"{text!r}: '!' only negates a yes/no field (e.g. !loyalty_member)")
    if op == "=" and "|" in value:
        return {"field": field, "op": "in", "value": [_value(v) for v in value.split("|")]}
    return {"field": field, "op": _OPS[op], "value": _value(value)}


def _conditions(text: str) -> list[dict[str, Any]]:
    return [parse_condition(part) for part in text.split(",") if part.strip()]


def _rate(key: str, text: str) -> dict[str, int]:
    match = _RATE.match(text)
    if not match:
        raise GuidedError(f"{key}={text!r}: write SENDS/DAYS, e.g. {key}=2/7")
    return {"max_sends": int(match.group(1)), "days": int(match.group(2))}


def _window(text: str) -> dict[str, int]:
    match = _HOURS.match(text)
    if not match:
        raise GuidedError(f"window={text!r}: write START-END in local hours, e.g. window=9-18")
    return {"start_hour": int(match.group(1)), "end_hour": int(match.group(2))}


def parse_goal_options(options: list[str]) -> dict[str, Any]:
    """``KEY=VALUE`` options → the arguments of a goal change (see the help text).

    Raises:
        GuidedError: Naming the option that could not be read.
    """
    patch: dict[str, Any] = {}
    for option in options:
        if "=" not in option:
            raise GuidedError(f"{option!r}: options are KEY=VALUE (type help for the keys)")
        key, value = option.split("=", 1)
        key = key.strip().lower()
        if key == "objective":
            patch["objective"] = value.strip()
        elif key == "favour" or key == "favor":
            parts = value.split(":", 2)
            preference: dict[str, Any] = {"offer_id": parts[0].strip()}
            if len(parts) > 1 and parts[1].strip():
                try:
                    preference["boost"] = float(parts[1])
                except ValueError:
                    raise GuidedError(f"favour={value!r}: the boost must be a number") from None
            if len(parts) > 2:
                preference["segment"] = _conditions(parts[2])
            patch.setdefault("favour", []).append(preference)
        elif key == "exclude":
            patch["exclude_offers"] = [v.strip() for v in value.split(",") if v.strip()]
        elif key.startswith("cap."):
            patch.setdefault("channel_caps", {})[key[4:]] = _rate(key, value)
        elif key.startswith("daily."):
            try:
                patch.setdefault("daily_caps", {})[key[6:]] = int(value)
            except ValueError:
                raise GuidedError(f"{key}={value!r}: a daily cap is a whole number") from None
        elif key in ("window", "send_window"):
            patch["send_window"] = _window(value)
        elif key == "overall_cap":
            patch["overall_cap"] = _rate(key, value)
        elif key.startswith("budget."):
            try:
                patch.setdefault("channel_budgets", {})[key[7:]] = int(value)
            except ValueError:
                raise GuidedError(f"{key}={value!r}: a budget is a whole number") from None
        elif key == "holdout":
            try:
                patch["holdout_share"] = float(value)
            except ValueError:
                raise GuidedError(f"holdout={value!r}: a share such as 0.05") from None
        elif key == "audience":
            patch["audience"] = _conditions(value)
        elif key in ("from", "starts_on"):
            patch["starts_on"] = value.strip()
        elif key in ("until", "ends_on"):
            patch["ends_on"] = value.strip()
        elif key == "summary":
            patch["summary"] = value
        elif key == "reset":
            patch["reset"] = value.strip().lower() in ("yes", "true", "1")
        else:
            raise GuidedError(f"unknown key {key!r} (type help for the keys)")
    return patch


def split_line(text: str) -> list[str]:
    """A typed line → words: double quotes group words, apostrophes and any Unicode are kept.

    Only double quotes (straight or typographic) group words, so "don't" or "Kund*innen's"
    stay as typed; an unclosed double quote is taken literally instead of failing the line.
    """
    text = unicodedata.normalize("NFC", text).replace("“", '"').replace("”", '"').replace("„", '"')
    lexer = shlex.shlex(text, posix=True)
    lexer.whitespace_split = True
    lexer.quotes = '"'
    lexer.escape = ""
    lexer.commenters = ""
    try:
        return list(lexer)
    except ValueError:  # an unclosed double quote: read the line word by word
        return text.split()


COMMANDS = ("goals", "preview", "propose", "explain", "search", "help", "quit")
"""The guided commands, for short error messages."""


def parse_command(text: str) -> GuidedCommand:
    """One line typed in guided mode → a command.

    Raises:
        GuidedError: If the line is not a command.
    """
    words = split_line(text)
    if not words:
        raise GuidedError("type a command, or help")
    verb, rest = words[0].lower(), words[1:]
    if verb in ("help", "?"):
        return GuidedCommand("help")
    if verb in ("quit", "exit", "bye"):
        return GuidedCommand("quit")
    if verb == "goals":
        return GuidedCommand("tool", "get_goals", {})
    if verb in ("preview", "propose"):
        if not rest:
            raise GuidedError(f"{verb} needs at least one KEY=VALUE (type help for the keys)")
        tool = "preview_goal_change" if verb == "preview" else "propose_goal_change"
        return GuidedCommand("tool", tool, parse_goal_options(rest))
    if verb in ("explain", "why"):
        if len(rest) != 1:
            raise GuidedError("explain takes one customer id or decision id")
        key = "decision_id" if re.fullmatch(r"[0-9a-f]{32}", rest[0]) else "customer_id"
        return GuidedCommand("tool", "explain_decision", {key: rest[0]})
    if verb == "search":
        kinds = [w.split("=", 1)[1] for w in rest if w.startswith("kind=")]
        words_only = [w for w in rest if not w.startswith("kind=")]
        if not words_only:
            raise GuidedError("search needs some words, e.g. search money back guarantee")
        arguments: dict[str, Any] = {"question": " ".join(words_only)}
        if kinds:
            arguments["kinds"] = kinds
        return GuidedCommand("tool", "search_brand", arguments)
    raise GuidedError(
        f"unknown command {verb!r}; commands: {', '.join(COMMANDS)} (type help for examples)"
    )


def parse_amendment(
    text: str,
    *,
    today: date,
    offers: Sequence[OfferName] = (),
    segments: SegmentCatalog | None = None,
) -> dict[str, Any]:
    """What a maker types to amend a waiting proposal → the goal change to lay on top of it.

    Either ``KEY=VALUE`` options as ``propose`` takes them (``cap.sms=1/7 window=9-18``, with or
    without a leading ``amend``/``propose``), or a plain sentence the interpreter reads ("make it
    one SMS a week", "und nicht nach 20 Uhr").

    Raises:
        GuidedError: With the interpreter's question when the sentence is unclear, or naming
            the option that could not be read.
    """
    words = split_line(text)
    if words and words[0].lower() in ("amend", "propose", "change"):
        words = words[1:]
    if not words:
        raise GuidedError("say what to change, e.g. cap.sms=1/7 or 'at most one SMS a week'")
    if all("=" in word for word in words):
        return parse_goal_options(words)
    reading = interpret(" ".join(words), today=today, offers=offers, segments=segments)
    if reading.arguments is None:
        raise GuidedError(reading.question or "say what to change")
    return reading.arguments


def render_result(tool: str, content: str) -> str:
    """A tool message's JSON content as the guided mode's reply text."""
    try:
        data = json.loads(content)
    except json.JSONDecodeError:
        data = {"error": content}
    return render("guided_result", tool=tool, data=data)
