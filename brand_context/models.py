"""Typed brand pack: identity, voice, claims, offers and compliance rules.

The brand pack is what compliance teams own. Every model here is strict (unknown fields are
rejected) and immutable, so that a pack loaded from YAML is exactly what was approved. Rules are
data, not code: a discriminated union over rule kinds, each with validated parameters. The rule
engine that evaluates them lives in ``nextbest.tools.compliance``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from enum import StrEnum
from typing import Annotated, Any, Literal, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

Channel = Literal["email", "sms", "push"]
"""A delivery channel."""

CHANNELS: tuple[Channel, ...] = get_args(Channel)

Severity = Literal["block", "warn"]
"""What a rule violation does: ``block`` stops the release, ``warn`` is recorded only."""

MessageField = Literal["subject", "body", "cta"]
"""A part of a message a text rule reads."""


def _all_message_fields() -> list[MessageField]:
    """Every message field, the default scope of a text rule."""
    return ["subject", "body", "cta"]


ID_PATTERN = r"^[a-z0-9][a-z0-9_.-]{1,63}$"
"""Entry ids are lowercase slugs, 2–64 characters."""

Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
"""A day of the week, by its English name in lower case."""

WEEKDAYS: tuple[Weekday, ...] = get_args(Weekday)
"""Monday first, as :meth:`datetime.date.weekday` counts them."""


_DAY_GROUPS: dict[str, tuple[Weekday, ...]] = {
    "weekdays": WEEKDAYS[:5],
    "weekday": WEEKDAYS[:5],
    "weekends": WEEKDAYS[5:],
    "weekend": WEEKDAYS[5:],
}


def _weekday_names(values: Any) -> Any:
    """Day names in any case, full or as three letters ('Sat'), or 'weekdays' / 'weekends'."""
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, list):
        return values
    out: list[Any] = []
    for value in values:
        if isinstance(value, str):
            word = value.strip().lower()
            if word in _DAY_GROUPS:
                out.extend(d for d in _DAY_GROUPS[word] if d not in out)
                continue
            value = next((d for d in WEEKDAYS if len(word) >= 3 and d.startswith(word)), word)
        if value not in out:
            out.append(value)
    return out


class EntryStatus(StrEnum):
    """Lifecycle of a claim, offer or rule."""

    ACTIVE = "active"
    DRAFT = "draft"
    RETIRED = "retired"


class ClaimCategory(StrEnum):
    """What kind of statement a claim makes; drives claim grounding."""

    EFFICACY = "efficacy"
    HEALTH = "health"
    PRICE = "price"
    SUPERLATIVE = "superlative"
    SUSTAINABILITY = "sustainability"
    COMPARATIVE = "comparative"
    GUARANTEE = "guarantee"
    SERVICE = "service"
    ENDORSEMENT = "endorsement"


class _Strict(BaseModel):
    """Base for every brand pack model: unknown fields are errors, instances are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class _Dated(_Strict):
    """An entry with a validity window and a status."""

    valid_from: date | None = Field(None, description="First day the entry may be used.")
    valid_until: date | None = Field(
        None, description="Last day the entry may be used (inclusive); None means open-ended."
    )
    status: EntryStatus = EntryStatus.ACTIVE

    @model_validator(mode="after")
    def _window_is_ordered(self) -> _Dated:
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValueError("valid_until is before valid_from")
        return self

    def is_valid_on(self, day: date) -> bool:
        """Whether the entry is active and inside its validity window on ``day``.

        Args:
            day: The calendar day to test (e.g. the send date).

        Returns:
            True when the status is active and ``valid_from <= day <= valid_until``.
        """
        if self.status != EntryStatus.ACTIVE:
            return False
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_until and day > self.valid_until)


def _check_time_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown IANA time zone {name!r}") from exc
    return name


class Brand(_Strict):
    """Who is sending: identity required by CAN-SPAM, CTIA and friends."""

    name: str = Field(min_length=1, description="Brand name as customers know it.")
    legal_name: str = Field(min_length=1, description="Registered legal entity.")
    postal_address: str = Field(min_length=5, description="Physical postal address (CAN-SPAM).")
    postal_address_forms: list[str] = Field(
        default_factory=list,
        description="The same address as other copy of the brand writes it (another language "
        "or script, e.g. the English form of an address kept in Bengali); the postal-address "
        "element is met by the address or any of these forms.",
    )
    sender_addresses: dict[Channel, str] = Field(
        default_factory=dict,
        description="Sender identity per channel: email From, SMS short code, push app id.",
    )
    name_forms: list[str] = Field(
        default_factory=list,
        description="The brand's name as other copy of the brand writes it (another language "
        "or script, e.g. 'چاندنی چائے' beside 'Chandni Chai'); each form meets the brand-name "
        "element and is the brand's own name to every rule, as the name and short name are.",
    )
    channels: list[Channel] = Field(min_length=1, description="Channels the brand sends on.")
    locales: list[str] = Field(default_factory=lambda: ["en-US"])
    default_time_zone: str = Field("UTC", description="IANA zone used when none is configured.")
    website_domains: list[str] = Field(
        default_factory=list, description="Domains the brand's own links may point to."
    )
    support_contact: str | None = Field(None, description="Where HELP replies point.")
    short_name: str | None = Field(
        None,
        description="The name short messages must carry (e.g. 'Acme'); the name when None.",
    )
    unsubscribe_url: str | None = Field(
        None,
        description="Where e-mail unsubscribe links must point; when set, an e-mail needs a "
        "link to it (wording alone, a reply instruction or another page does not do).",
    )

    _tz = field_validator("default_time_zone")(_check_time_zone)

    @property
    def own_names(self) -> tuple[str, ...]:
        """The name, the short name (when set) and every other written form of the name."""
        return tuple(n for n in (self.name, self.short_name, *self.name_forms) if n)


class Voice(_Strict):
    """How the brand sounds."""

    tone: list[str] = Field(default_factory=list, description="Adjectives describing the tone.")
    do: list[str] = Field(default_factory=list, description="Writing guidance to follow.")
    dont: list[str] = Field(default_factory=list, description="Writing guidance to avoid.")
    preferred_vocabulary: list[str] = Field(default_factory=list)
    banned_vocabulary: list[str] = Field(default_factory=list)
    example_lines: list[str] = Field(default_factory=list)


class Claim(_Dated):
    """An approved statement the copy may make, word for word."""

    id: str = Field(pattern=ID_PATTERN)
    text: str = Field(min_length=3, description="The exact approved wording.")
    category: ClaimCategory
    substantiation: str = Field(min_length=3, description="Evidence on file for the claim.")
    channels: list[Channel] = Field(min_length=1, description="Channels the claim is allowed on.")
    disclaimer: str | None = Field(None, description="Text that must accompany the claim.")
    disclaimer_by_channel: dict[Channel, str] = Field(
        default_factory=dict,
        description="A shorter disclaimer allowed on one channel, e.g. {sms: 'After deductible, "
        "up to annual limit.'}: on that channel either it or the full disclaimer accompanies "
        "the claim; other channels need the full disclaimer.",
    )
    keywords: list[str] = Field(
        default_factory=list, description="Extra search terms (not part of the approved text)."
    )
    products: list[str] = Field(
        default_factory=list,
        description="Product ids the claim is approved for; empty means the whole brand.",
    )
    variants: list[str] = Field(
        default_factory=list,
        description="Other approved wordings of the same claim (narrower or reordered).",
    )


