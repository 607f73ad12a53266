"""Plain-language goals offline: a deterministic reading of a marketer's sentence (issue 20).

Guided mode (no LLM) hands lines that are not explicit commands to :func:`interpret`. It reads
caps ("no more than one SMS a week", "höchstens 2 E-Mails am Tag"), the holdout ("keep 10 % as
a control group"), favoured and excluded offers (matched against the brand pack's offer names
and ids at run time — nothing here knows a brand), dates ("next month", "bis Weihnachten"),
send windows ("mornings only", "not after 8 pm") and the objective, in English and German, and
returns either the arguments an explicit ``propose`` command would make, with each assumption
spelled out, or one question when a required part is missing or ambiguous. It never stores
anything: a reading becomes a proposal that still needs approval.

The words it knows live in ``agents/goal_phrases.yaml``.
"""

from __future__ import annotations

import calendar
import difflib
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field

from nextbest.agents.goal_segments import SegmentCatalog, SegmentName, describe

VOCABULARY = Path(__file__).with_suffix(".yaml")
_TOKEN = re.compile(r"\$\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|[a-zäöüß]+|[%/,;:.!?]")
_CLAUSE = re.compile(
    r"[,;.!?]| and | und | then | dann | sowie | but | aber | however | jedoch | sondern "
)
_HOUR = r"(\d{1,2})(?::00)?\s*(am|pm|uhr)?"


class OfferName(BaseModel):
    """An offer as the interpreter matches it: the brand pack's id and name."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)


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


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """The interpreter's word lists (``agents/goal_phrases.yaml``)."""
    data = yaml.safe_load(VOCABULARY.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{VOCABULARY} must hold a mapping")
    return data


def _alternation(phrases: Sequence[str]) -> str:
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p) for p in ordered) + ")"


def _has(text: str, phrases: Sequence[str]) -> bool:
    return re.search(rf"(?<![\w%]){_alternation(phrases)}(?![\w])", text) is not None


def _words(value: Any) -> set[str]:
    """Every word in a (nested) YAML value."""
    if isinstance(value, str):
        return set(value.lower().split())
    if isinstance(value, dict):
        out: set[str] = set()
        for key, item in value.items():
            out |= _words(key) | _words(item)
        return out
    if isinstance(value, list):
        out = set()
        for item in value:
            out |= _words(item)
        return out
    return set()


def _offer_keywords(offer: OfferName) -> set[str]:
    stop = set(vocabulary()["offer_stopwords"])
    text = re.sub(r"(\d)\s*%", r"\1%", f"{offer.name} {offer.id}".lower().replace("-", " "))
    words = set()
    for word in re.findall(r"\$?\d+%?|[a-zäöüß]+", text):
        if word in stop:
            continue
        if word[0].isdigit() and not word.endswith("%"):
            continue  # a bare number names nothing on its own
        if word[0].isalpha() and len(word) < 4:
            continue
        words.add(word)
    return words


@dataclass
class _State:
    """The reading under way."""

    text: str
    today: date
    patch: dict[str, Any] = field(default_factory=dict)
    assumptions: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    found_any: bool = False
    segments: dict[str, tuple[str, list[dict[str, Any]]]] = field(default_factory=dict)
    """Segments read so far, by the marker left in the text: (name, conditions)."""
    used_segments: set[str] = field(default_factory=set)
    """Markers already taken as a favoured offer's segment (the rest are the audience)."""

    def consume(self, match: re.Match[str]) -> None:
        """Blank a span so later passes do not read it again (its clause stays whole)."""
        start, end = match.span()
        self.text = self.text[:start] + " _ " + self.text[end:]

    def ask(self, question: str) -> None:
        self.found_any = True
        self.questions.append(question)

    def mark_segment(
        self, match: re.Match[str], name: str, conditions: list[dict[str, Any]]
    ) -> None:
        """Replace a segment's words by a marker, so the offers' pass sees which clause has it."""
        marker = "_seg_" + "abcdefghijklmnopqrstuvwxyz"[len(self.segments) % 26] + "_"
        self.segments[marker] = (name, conditions)
        start, end = match.span()
        self.text = self.text[:start] + f" {marker} " + self.text[end:]


