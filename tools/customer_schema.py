"""The customer schema: what each column of a customer table means, as data (``customers.yaml``).

A workspace's customer table is the user's own: its column names, its consent words, its date
formats. The schema maps it once, without rewriting the table:

- **roles** — which column is the id, the e-mail address, the mobile number, the first and last
  name, the locale, the time zone, the country and the region (state or province); consent per
  channel with its value vocabulary; the last contact per channel; unsubscribe and complaint
  dates per channel; age or birth date; suppression (do-not-contact), the objection to
  profiling, and named yes/no flags (``self_excluded``, …) that the guardrail's ``audience``
  rules may block on;
- **features** — what the decision policy sees: numeric (bounds, transforms, bins), boolean
  (true/false words) and categorical (categories, label mapping), each saying what a blank
  means (``unknown`` by default — never a made-up zero).

Validated rows carry **canonical fields** (``customer_id``, ``consent_email``, ``age``,
``unsubscribed_sms``, …, see :data:`ROLE_FIELDS`) plus one field per feature, so the contact
policy, the renderer and the guardrail never see the table's own column names.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal, TypedDict

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from nextbest.brand_context.models import CHANNELS, Channel, EligibilityCondition
from nextbest.brand_context.yaml_text import load_yaml_text
from nextbest.tools.consent import DEFAULT_WORDS, ConsentLevel, ConsentVocabulary
from nextbest.tools.decisioning.features import (
    BooleanFeature,
    CategoricalFeature,
    FeatureSpec,
    NumericFeature,
)

SCHEMA_FILE = "customers.yaml"
"""The schema's file name in a workspace."""

CONTACT_FIELDS: tuple[str, ...] = (
    "first_name",
    "locale",
    "time_zone",
    "country",
    "region",
    *(f"consent_{c}" for c in CHANNELS),
    *(f"unsubscribed_{c}" for c in CHANNELS),
    *(f"complained_{c}" for c in CHANNELS),
    "age",
    "suppressed",
    "objected_to_profiling",
    "flags",
)
"""The canonical fields the contact policy and the re-check read about a recipient: what a
decision records as "the customer as the run saw them" (no addresses, no features)."""

ROLE_FIELDS: tuple[str, ...] = (
    "customer_id",
    "email",
    "phone",
    "last_name",
    "birth_date",
    *(f"last_{c}_at" for c in CHANNELS),
    *CONTACT_FIELDS,
)
"""Canonical fields of a validated row, besides the features (``email`` and ``phone`` only when
the schema maps them: absent means "not checked", None means "no usable address").
``birth_date`` is an ISO date (None when unmapped or blank), so an age can be counted to the
send day; ``flags`` lists the names of the schema's flags that are true for the row."""

FLAG_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_\- ]*$")
"""A flag's name in ``roles.flags``."""

TRUE_WORDS = ("true", "yes", "y", "1", "t")
FALSE_WORDS = ("false", "no", "n", "0", "f")


def _column_ref(value: Any) -> Any:
    """Let YAML say ``email: Email Address`` for ``email: {column: Email Address}``."""
    return {"column": value} if isinstance(value, str) else value