class ProductFact(_Strict):
    """A figure of a product that copy may state, with its unit (load limit, battery life, size).

    A ``product_facts`` rule reads every figure written in this unit (``150 kg``, ``3.5-m``)
    said of the product (the product named nearest before it in its clause) and compares it
    with ``value``: with ``limit: max`` (the default) copy may state the figure or less ("up
    to 100 kg" when the fact is 120 kg), never more; with ``min`` the figure or more (a
    minimum warranty in years); with ``exact`` only the figure itself (a hull length, a
    screen size). Packs without a ``product_facts`` rule ignore facts.
    """

    name: str = Field(
        min_length=2, description="What the figure measures, e.g. 'load limit', 'battery life'."
    )
    value: float = Field(description="The figure, in ``unit``.")
    unit: str = Field(
        min_length=1, description="The unit as copy writes it, e.g. 'kg', 'hours', 'litres'."
    )
    unit_aliases: list[str] = Field(
        default_factory=list, description="Other spellings of the unit, e.g. 'kilos', 'hrs'."
    )
    limit: Literal["max", "min", "exact"] = Field(
        "max",
        description="``max``: copy may state this figure or less; ``min``: this figure or "
        "more; ``exact``: only this figure.",
    )

    @property
    def units(self) -> list[str]:
        """The unit and its aliases."""
        return [self.unit, *self.unit_aliases]

    def allows(self, value: float) -> bool:
        """Whether copy may state ``value`` (in the fact's unit) of the product."""
        if self.limit == "max":
            return value <= self.value
        if self.limit == "min":
            return value >= self.value
        return value == self.value


class Product(_Strict):
    """A catalogue entry: what the brand sells and its normal (list) price."""

    id: str = Field(pattern=ID_PATTERN)
    name: str = Field(min_length=2, description="The product's name as written in copy.")
    aliases: list[str] = Field(
        default_factory=list, description="Other names copy may use for the product."
    )
    list_price: float | None = Field(None, ge=0, description="Normal price; not a promotion.")
    currency: str | None = Field(None, pattern=r"^[A-Z]{3}$")
    category: str | None = Field(None, description="Catalogue category, e.g. 'membership'.")
    status: EntryStatus | None = Field(
        None, description="``retired`` when no longer sold (history kept); unset: in the catalogue."
    )
    facts: list[ProductFact] = Field(
        default_factory=list,
        description="Figures copy may state of the product, each with its unit and limit "
        "(a load limit of at most 120 kg, a battery life of 10 hours); a ``product_facts`` "
        "rule blocks a figure in that unit said of the product that breaks the limit. Empty: "
        "none.",
    )
    lacks: list[str] = Field(
        default_factory=list,
        description="Features the product does not have, as copy would name them ('rudder', "
        "'waterproof'); a ``product_facts`` rule blocks copy that says one of the product, "
        "unless the copy denies it ('no rudder', 'without a rudder').",
    )

    @model_validator(mode="after")
    def _price_has_currency(self) -> Product:
        if self.list_price is not None and not self.currency:
            raise ValueError(f"product {self.id!r} has a list_price but no currency")
        return self

    @property
    def names(self) -> list[str]:
        """The name and every alias."""
        return [self.name, *self.aliases]

    @property
    def in_force(self) -> bool:
        """Whether the product is in the catalogue (not retired)."""
        return self.status != EntryStatus.RETIRED


class StandingStatement(_Strict):
    """A brand-wide statement allowed in any message (e.g. a free-shipping threshold)."""

    id: str = Field(pattern=ID_PATTERN)
    text: str = Field(min_length=3, description="The exact wording, always allowed.")
    channels: list[Channel] = Field(
        default_factory=lambda: list(CHANNELS), description="Channels it may appear on."
    )
    status: EntryStatus | None = Field(
        None, description="``retired`` when no longer said (history kept); unset: in force."
    )
    products: list[str] = Field(
        default_factory=list,
        description="Product ids the statement is scoped to: it is allowed only in a message "
        "that names one of these products (catalogue name or alias). Empty: any message. Out "
        "of scope the statement is ordinary copy (checked like any other words).",
    )
    offers: list[str] = Field(
        default_factory=list,
        description="Offer ids the statement is scoped to: it is allowed only in a message "
        "whose offer_id is one of these (e.g. 'free cancellation' only with the flexible-rate "
        "offer). Empty: any message. With both products and offers, both must hold.",
    )

    @property
    def in_force(self) -> bool:
        """Whether the statement is allowed (not retired)."""
        return self.status != EntryStatus.RETIRED


class DiscountType(StrEnum):
    """The shape of an offer's benefit."""

    PERCENT = "percent"
    AMOUNT = "amount"
    FREE_SHIPPING = "free_shipping"
    FREE_GIFT = "free_gift"
    BOGO = "bogo"
    PRICE = "price"
    POINTS = "points"
    NONE = "none"


class EligibilityCondition(_Strict):
    """One test on a customer attribute, e.g. ``loyalty_tier in [gold, platinum]``."""

    field: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$", description="Customer column name.")
    op: Literal["eq", "ne", "gt", "gte", "lt", "lte", "in", "not_in", "is_true", "is_false"]
    value: Any = None

    @model_validator(mode="after")
    def _value_matches_op(self) -> EligibilityCondition:
        if self.op in ("in", "not_in") and not isinstance(self.value, list):
            raise ValueError(f"op {self.op!r} needs a list value")
        if self.op in ("gt", "gte", "lt", "lte") and not isinstance(self.value, int | float):
            raise ValueError(f"op {self.op!r} needs a numeric value")
        if self.op not in ("is_true", "is_false") and self.value is None:
            raise ValueError(f"op {self.op!r} needs a value")
        return self


