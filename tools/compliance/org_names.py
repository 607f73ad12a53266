"""Names of organisations written in copy: a trigger word inside one is not the topic.

"as named by the Boat Charter Guild", "certified by the Home Lending Council": a run of
capitalised words that ends in a word for a body (``Guild``, ``Council``, ``Association``…) is
the name of that body, and the words inside it ("boat charter", "home lending") do not
make the message about that topic. So is a body word joined by "of", "for" or "on" to a run of
capitalised words ("accredited by the Association for Credit Repair", "a member of the
Institute of Home Lending"). General English, not brand knowledge.

A run is not read as a name when the rest of its line is written in title case (a headline:
"Join The Boat Charter Guild Today"), nor when the body word is itself part of the trigger.
"""

from __future__ import annotations

from nextbest.tools.compliance.proper_names import LineWord, capitalised, trigger_line_words

ORG_NOUNS: frozenset[str] = frozenset(
    {
        "guild", "association", "council", "institute", "society", "foundation", "federation",
        "bureau", "commission", "league", "alliance", "academy", "agency", "authority",
        "ministry", "committee", "organization", "organisation", "consortium",
    }
)  # fmt: skip
"""Words that end the name of an organisation (or open it: "Association for …")."""

_JOINING = frozenset({"of", "for", "on"})
"""Lower-case words that join a body word to what it is about ("Institute of …")."""


def _joined(text: str, gap_start: int, word: LineWord) -> bool:
    """Whether ``word`` is capitalised and only spaces part it from the word before it."""
    return capitalised(word[0]) and not text[gap_start : word[1]].strip()


def in_organisation_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside the name of an organisation, before its last word.

    Args:
        text: A field's original text.
        start: Start of a trigger.
        end: End of the trigger (exclusive).

    Returns:
        True when every word of the trigger is capitalised, the run of capitalised words after
        it ends in an :data:`ORG_NOUNS` word outside the trigger (or the run holding it follows
        such a word and "of", "for" or "on"), and most other words of the line are not
        capitalised.
    """
    words, index = trigger_line_words(text, start, end)
    if not index:
        return False
    first, last = index[0], index[-1]
    if not all(capitalised(words[i][0]) for i in range(first, last + 1)):
        return False
    tail = last
    while tail + 1 < len(words) and _joined(text, words[tail][2], words[tail + 1]):
        tail += 1
    if tail == last or not _org_noun(words[tail][0]):
        head = _body_before(text, words, first)  # "Association for Credit Repair"
        if head is None:
            return False
        first = head
    while first > 0 and _joined(text, words[first - 1][2], words[first]):
        first -= 1
    others = [
        w
        for i, (w, _, _) in enumerate(words)
        if i > 0 and not first <= i <= tail and w[:1].isalpha()
    ]
    if not others:
        return False
    return sum(capitalised(w) for w in others) * 2 < len(others)


def _org_noun(word: str) -> bool:
    """Whether a word is one of :data:`ORG_NOUNS` (a possessive "'s" or a plural "s" aside)."""
    return word.lower().strip("'’s") in ORG_NOUNS


def _body_before(text: str, words: tuple[LineWord, ...], first: int) -> int | None:
    """Where a name of the form "<body> for|of|on <trigger>" starts, if the trigger ends one.

    "American Association for Credit Repair", "Institute of Certified Debt Counsellors": the
    capitalised run holding the trigger follows a joining word, and a capitalised body word
    comes right before that.

    Returns:
        The index of the body word, or None.
    """
    while first > 0 and _joined(text, words[first - 1][2], words[first]):
        if not capitalised(words[first - 1][0]):
            break
        first -= 1
    if first < 2 or words[first - 1][0] not in _JOINING:
        return None
    body = words[first - 2]
    if not (capitalised(body[0]) and _org_noun(body[0])):
        return None
    if (
        text[body[2] : words[first - 1][1]].strip()
        or text[words[first - 1][2] : words[first][1]].strip()
    ):
        return None  # a comma or a bracket parts them: not one name
    return first - 2
