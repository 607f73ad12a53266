"""Offer eligibility under ``offer_terms``: an offer goes only to recipients it is for.

A message names its recipient's ``age``, ``region`` and ``flags`` (see
:class:`~nextbest.tools.compliance.message.RecipientDetails`). What the message tells is read
against the offer:

- ``required_flags``: a recipient whose flags are given must carry one of them (a
  members-only offer to a known non-member); a flag list given empty (``"flags": []``) says
  the recipient carries none, so a known non-member too; with no flags given (no recipient,
  or a recipient without a ``flags`` entry) nothing is known;
- ``eligibility`` conditions on ``age`` (gt, gte, lt, lte) are compared with the recipient's
  when known, and a condition ``<flag> is_false`` fails for a recipient carrying that flag.

Anything the message does not tell (an unknown age or customer column) is not judged. Regions
are ``audience`` rules' business (``allowed_regions`` with ``offers``: a region may be written
at another grain than the recipient's), and so is an offer that must never go to a flagged
recipient (``offers`` with ``blocked_flags``).
"""

from __future__ import annotations

from typing import Any

from nextbest.brand_context.models import EligibilityCondition, Offer
from nextbest.tools.compliance.kinds.base import CheckContext, RuleLike, violation
from nextbest.tools.compliance.message import RecipientDetails
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


def _failed_condition(offer: Offer, recipient: RecipientDetails) -> str | None:
    """The first eligibility condition the recipient is known to fail, described, or None."""
    flags = {_norm(f) for f in recipient.flags}
    for condition in offer.eligibility:
        field = condition.field.lower()
        if field == "age" and recipient.age is not None and condition.op in (
            "gt", "gte", "lt", "lte"
        ):  # fmt: skip
            if not _holds(condition, recipient.age):
                return f"the offer is for age {condition.op} {condition.value}"
        elif condition.op == "is_false" and _norm(field) in flags:
            return f"the offer is not for recipients flagged {condition.field!r}"
    return None


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
        reason = _failed_condition(offer, recipient)
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