class _Column(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    column: str = Field(min_length=1, description="The table's column name, exactly.")


class TextColumn(_Column):
    """A text column used as it is (trimmed)."""


class LabelColumn(_Column):
    """A text column whose labels are mapped to canonical values (e.g. ``English`` → ``en-US``).

    Attributes:
        values: Table label → canonical value; labels not listed pass through unchanged.
        default: Used when the cell is blank.
    """

    values: dict[str, str] = Field(default_factory=dict)
    default: str | None = None


class ConsentColumn(_Column):
    """Consent for one channel, in the table's own words.

    Attributes:
        values: Word → consent level. Omitted: the shared default vocabulary.
    """

    values: dict[str, ConsentLevel] | None = None

    @cached_property
    def vocabulary(self) -> ConsentVocabulary:
        """The vocabulary this column is read with."""
        return ConsentVocabulary(words=self.values if self.values is not None else DEFAULT_WORDS)


class DateColumn(_Column):
    """A date or time stamp.

    Attributes:
        format: ``strptime`` format, e.g. ``%Y-%m-%d``, ``%m/%d/%Y``, ``%Y-%m-%dT%H:%M:%SZ``
            (times without a zone are UTC).
    """

    format: str = "%Y-%m-%d"


class NumberColumn(_Column):
    """A number with optional bounds (a value outside them is a rejected row)."""

    min: float | None = None
    max: float | None = None


class FlagColumn(_Column):
    """A yes/no column.

    Attributes:
        true_values: Words meaning yes (case-insensitive).
        false_values: Words meaning no.
        blank: What an empty cell means.
    """

    true_values: list[str] = Field(default_factory=lambda: list(TRUE_WORDS))
    false_values: list[str] = Field(default_factory=lambda: list(FALSE_WORDS))
    blank: bool = False

    @cached_property
    def words(self) -> dict[str, bool]:
        """Lower-cased word → the flag it means."""
        return {
            **{w.strip().lower(): False for w in self.false_values},
            **{w.strip().lower(): True for w in self.true_values},
        }


Text = Annotated[TextColumn, BeforeValidator(_column_ref)]
Label = Annotated[LabelColumn, BeforeValidator(_column_ref)]
Consent = Annotated[ConsentColumn, BeforeValidator(_column_ref)]
DateCol = Annotated[DateColumn, BeforeValidator(_column_ref)]
Number = Annotated[NumberColumn, BeforeValidator(_column_ref)]
Flag = Annotated[FlagColumn, BeforeValidator(_column_ref)]


class Roles(BaseModel):
    """Which column plays which part. Only ``id`` is required."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Text
    email: Text | None = None
    phone: Text | None = None
    first_name: Text | None = None
    last_name: Text | None = Field(
        None,
        description="The family name. With the first name it makes the full name the guardrail "
        "looks for in the copy (the recipient's own details never belong in it).",
    )
    locale: Label | None = None
    time_zone: Text | None = None
    country: Text | None = None
    region: Text | None = Field(
        None,
        description="The state or province (text, as the brand's audience rules write it, "
        "e.g. 'CA' or 'US-CA'). Audience rules limited by region read it, else the country.",
    )
    consent: dict[Channel, Consent] = Field(default_factory=dict)
    last_contact: dict[Channel, DateCol] = Field(default_factory=dict)
    unsubscribed_at: dict[Channel, list[DateCol]] = Field(
        default_factory=dict,
        description="A date here means the customer left that channel, permanently.",
    )
    complained_at: dict[Channel, list[DateCol]] = Field(
        default_factory=dict, description="A complaint date blocks that channel, permanently."
    )
    age: Number | None = None
    birth_date: DateCol | None = None
    suppressed: Flag | None = None
    objected_to_profiling: Flag | None = None
    flags: dict[str, Flag] = Field(
        default_factory=dict,
        description="Named yes/no flags on a customer (flag name → its column, e.g. "
        "self_excluded: {column: excluded_yn}); the names of those that are true go with each "
        "message, and the guardrail's audience rules may block on them.",
    )

    @field_validator("flags")
    @classmethod
    def _flag_names(cls, value: dict[str, FlagColumn]) -> dict[str, FlagColumn]:
        """Flag names are words (letters, digits, ``_``, ``-`` or spaces), not blank."""
        for name in value:
            if not FLAG_NAME.match(name):
                raise ValueError(
                    f"flag name {name!r}: use letters, digits, '_', '-' or spaces, e.g. "
                    "'self_excluded'"
                )
        return value

    def columns(self) -> list[str]:
        """Every table column a role reads."""
        out: list[str] = []
        for name in (
            "id",
            "email",
            "phone",
            "first_name",
            "last_name",
            "locale",
            "time_zone",
            "country",
            "region",
        ):
            ref = getattr(self, name)
            if ref is not None:
                out.append(ref.column)
        out.extend(c.column for c in self.consent.values())
        out.extend(c.column for c in self.last_contact.values())
        for refs in (*self.unsubscribed_at.values(), *self.complained_at.values()):
            out.extend(c.column for c in refs)
        for ref in (self.age, self.birth_date, self.suppressed, self.objected_to_profiling):
            if ref is not None:
                out.append(ref.column)
        out.extend(c.column for c in self.flags.values())
        return out


class _FeatureCommon(TypedDict):
    """What every policy feature built from a column shares."""

    name: str
    missing: Literal["unknown", "error"]
    indicator: bool


class SchemaFeature(BaseModel):
    """One decision feature read from one column.

    Attributes:
        name: The feature's name — what the policy and the brand pack's eligibility conditions
            call it (e.g. ``orders_count``).
        column: The table column it reads.
        kind: numeric, boolean or categorical.
        blank: An empty cell is ``unknown`` (never a made-up value) or a rejected row.
        indicator: Add a 0/1 "was blank" input for the policy.
        min: Smallest valid value (numeric); below it the row is rejected.
        max: Largest valid value (numeric).
        integer: Only whole numbers are valid (numeric).
        date_format: The cell is a date; the feature is the days from it to the run day.
        log1p: Use log(1 + x) (needs x ≥ 0, so ``min`` defaults to 0).
        clip: Clip raw values to ``[lo, hi]`` before transforming.
        center: Subtracted after transforming.
        scale: Divides after centring.
        bins: Bin edges in raw units (adds a one-hot of the bin).
        true_values: Words meaning true (boolean).
        false_values: Words meaning false (boolean).
        categories: The categories (categorical).
        labels: Table label → category (categorical); unlisted labels are used as they are.
        unknown_category: An undeclared label goes to ``other`` or rejects the row.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    column: str = Field(min_length=1)
    kind: Literal["numeric", "boolean", "categorical"]
    blank: Literal["unknown", "reject"] = "unknown"
    indicator: bool = False
    min: float | None = None
    max: float | None = None
    integer: bool = False
    date_format: str | None = None
    log1p: bool = False
    clip: tuple[float, float] | None = None
    center: float = 0.0
    scale: float = Field(1.0, gt=0)
    bins: list[float] = Field(default_factory=list)
    true_values: list[str] = Field(default_factory=lambda: list(TRUE_WORDS))
    false_values: list[str] = Field(default_factory=lambda: list(FALSE_WORDS))
    categories: list[str] = Field(default_factory=list)
    labels: dict[str, str] = Field(default_factory=dict)
    unknown_category: Literal["other", "reject"] = "other"

    @cached_property
    def words(self) -> dict[str, bool]:
        """Lower-cased true/false word → the value it means (boolean features)."""
        return {
            **{w.strip().lower(): False for w in self.false_values},
            **{w.strip().lower(): True for w in self.true_values},
        }

    @model_validator(mode="after")
    def _fits_kind(self) -> SchemaFeature:
        if self.kind == "categorical" and not self.categories:
            raise ValueError(f"feature {self.name!r}: a categorical feature needs categories")
        if self.kind != "numeric" and (self.bins or self.log1p or self.date_format):
            raise ValueError(f"feature {self.name!r}: bins/log1p/date_format are for numeric")
        if self.log1p and self.min is not None and self.min < 0:
            raise ValueError(f"feature {self.name!r}: log1p needs min ≥ 0")
        return self

    @property
    def lower_bound(self) -> float | None:
        """The smallest valid value (0 for log-transformed features unless set)."""
        if self.min is None and self.log1p:
            return 0.0
        return self.min

    def to_feature(self) -> NumericFeature | BooleanFeature | CategoricalFeature:
        """The policy's feature for this column."""
        missing: Literal["unknown", "error"] = "unknown" if self.blank == "unknown" else "error"
        common = _FeatureCommon(name=self.name, missing=missing, indicator=self.indicator)
        if self.kind == "numeric":
            return NumericFeature(
                **common,
                log1p=self.log1p,
                clip=self.clip,
                center=self.center,
                scale=self.scale,
                bins=self.bins,
            )
        if self.kind == "boolean":
            return BooleanFeature(**common)
        return CategoricalFeature(**common, categories=self.categories)


class NamedSegment(BaseModel):
    """A customer segment the table's owners name, so marketers can say it in a sentence.

    Attributes:
        name: The segment's name ("lapsed customers").
        words: Other phrases that mean it, in any language ("inaktive Kunden").
        conditions: Who belongs (all must hold), on features or canonical fields.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=2)
    words: list[str] = Field(default_factory=list)
    conditions: list[EligibilityCondition] = Field(min_length=1)


class CustomerSchema(BaseModel):
    """A customer table's schema: roles, features, and the columns deliberately unused.

    Attributes:
        version: Schema format version.
        description: Which table this describes.
        roles: Which column plays which part.
        features: What the decision policy sees.
        minimum_age: Nobody younger (known age) receives any message.
        ignore: Columns read but deliberately unused (they are not listed as unmapped).
        segments: Named customer segments (marketers may name them in chat sentences).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1] = 1
    description: str = ""
    roles: Roles
    features: list[SchemaFeature] = Field(min_length=1)
    minimum_age: int | None = Field(None, ge=0, le=120)
    ignore: list[str] = Field(default_factory=list)
    segments: list[NamedSegment] = Field(default_factory=list)

    @model_validator(mode="after")
    def _distinct(self) -> CustomerSchema:
        names = [f.name for f in self.features]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"duplicate feature names: {dupes}")
        clash = sorted(set(names) & set(ROLE_FIELDS) - {"age"})
        if clash:
            raise ValueError(f"feature names {clash} are reserved for roles; rename them")
        if "age" in names:
            feature = next(f for f in self.features if f.name == "age")
            role = self.roles.age
            if role is None or role.column != feature.column:
                raise ValueError("a feature named 'age' must read the same column as role age")
        if self.roles.age is not None and self.roles.birth_date is not None:
            raise ValueError("map either age or birth_date, not both")
        known = set(names) | set(ROLE_FIELDS)
        for segment in self.segments:
            unknown = sorted({c.field for c in segment.conditions} - known)
            if unknown:
                raise ValueError(f"segment {segment.name!r}: no feature or role named {unknown}")
        return self

    def feature_spec(self) -> FeatureSpec:
        """The policy's feature spec, in schema order."""
        return FeatureSpec(features=[f.to_feature() for f in self.features])

    def columns(self) -> list[str]:
        """Every table column the schema reads, without repeats, in schema order."""
        seen: dict[str, None] = {}
        for column in [*self.roles.columns(), *(f.column for f in self.features)]:
            seen.setdefault(column, None)
        return list(seen)

    def missing_columns(self, table_columns: list[str]) -> list[str]:
        """Mapped columns the table does not have."""
        present = set(table_columns)
        return [c for c in self.columns() if c not in present]

    def unmapped_columns(self, table_columns: list[str]) -> list[str]:
        """Table columns neither mapped nor deliberately ignored."""
        used = set(self.columns()) | set(self.ignore)
        return [c for c in table_columns if c not in used]

    def warnings(self) -> list[str]:
        """Roles the contact policy relies on that are not mapped, one line each."""
        roles = self.roles
        out: list[str] = []
        for channel in CHANNELS:
            if channel not in roles.consent:
                out.append(f"no consent column for {channel}: nobody can be sent {channel}")
            if channel != "push" and channel not in roles.unsubscribed_at:
                out.append(f"no unsubscribe column for {channel}: opt-outs are not seen")
        if "email" not in roles.complained_at:
            out.append("no complaint column for email: spam complaints are not seen")
        if roles.email is None:
            out.append("no e-mail address column: addresses are not checked")
        if roles.phone is None:
            out.append("no mobile number column: numbers are not checked")
        if roles.time_zone is None:
            out.append("no time zone column: SMS is blocked for everyone (quiet hours)")
        if roles.suppressed is None:
            out.append("no suppression (do-not-contact) column")
        if roles.objected_to_profiling is None:
            out.append("no objection-to-profiling column (GDPR Art. 21)")
        if roles.age is None and roles.birth_date is None:
            out.append("no age or birth date column: age limits and age-restricted offers fail")
        if not roles.last_contact:
            out.append("no last-contact columns: caps count only nextbest's own sends")
        return out

    @classmethod
    def load(cls, path: str | Path) -> CustomerSchema:
        """Read and validate a ``customers.yaml``.

        Raises:
            OSError: If the file cannot be read.
            ValueError: If it is not valid YAML or not a valid schema (pydantic explains).
        """
        text = Path(path).read_text(encoding="utf-8")
        try:
            data = load_yaml_text(text)
        except yaml.YAMLError as exc:
            raise ValueError(f"{path}: not valid YAML: {exc}") from None
        return cls.model_validate(data)

    def to_yaml(self) -> str:
        """The schema as YAML (only the values that differ from the defaults)."""
        data = self.model_dump(mode="json", exclude_defaults=True)
        data = {"version": self.version, **data}
        return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def age_on(birth: date, day: date) -> int:
    """Whole years between a birth date and ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
