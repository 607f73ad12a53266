"""Reading the sending limits of a goal sentence: caps per channel, send window, holdout.

Caps ("no more than one SMS a week", "höchstens 2 E-Mails am Tag") are read by a small token
scanner; the send window from "between 9 and 5", "not after 8 pm" or a day part; the holdout
from a percentage near a control-group cue. An incomplete one becomes a question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from nextbest.agents.goal_reading import (
    ReadingState,
    alternation,
    has_phrase,
    number_value,
    vocabulary,
)

_HOUR = r"(\d{1,2})(?::00)?\s*(am|pm|uhr)?"


def _hour(number: str, suffix: str | None) -> int:
    hour = int(number)
    if suffix == "pm" and hour < 12:
        hour += 12
    if suffix == "am" and hour == 12:
        hour = 0
    return hour


def _set_window(state: ReadingState, start: int, end: int) -> None:
    if not (0 <= start < end <= 24):
        state.ask(f"{start}–{end} is not a window within one day: which local hours?")
        return
    state.patch["send_window"] = {"start_hour": start, "end_hour": end}
    state.found_any = True


def read_window(state: ReadingState) -> None:
    """The send window: "between 9 and 5", "not after 8 pm", "mornings only"."""
    vocab = vocabulary()
    default = vocab["default_window"]
    for first, second in vocab["between"]:
        if match := re.search(rf" {first} {_HOUR} {second} {_HOUR} ", state.text):
            start = _hour(match.group(1), match.group(2))
            end = _hour(match.group(3), match.group(4))
            if match.group(4) is None and match.group(2) is None and end < start:
                end += 12  # "between 9 and 5"
            _set_window(state, start, end)
            state.assumptions.append("hours are the customer's local time")
            state.consume(match)
            return
    before = re.search(rf" {alternation(vocab['not_before'])} {_HOUR} ", state.text)
    after = re.search(rf" {alternation(vocab['not_after'])} {_HOUR} ", state.text)
    if before and not after:  # "nothing before 10 am or after 7 pm"
        after = re.search(
            rf" (?:or|and|oder|und|,)(?: not| nothing| nichts| nicht)? (?:after|nach) {_HOUR} ",
            state.text,
        )
    if before and after:
        start = _hour(before.group(1), before.group(2))
        end = _hour(after.group(1), after.group(2))
        _set_window(state, start, end)
        state.assumptions.append("hours are the customer's local time")
        for match in sorted((before, after), key=lambda m: m.start(), reverse=True):
            state.consume(match)
        return
    if match := after:
        end = _hour(match.group(1), match.group(2))
        _set_window(state, default["start"], end)
        state.assumptions.append(
            f"not after {end:02d}:00 local time; the window starts at {default['start']:02d}:00"
        )
        state.consume(match)
        return
    if match := before:
        start = _hour(match.group(1), match.group(2))
        _set_window(state, start, default["end"])
        state.assumptions.append(
            f"not before {start:02d}:00 local time; the window ends at {default['end']:02d}:00"
        )
        state.consume(match)
        return
    for name, part in vocab["day_parts"].items():
        if match := re.search(rf" (?:only )?{alternation(part['words'])}(?: only)? ", state.text):
            _set_window(state, part["start"], part["end"])
            state.assumptions.append(
                f"{name} = {part['start']:02d}:00–{part['end']:02d}:00 in the customer's local time"
            )
            state.consume(match)
            return
    if has_phrase(state.text, vocab["window_cues"]):
        state.ask("Which local hours may messages go out? For example 'between 9 and 18'.")


def read_holdout(state: ReadingState) -> None:
    """The holdout share: the percentage nearest a control-group cue."""
    vocab = vocabulary()
    cue = re.search(rf" {alternation(vocab['holdout_cues'])}\w* ", state.text)
    if cue is None:
        return
    amount = rf"(\d+(?:[.,]\d+)?|{alternation(list(vocab['numbers']))})"
    percents = list(re.finditer(rf" {amount} ?{alternation(vocab['percent_words'])} ", state.text))
    if not percents:
        state.ask("What share should be held out as the control group, e.g. '5 %'?")
        state.consume(cue)
        return
    nearest = min(percents, key=lambda m: abs(m.start() - cue.start()))
    word = nearest.group(1)
    value = float(word.replace(",", ".")) if word[0].isdigit() else float(number_value(word) or 0)
    share = round(value / 100, 4)
    state.patch["holdout_share"] = share
    state.found_any = True
    for match in sorted((nearest, cue), key=lambda m: m.start(), reverse=True):
        state.consume(match)


@dataclass
class _Token:
    kind: str  # num, ch, per, word
    value: Any
    word: str


def _cap_tokens(text: str) -> list[_Token]:  # noqa: C901 - a small hand-written scanner
    vocab = vocabulary()
    channels = {w: ch for ch, words in vocab["channels"].items() for w in words}
    channels |= {w: "*" for w in vocab["all_channels"]}
    periods = {w: p for p, words in vocab["periods"].items() for w in words}
    markers = set(vocab["period_markers"]) | set(vocab["every"])
    words = text.split()
    out: list[_Token] = []
    i = 0
    while i < len(words):
        word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        after = words[i + 2] if i + 2 < len(words) else ""
        if word in markers and number_value(nxt) and after in periods:
            unit = periods[after]
            days = 1 if unit == "day" else int(unit)
            out.append(_Token("per", days * (number_value(nxt) or 1), " ".join(words[i : i + 3])))
            i += 3
            continue
        if word in periods:
            out.append(_Token("per", periods[word], word))
        elif word in vocab["times"]:
            out.append(_Token("num", vocab["times"][word], word))
        elif number_value(word) is not None:
            out.append(_Token("num", number_value(word), word))
        elif word in channels:
            out.append(_Token("ch", channels[word], word))
        else:
            out.append(_Token("word", None, word))
        i += 1
    return out


def read_caps(state: ReadingState) -> None:  # noqa: C901 - each way a cap can be incomplete
    """Caps per channel, per day and overall ("at most one SMS a week")."""
    vocab = vocabulary()
    tokens = _cap_tokens(state.text)
    cue = has_phrase(state.text, vocab["cap_cues"])
    channel_at = [i for i, t in enumerate(tokens) if t.kind == "ch"]
    if not channel_at:
        has_number = any(t.kind == "num" for t in tokens)
        if cue and has_number and any(t.kind == "per" for t in tokens):
            state.ask("For which channel: SMS, email or push?")
        return
    used: set[int] = set()
    for n, i in enumerate(channel_at):
        channel = tokens[i].value
        low = channel_at[n - 1] + 1 if n else 0
        high = channel_at[n + 1] if n + 1 < len(channel_at) else len(tokens)
        number = next(  # a count before the channel ("one SMS") not taken by an earlier cap
            (j for j in range(i - 1, low - 1, -1) if tokens[j].kind == "num" and j not in used),
            None,
        )
        if number is None:
            number = next(
                (j for j in range(i + 1, high) if tokens[j].kind == "num" and j not in used),
                None,
            )
        if number is not None:
            used.add(number)
        label = "messages" if channel == "*" else channel.upper() if channel == "sms" else channel
        if number is None:
            if cue:
                state.ask(
                    f"How many {label} at most, and per day, week or month? "
                    f"For example 'at most 1 {label} a week'."
                )
            continue
        start = max(i, number) + 1
        period = next((j for j in range(start, len(tokens)) if tokens[j].kind == "per"), None)
        if period is None:
            period = next((j for j in range(i - 1, -1, -1) if tokens[j].kind == "per"), None)
        count = int(tokens[number].value)
        if period is None:
            state.ask(f"At most {count} {label} per day, per week or per month?")
            continue
        days = tokens[period].value
        state.found_any = True
        if days == "day":
            if channel == "*":
                state.patch["overall_cap"] = {"max_sends": count, "days": 1}
            else:
                state.patch.setdefault("daily_caps", {})[channel] = count
            continue
        days = int(days)
        cap = {"max_sends": count, "days": days}
        if channel == "*":
            state.patch["overall_cap"] = cap
            state.assumptions.append("'messages' = all channels together")
        else:
            state.patch.setdefault("channel_caps", {})[channel] = cap
        if days == 30:
            state.assumptions.append("a month = 30 days")
