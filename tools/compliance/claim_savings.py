"""Running-cost savings: "save 35% on your water bills" is a claim of what a product does.

A product said to cut the reader's energy, heating or water bills by a share ("save 35% on your
water bills", "cut heating costs by 30%", "lower your electric bill by up to 20%") makes a
measurable efficacy claim about the product's effect, not a discount the brand gives: the
saving comes from using the product, month after month. It needs an approved wording, with its
basis. Only a bill or cost of running a home or a vehicle counts (energy, heating, cooling,
electricity, gas, fuel, water, utilities) named as a bill, a cost or a use; "save 20% on your
first order" and "save 20% on AC tune-ups" are discounts, left to the offer rules.
"""

from __future__ import annotations

from nextbest.brand_context.models import ClaimCategory

_CUT = (
    r"(?:save|saves|saving|cut|cuts|cutting|lower|lowers|lowering|reduce|reduces|reducing|"
    r"slash|slashes|slashing|trim|trims|trimming|halve|halves|halving)"
)
"""Verbs of a smaller bill."""

_SHARE = (
    r"(?:(?:up to|as much as|over|more than|around|about|nearly|almost|an average of|on "
    r"average) )?\d+(?:\.\d+)? ?%"
)
"""A share, with an optional qualifier: "up to 30%"."""

_RUNNING_COST = (
    r"(?:(?:your|their|the|a|his|her|our|its|household|home|monthly|annual|yearly|winter|"
    r"summer) )*(?:energy|heating|cooling|electric|electricity|power|gas|fuel|water|utility|"
    r"utilities|hvac|air conditioning|ac) (?:bills?|costs?|spend|spending|use|usage|consumption)"
    r"(?![a-z0-9])"
)
"""A running cost of a home or a vehicle: "your water bills", "heating costs" (not "20% on AC
tune-ups", "on water heaters": a discount on a service or product)."""

SAVINGS_PATTERN = (
    r"(?<![a-z0-9])(?:"
    + _CUT
    + r" "
    + _SHARE
    + r" (?:(?:on|off|of|in|from) )?"
    + _RUNNING_COST
    + r"|"
    + _CUT
    + r" "
    + _RUNNING_COST
    + r" by "
    + _SHARE
    + r")"
)
"""A cost of running a home cut by a share, on the skeleton view (punctuation as spaces, so a
``%`` sign stays: the skeleton keeps it)."""

SAVINGS_TRIGGERS: dict[ClaimCategory, tuple[str, ...]] = {
    ClaimCategory.EFFICACY: (SAVINGS_PATTERN,)
}
"""Per category, trigger patterns added to the built-in ones."""
