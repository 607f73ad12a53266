"""Offer eligibility under ``offer_terms``: an offer goes only to recipients it is for.

A message names its recipient's ``age``, ``region`` and ``flags`` (see
:class:`~nextbest.tools.compliance.message.RecipientDetails`). What the message tells is read
against the offer:

- ``required_flags``: a recipient whose flags are given must carry one of them (a
  members-only offer to a known non-member); a flag list given empty (``"flags": []``) says
  the recipient carries none, so a known non-member too; with no flags given (no recipient,
  or a recipient without a ``flags`` entry) nothing is known;
- ``eligibility`` conditions on ``age`` (gt, gte, lt, lte) are compared with the recipient's
  when known — unless an ``audience`` rule that applies to every message carrying the offer
  (no ``products`` scope) sets that bound or a stricter one (``min_age``, ``max_age``), so the
  age is judged once, by that rule — and a condition ``<flag> is_false`` fails for a
  recipient carrying that flag.

- the minimum age the offer's own terms state (:mod:`~nextbest.tools.compliance.terms_ages`),
  and the higher minimum they state for the recipient's region ("18 or older (21 in MS)"),
  is compared with a known age — unless an ``audience`` rule that applies to every message
  carrying the offer (no ``products`` scope) already sets that minimum or a higher one, so
  the age is judged once, by that rule.

Anything the message does not tell (an unknown age or customer column) is not judged. Regions
are ``audience`` rules' business (``allowed_regions`` with ``offers``: a region may be written
at another grain than the recipient's), and so is an offer that must never go to a flagged
recipient (``offers`` with ``blocked_flags``).
"""

from __future__ import annotations

from typing import Any

from nextbest.brand_context.models import AudienceRule, BrandPack, EligibilityCondition, Offer
from nextbest.tools.compliance.kinds.base import CheckContext, RuleLike, violation
from nextbest.tools.compliance.message import RecipientDetails
from nextbest.tools.compliance.terms_ages import terms_ages
from nextbest.tools.compliance.verdict import Violation


def _norm(value: object) -> str:
    """A flag compared without case, spaces or dashes."""
    return str(value).strip().lower().replace("-", "_").replace(" ", "_")


def _holds(condition: EligibilityCondition, actual: Any) -> bool:
    """Whether a known recipient age meets one eligibility condition."""
    expected = condition.value
    match condition.op:
        case "gt":
            return bool(actual > expected)
        case "gte":
            return bool(actual >= expected)
        case "lt":
            return bool(actual < expected)
        case "lte":
            return bool(actual <= expected)
    return True


def _judged_by_audience(pack: BrandPack, offer: Offer, condition: EligibilityCondition) -> bool:
    """Whether an audience rule over every message with ``offer`` sets the age bound already.

    "Ages 18-29" as the offer's eligibility and an audience rule for that offer with
    ``max_age: 29``: a recipient of 34 breaks one fact, judged once, by the audience rule.
    """
    value = condition.value
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if condition.op in ("gt", "gte"):
        bound = value + 1 if condition.op == "gt" else value
        return _audience_minimum(pack, offer) >= bound
    bound = value - 1 if condition.op == "lt" else value
    return any(
        rule.params.max_age is not None and rule.params.max_age <= bound
        for rule in _audience_rules(pack, offer)
    )


def _failed_condition(pack: BrandPack, offer: Offer, recipient: RecipientDetails) -> str | None:
    """The first eligibility condition the recipient is known to fail, described, or None."""
    flags = {_norm(f) for f in recipient.flags}
    for condition in offer.eligibility:
        field = condition.field.lower()
        if field == "age" and recipient.age is not None and condition.op in (
            "gt", "gte", "lt", "lte"
        ):  # fmt: skip
            if not _holds(condition, recipient.age) and not _judged_by_audience(
                pack, offer, condition
            ):
                return f"the offer is for age {condition.op} {condition.value}"
        elif condition.op == "is_false" and _norm(field) in flags:
            return f"the offer is not for recipients flagged {condition.field!r}"
    return None


def _audience_rules(pack: BrandPack, offer: Offer) -> list[AudienceRule]:
    """The audience rules that judge every message with ``offer`` (no ``products`` scope)."""
    return [
        rule
        for rule in pack.rules
        if isinstance(rule, AudienceRule)
        and not rule.params.products
        and (not rule.params.offers or offer.id in rule.params.offers)
    ]


def _audience_minimum(pack: BrandPack, offer: Offer) -> int:
    """The highest ``min_age`` of the audience rules that judge every message with ``offer``."""
    return max(
        (
            rule.params.min_age
            for rule in _audience_rules(pack, offer)
            if rule.params.min_age is not None
        ),
        default=0,
    )


def _under_terms_age(pack: BrandPack, offer: Offer, recipient: RecipientDetails) -> str | None:
    """Why a recipient of known age is younger than the offer's terms allow, or None."""
    if recipient.age is None:
        return None
    required: int | None = None
    for wording in (offer.terms, offer.disclosure):
        if wording:
            age = terms_ages(wording).for_region(recipient.region)
            if age is not None:
                required = max(age, required or 0)
    if required is None or recipient.age >= required:
        return None
    if _audience_minimum(pack, offer) >= required:
        return None  # an audience rule judges this age already
    where = f" in {recipient.region}" if recipient.region else ""
    return f"its terms set a minimum age of {required}{where}"


def ineligible_recipient(rule: RuleLike, ctx: CheckContext, offer: Offer) -> list[Violation]:
    """A violation when the message's recipient is known not to be eligible for its offer.

    Args:
        rule: The ``offer_terms`` rule to report under.
        ctx: The check context.
        offer: The message's offer.

    Returns:
        One violation, or none.
    """
    recipient = ctx.message.recipient
    if recipient is None:
        return []
    flags = {_norm(f) for f in recipient.flags}
    known = bool(flags) or "flags" in recipient.model_fields_set  # "flags": [] tells: none
    reason: str | None = None
    if offer.required_flags and known and not {_norm(f) for f in offer.required_flags} & flags:
        reason = f"the offer is only for recipients flagged {', '.join(offer.required_flags)}"
    else:
        reason = _failed_condition(ctx.pack, offer, recipient) or _under_terms_age(
            ctx.pack, offer, recipient
        )
    if reason is None:
        return []
    return [
        violation(
            rule,
            f"Offer {offer.id!r} cannot go to this recipient: {reason}.",
            evidence=f"recipient {recipient.model_dump(include={'age', 'region', 'flags'})}",
            fix_hint="Send the offer only to recipients it is for, or choose another offer.",
        )
    ]
