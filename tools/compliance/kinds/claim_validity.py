"""Whether an approved claim or offer may be used on a send date and channel."""

from __future__ import annotations

from datetime import date

from nextbest.brand_context.models import Claim, ClaimProblem, EntryStatus, Offer


def claim_problem(claim: Claim | Offer, day: date, channel: str) -> str | None:
    """Why ``claim`` may not be used on ``day`` and ``channel``, or None when it may.

    Args:
        claim: The claim.
        day: The send date.
        channel: The message's channel.

    Returns:
        A short reason such as ``expired on 2025-12-31``, or None.
    """
    if claim.status != "active":
        return f"is {claim.status.value}, not approved"
    if claim.valid_from and day < claim.valid_from:
        return f"is not valid until {claim.valid_from.isoformat()}"
    if claim.valid_until and day > claim.valid_until:
        return f"expired on {claim.valid_until.isoformat()}"
    if channel not in claim.channels:
        return f"is not approved for {channel} (only {', '.join(claim.channels)})"
    return None


def problem_kind(claim: Claim, day: date, channel: str) -> ClaimProblem:
    """Whether an unusable claim is ``expired`` (outside its window) or ``unapproved``.

    Args:
        claim: A claim that may not be used.
        day: The send date.
        channel: The message's channel.

    Returns:
        ``expired`` for an active claim outside its validity window, else ``unapproved``.
    """
    if claim.status == EntryStatus.ACTIVE and not claim.is_valid_on(day):
        return "expired"
    return "expired" if claim.status == EntryStatus.RETIRED else "unapproved"
