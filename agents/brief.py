"""The writing brief: everything a writer may use for one message, and nothing else.

The retrieve node builds it from the brand store *as of the send date*: the voice, the offer's
exact terms, the approved claims relevant to the offer and allowed on the channel, the required
elements of the channel and its length limits. Writers (LLM or composer) see only the brief, so
they can only cite what compliance approved — and customer data never enters it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from nextbest.brand_context.models import BrandPack, Claim, LengthLimitRule, RequiredElementRule

MAX_CLAIMS = 3


class BriefClaim(BaseModel):
    """An approved claim the copy may cite word for word."""

    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    category: str
    disclaimer: str | None = None


class BriefOffer(BaseModel):
    """The offer being promoted, with its exact terms."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    terms: str
    disclosure: str | None = None
    code: str | None = None
    discount_type: str
    discount_amount: float | None = None


class WritingBrief(BaseModel):
    """What the writer gets for one (offer, channel) message.

    Attributes:
        channel: email, sms or push.
        brand_name: The brand as customers know it.
        legal_name: The registered sender.
        postal_address: Physical address (required in email).
        sender: The approved sender identity for the channel.
        landing_url: The brand link the call to action points to.
        unsubscribe_url: Where recipients opt out (email).
        voice: Tone, do / don't lists, vocabulary and example lines.
        offer: The offer, or None for a non-promotional message.
        claims: Approved claims relevant to the offer, valid on the send date for the channel.
        required_elements: Names of the elements the channel's rules require.
        limits: Length limits: ``subject_max_chars``, ``body_max_chars``, ``sms_max_segments``.
        rules: One-line descriptions of the rules in force for the channel.
        send_date: ISO date the brand pack was read as of.
        pack_version: Brand pack version number.
        pack_hash: Brand pack content hash.
    """

    model_config = ConfigDict(frozen=True)

    channel: str
    brand_name: str
    legal_name: str
    postal_address: str
    sender: str | None
    landing_url: str
    unsubscribe_url: str
    voice: dict[str, Any]
    offer: BriefOffer | None
    claims: list[BriefClaim] = Field(default_factory=list)
    required_elements: list[str] = Field(default_factory=list)
    limits: dict[str, int] = Field(default_factory=dict)
    rules: list[str] = Field(default_factory=list)
    send_date: str
    pack_version: int | None = None
    pack_hash: str = ""


def _limits(pack: BrandPack, day: date, channel: str) -> dict[str, int]:
    limits: dict[str, int] = {}
    for rule in pack.rules_in_force(day, channel):
        if not isinstance(rule, LengthLimitRule):
            continue
        params = rule.params
        if params.max_chars is not None:
            key = f"{params.field}_max_chars"
            limits[key] = min(limits.get(key, params.max_chars), params.max_chars)
        if params.max_segments is not None:
            limits["sms_max_segments"] = min(
                limits.get("sms_max_segments", params.max_segments), params.max_segments
            )
    return limits


def build_brief(
    pack: BrandPack,
    *,
    channel: str,
    offer_id: str | None,
    day: date,
    relevant_claim_ids: list[str] | None = None,
    pack_version: int | None = None,
    pack_hash: str = "",
) -> WritingBrief:
    """Assemble the brief for one message from the pack in force on ``day``.

    Args:
        pack: The brand pack as of the send date.
        channel: The channel.
        offer_id: The offer to promote (None for none).
        day: The send date; only claims and offers valid that day are used.
        relevant_claim_ids: Claims ranked by relevance (e.g. by semantic search); claims not
            valid on the day or not allowed on the channel are dropped. None = all valid claims.
        pack_version: Version number to record.
        pack_hash: Content hash to record.

    Returns:
        The brief.

    Raises:
        ValueError: If the offer does not exist or is not valid on ``day`` for ``channel``.
    """
    brand = pack.brand
    usable: dict[str, Claim] = {c.id: c for c in pack.claims_valid_on(day, channel)}
    ranked = relevant_claim_ids if relevant_claim_ids is not None else list(usable)
    claims = [usable[cid] for cid in ranked if cid in usable][:MAX_CLAIMS]
    offer = None
    if offer_id is not None:
        found = pack.offer(offer_id)
        if found is None:
            raise ValueError(f"offer {offer_id!r} is not in brand pack")
        if not found.is_valid_on(day) or channel not in found.channels:
            raise ValueError(f"offer {offer_id!r} is not valid on {day} for {channel}")
        offer = BriefOffer(
            id=found.id,
            name=found.name,
            terms=found.terms,
            disclosure=found.disclosure_by_channel.get(channel) or found.disclosure,
            code=found.code,
            discount_type=found.discount_type.value,
            discount_amount=found.discount_amount,
        )
    domain = brand.website_domains[0] if brand.website_domains else "example.com"
    required = [
        r.params.element
        for r in pack.rules_in_force(day, channel)
        if isinstance(r, RequiredElementRule)
    ]
    return WritingBrief(
        channel=channel,
        brand_name=brand.name,
        legal_name=brand.legal_name,
        postal_address=brand.postal_address,
        sender=brand.sender_addresses.get(channel),  # type: ignore[call-overload]
        landing_url=f"https://{domain}/offers/{offer_id}" if offer_id else f"https://{domain}/",
        unsubscribe_url=f"https://{domain}/unsubscribe",
        voice=pack.voice.model_dump(mode="json"),
        offer=offer,
        claims=[
            BriefClaim(id=c.id, text=c.text, category=c.category.value, disclaimer=c.disclaimer)
            for c in claims
        ],
        required_elements=list(dict.fromkeys(required)),
        limits=_limits(pack, day, channel),
        rules=[f"{r.id}: {r.description}" for r in pack.rules_in_force(day, channel)],
        send_date=day.isoformat(),
        pack_version=pack_version,
        pack_hash=pack_hash,
    )