class Offer(_Dated):
    """A commercial offer with its exact terms."""

    id: str = Field(pattern=ID_PATTERN)
    name: str = Field(min_length=2)
    terms: str = Field(min_length=5, description="Full terms and conditions, customer-facing.")
    discount_type: DiscountType
    discount_amount: float | None = Field(
        None, ge=0, description="Percent (0–100), currency amount or points, by discount_type."
    )
    currency: str | None = Field(None, pattern=r"^[A-Z]{3}$")
    min_spend: float | None = Field(None, ge=0)
    code: str | None = Field(None, description="Promo code, if the offer uses one.")
    eligibility: list[EligibilityCondition] = Field(
        default_factory=list,
        description="All must hold for a customer to be eligible. A message's recipient is "
        "checked where it tells: 'age' (gt/gte/lt/lte) and '<flag> is_false' against "
        "recipient.flags. An offer never to go to flagged recipients or outside some regions: "
        "an audience rule with offers [this id] and blocked_flags / allowed_regions.",
    )
    required_flags: list[str] = Field(
        default_factory=list,
        description="Flags a recipient must carry to get the offer (e.g. 'rewards_member' for "
        "a members-only offer): a message whose recipient's flags are given but carry none "
        "of them is blocked under offer_terms.",
    )
    disclosure: str | None = Field(None, description="Conditions that must appear near the offer.")
    channels: list[Channel] = Field(min_length=1)
    unit_value: float = Field(
        0.0, ge=0, description="Expected order value when converted (for the value model)."
    )
    margin: float = Field(0.3, ge=0, le=1, description="Gross margin share of unit_value.")
    products: list[str] = Field(
        default_factory=list, description="Product ids the offer applies to; empty means any."
    )
    ends_at: time | None = Field(
        None, description="Time of day the offer ends on valid_until (brand time zone)."
    )
    limited_stock: bool = Field(
        False, description="Stock or seats are genuinely limited (scarcity wording allowed)."
    )
    disclosure_by_channel: dict[Channel, str] = Field(
        default_factory=dict,
        description="Conditions on a channel when they differ (e.g. a short form for SMS).",
    )
    apr: float | None = Field(
        None,
        ge=0,
        le=100,
        description="Financing or lease APR in percent (e.g. 0 or 3.9). Copy that states an "
        "APR must state this one; financing wording needs an offer with it.",
    )
    term_months: int | None = Field(
        None,
        gt=0,
        description="Financing or lease term in months (e.g. 36). Copy stating a term "
        "('36 months', '3 years') must state this one.",
    )
    down_payment: float | None = Field(
        None,
        ge=0,
        description="Amount due at signing / down payment, in the offer's currency (e.g. "
        "2999). Copy stating a down payment must state this figure.",
    )
    monthly_payment: float | None = Field(
        None,
        ge=0,
        description="Monthly payment, in the offer's currency (e.g. 299). Copy stating a "
        "'$N/mo' or '$N a month' figure must state this one.",
    )

    @property
    def is_financing(self) -> bool:
        """Whether the offer carries any financing field (APR, term, down or monthly payment)."""
        return any(
            v is not None
            for v in (self.apr, self.term_months, self.down_payment, self.monthly_payment)
        )

    @model_validator(mode="after")
    def _amount_matches_type(self) -> Offer:
        needs_amount = {
            DiscountType.PERCENT,
            DiscountType.AMOUNT,
            DiscountType.POINTS,
            DiscountType.PRICE,
        }
        if self.discount_type in needs_amount and self.discount_amount is None:
            raise ValueError(f"discount_type {self.discount_type.value!r} needs discount_amount")
        if self.discount_type == DiscountType.PERCENT and (self.discount_amount or 0) > 100:
            raise ValueError("a percent discount cannot exceed 100")
        if self.discount_type in (DiscountType.AMOUNT, DiscountType.PRICE) and not self.currency:
            raise ValueError(f"an {self.discount_type.value} offer needs a currency")
        return self


# ---------------------------------------------------------------------------------------------
# Rules: one parameter model per kind, a discriminated union over ``kind``.
# ---------------------------------------------------------------------------------------------


_PRICE_SHAPE = re.compile(
    r"any|from|down|instal+ments?|payments|percent(?:age)?|%"
    r"|(?:per[ _-]?|/)\s*[^\W\d_][\w ]*|monthly|daily|weekly|yearly|annually|nightly|hourly"
)
"""Price shapes a disclosure's ``trigger_prices`` may name (``tools/compliance/price_triggers``)."""


def _compile_patterns(patterns: list[str]) -> list[str]:
    for index, pattern in enumerate(patterns):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"patterns[{index}] is not a valid regular expression: {exc}") from exc
    return patterns


class BannedPhraseParams(_Strict):
    """Phrases or regular expressions that must not appear (matched after normalisation)."""

    phrases: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list, description="Python regular expressions.")
    fields: list[MessageField] = Field(default_factory=_all_message_fields)
    said_only_of: list[str] = Field(
        default_factory=list,
        description="Names (people, products, places) the phrases may be said of: a phrase "
        "is banned wording only in a sentence that names none of them. A title reserved to "
        "the licensed people ('registered dietitian' with said_only_of: [Ana Reyes]: 'Ana "
        "Reyes, our registered dietitian' is fine, 'Sam Cole, our registered dietitian' "
        "blocks) or a certification held by some models only. Names match whole words, any "
        "case. Empty: banned in every sentence.",
    )

    _re = field_validator("patterns")(_compile_patterns)

    @model_validator(mode="after")
    def _not_empty(self) -> BannedPhraseParams:
        if not self.phrases and not self.patterns:
            raise ValueError("give at least one phrase or pattern")
        return self


RequiredElementName = Literal[
    "unsubscribe",
    "postal_address",
    "brand_name",
    "stop_help",
    "ad_identification",
    "sender_identity",
    "stop",
    "help",
    "statement",
]


class RequiredElementParams(_Strict):
    """An element the message must contain on the rule's channels.

    ``stop`` and ``help`` are the two halves of ``stop_help``, for brands that require only
    one. ``statement`` requires the exact ``text`` (e.g. a responsibility statement).
    """

    element: RequiredElementName
    patterns: list[str] = Field(
        default_factory=list,
        description="Extra regular expressions that also satisfy the element.",
    )
    replace_builtin: bool = Field(
        False, description="The patterns replace the built-in test instead of adding to it."
    )
    text: str | None = Field(None, description="The exact text a 'statement' element requires.")
    alternatives: list[str] = Field(
        default_factory=list, description="Other accepted wordings of the statement."
    )
    fields: list[MessageField] = Field(
        default_factory=_all_message_fields,
        description="Fields the element may appear in (e.g. body only).",
    )
    at_start: bool = Field(
        False,
        description="Only for 'statement': the text must open one of the fields (the first "
        "words of the subject, the SMS body or the push title; spaces before it allowed), not "
        "merely appear in it, e.g. a legally required ad label such as '(광고)' or '[QC]'.",
    )

    _re = field_validator("patterns")(_compile_patterns)

    @model_validator(mode="after")
    def _statement_has_text(self) -> RequiredElementParams:
        if self.element == "statement" and not self.text:
            raise ValueError("a 'statement' element needs its text")
        if self.at_start and self.element != "statement":
            raise ValueError("at_start applies to a 'statement' element only")
        if self.replace_builtin and not self.patterns:
            raise ValueError("replace_builtin needs patterns")
        return self


