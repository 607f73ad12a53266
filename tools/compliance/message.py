"""The message the guardrail checks: copy plus everything about how and to whom it is sent."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from nextbest.brand_context.models import Channel
from nextbest.tools.consent import CONSENT_ORDER, ConsentLevel, consent_level

__all__ = ["CONSENT_ORDER", "TEXT_FIELDS", "ConsentLevel", "Message", "TextField"]

TextField = Literal["subject", "body", "cta"]
"""The copy fields of a message."""

TEXT_FIELDS: tuple[TextField, ...] = ("subject", "body", "cta")


class RecipientDetails(BaseModel):
    """Who the message is for: contact details kept out of the copy, and audience attributes.

    A first name alone is personalisation, not personal data. ``age``, ``region`` and
    ``flags`` are what ``audience`` rules read (age gates, regions a product may not go to,
    self-exclusion lists).

    Attributes:
        email: Their e-mail address.
        phone: Their phone number (compared by digits).
        full_name: Their full name (first and last).
        age: Their age in whole years, None when unknown.
        region: Their state, province or country code as the brand writes it, None when unknown.
        flags: Exclusion or status flags (e.g. ``self_excluded``, ``do_not_market``).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    email: str | None = Field(None, description="The recipient's e-mail address.")
    phone: str | None = Field(None, description="The recipient's phone number.")
    full_name: str | None = Field(None, description="The recipient's full name.")
    age: int | None = Field(
        None, ge=0, le=130, description="Age in whole years (audience rules); None: unknown."
    )
    region: str | None = Field(
        None,
        description="State, province or country code as the brand's audience rules write it "
        "(e.g. 'CA', 'US-TX', 'DE'); None: unknown.",
    )
    flags: list[str] = Field(
        default_factory=list,
        description="Flags on the recipient that audience rules may block on, e.g. "
        "'self_excluded', 'do_not_market'.",
    )

    @field_validator("region")
    @classmethod
    def _blank_region(cls, value: str | None) -> str | None:
        return value.strip() if value and value.strip() else None

    @field_validator("flags", mode="before")
    @classmethod
    def _one_flag(cls, value: object) -> object:
        """A single flag written as a string is a list of one."""
        return [value] if isinstance(value, str) else value


class Message(BaseModel):
    """A draft or rendered message and its sending context.

    Attributes:
        channel: ``email``, ``sms`` or ``push``.
        subject: Email subject line or push title (None for SMS).
        body: The message body.
        cta: Call-to-action text (button label), if any.
        links: Link targets not visible in the text (e.g. button hrefs).
        sender: Email From address, SMS short code or push app id.
        send_time: When it will be sent; naive datetimes are taken as UTC.
        recipient_time_zone: The recipient's IANA time zone, None when unknown.
        consent: Consent the recipient holds for this channel; None when unknown.
        objected_to_profiling: The recipient objected to profiling (GDPR Art. 21).
        offer_id: The offer the copy promotes, if any.
        claim_ids: Approved claims the copy cites.
        locale: The copy's locale, e.g. ``en-US``.
        recipient: The recipient's contact details, when the copy is rendered for one person.
        service: A service message, not marketing: a notice the recipient's contract, request
            or safety calls for (a session or booking notice, a confirmation of an action they
            took, an emergency notice, a double-opt-in request). Rules marked
            ``service_exempt`` (quiet hours, marketing consent, the unsubscribe link, as the
            rulebook says) do not apply to it; every other rule does. A message that carries
            an offer (``offer_id``) sells, and is marketing whatever its marking: the waived
            rules apply to it.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    channel: Channel
    subject: str | None = None
    body: str = Field(min_length=1)
    cta: str | None = None
    links: list[str] = Field(default_factory=list)
    sender: str | None = None
    send_time: datetime | None = None
    recipient_time_zone: str | None = None
    consent: ConsentLevel | None = None
    objected_to_profiling: bool = False
    offer_id: str | None = None
    claim_ids: list[str] = Field(default_factory=list)
    locale: str | None = None
    recipient: RecipientDetails | None = None
    service: bool = False

    @field_validator("subject", "cta", "offer_id", "recipient_time_zone", "sender")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value if value is None or value.strip() else None

    @field_validator("consent", mode="before")
    @classmethod
    def _consent_word(cls, value: object) -> object:
        """Any word of the shared consent vocabulary (``true``, ``yes``, …) as its level."""
        return None if value is None else consent_level(value)

    def text_of(self, field: TextField) -> str:
        """The text of one copy field ('' when absent)."""
        return getattr(self, field) or ""
