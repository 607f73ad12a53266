"""Issue 17 speed (speed15): work kept per message gives what the plain computation gives.

The brand is Northwind Coffee, built in code by ``compliance_helpers`` (no eval brand).
"""

from __future__ import annotations

import random

from compliance_helpers import DAY, NOON_UTC, build_pack, rule

from nextbest.tools.compliance import required_text
from nextbest.tools.compliance.kinds.base import CheckContext, ClaimIndex, SharedPatterns
from nextbest.tools.compliance.message import Message

_WORDINGS = (
    "Cold brew is roasted in Bangor.",
    "Ships cold.",
    "Decaf beans are roasted to order in small batches.",
)


def _context(body: str) -> CheckContext:
    pack = build_pack(
        [
            rule(
                f"d{index}",
                "disclosure",
                {"trigger_phrases": ["cold brew"], "required_any": [wording]},
            )
            for index, wording in enumerate(_WORDINGS)
        ]
    )
    message = Message(channel="email", subject="Roasts", body=body)
    shared = SharedPatterns.compile(pack)
    return CheckContext(pack, message, DAY, NOON_UTC, ClaimIndex(pack), shared)


def _plain_lines(ctx: CheckContext, field: str) -> list[tuple[int, int]]:
    """The mandated lines as ``inside_required`` computed them for every trigger."""
    original = ctx.fields[field].original  # type: ignore[index]
    return [
        span
        for span in required_text.required_spans(ctx).get(field, [])  # type: ignore[call-overload]
        if len(required_text._WORD.findall(original, *span)) >= required_text.LINE_WORDS
    ]


def test_mandated_lines_are_the_long_required_spans_read_once_per_field() -> None:
    rnd = random.Random(15)
    pieces = [*_WORDINGS, "Try our cold brew today.", "Ships cold", "Hi Sam,", "\n"]
    for _ in range(60):
        body = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 7)))
        ctx = _context(body)
        for field in ctx.fields:
            lines = required_text._mandated_lines(ctx, field)
            assert list(lines) == _plain_lines(ctx, field), body
            assert required_text._mandated_lines(ctx, field) is lines  # kept per message
    ctx = _context("Cold brew is roasted in Bangor. Ships cold.")
    body = ctx.fields["body"].original
    assert [body[s:e] for s, e in required_text._mandated_lines(ctx, "body")] == [
        "Cold brew is roasted in Bangor"
    ]  # "Ships cold." has fewer than LINE_WORDS words: no line