class LengthLimitParams(_Strict):
    """Size limits for one field of a message; SMS bodies may be limited in segments."""

    field: MessageField
    max_chars: int | None = Field(None, gt=0)
    max_segments: int | None = Field(None, gt=0, description="SMS segments (GSM-7 / UCS-2).")

    @model_validator(mode="after")
    def _some_limit(self) -> LengthLimitParams:
        if self.max_chars is None and self.max_segments is None:
            raise ValueError("give max_chars or max_segments")
        return self


ClaimProblem = Literal["expired", "unapproved", "missing_disclaimer", "wrong_product"]
"""What can be wrong with a claim in copy; each may be reported under its own rule id."""


class ClaimGroundingParams(_Strict):
    """Statements of these categories must match an approved, valid claim for the channel."""

    categories: list[ClaimCategory] = Field(min_length=1)
    extra_triggers: dict[ClaimCategory, list[str]] = Field(
        default_factory=dict,
        description="Brand-specific words that signal a claim of a category.",
    )
    report_as: dict[ClaimProblem, str] = Field(
        default_factory=dict,
        description="Rule id to report a kind of problem under (e.g. expired -> claim-expired);"
        " the rule's own id otherwise.",
    )


class OfferTermsParams(_Strict):
    """Discounts, prices and "free" in the copy must match the offer and carry its conditions."""

    conditions_within_chars: int = Field(
        250, gt=0, description="How close the disclosure must be to the offer mention."
    )
    require_offer_id: bool = Field(True, description="Promotional mentions need an offer id.")
    prices_are_facts: bool = Field(
        False,
        description="Plain prices in copy are facts (listings, inventory, fares), never "
        "promotions by themselves; discounts, 'free' and codes are still checked.",
    )


class QuietHoursParams(_Strict):
    """No sends between ``start`` and ``end`` in the recipient's local time."""

    start: time = Field(description="Local time quiet hours begin, e.g. 21:00.")
    end: time = Field(description="Local time quiet hours end, e.g. 08:00.")
    block_unknown_time_zone: bool = Field(
        True,
        description="A recipient with no (or no valid IANA) time zone is blocked; false: "
        "such a send may go (the window is not checked at all).",
    )
    start_inclusive: bool = Field(True, description="A send at exactly ``start`` is quiet.")
    end_inclusive: bool = Field(False, description="A send at exactly ``end`` is quiet.")
    days: list[Weekday] = Field(
        default_factory=list,
        description="Local days the window applies on ('saturday', 'sun'…, or 'weekdays' / "
        "'weekends'); empty: every day. "
        "A window crossing midnight belongs to the day it starts (a Saturday 20:00–09:00 "
        "window covers Sunday 03:00). To give weekdays and weekends different hours, write "
        "two quiet_hours rules. No sends at all on a weekday: start 00:00, end 23:59, "
        "end_inclusive true, days [that day].",
    )
    no_send_dates: list[date] = Field(
        default_factory=list,
        description="Whole local days with no sends at all (e.g. public holidays), "
        "YYYY-MM-DD in the recipient's time zone.",
    )

    _days = field_validator("days", mode="before")(_weekday_names)


class ConsentParams(_Strict):
    """The recipient must hold this consent for the channel."""

    required: Literal["opt_in", "express_written", "soft_opt_in"] = "opt_in"
    objection_blocks: bool = Field(True, description="An objection to profiling blocks.")


class LinkPolicyParams(_Strict):
    """Which links may appear."""

    allowed_domains: list[str] = Field(default_factory=list, description="Empty = brand domains.")
    banned_domains: list[str] = Field(default_factory=list, description="E.g. public shorteners.")
    require_https: bool = True
    max_links: int | None = Field(None, ge=0)


