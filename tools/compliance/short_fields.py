"""A subject or call to action that repeats what the body says next to its fine print.

A subject and a CTA button stand apart from the body: the CTA sits after the whole body and
footer, so character distance from it to the body's fine print says nothing. When the body
carries the same words (``free trial``, ``$400 off``) within reach of the disclosure or the
offer's conditions, the subject or CTA only echoes that statement, and is as close to its fine
print as the body's own. The body may say those words inside a longer statement ("Get $15 off
your first box with code CRISP15." beside its conditions, a CTA "Use code CRISP15"): the CTA
still echoes that statement.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from nextbest.tools.compliance.kinds.base import CheckContext
from nextbest.tools.compliance.message import TextField
from nextbest.tools.compliance.normalise import plain

SHORT_FIELDS: frozenset[str] = frozenset({"subject", "cta"})
"""Fields that stand apart from the body."""


def echoes_body(
    ctx: CheckContext,
    places: Iterable[tuple[TextField, int, int]],
    field: TextField,
    words: str,
    near: Callable[[TextField, int, int], bool],
) -> bool:
    """Whether a subject or CTA phrase repeats a body phrase that is near its fine print.

    Args:
        ctx: The check context.
        places: ``(field, start, end)`` of every occurrence found (triggers or mentions).
        field: The field of the phrase being judged.
        words: The phrase as written.
        near: Whether an occurrence ``(field, start, end)`` is near the fine print.

    Returns:
        True when ``field`` is the subject or CTA and the body has the same words (case and
        punctuation folded), alone or (a phrase of two words or more) inside a longer
        occurrence, near the fine print.
    """
    found = _body_and_key(ctx, field, words)
    if found is None:
        return False
    body, key = found
    return any(
        name == "body" and echoed_in(plain(body[start:end]), key) and near(name, start, end)
        for name, start, end in places
    )


def echoed_in(statement: str, key: str) -> bool:
    """Whether the folded ``statement`` is ``key``, or has it as whole words.

    A lone word ("free") inside a longer statement is no echo of it: the statement may say
    something else with that word ("after your free trial"). A phrase of two words or more
    ("code AUTUMN5", "$10 off") said inside the statement is.
    """
    if statement == key:
        return True
    return " " in key and f" {key} " in f" {statement} "


def echoes_conditions(
    ctx: CheckContext,
    field: TextField,
    words: str,
    spans: Iterable[tuple[int, int]],
) -> bool:
    """Whether a subject or CTA phrase says again words of the conditions the body carries.

    A CTA "Add the coupon" under a body that carries the offer's conditions "Add the digital
    coupon at <site>. Good for $1 off …" points to those conditions: its words are theirs, so
    it is as close to its fine print as the fine print itself. Unlike :func:`echoes_body`, a
    lone word does here: the conditions say what the word means.

    Args:
        ctx: The check context.
        field: The field of the phrase being judged.
        words: The phrase as written.
        spans: ``(start, end)`` of each place the body carries the offer's conditions.

    Returns:
        True when ``field`` is the subject or CTA and its phrase is, as whole words (case and
        punctuation folded), inside one of those places.
    """
    found = _body_and_key(ctx, field, words)
    if found is None:
        return False
    body, key = found
    return any(f" {key} " in f" {plain(body[start:end])} " for start, end in spans)


def _body_and_key(ctx: CheckContext, field: TextField, words: str) -> tuple[str, str] | None:
    """The body as written and the phrase folded, when a short field's phrase can echo it.

    Returns:
        ``(body, key)``, or None when ``field`` is not the subject or CTA, the message has no
        body or the phrase folds to nothing.
    """
    if field not in SHORT_FIELDS:
        return None
    key = plain(words)
    body = ctx.fields.get("body")
    if body is None or not key:
        return None
    return body.original, key
