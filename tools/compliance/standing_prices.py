"""A standing statement's price quoted lower: a price cut nobody approved.

A brand's standing statement may state a price for good ("Lunch plates from $12 every
weekday."). Copy that repeats it with a lower figure ("Lunch plates from $9 every weekday.")
states a price below the one the pack stands behind: a reduction no statement gives, even when
the price is said of no product in the catalogue (a menu, a range) and no offer word goes with
it. Only brand-wide statements (scoped to no product) with exactly one price are read: the same
words may state each product's own price ("Minimum price 149 kr." of one plan, "Minimum price
2,694 kr." of another). The copy must repeat every other word of the statement in order (at
least :data:`MIN_WORDS` of them), and a figure the message's own offer states is that offer's,
which the offer rule checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nextbest.brand_context.models import BrandPack, EntryStatus
from nextbest.tools.compliance.kinds.base import CheckContext, RuleLike, violation
from nextbest.tools.compliance.kinds.offer_mentions import CURRENCY, CURRENCY_AFTER, NUMBER
from nextbest.tools.compliance.normalise import fold, plain
from nextbest.tools.compliance.offer_paraphrase import read_number
from nextbest.tools.compliance.verdict import Violation

MIN_WORDS = 2
"""Fewest words besides the price a statement must have to be recognised when repeated."""

PRICE_TOLERANCE = 0.005
"""A figure this close to the statement's is the same price."""

_PRICE = re.compile(rf"{CURRENCY}{NUMBER}|(?<![\w.,]){NUMBER}{CURRENCY_AFTER}")
"""A price in a folded text; the figure is group 1 or group 2."""

_GAP = r"[\W_]+"
"""What may stand between two words of a repeated statement (spaces, punctuation)."""


@dataclass(frozen=True)
class StandingPrice:
    """A standing statement with one price, as a pattern with the price left open.

    Attributes:
        statement_id: The statement's id.
        price: The figure it states.
        wording: The price as the statement writes it.
        pattern: Folded-text pattern of its words with any price in place of its own.
    """

    statement_id: str
    price: float
    wording: str
    pattern: re.Pattern[str]


def _words(text: str) -> str:
    """A pattern of the words of ``text`` in order, any separators between them."""
    return _GAP.join(re.escape(w) for w in plain(text).split())


def standing_prices(pack: BrandPack) -> tuple[StandingPrice, ...]:
    """The pack's brand-wide statements in force that state exactly one price (compiled once).

    Args:
        pack: The brand pack.

    Returns:
        One entry per such statement with at least :data:`MIN_WORDS` other words.
    """
    found: list[StandingPrice] = []
    for statement in pack.standing_statements:
        if statement.status == EntryStatus.RETIRED or statement.products:
            continue  # retired, or one product's own price: another's may read the same
        folded = fold(statement.text).text
        prices = list(_PRICE.finditer(folded))
        if len(prices) != 1:
            continue
        price = prices[0]
        before, after = folded[: price.start()], folded[price.end() :]
        if len(plain(before).split()) + len(plain(after).split()) < MIN_WORDS:
            continue
        body = _PRICE.pattern
        if plain(before):
            body = _words(before) + _GAP + f"(?:{body})"
        if plain(after):
            body = f"(?:{body})" + _GAP + _words(after)
        figure = next(g for g in price.groups() if g)
        found.append(
            StandingPrice(
                statement.id,
                read_number(figure),
                price.group(),
                re.compile(r"(?<!\w)(?:" + body + r")(?!\w)"),
            )
        )
    return tuple(found)


def price_violations(
    rule: RuleLike,
    ctx: CheckContext,
    prices: tuple[StandingPrice, ...],
    offer_figures: set[float],
) -> list[Violation]:
    """Violations for standing statements the copy repeats with a lower price.

    Args:
        rule: The offer rule reporting them.
        ctx: The check context.
        prices: The pack's statements with one price (:func:`standing_prices`).
        offer_figures: Amounts the message's own offer states (none without an offer).

    Returns:
        One violation per statement repeated below its price.
    """
    found: list[Violation] = []
    if not prices:
        return found
    for name, text in ctx.fields.items():
        folded = text.folded.text
        for standing in prices:
            for match in standing.pattern.finditer(folded):
                figure = next((g for g in match.groups() if g), None)
                if figure is None:
                    continue
                value = read_number(figure)
                if value >= standing.price - PRICE_TOLERANCE:
                    continue  # the statement's own price, or more: no reduction
                if any(abs(value - f) <= PRICE_TOLERANCE for f in offer_figures):
                    continue  # the message's offer states it: the offer rule reads it
                start, end = text.folded.original_span(*match.span())
                words = text.original[start:end]
                found.append(
                    violation(
                        rule,
                        f"{words!r} states a lower price than the standing statement "
                        f"{standing.statement_id!r} ({standing.wording}): a reduction no "
                        "approved offer or statement gives.",
                        field=name,
                        span=(start, end),
                        evidence=words,
                        fix_hint="Quote the standing statement with its own price.",
                    )
                )
    return found