class DisclosureParams(_Strict):
    """When a trigger appears, one of the required disclosures must appear too.

    Give at least one trigger source: ``triggers`` (regular expressions), ``trigger_phrases``
    (literal words), ``trigger_products`` (product ids whose mention triggers it) or
    ``trigger_prices`` (price shapes such as ``per month`` or ``from``, no regex). Wording
    the pack itself mandates (another disclosure's wording, a claim's disclaimer, an offer's
    conditions, a required statement) never triggers a disclosure by itself, unless a trigger
    is a whole sentence of it. Scope it with ``regions`` / ``offers`` / ``except_offers``; vary
    the wording with ``required_by_region`` / ``required_by_channel``. Several lines each
    required: one rule per line. With ``no_promotion`` the triggers name a topic whose
    messages carry no promotion at all (a recall or safety notice, a hardship message);
    ``required_any`` may then be left empty.
    """

    triggers: list[str] = Field(
        default_factory=list,
        description="Python regular expressions (case-insensitive) that trigger it; '$' is an "
        "anchor here, so write literal wordings in trigger_phrases instead.",
    )
    trigger_phrases: list[str] = Field(
        default_factory=list,
        description="Literal phrases that trigger it, matched case-insensitively as whole "
        "words; no regex syntax ('$0 down' means the characters $0 down).",
    )
    trigger_products: list[str] = Field(
        default_factory=list,
        description="Product ids whose mention (catalogue name or alias) triggers it: a "
        "required wording per product, e.g. an age grade on every mention of a toy.",
    )
    trigger_prices: list[str] = Field(
        default_factory=list,
        description="Price shapes that trigger it, no regex needed: 'any' (any price: $12, "
        "£9.99, R$ 300,00, 15 €), 'per month' ($49/mo, $49 a month, $49 monthly; also 'per "
        "day', 'per week', 'per night', 'per year', 'per hour' or any unit word, 'per kWh'), "
        "'from' (from / starting at / as low as $N), 'down' ($0 down), 'instalments' (4 "
        "payments of $25, 10x de R$ 30), 'percent' (any N %). A threshold ('orders over $50') "
        "is not a trigger.",
    )
    prices_of_products: bool = Field(
        False,
        description="With trigger_products and trigger_prices: only a price said of one of "
        "those products triggers it (named in the price's sentence or paragraph, or covered by "
        "the message's offer), e.g. 'a membership price needs the renewal line' while a "
        "medication price or a membership named without a price does not.",
    )
    no_promotion: bool = Field(
        False,
        description="A message the triggers put on this topic carries no promotion: no offer "
        "(message.offer_id), no discount or amount off, no promo code, no 'free' gift or "
        "bonus, no sale price below the list price, anywhere in the message, e.g. a recall "
        "notice, a car-seat registration reminder, a data-breach or outage notice, a payment "
        "hardship message. Promotions are what the offer_terms rule reads as promotional "
        "wording; a standing statement, the pack's mandated wording and a plain list price "
        "are none. The topic comes from triggers, trigger_phrases or trigger_products (write "
        "the phrases of the topic's own sense: 'recall notice', 'recalled', not 'recall' "
        "alone); required_any may be empty, and when given is required as usual.",
    )
    required_any: list[str] = Field(
        default_factory=list,
        validate_default=True,
        description="Acceptable disclosure wordings; at least one, unless no_promotion is set "
        "(a topic rule that requires no wording).",
    )
    within_chars: int | None = Field(
        None,
        gt=0,
        description="How close (characters) a disclosure must be to each trigger or product "
        "mention; anywhere in the message when None.",
    )
    regions: list[str] = Field(
        default_factory=list,
        description="Only for recipients in these regions (recipient.region, compared as the "
        "audience rule does: 'US-NJ' also matches 'NJ'), e.g. a state's own notice; a recipient "
        "whose region is not known needs it too (the safe side). Empty: every recipient.",
    )
    required_by_region: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Wordings for recipients of one region, e.g. {CA: ['CA Lic 7712'], TX: "
        "['TX Lic B-209']}: for such a recipient only its region's wordings count (another "
        "state's licence does not); other recipients use required_any. Add the regions to "
        "'regions' when recipients elsewhere need nothing.",
    )
    required_by_channel: dict[Channel, list[str]] = Field(
        default_factory=dict,
        description="More wordings for one channel, e.g. {sms: ['Short form.']}: on that "
        "channel they count besides required_any; other channels accept required_any only (so "
        "e-mail insists on the long form). required_by_region wins over both for a recipient "
        "of its region.",
    )
    offers: list[str] = Field(
        default_factory=list,
        description="Offer ids: only messages carrying one of these offers (message.offer_id) "
        "need the disclosure. Empty: every message.",
    )
    except_offers: list[str] = Field(
        default_factory=list,
        description="Offer ids whose messages never need it (the offer's own conditions "
        "replace it, e.g. a fee that offer waives).",
    )
    feature_of_products: list[str] = Field(
        default_factory=list,
        description="Product ids the triggered feature belongs to, e.g. [premium-card] when "
        "only the premium card earns 'rebates': a trigger (triggers or trigger_phrases) whose "
        "sentence names catalogue products, none of them these, says the feature of a product "
        "that lacks it, a violation even with the disclosure present. A sentence naming no "
        "product, or one of these, is fine. Empty: the feature belongs to every product.",
    )

    _re = field_validator("triggers")(_compile_patterns)

    @field_validator("required_any")
    @classmethod
    def _has_wordings(cls, wordings: list[str], info: ValidationInfo) -> list[str]:
        if not wordings and not info.data.get("no_promotion", False):
            raise ValueError("give at least one disclosure wording (or set no_promotion)")
        return wordings

    @field_validator("trigger_prices")
    @classmethod
    def _known_shapes(cls, shapes: list[str]) -> list[str]:
        for shape in shapes:
            if not _PRICE_SHAPE.fullmatch(shape.strip().casefold()):
                raise ValueError(
                    f"unknown price shape {shape!r}: use any, from, down, instalments, percent "
                    "or 'per <unit>' (per month, per day, per kWh...)"
                )
        return shapes

    @model_validator(mode="after")
    def _has_a_trigger(self) -> DisclosureParams:
        if self.prices_of_products and not (self.trigger_products and self.trigger_prices):
            raise ValueError("prices_of_products needs both trigger_products and trigger_prices")
        if not (
            self.triggers or self.trigger_phrases or self.trigger_products or self.trigger_prices
        ):
            raise ValueError(
                "give at least one of triggers, trigger_phrases, trigger_products or trigger_prices"
            )
        if self.no_promotion and not (
            self.triggers or self.trigger_phrases or self.trigger_products
        ):
            raise ValueError(
                "no_promotion needs a topic: triggers, trigger_phrases or trigger_products "
                "(a price shape is no topic)"
            )
        if not self.required_any:
            extras = [
                name
                for name in (
                    "required_by_region",
                    "required_by_channel",
                    "within_chars",
                    "feature_of_products",
                )
                if getattr(self, name)
            ]
            if extras:
                raise ValueError(f"{', '.join(extras)} need required_any")
        return self


class UrgencyParams(_Strict):
    """Urgency and scarcity wording must be true of the message's offer on the send date."""

    extra_urgency: list[str] = Field(
        default_factory=list, description="More phrases that say an offer ends soon."
    )
    extra_scarcity: list[str] = Field(
        default_factory=list, description="More phrases that say stock or places are limited."
    )


class PersonalDataParams(_Strict):
    """Personal data must not appear in copy."""

    card_numbers: bool = Field(True, description="Card-like numbers (13–19 digits).")
    account_numbers: bool = Field(True, description="IBAN-like account numbers.")
    masked_numbers: bool = Field(
        True, description="Masked card numbers showing more than the last four digits."
    )
    national_ids: bool = Field(
        True,
        description="US Social Security numbers (123-45-6789) and vehicle registration marks "
        "written as on an Indian number plate (KA05 MN 7310).",
    )
    email_addresses: bool = Field(True, description="E-mail addresses other than the brand's.")
    phone_numbers: bool = Field(True, description="Phone numbers other than the brand's.")
    recipient_details: bool = Field(
        True, description="The recipient's own e-mail, phone or full name (message.recipient)."
    )
    own_contacts: list[str] = Field(
        default_factory=list,
        description="The brand's own phone numbers and e-mail addresses, which may appear.",
    )
    labelled: list[str] = Field(
        default_factory=list,
        description="Labels whose value is personal when followed by a figure ('date of birth',"
        " 'member number', 'BMI').",
    )
    terms: list[str] = Field(
        default_factory=list, description="Phrases that are personal data whatever follows."
    )
    fields: list[MessageField] = Field(default_factory=_all_message_fields)


class ProductFactsParams(_Strict):
    """Figures and features said of a product match its catalogue facts.

    Reads each product's ``facts`` (a figure in a unit, with a limit) and ``lacks`` (features
    it does not have); see :class:`ProductFact`. A figure or feature is said of the product
    named nearest before it in its clause, else the nearest in its sentence, paragraph or
    message.
    """

    fields: list[MessageField] = Field(default_factory=_all_message_fields)


class SubjectHonestyParams(_Strict):
    """What the subject (or push title) promises must be given by the body and the offer."""

    min_body_chars: int = Field(1, ge=0, description="Skip messages with shorter bodies.")


class CapitalsParams(_Strict):
    """Shouting: words in capitals, or too high a share of capital letters."""

    max_caps_words: int = Field(0, ge=0, description="All-capital words allowed.")
    min_word_letters: int = Field(
        4, ge=2, description="Shorter capital words (acronyms such as 'APR') are not counted."
    )
    max_ratio: float | None = Field(
        None, gt=0, le=1, description="Highest share of capital letters among all letters."
    )
    allowed: list[str] = Field(
        default_factory=list, description="Words that may be written in capitals."
    )
    fields: list[MessageField] = Field(default_factory=_all_message_fields)


class CaseSensitiveTermParams(_Strict):
    """Terms banned only when written with exactly this casing (e.g. a competitor's name).

    A term matches only as whole words ("Apex" is not found in "Apexly").
    """

    terms: list[str] = Field(min_length=1, description="Terms, in the exact casing banned.")
    exceptions: list[str] = Field(
        default_factory=list,
        description="Words or phrases that contain a term but are fine (e.g. 'Apex Predator Week', "
        "'Apex Trail' for the term 'Apex'); matched with exactly this casing.",
    )
    fields: list[MessageField] = Field(default_factory=_all_message_fields)


