"""Profile a customer table with DuckDB and propose its customer schema.

``nextbest customers profile FILE`` runs DuckDB's ``SUMMARIZE`` over the table twice — once as
text (blanks, distinct values) and once with every column cast to a number (which columns are
numeric, their range, mean and spread) — tries common date formats on every column, and lists
the values of the columns with few of them. From that and the column names it proposes a
:class:`~nextbest.tools.customer_schema.CustomerSchema`: roles by name (``Contact ID`` → id,
``SMS Consent`` → consent for sms, …) and features by kind (numeric, boolean, categorical,
days since a date). It is a proposal: a person reviews it (consent words above all) before runs
use it.
"""

from __future__ import annotations

import re
from typing import Any

import duckdb
from pydantic import BaseModel, Field

from nextbest.brand_context.models import CHANNELS
from nextbest.tools import duck
from nextbest.tools.consent import DEFAULT_VOCABULARY
from nextbest.tools.customer_schema import (
    FALSE_WORDS,
    ROLE_FIELDS,
    TRUE_WORDS,
    CustomerSchema,
)
from nextbest.tools.customers import CustomerSource, SourceError

DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y-%m-%dT%H:%M:%SZ",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%m/%d/%Y",
    "%d/%m/%Y",
    "%d.%m.%Y",
)
"""Date formats tried on every column, most common first."""
FEW_VALUES = 20
"""A column with at most this many distinct values is listed (categories, flags, consent)."""
NUMERIC_SHARE = 0.95
"""Share of non-blank values that must be numbers for a column to count as numeric."""
DATE_SHARE = 0.8
"""Share of non-blank values in one date format that makes a column a date column…"""
DATE_SHARE_HINTED = 0.5
"""…or this share when the column's name says it is a date (a few impossible dates stay bad
values to reject, not a reason to read the column as text)."""
DATE_HINT = r"date|_at$|\bat$|sent|created|updated|birth|dob|since"

_CHANNEL_WORDS = {"email": r"e-?mail", "sms": r"sms|text|mobile", "push": r"push|app"}
_ROLE_PATTERNS: list[tuple[str, str]] = [
    ("id", r"^(customer|contact|client|user|member|account)?[ _-]*id$"),
    ("email", r"^(e-?mail)([ _-]*address)?$"),
    ("phone", r"^(mobile|phone|cell|msisdn)([ _-]*(number|phone))?$"),
    ("first_name", r"^(first|given)[ _-]*name$"),
    ("locale", r"language|locale"),
    ("time_zone", r"time[ _-]*zone|^tz$"),
    ("country", r"^country([ _-]*code)?$"),
    ("birth_date", r"birth|^dob$"),
    ("age", r"^age$"),
    ("suppressed", r"do[ _-]*not[ _-]*contact|suppress|^dnc$"),
    ("objected_to_profiling", r"objection|objected|profiling|gdpr"),
]


class ColumnProfile(BaseModel):
    """What the profile found about one column.

    Attributes:
        name: The column.
        blank_share: Share of blank cells.
        distinct: Approximate number of distinct values.
        numeric_share: Share of non-blank cells that are numbers.
        minimum: Smallest number, when numeric.
        maximum: Largest number, when numeric.
        mean: Mean, when numeric.
        std: Standard deviation, when numeric.
        date_format: The date format most values follow, when they are dates.
        values: The distinct values, when there are few.
        proposed: What the proposal does with it (a role, a feature, or "unmapped").
    """

    name: str
    blank_share: float
    distinct: int
    numeric_share: float = 0.0
    minimum: float | None = None
    maximum: float | None = None
    mean: float | None = None
    std: float | None = None
    date_format: str | None = None
    values: list[str] = Field(default_factory=list)
    proposed: str = "unmapped"


class TableProfile(BaseModel):
    """A table's profile and the schema proposed from it."""

    rows: int
    columns: list[ColumnProfile]
    schema_: CustomerSchema = Field(alias="schema")

    model_config = {"populate_by_name": True}


