"""Row validation: a table row in its own columns → a canonical, typed row, or a rejection.

Every mapped column is checked by its role or feature: ids (missing, duplicate — padded ids
included), consent words (the column's vocabulary), dates in their declared format (an
impossible date is a rejected row, never a crash), numbers (finite, within bounds, whole when
declared), booleans and categories. A rejection names the row, the first column at fault and
every problem; the rest of the table proceeds.

Some values are not errors but facts the contact policy acts on: a malformed e-mail address or
mobile number means the customer cannot be reached on that channel (``email`` / ``phone`` become
None), a first name that is not a name is dropped (the copy greets neutrally), a date in an
unsubscribe or complaint column closes that channel for good. Named flags (``roles.flags``)
become the list of the names that are true for the row; a flag cell that is not one of its
yes/no words rejects the row, like any other bad value.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from nextbest.brand_context.models import CHANNELS
from nextbest.tools.customer_schema import (
    CustomerSchema,
    DateColumn,
    FlagColumn,
    SchemaFeature,
    age_on,
)
from nextbest.tools.customers import ROW_KEY, RejectedRow, SourceError
from nextbest.tools.slots import valid_name

EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$"
)
"""A single plain address: local part, @, a domain with a dot (no display names, no lists)."""
E164 = re.compile(r"^\+[1-9][0-9]{7,14}$")
"""A mobile number in E.164 form."""


class RowValidator:
    """Checks and converts rows of one table for its schema.

    Args:
        schema: The table's customer schema.
        today: The run day: ages and "days since" features are counted to it.
    """

    def __init__(self, schema: CustomerSchema, today: date) -> None:
        self.schema = schema
        self.today = today
        self._seen: set[str] = set()
        self._zones: dict[str, bool] = {}

    def check_columns(self, columns: list[str]) -> None:
        """Fail fast when a mapped column is absent from the table.

        Raises:
            SourceError: Naming the missing columns.
        """
        missing = self.schema.missing_columns(columns)
        if missing:
            listed = ", ".join(repr(c) for c in missing)
            raise SourceError(
                f"the customer table has no column(s) {listed} that the customer schema maps"
            )

    def validate(self, row: dict[str, Any]) -> tuple[dict[str, Any] | None, RejectedRow | None]:
        """Convert one row to canonical typed fields, or reject it.

        Args:
            row: Table column → raw value, plus ``_row``.

        Returns:
            ``(clean_row, None)`` or ``(None, rejection)``.
        """
        roles = self.schema.roles
        problems: list[tuple[str, str]] = []
        out: dict[str, Any] = {}

        raw_id = _text(row.get(roles.id.column))
        customer_id = raw_id.strip() if raw_id is not None else None
        if not customer_id:
            problems.append((roles.id.column, "missing id"))
            customer_id = None
        elif customer_id in self._seen:
            problems.append((roles.id.column, f"duplicate id {customer_id!r}"))
        out["customer_id"] = customer_id

        # Addresses only when mapped: an absent field means "not checked", None "unreachable".
        if roles.email is not None:
            email = _text(row.get(roles.email.column))
            out["email"] = email.strip() if email and EMAIL.match(email.strip()) else None
        if roles.phone is not None:
            phone = _text(row.get(roles.phone.column))
            out["phone"] = phone.strip() if phone and E164.match(phone.strip()) else None
        out["first_name"] = (
            valid_name(row.get(roles.first_name.column)) if roles.first_name else None
        )
        out["last_name"] = valid_name(row.get(roles.last_name.column)) if roles.last_name else None
        if roles.locale is not None:
            label = _text(row.get(roles.locale.column))
            label = label.strip() if label else None
            out["locale"] = roles.locale.values.get(label, label) if label else roles.locale.default
        else:
            out["locale"] = None
        zone = _text(row.get(roles.time_zone.column)) if roles.time_zone else None
        zone = zone.strip() if zone else None
        if zone is not None and not self._known_zone(zone):
            problems.append((roles.time_zone.column, f"unknown IANA time zone {zone!r}"))  # type: ignore[union-attr]
        out["time_zone"] = zone
        country = _text(row.get(roles.country.column)) if roles.country else None
        out["country"] = country.strip().upper() if country and country.strip() else None
        region = _text(row.get(roles.region.column)) if roles.region else None
        out["region"] = region.strip() if region and region.strip() else None

        for channel in CHANNELS:
            mapped = roles.consent.get(channel)
            level = "none"
            if mapped is not None:
                found = mapped.vocabulary.level(row.get(mapped.column))
                if found is None:
                    problems.append(
                        (mapped.column, f"{row.get(mapped.column)!r} is not a consent value")
                    )
                else:
                    level = found
            out[f"consent_{channel}"] = level
            contact = roles.last_contact.get(channel)
            out[f"last_{channel}_at"] = (
                self._date(contact, row, problems) if contact is not None else None
            )
            for key, refs in (
                ("unsubscribed", roles.unsubscribed_at.get(channel, [])),
                ("complained", roles.complained_at.get(channel, [])),
            ):
                out[f"{key}_{channel}"] = any(
                    self._date(ref, row, problems) is not None for ref in refs
                )

        out["birth_date"], out["age"] = self._age(row, problems)
        out["suppressed"] = self._flag(roles.suppressed, row, problems)
        out["objected_to_profiling"] = self._flag(roles.objected_to_profiling, row, problems)
        out["flags"] = [name for name, ref in roles.flags.items() if self._flag(ref, row, problems)]

        for feature in self.schema.features:
            if feature.name == "age":
                continue  # the role's value (same column)
            out[feature.name] = self._feature(feature, row, problems)

        line = int(row.get(ROW_KEY, 0))
        if problems:
            reason = "; ".join(f"{column}: {problem}" for column, problem in problems)
            return None, RejectedRow(line, customer_id, reason, problems[0][0])
        self._seen.add(customer_id)  # type: ignore[arg-type]
        return out, None

    # -- one kind of value each ----------------------------------------------------------------

    def _known_zone(self, zone: str) -> bool:
        if zone not in self._zones:
            try:
                ZoneInfo(zone)
                # Region/City names only: abbreviations ("EST") are ambiguous outside the US
                self._zones[zone] = "/" in zone or zone in ("UTC", "GMT")
            except (ZoneInfoNotFoundError, ValueError):
                self._zones[zone] = False
        return self._zones[zone]

    def _date(
        self, ref: DateColumn, row: dict[str, Any], problems: list[tuple[str, str]]
    ) -> datetime | None:
        value = row.get(ref.column)
        if isinstance(value, datetime):
            return value if value.tzinfo else value.replace(tzinfo=UTC)
        if isinstance(value, date):
            return datetime(value.year, value.month, value.day, tzinfo=UTC)
        text = _text(value)
        if text is None or not text.strip():
            return None
        try:
            parsed = datetime.strptime(text.strip(), ref.format)
        except ValueError:
            problems.append((ref.column, f"{text!r} is not a real date in format {ref.format}"))
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)

    def _age(
        self, row: dict[str, Any], problems: list[tuple[str, str]]
    ) -> tuple[str | None, float | None]:
        """The birth date (ISO, when mapped) and the age on the run day."""
        roles = self.schema.roles
        if roles.birth_date is not None:
            born = self._date(roles.birth_date, row, problems)
            if born is None:
                return None, None
            if born.date() > self.today:
                problems.append((roles.birth_date.column, "birth date is in the future"))
                return None, None
            return born.date().isoformat(), float(age_on(born.date(), self.today))
        if roles.age is not None:
            number = self._number(roles.age.column, row, problems, roles.age.min, roles.age.max)
            if number is not None and not 0 <= number <= 130:
                problems.append((roles.age.column, f"{number:g} is not a possible age"))
                return None, None
            return None, number
        return None, None

    def _flag(
        self, ref: FlagColumn | None, row: dict[str, Any], problems: list[tuple[str, str]]
    ) -> bool:
        if ref is None:
            return False
        value = row.get(ref.column)
        if isinstance(value, bool):
            return value
        text = _text(value)
        if text is None or not text.strip():
            return ref.blank
        flag = ref.words.get(text.strip().lower())
        if flag is not None:
            return flag
        expected = [*ref.true_values, *ref.false_values]
        problems.append((ref.column, f"{text!r} is not one of {expected}"))
        return False

    def _number(
        self,
        column: str,
        row: dict[str, Any],
        problems: list[tuple[str, str]],
        low: float | None,
        high: float | None,
        integer: bool = False,
    ) -> float | None:
        value = row.get(column)
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        if isinstance(value, str):
            if not value.strip():
                return None
            try:
                number = float(value.strip())
            except ValueError:
                problems.append((column, f"{value!r} is not a number"))
                return None
        elif isinstance(value, bool):
            problems.append((column, f"{value!r} is not a number"))
            return None
        else:
            try:
                number = float(value)
            except (TypeError, ValueError):
                problems.append((column, f"{value!r} is not a number"))
                return None
        if not math.isfinite(number):
            problems.append((column, f"{value!r} is not a finite number"))
            return None
        if integer and not number.is_integer():
            problems.append((column, f"{value!r} is not a whole number"))
            return None
        if low is not None and number < low:
            problems.append((column, f"{number:g} is below the minimum {low:g}"))
            return None
        if high is not None and number > high:
            problems.append((column, f"{number:g} is above the maximum {high:g}"))
            return None
        return number

    def _feature(
        self, feature: SchemaFeature, row: dict[str, Any], problems: list[tuple[str, str]]
    ) -> Any:
        raw = row.get(feature.column)
        blank = raw is None or (isinstance(raw, str) and not raw.strip())
        blank = blank or (isinstance(raw, float) and math.isnan(raw))
        if blank:
            if feature.blank == "reject":
                problems.append((feature.column, "blank, and the schema does not allow blanks"))
            return None
        if feature.kind == "numeric":
            if feature.date_format is not None:
                moment = self._date(
                    DateColumn(column=feature.column, format=feature.date_format), row, problems
                )
                if moment is None:
                    return None
                days = float((self.today - moment.date()).days)
                if days < 0:
                    problems.append((feature.column, "date is after the run day"))
                    return None
                return days
            return self._number(
                feature.column, row, problems, feature.lower_bound, feature.max, feature.integer
            )
        text = str(raw).strip()
        if feature.kind == "boolean":
            if isinstance(raw, bool):
                return raw
            flag = feature.words.get(text.lower())
            if flag is not None:
                return flag
            problems.append((feature.column, f"{text!r} is not one of the true/false words"))
            return None
        category = feature.labels.get(text, text)
        if category not in feature.categories and feature.unknown_category == "reject":
            problems.append((feature.column, f"{text!r} is not a known category"))
            return None
        return category


def _text(value: Any) -> str | None:
    """A cell as text (None stays None)."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value if isinstance(value, str) else str(value)
