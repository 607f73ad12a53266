"""A standing statement's share quoted with another share: a reduction nobody approved.

A brand's standing statement may give a reduction for good ("The Neighbour Plan takes 25% off
the yearly fee of members over 70."). Copy that repeats it word for word but with another
percentage ("… takes 35% off the yearly fee …") states a reduction the pack does not give, even
when its words ("takes … off", "lowers the fee by") are none the offer patterns read as a
discount. Only statements with exactly one percentage are read, and the copy must repeat every
other word of the statement in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nextbest.brand_context.models import BrandPack, EntryStatus
from nextbest.tools.compliance.kinds.base import CheckContext, RuleLike, violation
from nextbest.tools.compliance.normalise import plain
from nextbest.tools.compliance.verdict import Violation

_PERCENT = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?) ?%")
"""A percentage in a skeleton ("30%", "30 %")."""


@dataclass(frozen=True)
class StandingShare:
    """A standing statement with one percentage, as a pattern with the share left open.

    Attributes:
        statement_id: The statement's id.
        share: The percentage it states.
        pattern: Skeleton-text pattern of its words with any share in place of its own.
    """

    statement_id: str
    share: float
    pattern: re.Pattern[str]


def standing_shares(pack: BrandPack) -> tuple[StandingShare, ...]:
    """The pack's standing statements that state exactly one percentage (compiled once).

    Args:
        pack: The brand pack.

    Returns:
        One entry per such statement in force.
    """
    found: list[StandingShare] = []
    for statement in pack.standing_statements:
        if statement.status == EntryStatus.RETIRED:
            continue
        words = plain(statement.text)
        shares = list(_PERCENT.finditer(words))
        if len(shares) != 1:
            continue
        share = shares[0]
        body = (
            re.escape(words[: share.start()])
            + r"(\d+(?:[.,]\d+)?) ?%"
            + re.escape(words[share.end() :])
        )
        pattern = re.compile(r"(?<![\w])" + body + r"(?![\w])")
        found.append(StandingShare(statement.id, float(share.group(1).replace(",", ".")), pattern))
    return tuple(found)


def misstated_shares(
    shares: tuple[StandingShare, ...], skeleton: str
) -> list[tuple[StandingShare, re.Match[str]]]:
    """The places a skeleton text repeats a standing statement with another percentage.

    Args:
        shares: The pack's statements with one percentage (:func:`standing_shares`).
        skeleton: A field's skeleton text.

    Returns:
        ``(statement, match)`` for each such place; group 1 of the match is the share stated.
    """
    if "%" not in skeleton:
        return []
    found: list[tuple[StandingShare, re.Match[str]]] = []
    for share in shares:
        for match in share.pattern.finditer(skeleton):
            if float(match.group(1).replace(",", ".")) != share.share:
                found.append((share, match))
    return found


def share_violations(
    rule: RuleLike, ctx: CheckContext, shares: tuple[StandingShare, ...]
) -> list[Violation]:
    """Violations for standing statements the copy repeats with another percentage.

    Args:
        rule: The offer rule reporting them.
        ctx: The check context.
        shares: The pack's statements with one percentage (:func:`standing_shares`).

    Returns:
        One violation per misstated statement.
    """
    found: list[Violation] = []
    if not shares:
        return found
    for name, text in ctx.fields.items():
        for share, match in misstated_shares(shares, text.skel.text):
            start, end = text.skel.original_span(*match.span())
            words = text.original[start:end]
            found.append(
                violation(
                    rule,
                    f"{words!r} states {match.group(1)}% where the standing statement "
                    f"{share.statement_id!r} gives {share.share:g}%: a reduction no approved "
                    "offer or statement gives.",
                    field=name,
                    span=(start, end),
                    evidence=words,
                    fix_hint="Quote the standing statement with its own figure.",
                )
            )
    return found
