"""A goal change as the chat proposes it: a patch over the current goal, and its review.

:class:`GoalPatch` is the arguments of the chat's goal tools (its JSON schema is the tool
definition); :class:`Proposed` is the change worked out — the resulting goal, the version it
starts from, the field diff and review, and the hard limits it breaks.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from nextbest.app.workspace.goal_store import FieldChange, FieldReview
from nextbest.brand_context.models import Channel, EligibilityCondition
from nextbest.tools.decisioning.brand_limits import LocalWindow
from nextbest.tools.decisioning.contact_policy import FrequencyCap
from nextbest.tools.decisioning.goal import Goal, Objective
from nextbest.tools.decisioning.targeting import OfferPreference


class GoalPatch(BaseModel):
    """A change to the current goal: only the fields given change (``reset`` starts afresh)."""

    model_config = ConfigDict(extra="forbid")

    reset: bool = Field(False, description="Start from the defaults instead of the current goal.")
    summary: str | None = Field(None, description="The marketer's request in their own words.")
    objective: Objective | None = Field(None, description="revenue, conversions or retention.")
    audience: list[EligibilityCondition] | None = Field(
        None, description="Only customers meeting all conditions get messages ([] = everyone)."
    )
    favour: list[OfferPreference] | None = Field(
        None, description="Offers to favour, each with a boost (1 gentle … 10 strong), segment."
    )
    exclude_offers: list[str] | None = Field(None, description="Offer ids never to promote.")
    channel_caps: dict[Channel, FrequencyCap | None] | None = Field(
        None,
        description=(
            "Per-channel frequency caps, e.g. sms: 2 per 7 days. Only the channels given change; "
            "null drops a channel's cap."
        ),
    )
    overall_cap: FrequencyCap | None = Field(None, description="Cap over all channels.")
    daily_caps: dict[Channel, int | None] | None = Field(
        None, description="Per channel, at most this many messages a day (per channel)."
    )
    send_window: LocalWindow | None = Field(
        None,
        description="Local hours messages may go out in, e.g. start_hour 9, end_hour 18.",
    )
    channel_budgets: dict[Channel, int | None] | None = Field(
        None, description="At most this many messages per channel in one run (per channel)."
    )
    holdout_share: float | None = Field(None, description="Share held out to measure lift.")
    starts_on: str | None = Field(None, description="First day in force, YYYY-MM-DD.")
    ends_on: str | None = Field(None, description="Last day in force, YYYY-MM-DD.")

    def apply(self, current: Goal | None) -> Goal:
        """The goal after this change, merged field by field (channel by channel for caps).

        Fields the patch leaves out keep their value in ``current``; a per-channel field
        (caps, budgets) changes only the channels named, and a channel set to null drops its
        value (back to the run's default). Lists (audience, favoured and excluded offers)
        are replaced as a whole.

        Raises:
            ValidationError: If the result is not a valid goal.
        """
        base = {} if self.reset or current is None else current.model_dump(mode="json")
        changes = self.model_dump(mode="json", exclude_none=True, exclude={"reset"})
        for key in PER_CHANNEL_FIELDS:
            given = getattr(self, key)
            if given is None:
                continue
            merged = dict(base.get(key) or {})
            for channel, value in given.items():
                if value is None:
                    merged.pop(channel, None)
                else:
                    merged[channel] = (
                        value.model_dump(mode="json") if isinstance(value, BaseModel) else value
                    )
            changes[key] = merged
        return Goal.model_validate({**base, **changes})


PER_CHANNEL_FIELDS: tuple[str, ...] = ("channel_caps", "channel_budgets", "daily_caps")
"""Goal fields merged channel by channel."""


class Proposed(BaseModel):
    """A goal change worked out: the resulting goal, what it starts from, and its problems.

    Attributes:
        goal: The complete goal after the change.
        base_version: The goal version in force on its first day that it starts from.
        diff: The fields that change.
        review: Every field of the resulting goal marked changed, inherited or default.
        problems: The limits it breaks (empty = it may be approved).
    """

    model_config = ConfigDict(frozen=True)

    goal: Goal
    base_version: int | None
    diff: list[FieldChange]
    review: list[FieldReview]
    problems: list[str]

    def data(self) -> dict[str, Any]:
        """The JSON-like view shown to the model, the marketer and the approver."""
        return {
            "based_on_version": self.base_version,
            "diff": [change.model_dump(mode="json") for change in self.diff],
            "review": [r.model_dump(mode="json") for r in self.review],
        }