class AudienceParams(_Strict):
    """Who may receive the message: age, region and exclusion flags of the recipient.

    Read from ``message.recipient`` (``age``, ``region``, ``flags``). When ``products`` is
    given, the rule applies only to messages that name one of those products; when ``offers``
    is given, only to messages carrying one of those offers.
    """

    min_age: int | None = Field(
        None,
        ge=0,
        le=130,
        description="Youngest age allowed (e.g. 21): a younger recipient blocks.",
    )
    max_age: int | None = Field(
        None, ge=0, le=130, description="Oldest age allowed; a recipient older than this blocks."
    )
    block_unknown_age: bool = Field(
        True,
        description="With min_age or max_age set, a recipient whose age is not known blocks.",
    )
    blocked_regions: list[str] = Field(
        default_factory=list,
        description="Regions (state, province or country codes, as the message's "
        "recipient.region writes them, e.g. 'ID', 'US-ID'; a US state may be written in full) "
        "that may not receive it; compared case-insensitively. A recipient region 'US-ID' "
        "also matches 'US' and 'ID'; a rule's 'US-ID' also matches a recipient written 'ID'.",
    )
    allowed_regions: list[str] = Field(
        default_factory=list,
        description="The only regions that may receive it; empty: any region not blocked.",
    )
    block_unknown_region: bool = Field(
        False,
        description="With blocked_regions or allowed_regions set, a recipient whose region is "
        "not known blocks.",
    )
    blocked_flags: list[str] = Field(
        default_factory=list,
        description="Recipient flags that exclude them (e.g. 'self_excluded', "
        "'do_not_market', 'minor'); compared with recipient.flags ignoring case, spaces and "
        "hyphens.",
    )
    products: list[str] = Field(
        default_factory=list,
        description="Product ids that scope the rule: it applies when the copy names one "
        "(catalogue name or alias) or the message's offer covers one; empty: every message.",
    )
    offers: list[str] = Field(
        default_factory=list,
        description="Offer ids that scope the rule: it applies only to messages carrying one "
        "of these offers (message.offer_id), e.g. free shipping only to allowed_regions, a "
        "new-customer trial never to blocked_flags [former_subscriber]; with products too, "
        "the message must also be about one of them. Empty: any offer or none.",
    )

    @model_validator(mode="after")
    def _says_something(self) -> AudienceParams:
        if self.min_age is not None and self.max_age is not None and self.max_age < self.min_age:
            raise ValueError("max_age is below min_age")
        if (
            self.min_age is None
            and self.max_age is None
            and not self.blocked_regions
            and not self.allowed_regions
            and not self.blocked_flags
        ):
            raise ValueError(
                "give at least one of min_age, max_age, blocked_regions, allowed_regions or "
                "blocked_flags"
            )
        return self


_LANGUAGE_NAMES: dict[str, str] = {
    "english": "en",
    "french": "fr",
    "spanish": "es",
    "portuguese": "pt",
    "italian": "it",
    "german": "de",
    "dutch": "nl",
    "swedish": "sv",
    "finnish": "fi",
    "czech": "cs",
    "slovak": "sk",
    "romanian": "ro",
    "turkish": "tr",
}


def _language_codes(values: Any) -> Any:
    """ISO 639-1 codes from codes, locales ('pt-BR' → 'pt') or English names ('Italian')."""
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, list):
        return values
    out: list[Any] = []
    for value in values:
        if isinstance(value, str):
            word = value.strip().casefold().replace("_", "-")
            value = _LANGUAGE_NAMES.get(word, word.split("-")[0])
            if not re.fullmatch(r"[a-z]{2}", value):
                raise ValueError(f"{value!r} is not a language: write an ISO 639-1 code ('it')")
        if value not in out:
            out.append(value)
    return out


def _subject_and_body() -> list[MessageField]:
    """The fields a language rule judges by default."""
    return ["subject", "body"]