def profile(source: CustomerSource) -> TableProfile:
    """Profile a table and propose its schema.

    Args:
        source: The customer table.

    Returns:
        Per column profile and the proposed schema.

    Raises:
        SourceError: When the table cannot be read, or no column looks like an id.
    """
    con = duck.connect()
    try:
        relation = source.relation_sql(con)
        names = [d[0] for d in con.execute(f"SELECT * FROM {relation} LIMIT 0").description]
        columns = _summaries(con, relation, names)
        rows = int(con.execute(f"SELECT count(*) FROM {relation}").fetchone()[0])  # type: ignore[index]
    except duckdb.Error as exc:
        raise SourceError(f"cannot profile {source.location}: {exc}") from None
    finally:
        con.close()
    return TableProfile(rows=rows, columns=columns, schema_=propose(columns))


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _summaries(
    con: duckdb.DuckDBPyConnection, relation: str, names: list[str]
) -> list[ColumnProfile]:
    text = ", ".join(
        f"NULLIF(trim(CAST({_quoted(n)} AS VARCHAR)), '') AS {_quoted(n)}" for n in names
    )
    number = ", ".join(
        f"TRY_CAST(NULLIF(trim(CAST({_quoted(n)} AS VARCHAR)), '') AS DOUBLE) AS {_quoted(n)}"
        for n in names
    )
    as_text = {r[0]: r for r in con.execute(f"SUMMARIZE SELECT {text} FROM {relation}").fetchall()}
    as_number = {
        r[0]: r for r in con.execute(f"SUMMARIZE SELECT {number} FROM {relation}").fetchall()
    }
    # column_name, column_type, min, max, approx_unique, avg, std, q25, q50, q75, count, null_%
    date_hits: dict[str, dict[str, int]] = {}
    for fmt in DATE_FORMATS:
        counts = ", ".join(
            f"count(try_strptime(NULLIF(trim(CAST({_quoted(n)} AS VARCHAR)), ''), '{fmt}'))"
            for n in names
        )
        hits = con.execute(f"SELECT {counts} FROM {relation}").fetchone() or ()
        for name, hit in zip(names, hits, strict=True):
            date_hits.setdefault(name, {})[fmt] = int(hit)
    out = []
    for name in names:
        text_row, number_row = as_text[name], as_number[name]
        total = int(text_row[10]) or 1
        blank = float(text_row[11]) / 100
        filled = max(1, round(total * (1 - blank)))
        numeric = max(0, total - round(total * float(number_row[11]) / 100)) / filled
        column = ColumnProfile(
            name=name,
            blank_share=round(blank, 4),
            distinct=int(text_row[4] or 0),
            numeric_share=round(min(numeric, 1.0), 4),
        )
        if column.numeric_share >= NUMERIC_SHARE:
            column.minimum = _float(number_row[2])
            column.maximum = _float(number_row[3])
            column.mean = _float(number_row[5])
            column.std = _float(number_row[6])
        best = max(date_hits[name].items(), key=lambda item: item[1])
        hinted = re.search(DATE_HINT, name.lower()) is not None
        share = best[1] / filled
        if column.numeric_share < NUMERIC_SHARE and (
            share >= DATE_SHARE or (hinted and share >= DATE_SHARE_HINTED)
        ):
            column.date_format = best[0]
        if column.distinct <= FEW_VALUES:
            found = con.execute(
                f"SELECT DISTINCT NULLIF(trim(CAST({_quoted(name)} AS VARCHAR)), '') AS v "
                f"FROM {relation} WHERE v IS NOT NULL ORDER BY v LIMIT {FEW_VALUES + 1}"
            ).fetchall()
            column.values = [str(v[0]) for v in found]
        out.append(column)
    return out


