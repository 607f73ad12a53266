"""Reading the dates of a goal sentence: "next month", "bis Weihnachten", "from 1 March", "Q3".

Each pass sets ``starts_on`` / ``ends_on`` on the reading, records the assumption in words and
consumes the phrase; a date that does not exist or a vague one ("soon") becomes a question.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from nextbest.agents.goal_reading import (
    ReadingState,
    alternation,
    has_phrase,
    number_value,
    vocabulary,
)


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _next_month_start(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _set_dates(state: ReadingState, starts: date | None, ends: date | None, note: str) -> None:
    if starts is not None:
        state.patch["starts_on"] = starts.isoformat()
    if ends is not None:
        state.patch["ends_on"] = ends.isoformat()
    state.found_any = True
    state.assumptions.append(note)


def _month_number(word: str) -> int | None:
    for number, names in vocabulary()["months"].items():
        if word in names:
            return int(number)
    return None


def read_dates(state: ReadingState) -> None:  # noqa: C901 - one pass per date phrase, in order
    """Start and end dates, relative to the reading's day."""
    vocab, today = vocabulary(), state.today
    numbers = alternation([*vocab["numbers"], r"\d+"]).replace(r"\\d\+", r"\d+")
    units = {w: int(n) for n, words in vocab["day_units"].items() for w in words}
    for prefixes in vocab["next_n"]:
        pattern = rf" {alternation(prefixes)} (\d+|{numbers}) {alternation(list(units))} "
        if match := re.search(pattern, state.text):
            count = number_value(match.group(1)) or 0
            unit = units[match.group(0).split()[-1]]
            end = today + timedelta(days=count * unit - 1)
            _set_dates(state, today, end, f"starting today ({today}), ending {end}")
            state.consume(match)
    months_alt = alternation([w for names in vocab["months"].values() for w in names])
    since, until = alternation(vocab["since"]), alternation(vocab["until"])
    day_month = rf"(?:the )?(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? ({months_alt})"
    month_day = rf"({months_alt}) (\d{{1,2}})(?:st|nd|rd|th)?"
    for which, prefix in (("starts_on", since), ("ends_on", until)):
        for pattern, day_group, month_group in ((day_month, 1, 2), (month_day, 2, 1)):
            if match := re.search(rf" {prefix} {pattern} ", state.text):
                month = _month_number(match.group(month_group + 0)) or 1
                year = today.year + (1 if month < today.month else 0)
                try:
                    day = date(year, month, int(match.group(day_group)))
                except ValueError:
                    state.ask("Which day do you mean? That date does not exist.")
                    return
                state.patch[which] = day.isoformat()
                state.found_any = True
                if which == "starts_on" and day.year > today.year:
                    state.assumptions.append(f"{day} is next year's")
                state.consume(match)
    _read_more_dates(state, since, until, months_alt)
    next_month = alternation(vocab["next_month"])
    if match := re.search(rf" {since} (?:the )?{next_month} ", state.text):
        start = _next_month_start(today)
        _set_dates(state, start, None, f"from {start}, with no end date")
        state.consume(match)
    if match := re.search(rf" {next_month} ", state.text):
        start = _next_month_start(today)
        _set_dates(state, start, _month_end(start), f"next month = {start} to {_month_end(start)}")
        state.consume(match)
    end_of_month = alternation(vocab["end_of_month"])
    if match := re.search(rf" (?:{until} )?(?:the )?{end_of_month} ", state.text):
        _set_dates(state, None, _month_end(today), "starting when approved (no start date)")
        state.consume(match)
    if match := re.search(rf" {alternation(vocab['this_month'])} ", state.text):
        end = _month_end(today)
        _set_dates(state, today, end, f"this month = today ({today}) to {end}")
        state.consume(match)
    eve = alternation(vocab["christmas_eve"])
    if match := re.search(rf" (?:{until} )?(?:the )?{eve} ", state.text):
        day = date(today.year, 12, 24)
        day = day if day >= today else date(today.year + 1, 12, 24)
        _set_dates(state, None, day, f"until Christmas Eve = to {day}, starting when approved")
        state.consume(match)
    if match := re.search(rf" (?:{until} )?{alternation(vocab['christmas'])} ", state.text):
        christmas = date(today.year, 12, 25)
        if christmas < today:
            christmas = date(today.year + 1, 12, 25)
        _set_dates(
            state, None, christmas, f"until Christmas = to {christmas}, starting when approved"
        )
        state.consume(match)
    if match := re.search(rf" {since} {alternation(vocab['next_week'])} ", state.text):
        monday = today + timedelta(days=7 - today.weekday())
        _set_dates(state, monday, None, f"from next week = from Monday {monday}, no end date")
        state.consume(match)
    if match := re.search(rf" {alternation(vocab['next_week'])} ", state.text):
        monday = today + timedelta(days=7 - today.weekday())
        sunday = monday + timedelta(days=6)
        _set_dates(state, monday, sunday, f"next week = Monday {monday} to Sunday {sunday}")
        state.consume(match)
    if match := re.search(rf" {alternation(vocab['this_weekend'])} ", state.text):
        saturday = today + timedelta(days=(5 - today.weekday()) % 7)
        if today.weekday() == 6:
            saturday = today - timedelta(days=1)
        start, sunday = max(saturday, today), saturday + timedelta(days=1)
        _set_dates(state, start, sunday, f"this weekend = {start} to {sunday}")
        state.consume(match)
    whole = r"(?: all of| the whole of| the rest of| ganz| den ganzen| im ganzen)?"
    if match := re.search(rf" (?:in|im|during|for|über){whole} ({months_alt}) ", state.text):
        month = _month_number(match.group(1)) or 1
        year = today.year + (1 if month < today.month else 0)
        start = date(year, month, 1)
        start = max(start, today)
        end = _month_end(start)
        _set_dates(state, start, end, f"{match.group(1)} = {start} to {end}")
        state.consume(match)
    if has_phrase(state.text, vocab["vague_dates"]):
        state.ask(
            "For which dates? For example 'next month', 'until Christmas', "
            "'from 1 January' or 'for the next two weeks'."
        )


