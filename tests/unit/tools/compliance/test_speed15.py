"""Issue 17 speed (speed15): work kept per message gives what the plain computation gives.

The brand is Northwind Coffee, built in code by ``compliance_helpers`` (no eval brand).
"""

from __future__ import annotations

import random
from functools import cached_property

import pytest
from compliance_helpers import DAY, NOON_UTC, build_pack, rule

from nextbest.tools.compliance import required_text
from nextbest.tools.compliance.kinds.base import CheckContext, ClaimIndex, SharedPatterns
from nextbest.tools.compliance.lazy import lazy_property
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


class _Reads:
    """A class with one lazily computed value that counts its computations."""

    def __init__(self, base: int) -> None:
        self.base = base
        self.calls = 0

    @lazy_property
    def doubled(self) -> int:
        """Twice the base."""
        self.calls += 1
        return self.base * 2


class _Cached:
    """The same with ``functools.cached_property``, the decorator replaced."""

    def __init__(self, base: int) -> None:
        self.base = base
        self.calls = 0

    @cached_property
    def doubled(self) -> int:
        """Twice the base."""
        self.calls += 1
        return self.base * 2


def test_lazy_property_reads_as_cached_property() -> None:
    for base in range(-3, 40):
        lazy, cached = _Reads(base), _Cached(base)
        assert (lazy.doubled, lazy.doubled, lazy.calls) == (cached.doubled, cached.doubled, 1)
        assert cached.calls == 1
        assert vars(lazy) == {"base": base, "calls": 1, "doubled": base * 2} == vars(cached)
        del lazy.doubled  # forgetting the value computes it again, as with cached_property
        assert (lazy.doubled, lazy.calls) == (base * 2, 2)
    assert isinstance(_Reads.doubled, lazy_property)
    assert _Reads.doubled.__doc__ == "Twice the base."
    with pytest.raises((TypeError, RuntimeError)):  # 3.11 wraps errors of __set_name__

        class _Twice:
            value = lazy_property(lambda self: 1)
            again = value


def test_the_engine_s_views_are_kept_per_field() -> None:
    ctx = _context("Cold brew is roasted in Bangor. Try our cold brew today.")
    body = ctx.fields["body"]
    assert body.match_views is body.match_views
    assert "match_views" in vars(body)
    assert ctx.claim_hits is ctx.claim_hits