def _float(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def _channel(name: str) -> str | None:
    lower = name.lower()
    for channel in CHANNELS:
        if re.search(_CHANNEL_WORDS[channel], lower):
            return channel
    return None


def propose(columns: list[ColumnProfile]) -> CustomerSchema:
    """A schema for profiled columns: roles by name, features by kind.

    Raises:
        SourceError: When no column looks like an id.
    """
    roles: dict[str, Any] = {}
    consent: dict[str, Any] = {}
    last_contact: dict[str, Any] = {}
    unsubscribed: dict[str, list[Any]] = {}
    complained: dict[str, list[Any]] = {}
    features: list[dict[str, Any]] = []
    for column in columns:
        lower = column.name.lower().strip()
        date = {"column": column.name, "format": column.date_format or "%Y-%m-%d"}
        channel = _channel(lower)
        role = next((r for r, pattern in _ROLE_PATTERNS if re.search(pattern, lower)), None)
        if role in ("email", "phone") and (column.date_format or re.search("opt|consent", lower)):
            role = None
        if role == "id" and "id" in roles:
            role = None
        if role is not None and role not in roles:
            roles[role] = _role_value(role, column, date)
            column.proposed = f"role: {role}"
            continue
        if re.search(r"complain|spam", lower) and column.date_format:
            complained.setdefault(channel or "email", []).append(date)
            column.proposed = f"role: complained_at.{channel or 'email'}"
            continue
        if re.search(r"unsub|opt[ _-]*out|stop", lower) and column.date_format:
            unsubscribed.setdefault(channel or "email", []).append(date)
            column.proposed = f"role: unsubscribed_at.{channel or 'email'}"
            continue
        if re.search(r"last", lower) and channel and column.date_format:
            last_contact[channel] = date
            column.proposed = f"role: last_contact.{channel}"
            continue
        if re.search(r"consent|opt[ _-]*in|enabled|subscribed|permission", lower) and channel:
            words = {v: DEFAULT_VOCABULARY.level(v) for v in column.values}
            consent[channel] = {
                "column": column.name,
                "values": {v: level for v, level in words.items() if level is not None},
            }
            column.proposed = f"role: consent.{channel}"
            continue
        feature = _feature(column)
        if feature is not None:
            features.append(feature)
            column.proposed = f"feature: {feature['name']}"
    if "id" not in roles:
        raise SourceError("no column looks like a customer id: name one in the schema's roles.id")
    roles.update(
        consent=consent,
        last_contact=last_contact,
        unsubscribed_at=unsubscribed,
        complained_at=complained,
    )
    if not features:
        raise SourceError("no column can be a decision feature (numeric, boolean, categorical)")
    return CustomerSchema.model_validate(
        {
            "description": "proposed by `nextbest customers profile`; review before use",
            "roles": roles,
            "features": features,
        }
    )


def _role_value(role: str, column: ColumnProfile, date: dict[str, str]) -> Any:
    if role == "birth_date":
        return date
    if role in ("suppressed", "objected_to_profiling"):
        trues = [v for v in column.values if v.lower() in TRUE_WORDS]
        falses = [v for v in column.values if v.lower() in FALSE_WORDS]
        if not trues and len(column.values) == 1:  # a one-word flag column: the word means yes
            trues = list(column.values)
        return {"column": column.name, "true_values": trues or ["true"], "false_values": falses}
    if role == "age":
        return {"column": column.name, "min": 0, "max": 130}
    return column.name


def _feature(column: ColumnProfile) -> dict[str, Any] | None:
    name = re.sub(r"[^a-z0-9]+", "_", column.name.lower()).strip("_") or "column"
    if name[0].isdigit():
        name = f"f_{name}"
    if name in ROLE_FIELDS:  # a column named like a canonical field ("Region", "Flags")
        name = f"{name}_value"
    base: dict[str, Any] = {"name": name, "column": column.name}
    if column.blank_share > 0:
        base["indicator"] = True
    lowered = {v.lower() for v in column.values}
    if column.values and lowered <= set(TRUE_WORDS) | set(FALSE_WORDS) and len(lowered) == 2:
        return {
            **base,
            "kind": "boolean",
            "true_values": [v for v in column.values if v.lower() in TRUE_WORDS],
            "false_values": [v for v in column.values if v.lower() in FALSE_WORDS],
        }
    if column.date_format is not None:
        return {**base, "kind": "numeric", "date_format": column.date_format, "log1p": True}
    if column.numeric_share >= NUMERIC_SHARE and column.mean is not None:
        feature = {**base, "kind": "numeric"}
        if column.minimum is not None and column.minimum >= 0:
            feature["min"] = 0
        feature["center"] = round(column.mean, 4)
        feature["scale"] = round(column.std, 4) if column.std else 1.0
        return feature
    if column.values and len(column.values) <= FEW_VALUES:
        return {**base, "kind": "categorical", "categories": column.values}
    return None