def _read_more_dates(state: ReadingState, since: str, until: str, months_alt: str) -> None:  # noqa: C901
    """Numeric dates, ends of months and the year, tomorrow, weekdays and quarters."""
    vocab, today = vocabulary(), state.today
    for which, prefix in (("starts_on", since), ("ends_on", until)):
        pattern = rf" {prefix} (?:zum |the |dem |den )?(\d{{1,2}})[.](\d{{1,2}})[.]? "
        if match := re.search(pattern, state.text):
            day_number, month = int(match.group(1)), int(match.group(2))
            year = today.year + (1 if month < today.month else 0)
            try:
                day = date(year, month, day_number)
            except ValueError:
                state.ask("Which day do you mean? That date does not exist.")
                return
            starts, ends = (day, None) if which == "starts_on" else (None, day)
            _set_dates(state, starts, ends, f"{day}")
            state.assumptions.pop()
            state.consume(match)
    end_of = alternation(vocab["end_of"])
    pattern = rf" (?:{until} )?(?:the )?{end_of} (?:the )?({months_alt}) "
    for match in [
        re.search(pattern, state.text),
        re.search(rf" {until} ({months_alt}) ", state.text),
    ]:
        if match is None:
            continue
        month = _month_number(match.group(1)) or 1
        year = today.year + (1 if month < today.month else 0)
        end = _month_end(date(year, month, 1))
        _set_dates(state, None, end, f"until the end of {match.group(1)} = to {end}")
        state.consume(match)
        break
    if match := re.search(
        rf" (?:{until} )?(?:the )?{alternation(vocab['end_of_year'])} ", state.text
    ):
        end = date(today.year, 12, 31)
        _set_dates(state, None, end, f"until the end of the year = to {end}")
        state.consume(match)
    if match := re.search(rf" {since} {alternation(vocab['tomorrow'])} ", state.text):
        start = today + timedelta(days=1)
        _set_dates(state, start, None, f"from tomorrow = from {start}, no end date")
        state.consume(match)
    weekdays = {w: int(n) for n, words in vocab["weekdays"].items() for w in words}
    pattern = rf" {since} (?:next |nächsten |kommenden )?({alternation(list(weekdays))}) "
    if match := re.search(pattern, state.text):
        ahead = (weekdays[match.group(1)] - today.weekday()) % 7 or 7
        start = today + timedelta(days=ahead)
        _set_dates(state, start, None, f"from {match.group(1)} = from {start}, no end date")
        state.consume(match)
    if match := re.search(r" (?:in |im |for |during )?(?:the )?q ?([1-4]) ", state.text):
        quarter = int(match.group(1))
        year = today.year + (1 if quarter * 3 < today.month else 0)
        start = max(date(year, quarter * 3 - 2, 1), today)
        end = _month_end(date(year, quarter * 3, 1))
        _set_dates(state, start, end, f"Q{quarter} = {start} to {end}")
        state.consume(match)
