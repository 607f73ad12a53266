"""Reading favoured and excluded offers of a goal sentence, matched against the brand pack.

Offers are matched by the words of their names and ids at run time (:func:`offer_keywords`);
nothing here knows a brand. A word two offers share, an offer excluded for one segment, or
"A or B" becomes a question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, Field

from nextbest.agents.goal_reading import ReadingState, alternation, has_phrase, vocabulary
from nextbest.agents.goal_segment_phrases import merged_conditions
from nextbest.agents.goal_segments import describe

_CLAUSE = re.compile(
    r"[,;.!?]| and | und | then | dann | sowie | but | aber | however | jedoch | sondern "
)


class OfferName(BaseModel):
    """An offer as the interpreter matches it: the brand pack's id and name."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)


def offer_keywords(offer: OfferName) -> set[str]:
    """The words an offer is recognised by (from its name and id, stop words left out)."""
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


def _offer_question(offers: Sequence[OfferName]) -> str:
    names = "; ".join(f"{o.name} ({o.id})" for o in offers)
    return f"Which offer do you mean? The brand's offers: {names}."


def _read_boost(state: ReadingState) -> float | None:
    """An explicit boost ("boost 3", "mit Boost 2", "boost <offer> by 5"), its number consumed."""
    boost, number = alternation(vocabulary()["boost_words"]), r"(\d+(?:[.,]\d+)?)"
    match = re.search(rf" {boost} (?:of |by |auf |von |to |um |=)?{number} ", state.text)
    if match is None:
        match = re.search(rf" {boost} (?:\S+ ){{1,5}}?(?:by|um|auf|to) {number} ", state.text)
    if match is None:
        return None
    start, end = match.span(1)
    state.text = state.text[:start] + "_" + state.text[end:]
    return float(match.group(1).replace(",", "."))


def read_offers(state: ReadingState, offers: Sequence[OfferName]) -> None:  # noqa: C901
    """Favoured and excluded offers, clause by clause, with the segment each is favoured for."""
    vocab = vocabulary()
    boost = _read_boost(state)
    keywords = {o.id: offer_keywords(o) for o in offers}
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
            if has_phrase(clause, vocab["offer_nouns"]):
                state.ask(_offer_question(offers))
            continue
        state.found_any = True
        excluding = has_phrase(clause, vocab["exclude_cues"]) and not any(
            state.segments[m][0].startswith("not ") for m in marks
        )
        if excluding and marks:
            state.ask(
                f"An offer is excluded for everyone, not for one segment: exclude "
                f"{', '.join(named)} for all customers, or favour it only for others?"
            )
            continue
        # "favour A or B": which? ("not A or B": both)
        either = has_phrase(clause, vocab["either_words"])
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
            rf"{alternation(favoured_words)}) ",
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
                preference["segment"] = merged_conditions([state.segments[m][1] for m in marks])
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
