"""Reading who a goal sentence is about: named segments, schema features and ages.

Segments come from the workspace's customer schema (:class:`SegmentCatalog`); each one read is
left in the text as a marker, so the offers' pass can tell which clause it belongs to. Segments
not tied to a favoured offer become the goal's audience; a group described in words no segment
matches is asked about, never dropped.
"""

from __future__ import annotations

import re
from typing import Any

from nextbest.agents.goal_reading import ReadingState, alternation, vocabulary
from nextbest.agents.goal_segments import SegmentCatalog, SegmentName, describe

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
    state: ReadingState, match: re.Match[str], name: str, conditions: list[dict[str, Any]]
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


def _read_age(state: ReadingState, age_field: str | None) -> None:  # noqa: C901 - one pass per form
    vocab = vocabulary()
    nouns, years = alternation(vocab["segment_nouns"]), alternation(vocab["age_years"])
    under, over = alternation(vocab["age_under"]), alternation(vocab["age_over"])
    aged = alternation(vocab["age_words"])
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
    from_age = alternation(vocab["age_from"])
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
    and_over = alternation(vocab["age_and_over"])
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


def read_segments(state: ReadingState, catalog: SegmentCatalog) -> None:
    """Named segments, boolean features and categories (customer schema), and ages."""
    _read_age(state, catalog.age_field)
    nouns = alternation(vocabulary()["segment_nouns"])
    by_feature: dict[str, list[SegmentName]] = {}
    for segment in catalog.segments:
        if segment.qualifiers:
            by_feature.setdefault(segment.feature, []).append(segment)
    phrased = sorted(
        (s for s in catalog.segments if s.phrases),
        key=lambda s: -max(len(p) for p in s.phrases),
    )
    for segment in phrased:
        while match := re.search(rf" (?:non )?{alternation(segment.phrases)} ", state.text):
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
        alt = alternation(list(words))
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


def merged_conditions(groups: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
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


def ask_about_unread_group(state: ReadingState, catalog: SegmentCatalog) -> None:
    """A group of customers described in words no segment matched is asked about, not dropped.

    "for people who bought in the last 30 days" must not become a proposal for everyone.
    """
    vocab = vocabulary()
    nouns = alternation(vocab["segment_nouns"])
    relative = alternation(vocab["relative_words"])
    if re.search(rf" {nouns} {relative} ", state.text) is None:
        return
    named = sorted({s.name for s in catalog.segments})
    known = f" The customer schema names: {', '.join(named)}." if named else ""
    state.ask(
        "Which customers do you mean? I cannot read that group as a segment of the customer "
        f"table.{known} Or write the condition, e.g. audience=FIELD>=VALUE."
    )


def read_audience(state: ReadingState) -> None:
    """Segments not tied to a favoured offer say who gets messages at all."""
    left = [m for m in state.segments if m not in state.used_segments]
    if not left or state.questions:
        return
    audience = merged_conditions([state.segments[m][1] for m in left])
    state.patch["audience"] = audience
    state.found_any = True
    state.assumptions.append(
        f"only customers with {describe(audience)} get messages "
        "(from the customer schema; everyone else gets none while this goal is in force)"
    )