class LanguageParams(_Strict):
    """The language the copy must be written in, e.g. ``allowed: [it]``.

    The language is read from the copy's function words (articles, prepositions, pronouns: ``the``,
    ``della``, ``vous``…), offline; recognised: en, fr, es, pt, it, de, nl, sv, fi, cs, sk, ro, tr,
    hu, el, cy, ca, ru, uk; copy mostly in a script none of the allowed languages uses
    (Devanagari, Chinese characters under ``allowed: [en]``) is reported by its script. Before
    judging, the brand's names, product names, links, e-mail addresses, numbers, codes and every
    wording the pack approves or mandates (disclosures, required statements, claim texts and
    disclaimers, offer conditions, standing statements) are taken out, with the legal-footer
    paragraph (legal name, postal address), so an English brand name, a URL or a bilingual
    mandated line never trips it;
    a message made only of mandated lines is judged on them.
    Precision first: a field with fewer than ``min_words`` words, few function words, or two
    languages close to each other (a bilingual message) is not judged, nor, where an allowed
    language is not one recognised, a field whose function words of another are scattered (fewer
    than one word in seven, as copy in the unread language shares a few short words with those
    recognised). Example: ``allowed: [it]``; a Canadian brand: ``allowed: [en, fr]`` and
    ``by_region: {QC: [fr]}`` (or ``by_region: {QC: [fr]}`` alone: recipients elsewhere get any
    language).
    """

    allowed: list[str] = Field(
        default_factory=list,
        description="ISO 639-1 codes the copy may be written in (e.g. [it], [pt], [en, fr]); a "
        "locale ('pt-BR') counts as its language. Empty: any language, except where by_region "
        "says otherwise.",
    )
    by_region: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Languages for recipients of one region (recipient.region, compared as the "
        "audience rule does: a recipient 'CA-QC' also matches 'QC'), e.g. {QC: [fr]}: such a "
        "recipient's copy must be in those languages instead of 'allowed'. The most specific "
        "match wins ('CA-QC' over 'QC' over 'CA'). A recipient whose region is not known "
        "gets 'allowed'.",
    )
    min_words: int = Field(
        6,
        ge=1,
        description="A field with fewer words (after names, links and mandated wording are "
        "taken out) is not judged: a short SMS or subject line is too little evidence.",
    )
    fields: list[MessageField] = Field(
        default_factory=_subject_and_body,
        description="Fields judged, each on its own (default subject and body; a CTA is "
        "rarely long enough).",
    )

    _allowed = field_validator("allowed", mode="before")(_language_codes)

    @field_validator("by_region", mode="before")
    @classmethod
    def _region_codes(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {region: _language_codes(codes) for region, codes in value.items()}
        return value

    @model_validator(mode="after")
    def _says_something(self) -> LanguageParams:
        if not self.allowed and not self.by_region:
            raise ValueError("give allowed, by_region or both")
        if any(not codes for codes in self.by_region.values()):
            raise ValueError("each by_region entry needs at least one language")
        return self


REGION_PATTERN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[ .'-][A-Za-z0-9]+)*\.?")
"""A region as rules write it: a code ('FL', 'US-FL', 'DE') or a name ('New Jersey')."""


class _RuleBase(_Dated):
    id: str = Field(pattern=ID_PATTERN)
    severity: Severity = "block"
    channels: list[Channel] = Field(
        default_factory=list, description="Channels the rule applies to; empty means all."
    )
    description: str = Field(min_length=3, description="What the rule checks, in plain words.")
    rationale: str = Field(min_length=3, description="Why the rule exists.")
    source: str = Field(min_length=2, description="Regulation or policy, e.g. 'CAN-SPAM §5'.")
    regions: list[str] = Field(
        default_factory=list,
        description="Only for recipients in these regions (the message's recipient.region: "
        "state, province or country codes such as 'FL', 'US-FL', 'DE'; a US state may be "
        "written in full; compared as audience rules compare regions, so 'US-FL' also matches "
        "'FL' and a recipient 'US-FL' also matches 'US'). Any rule kind may be scoped so: a "
        "state's own SMS quiet hours (a quiet_hours rule with regions [FL, OK]), a higher "
        "minimum age in some states (an audience rule with min_age 21 and regions [AL, MS]). "
        "Empty: every region.",
    )
    except_regions: list[str] = Field(
        default_factory=list,
        description="Not for recipients in these regions (same codes as regions), e.g. a claim "
        "that is true only where a licence holds: a banned_phrase rule on 'state-approved' "
        "with except_regions [CA, TX] forbids it to every other recipient. With regions too, "
        "a recipient must be in regions and not in except_regions. Empty: none exempt.",
    )
    unknown_region: Literal["apply", "skip"] = Field(
        "apply",
        description="With regions or except_regions set: whether the rule applies to a "
        "recipient whose region is not known (a message without recipient.region, e.g. a full "
        "check of a draft addressed to no one; in a run, a customer with neither region nor "
        "country, for the contact policy's send-window mask too; a recipient known only by "
        "country, 'US', for a rule scoped to states such as 'FL', since they may live there): "
        "'apply' (the safe side, the "
        "default) or 'skip'. A copy-only check never runs a region-scoped rule, whatever this "
        "says: the rule depends on the recipient, so it is checked with each recipient.",
    )
    service_exempt: bool = Field(
        False,
        description="The rule does not apply to a service message (a message marked "
        "service: a notice the recipient's contract, request or safety calls for, such as a "
        "booking reminder, a confirmation of an action they took, an emergency notice or a "
        "double-opt-in request), for rules the rulebook writes for marketing alone: quiet "
        "hours, marketing consent, the unsubscribe link. False (the default): the rule "
        "applies to every message.",
    )

    @model_validator(mode="after")
    def _regions_are_codes(self) -> _RuleBase:
        problems: list[str] = []
        for name in ("regions", "except_regions"):
            for value in getattr(self, name):
                if not REGION_PATTERN.fullmatch(value):
                    problems.append(
                        f"{name}: {value!r} is not a region code or name (e.g. 'FL', 'US-FL', "
                        "'Florida'); write one region per list item"
                    )
        both = {r.casefold() for r in self.regions} & {r.casefold() for r in self.except_regions}
        if both:
            problems.append(f"regions and except_regions both list {sorted(both)}")
        if self.unknown_region == "skip" and not (self.regions or self.except_regions):
            problems.append("unknown_region needs regions or except_regions")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def applies_to(self, channel: str) -> bool:
        """Whether the rule covers ``channel``."""
        return not self.channels or channel in self.channels


class BannedPhraseRule(_RuleBase):
    """Banned phrases and patterns."""

    kind: Literal["banned_phrase"]
    params: BannedPhraseParams


class RequiredElementRule(_RuleBase):
    """A required element per channel."""

    kind: Literal["required_element"]
    params: RequiredElementParams


class LengthLimitRule(_RuleBase):
    """A channel length limit."""

    kind: Literal["length_limit"]
    params: LengthLimitParams


class ClaimGroundingRule(_RuleBase):
    """Claims in copy must be approved claims."""

    kind: Literal["claim_grounding"]
    params: ClaimGroundingParams


class OfferTermsRule(_RuleBase):
    """Offer mentions must match the offer's terms."""

    kind: Literal["offer_terms"]
    params: OfferTermsParams = Field(default_factory=OfferTermsParams)


class QuietHoursRule(_RuleBase):
    """Quiet hours in the recipient's local time."""

    kind: Literal["quiet_hours"]
    params: QuietHoursParams


class ConsentRule(_RuleBase):
    """Consent per channel."""

    kind: Literal["consent"]
    params: ConsentParams = Field(default_factory=ConsentParams)


class LinkPolicyRule(_RuleBase):
    """Link policy."""

    kind: Literal["link_policy"]
    params: LinkPolicyParams = Field(default_factory=LinkPolicyParams)


class DisclosureRule(_RuleBase):
    """Required disclosures."""

    kind: Literal["disclosure"]
    params: DisclosureParams


class UrgencyRule(_RuleBase):
    """Urgency and scarcity backed by the offer."""

    kind: Literal["urgency"]
    params: UrgencyParams = Field(default_factory=UrgencyParams)


class PersonalDataRule(_RuleBase):
    """No personal data in copy."""

    kind: Literal["personal_data"]
    params: PersonalDataParams = Field(default_factory=PersonalDataParams)


class ProductFactsRule(_RuleBase):
    """Figures and features said of a product match its catalogue facts."""

    kind: Literal["product_facts"]
    params: ProductFactsParams = Field(default_factory=ProductFactsParams)


class SubjectHonestyRule(_RuleBase):
    """Subject lines that do not promise more than the message gives."""

    kind: Literal["subject_honesty"]
    params: SubjectHonestyParams = Field(default_factory=SubjectHonestyParams)


class CapitalsRule(_RuleBase):
    """No shouting."""

    kind: Literal["capitals"]
    params: CapitalsParams = Field(default_factory=CapitalsParams)


class CaseSensitiveTermRule(_RuleBase):
    """Case-sensitive banned terms."""

    kind: Literal["case_sensitive_term"]
    params: CaseSensitiveTermParams


class AudienceRule(_RuleBase):
    """Recipients who must not get the message (age, region, exclusion flags)."""

    kind: Literal["audience"]
    params: AudienceParams


class LanguageRule(_RuleBase):
    """The language the copy is written in (per recipient region too)."""

    kind: Literal["language"]
    params: LanguageParams


Rule = Annotated[
    BannedPhraseRule
    | RequiredElementRule
    | LengthLimitRule
    | ClaimGroundingRule
    | OfferTermsRule
    | QuietHoursRule
    | ConsentRule
    | LinkPolicyRule
    | DisclosureRule
    | UrgencyRule
    | PersonalDataRule
    | SubjectHonestyRule
    | CapitalsRule
    | CaseSensitiveTermRule
    | AudienceRule
    | LanguageRule
    | ProductFactsRule,
    Field(discriminator="kind"),
]
"""Any compliance rule; ``kind`` selects the parameter schema."""

RULE_KINDS: tuple[str, ...] = (
    "banned_phrase",
    "required_element",
    "length_limit",
    "claim_grounding",
    "offer_terms",
    "quiet_hours",
    "consent",
    "link_policy",
    "disclosure",
    "urgency",
    "personal_data",
    "subject_honesty",
    "capitals",
    "case_sensitive_term",
    "audience",
    "language",
    "product_facts",
)


class RuleTest(_Strict):
    """A labelled example message the pack carries: it must pass, warn or block as stated.

    The message is plain data (channel, subject, body, cta, links, sender, send_time,
    recipient_time_zone, consent, offer_id, claim_ids…); the rule engine validates it when
    the test runs, so a pack stays loadable on its own.
    """

    id: str = Field(pattern=ID_PATTERN)
    description: str | None = Field(None, description="What the example shows.")
    message: dict[str, Any] = Field(description="The message, as the rule engine takes it.")
    as_of: date | None = Field(None, description="Send date (default: the message's send time).")
    expect: Literal["pass", "warn", "block"]
    rule_ids: list[str] = Field(
        default_factory=list, description="Rule ids that must fire (none for a pass)."
    )

    @model_validator(mode="after")
    def _pass_fires_nothing(self) -> RuleTest:
        if self.expect == "pass" and self.rule_ids:
            raise ValueError("a test expected to pass cannot expect rules to fire")
        return self


ENTRY_SECTIONS: dict[str, str] = {
    "claim": "claims",
    "offer": "offers",
    "rule": "rules",
    "product": "products",
    "statement": "standing_statements",
    "rule_test": "rule_tests",
}
"""The brand pack field that lists each kind of entry (the voice and the brand are one each)."""


class BrandPack(_Strict):
    """The whole brand pack: the unit that is imported, exported, versioned and hashed."""

    brand: Brand
    voice: Voice = Field(default_factory=Voice)
    claims: list[Claim] = Field(default_factory=list)
    offers: list[Offer] = Field(default_factory=list)
    rules: list[Rule] = Field(default_factory=list)
    products: list[Product] = Field(default_factory=list, description="The catalogue.")
    standing_statements: list[StandingStatement] = Field(
        default_factory=list, description="Brand-wide statements allowed in any message."
    )
    non_claim_phrases: list[str] = Field(
        default_factory=list,
        description="Phrases never read as claims (directions of use, names); product names "
        "are never claims either.",
    )
    rule_tests: list[RuleTest] = Field(
        default_factory=list, description="Labelled example messages (`nextbest kb test`)."
    )

    @model_validator(mode="after")
    def _ids_are_unique(self) -> BrandPack:
        for section in ENTRY_SECTIONS.values():
            seen: dict[str, int] = {}
            for index, entry in enumerate(getattr(self, section)):
                if entry.id in seen:
                    raise ValueError(
                        f"duplicate id {entry.id!r} in {section}[{seen[entry.id]}] "
                        f"and {section}[{index}]"
                    )
                seen[entry.id] = index
        known = {p.id for p in self.products}
        for section in ("claims", "offers"):
            for entry in getattr(self, section):
                unknown = [p for p in entry.products if p not in known]
                if unknown:
                    raise ValueError(
                        f"{section[:-1]} {entry.id!r} names unknown product(s) {unknown}"
                    )
        offers = {o.id for o in self.offers}
        problems: list[str] = []
        for index, statement in enumerate(self.standing_statements):
            where = f"standing_statements[{index}]"
            unknown = [p for p in statement.products if p not in known]
            if unknown:
                problems.append(f"{where}.products: unknown product(s) {unknown}")
            unknown = [o for o in statement.offers if o not in offers]
            if unknown:
                problems.append(f"{where}.offers: unknown offer(s) {unknown}")
        for index, rule in enumerate(self.rules):
            if isinstance(rule, AudienceRule):
                field, scoped = "products", rule.params.products
            elif isinstance(rule, DisclosureRule):
                field, scoped = "trigger_products", rule.params.trigger_products
            else:
                continue
            unknown = [p for p in scoped if p not in known]
            if unknown:
                problems.append(f"rules[{index}].params.{field}: unknown product(s) {unknown}")
            named = {"offers": rule.params.offers}
            if isinstance(rule, DisclosureRule):
                named["except_offers"] = rule.params.except_offers
            for field, ids in named.items():
                unknown = [o for o in ids if o not in offers]
                if unknown:
                    problems.append(f"rules[{index}].params.{field}: unknown offer(s) {unknown}")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def product(self, product_id: str) -> Product | None:
        """The product with ``product_id``, or None."""
        return next((p for p in self.products if p.id == product_id), None)

    def claim(self, claim_id: str) -> Claim | None:
        """The claim with ``claim_id``, or None."""
        return next((c for c in self.claims if c.id == claim_id), None)

    def offer(self, offer_id: str) -> Offer | None:
        """The offer with ``offer_id``, or None."""
        return next((o for o in self.offers if o.id == offer_id), None)

    def rule(self, rule_id: str) -> Rule | None:
        """The rule with ``rule_id``, or None."""
        return next((r for r in self.rules if r.id == rule_id), None)

    def claims_valid_on(self, day: date, channel: str | None = None) -> list[Claim]:
        """Approved claims usable on ``day`` (and on ``channel`` when given)."""
        return [
            c
            for c in self.claims
            if c.is_valid_on(day) and (channel is None or channel in c.channels)
        ]

    def offers_valid_on(self, day: date, channel: str | None = None) -> list[Offer]:
        """Offers usable on ``day`` (and on ``channel`` when given)."""
        return [
            o
            for o in self.offers
            if o.is_valid_on(day) and (channel is None or channel in o.channels)
        ]

    def rules_in_force(self, day: date, channel: str | None = None) -> list[Rule]:
        """Rules in force on ``day`` (and covering ``channel`` when given)."""
        return [
            r
            for r in self.rules
            if r.is_valid_on(day) and (channel is None or r.applies_to(channel))
        ]


class NonClaimPhrases(_Strict):
    """The pack's non-claim phrases as one store entry."""

    phrases: list[str] = Field(default_factory=list)


EntryKind = Literal[
    "brand", "voice", "claim", "offer", "rule", "product", "statement", "non_claims", "rule_test"
]
"""The kinds of entry the store versions and indexes."""

ENTRY_KINDS: tuple[EntryKind, ...] = get_args(EntryKind)


def as_day(moment: date | datetime) -> date:
    """The calendar day of a date or datetime."""
    return moment.date() if isinstance(moment, datetime) else moment
