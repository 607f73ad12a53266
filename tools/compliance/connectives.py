"""Connectives built from a noun: the noun there is grammar, not the thing it names.

"In the event you change your delivery address" means "if you change it": it invites to no
event. Rules governed by a noun ("any invitation to an event, seminar or meeting carries the
accessibility line") must not read such a connective as the noun. The connectives are fixed
English phrases: "in the event (that / of / you …)", "in any event", "in either event", "in
that event", "in which event", "in the meantime", "in case (of)", and "as a result (of)" / "with
the result that", which mean "because (of)" / "so": "As a result of the new bus times, the
desk opens at nine" states no outcome under a rule about results. Matched on the skeleton view
(case folded, punctuation as spaces).
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import NormalisedText

CONNECTIVES = re.compile(
    r"\bin the event (?=(?:that|of|you|we|they|he|she|it|your|our|their|a|an|the|this|"
    r"any|anything|something|someone|there)\b)"
    r"|\bin (?:any|either|that|which|such an?) event\b"
    r"|\bin the meantime\b"
    r"|\bin case(?: of)?\b"
    r"|\bas an? (?:direct )?result(?: of)?\b"
    r"|\bwith the result that\b"
)
"""Connective phrases whose noun (``event``, ``meantime``, ``case``, ``result``) names no
thing."""


def connective_spans(view: NormalisedText) -> list[tuple[int, int]]:
    """Original spans of the connectives in a skeleton view.

    Args:
        view: A skeleton view of one field.

    Returns:
        ``(start, end)`` spans in the original text.
    """
    return [view.original_span(*m.span()) for m in CONNECTIVES.finditer(view.text)]


def inside_connective(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` lies inside a connective span.

    Args:
        start: Start of a match in the original text.
        end: End of the match.
        spans: Spans from :func:`connective_spans`.

    Returns:
        True when some connective contains the match.
    """
    return any(s <= start and end <= e for s, e in spans)