def normalise(text: str, extra_words: Collection[str] = frozenset()) -> tuple[str, list[str]]:
    """Lower-case, rewrite synonyms and correct typos against the known words.

    Returns:
        The text as space-separated tokens, and the corrections made ("shiping → shipping").
    """
    vocab = vocabulary()
    text = unicodedata.normalize("NFC", text).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    for pattern, replacement in vocab["rewrites"]:
        text = re.sub(pattern, replacement, text)
    text = re.sub(r"(?<=[a-zäöüß])-|-(?=[a-zäöüß])", " ", text)
    known = _words({k: v for k, v in vocab.items() if k != "rewrites"}) | set(extra_words)
    known |= {"i", "a", "an", "the", "to", "of", "at", "on", "as", "is", "it", "we", "be"}
    tokens, corrections = [], []
    candidates = sorted(w for w in known if len(w) >= 4 and w.isalpha())
    for token in _TOKEN.findall(text):
        if token.isalpha() and token not in known and len(token) >= 3:
            cutoff = 0.8 if len(token) >= 5 else 0.85
            close = difflib.get_close_matches(token, candidates, n=1, cutoff=cutoff)
            if close:
                corrections.append(f"{token} → {close[0]}")
                token = close[0]
        tokens.append(token)
    return " " + " ".join(tokens) + " ", corrections


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    numbers: dict[str, int] = vocabulary()["numbers"]
    return numbers.get(word)


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _next_month_start(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _set_dates(state: _State, starts: date | None, ends: date | None, note: str) -> None:
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


def _read_dates(state: _State) -> None:  # noqa: C901 - one pass per date phrase, in order
    vocab, today = vocabulary(), state.today
    numbers = _alternation([*vocab["numbers"], r"\d+"]).replace(r"\\d\+", r"\d+")
    units = {w: int(n) for n, words in vocab["day_units"].items() for w in words}
    for prefixes in vocab["next_n"]:
        pattern = rf" {_alternation(prefixes)} (\d+|{numbers}) {_alternation(list(units))} "
        if match := re.search(pattern, state.text):
            count = _number(match.group(1)) or 0
            unit = units[match.group(0).split()[-1]]
            end = today + timedelta(days=count * unit - 1)
            _set_dates(state, today, end, f"starting today ({today}), ending {end}")
            state.consume(match)
    months_alt = _alternation([w for names in vocab["months"].values() for w in names])
    since, until = _alternation(vocab["since"]), _alternation(vocab["until"])
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
    next_month = _alternation(vocab["next_month"])
    if match := re.search(rf" {since} (?:the )?{next_month} ", state.text):
        start = _next_month_start(today)
        _set_dates(state, start, None, f"from {start}, with no end date")
        state.consume(match)
    if match := re.search(rf" {next_month} ", state.text):
        start = _next_month_start(today)
        _set_dates(state, start, _month_end(start), f"next month = {start} to {_month_end(start)}")
        state.consume(match)
    end_of_month = _alternation(vocab["end_of_month"])
    if match := re.search(rf" (?:{until} )?(?:the )?{end_of_month} ", state.text):
        _set_dates(state, None, _month_end(today), "starting when approved (no start date)")
        state.consume(match)
    if match := re.search(rf" {_alternation(vocab['this_month'])} ", state.text):
        end = _month_end(today)
        _set_dates(state, today, end, f"this month = today ({today}) to {end}")
        state.consume(match)
    eve = _alternation(vocab["christmas_eve"])
    if match := re.search(rf" (?:{until} )?(?:the )?{eve} ", state.text):
        day = date(today.year, 12, 24)
        day = day if day >= today else date(today.year + 1, 12, 24)
        _set_dates(state, None, day, f"until Christmas Eve = to {day}, starting when approved")
        state.consume(match)
    if match := re.search(rf" (?:{until} )?{_alternation(vocab['christmas'])} ", state.text):
        christmas = date(today.year, 12, 25)
        if christmas < today:
            christmas = date(today.year + 1, 12, 25)
        _set_dates(
            state, None, christmas, f"until Christmas = to {christmas}, starting when approved"
        )
        state.consume(match)
    if match := re.search(rf" {since} {_alternation(vocab['next_week'])} ", state.text):
        monday = today + timedelta(days=7 - today.weekday())
        _set_dates(state, monday, None, f"from next week = from Monday {monday}, no end date")
        state.consume(match)
    if match := re.search(rf" {_alternation(vocab['next_week'])} ", state.text):
        monday = today + timedelta(days=7 - today.weekday())
        sunday = monday + timedelta(days=6)
        _set_dates(state, monday, sunday, f"next week = Monday {monday} to Sunday {sunday}")
        state.consume(match)
    if match := re.search(rf" {_alternation(vocab['this_weekend'])} ", state.text):
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
    if _has(state.text, vocab["vague_dates"]):
        state.ask(
            "For which dates? For example 'next month', 'until Christmas', "
            "'from 1 January' or 'for the next two weeks'."
        )


_NEGATE = {
    "is_true": "is_false",
    "is_false": "is_true",
    "eq": "ne",
    "ne": "eq",
    "in": "not_in",
    "not_in": "in",
    "lt": "gte",
    "gte": "lt",
    "gt": "lte",
    "lte": "gt",
}


def _negate(conditions: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """The conditions of "not this segment" (one condition only; else None)."""
    if len(conditions) != 1:
        return None
    return [{**conditions[0], "op": _NEGATE[conditions[0]["op"]]}]


def _negated_before(text: str, start: int) -> bool:
    before = text[:start].split()[-3:]
    negations = set(vocabulary()["segment_negations"])
    return any(word in negations for word in before)


def _take_segment(
    state: _State, match: re.Match[str], name: str, conditions: list[dict[str, Any]]
) -> None:
    if _negated_before(state.text, match.start()):
        negated = _negate(conditions)
        if negated is None:
            state.ask(f"Everyone except {name}: which customers exactly should get messages?")
            state.consume(match)
            return
        name, conditions = f"not {name}", negated
    state.found_any = True
    state.mark_segment(match, name, conditions)


def _read_age(state: _State, age_field: str | None) -> None:  # noqa: C901 - one pass per form
    vocab = vocabulary()
    nouns, years = _alternation(vocab["segment_nouns"]), _alternation(vocab["age_years"])
    under, over = _alternation(vocab["age_under"]), _alternation(vocab["age_over"])
    aged = _alternation(vocab["age_words"])
    found: list[tuple[re.Match[str], str, list[dict[str, Any]]]] = []
    for first, second in vocab["age_range"]:
        pattern = rf" ((?:{aged} )?){first} (\d{{1,3}}) (?:{second}) (\d{{1,3}})((?: {years})?) "
        for match in re.finditer(pattern, state.text):
            if not (match.group(1) or match.group(4) or first in vocab["age_words"]):
                continue
            low, high = int(match.group(2)), int(match.group(3))
            conditions = [
                {"field": "_age", "op": "gte", "value": low},
                {"field": "_age", "op": "lte", "value": high},
            ]
            found.append((match, f"aged {low} to {high}", conditions))
    from_age = _alternation(vocab["age_from"])
    for words, op, label in (
        (under, "lt", "under"),
        (over, "gt", "over"),
        (from_age, "gte", "from"),
    ):
        pattern = rf" ((?:{nouns}|{aged}) )?{words} (\d{{1,3}})((?: {years})?) "
        for match in re.finditer(pattern, state.text):
            if match.group(1) or match.group(3):
                number = int(match.group(2))
                found.append(
                    (match, f"{label} {number}", [{"field": "_age", "op": op, "value": number}])
                )
    and_over = _alternation(vocab["age_and_over"])
    for match in re.finditer(rf" (\d{{1,3}})((?: {years})?) {and_over} ", state.text):
        number = int(match.group(1))
        found.append(
            (match, f"aged {number} or over", [{"field": "_age", "op": "gte", "value": number}])
        )
    if not found:
        return
    if age_field is None:
        state.ask(
            "The customer table has no age (or birth date) column, so an age cannot be used: "
            "which customers do you mean?"
        )
        for match, _, _ in sorted(found, key=lambda f: f[0].start(), reverse=True)[:1]:
            state.consume(match)
        return
    used: list[tuple[int, int]] = []
    for match, name, conditions in sorted(found, key=lambda f: f[0].start(), reverse=True):
        if any(match.start() < end and start < match.end() for start, end in used):
            continue
        used.append(match.span())
        conditions = [{**c, "field": age_field} for c in conditions]
        _take_segment(state, match, name, conditions)


def _read_segments(state: _State, catalog: SegmentCatalog) -> None:
    """Named segments, boolean features and categories (customer schema), and ages."""
    _read_age(state, catalog.age_field)
    nouns = _alternation(vocabulary()["segment_nouns"])
    by_feature: dict[str, list[SegmentName]] = {}
    for segment in catalog.segments:
        if segment.qualifiers:
            by_feature.setdefault(segment.feature, []).append(segment)
    phrased = sorted(
        (s for s in catalog.segments if s.phrases),
        key=lambda s: -max(len(p) for p in s.phrases),
    )
    for segment in phrased:
        while match := re.search(rf" (?:non )?{_alternation(segment.phrases)} ", state.text):
            conditions = segment.conditions
            name = segment.name
            if match.group(0).startswith(" non "):
                if _negated_before(state.text, match.start()):  # "not to non-members"
                    state.found_any = True
                    state.mark_segment(match, name, conditions)
                    continue
                negated = segment.negated or _negate(conditions)
                if negated is None:
                    state.ask(f"Everyone except {name}: which customers exactly?")
                    state.consume(match)
                    continue
                state.found_any = True
                state.mark_segment(match, f"not {name}", negated)
                continue
            _take_segment(state, match, name, conditions)
    for feature, segments in by_feature.items():
        words = {q: s for s in segments for q in s.qualifiers}
        alt = _alternation(list(words))
        run = rf"((?:{alt})(?: (?:or|and|oder|und|,|/) (?:{alt}))*)"
        feature_name = re.escape(" ".join(feature.lower().split("_")))
        for pattern in (rf" {run}(?: {feature_name})? {nouns} ", rf" {feature_name} {run} "):
            while match := re.search(pattern, state.text):
                chosen = [words[w] for w in re.findall(alt, match.group(1))]
                values = list(dict.fromkeys(c.conditions[0]["value"] for c in chosen))
                if len(values) == 1:
                    conditions = [{"field": feature, "op": "eq", "value": values[0]}]
                else:
                    conditions = [{"field": feature, "op": "in", "value": values}]
                _take_segment(state, match, " or ".join(c.name for c in chosen), conditions)


def _merged(groups: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Several segments' conditions as one list; two values of one field become "one of"."""
    out: list[dict[str, Any]] = []
    for conditions in groups:
        for condition in conditions:
            same = next(
                (
                    c
                    for c in out
                    if c["field"] == condition["field"]
                    and c["op"] in ("eq", "in")
                    and condition["op"] in ("eq", "in")
                ),
                None,
            )
            if same is None:
                out.append(dict(condition))
                continue
            values = same["value"] if same["op"] == "in" else [same["value"]]
            more = condition["value"] if condition["op"] == "in" else [condition["value"]]
            same.update(op="in", value=list(dict.fromkeys([*values, *more])))
    return out


def _unread_group(state: _State, catalog: SegmentCatalog) -> None:
    """A group of customers described in words no segment matched is asked about, not dropped.

    "for people who bought in the last 30 days" must not become a proposal for everyone.
    """
    vocab = vocabulary()
    nouns = _alternation(vocab["segment_nouns"])
    relative = _alternation(vocab["relative_words"])
    if re.search(rf" {nouns} {relative} ", state.text) is None:
        return
    named = sorted({s.name for s in catalog.segments})
    known = f" The customer schema names: {', '.join(named)}." if named else ""
    state.ask(
        "Which customers do you mean? I cannot read that group as a segment of the customer "
        f"table.{known} Or write the condition, e.g. audience=FIELD>=VALUE."
    )


def _read_audience(state: _State) -> None:
    """Segments not tied to a favoured offer say who gets messages at all."""
    left = [m for m in state.segments if m not in state.used_segments]
    if not left or state.questions:
        return
    audience = _merged([state.segments[m][1] for m in left])
    state.patch["audience"] = audience
    state.found_any = True
    state.assumptions.append(
        f"only customers with {describe(audience)} get messages "
        "(from the customer schema; everyone else gets none while this goal is in force)"
    )


def _read_more_dates(state: _State, since: str, until: str, months_alt: str) -> None:  # noqa: C901
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
    end_of = _alternation(vocab["end_of"])
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
        rf" (?:{until} )?(?:the )?{_alternation(vocab['end_of_year'])} ", state.text
    ):
        end = date(today.year, 12, 31)
        _set_dates(state, None, end, f"until the end of the year = to {end}")
        state.consume(match)
    if match := re.search(rf" {since} {_alternation(vocab['tomorrow'])} ", state.text):
        start = today + timedelta(days=1)
        _set_dates(state, start, None, f"from tomorrow = from {start}, no end date")
        state.consume(match)
    weekdays = {w: int(n) for n, words in vocab["weekdays"].items() for w in words}
    pattern = rf" {since} (?:next |nächsten |kommenden )?({_alternation(list(weekdays))}) "
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


def _hour(number: str, suffix: str | None) -> int:
    hour = int(number)
    if suffix == "pm" and hour < 12:
        hour += 12
    if suffix == "am" and hour == 12:
        hour = 0
    return hour


def _set_window(state: _State, start: int, end: int) -> None:
    if not (0 <= start < end <= 24):
        state.ask(f"{start}–{end} is not a window within one day: which local hours?")
        return
    state.patch["send_window"] = {"start_hour": start, "end_hour": end}
    state.found_any = True


def _read_window(state: _State) -> None:
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
    before = re.search(rf" {_alternation(vocab['not_before'])} {_HOUR} ", state.text)
    after = re.search(rf" {_alternation(vocab['not_after'])} {_HOUR} ", state.text)
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
        if match := re.search(rf" (?:only )?{_alternation(part['words'])}(?: only)? ", state.text):
            _set_window(state, part["start"], part["end"])
            state.assumptions.append(
                f"{name} = {part['start']:02d}:00–{part['end']:02d}:00 in the customer's local time"
            )
            state.consume(match)
            return
    if _has(state.text, vocab["window_cues"]):
        state.ask("Which local hours may messages go out? For example 'between 9 and 18'.")


def _read_holdout(state: _State) -> None:
    vocab = vocabulary()
    cue = re.search(rf" {_alternation(vocab['holdout_cues'])}\w* ", state.text)
    if cue is None:
        return
    amount = rf"(\d+(?:[.,]\d+)?|{_alternation(list(vocab['numbers']))})"
    percents = list(re.finditer(rf" {amount} ?{_alternation(vocab['percent_words'])} ", state.text))
    if not percents:
        state.ask("What share should be held out as the control group, e.g. '5 %'?")
        state.consume(cue)
        return
    nearest = min(percents, key=lambda m: abs(m.start() - cue.start()))
    word = nearest.group(1)
    value = float(word.replace(",", ".")) if word[0].isdigit() else float(_number(word) or 0)
    share = round(value / 100, 4)
    state.patch["holdout_share"] = share
    state.found_any = True
    for match in sorted((nearest, cue), key=lambda m: m.start(), reverse=True):
        state.consume(match)


def _objective_named(text: str, words: Sequence[str]) -> bool:
    """Whether an objective is named and not negated ("conversions, not revenue")."""
    negations = set(vocabulary()["objective_negations"])
    for match in re.finditer(rf"(?<![\w%]){_alternation(words)}(?![\w])", text):
        before = text[: match.start()].split()[-3:]
        if not any(word in negations for word in before):
            return True
    return False


def _read_objective(state: _State) -> None:
    vocab = vocabulary()
    named = [name for name, words in vocab["objectives"].items() if _has(state.text, words)]
    found = [n for n in named if _objective_named(state.text, vocab["objectives"][n])] or named
    if len(found) == 1:
        state.patch["objective"] = found[0]
        state.found_any = True
    elif len(found) > 1:
        state.ask(f"Which one objective: {' or '.join(found)}?")


def _offer_question(offers: Sequence[OfferName]) -> str:
    names = "; ".join(f"{o.name} ({o.id})" for o in offers)
    return f"Which offer do you mean? The brand's offers: {names}."


def _read_boost(state: _State) -> float | None:
    """An explicit boost ("boost 3", "mit Boost 2", "boost <offer> by 5"), its number consumed."""
    boost, number = _alternation(vocabulary()["boost_words"]), r"(\d+(?:[.,]\d+)?)"
    match = re.search(rf" {boost} (?:of |by |auf |von |to |um |=)?{number} ", state.text)
    if match is None:
        match = re.search(rf" {boost} (?:\S+ ){{1,5}}?(?:by|um|auf|to) {number} ", state.text)
    if match is None:
        return None
    start, end = match.span(1)
    state.text = state.text[:start] + "_" + state.text[end:]
    return float(match.group(1).replace(",", "."))


def _read_offers(state: _State, offers: Sequence[OfferName]) -> None:  # noqa: C901
    vocab = vocabulary()
    boost = _read_boost(state)
    keywords = {o.id: _offer_keywords(o) for o in offers}
    owners: dict[str, set[str]] = {}
    for offer_id, words in keywords.items():
        for word in words:
            owners.setdefault(word, set()).add(offer_id)
    text = re.sub(r" (\d+) % ", r" \1% ", state.text)
    favour: list[str] = []
    exclude: list[str] = []
    segment_of: dict[str, list[str]] = {}
    for clause in _CLAUSE.split(text):
        clause = f" {clause.strip()} "
        tokens = clause.split()
        marks = [t for t in tokens if t in state.segments]
        named: list[str] = []
        shared: list[set[str]] = []
        for token in tokens:
            holders = owners.get(token, set())
            if len(holders) == 1:
                (offer_id,) = holders
                if offer_id not in named:
                    named.append(offer_id)
            elif holders:
                shared.append(holders)
        unresolved = [h for h in shared if not h & set(named)]
        if unresolved:
            choices = [o for o in offers if o.id in unresolved[0]]
            state.ask(_offer_question(choices))
            continue
        if not named:
            if _has(clause, vocab["offer_nouns"]):
                state.ask(_offer_question(offers))
            continue
        state.found_any = True
        excluding = _has(clause, vocab["exclude_cues"]) and not any(
            state.segments[m][0].startswith("not ") for m in marks
        )
        if excluding and marks:
            state.ask(
                f"An offer is excluded for everyone, not for one segment: exclude "
                f"{', '.join(named)} for all customers, or favour it only for others?"
            )
            continue
        either = _has(clause, vocab["either_words"])  # "favour A or B": which? ("not A or B": both)
        if len(named) > 1 and either and not excluding:
            choices = " or ".join(o.name for o in offers if o.id in named)
            state.ask(f"Which one: {choices}? (Join them with 'and' to favour both.)")
            continue
        target = exclude if excluding else favour
        target.extend(o for o in named if o not in target)
        if target is favour and marks:
            for offer_id in named:
                segment_of.setdefault(offer_id, []).extend(marks)
    favoured_words = [w for o in favour for w in keywords[o]]
    if favoured_words:  # "push <offer>": a verb, not the push channel
        state.text = re.sub(
            rf" push((?: (?:the|our|das|den|die|unser\w*))?(?: \$?\d+%?)? "
            rf"{_alternation(favoured_words)}) ",
            r" _\1 ",
            state.text,
        )
    names = {o.id: o.name for o in offers}
    if boost is not None and len(favour) != 1:
        which = " or ".join(names[o] for o in favour) if favour else "which offer"
        state.ask(f"Which offer gets the boost of {boost:g}: {which}?")
        return
    if favour:
        state.patch["favour"] = []
        for offer_id in favour:
            preference: dict[str, Any] = {"offer_id": offer_id}
            if boost is not None:
                preference["boost"] = boost
            marks = segment_of.get(offer_id, [])
            if marks:
                state.used_segments.update(marks)
                preference["segment"] = _merged([state.segments[m][1] for m in marks])
                state.assumptions.append(
                    f"{names[offer_id]} is favoured only for {describe(preference['segment'])}"
                )
            state.patch["favour"].append(preference)
        strength = f"boost {boost:g}" if boost is not None else "the gentle default boost (1)"
        state.assumptions.append(
            f"favoured with {strength}; matched " + ", ".join(f"{names[o]} ({o})" for o in favour)
        )
    if exclude:
        state.patch["exclude_offers"] = exclude
        state.assumptions.append("excluded " + ", ".join(f"{names[o]} ({o})" for o in exclude))


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
        if word in markers and _number(nxt) and after in periods:
            unit = periods[after]
            days = 1 if unit == "day" else int(unit)
            out.append(_Token("per", days * (_number(nxt) or 1), " ".join(words[i : i + 3])))
            i += 3
            continue
        if word in periods:
            out.append(_Token("per", periods[word], word))
        elif word in vocab["times"]:
            out.append(_Token("num", vocab["times"][word], word))
        elif _number(word) is not None:
            out.append(_Token("num", _number(word), word))
        elif word in channels:
            out.append(_Token("ch", channels[word], word))
        else:
            out.append(_Token("word", None, word))
        i += 1
    return out


def _read_caps(state: _State) -> None:  # noqa: C901 - each way a cap can be incomplete
    vocab = vocabulary()
    tokens = _cap_tokens(state.text)
    cue = _has(state.text, vocab["cap_cues"])
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
    extra = set().union(*(_offer_keywords(o) for o in offers)) if offers else set()
    normalised_text, corrections = normalise(text, extra | catalog.words())
    state = _State(normalised_text, today)
    _read_dates(state)
    _read_segments(state, catalog)
    _read_window(state)
    _read_holdout(state)
    _read_offers(state, offers)
    _unread_group(state, catalog)
    _read_audience(state)
    _read_objective(state)
    _read_caps(state)
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
