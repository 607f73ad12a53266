"""Feature spec: declared customer features turned into numeric vectors.

A :class:`FeatureSpec` is data (pydantic, frozen): each feature says its column, its kind
(numeric, boolean, categorical) and what to do when a value is missing. Encoding a batch gives a
``(n_customers, dim)`` float matrix; a missing required column or a value of the wrong type
raises :class:`FeatureError` naming the column (and the row).

Numeric features may declare ``bins`` (edges): the value then also contributes a one-hot of its
bin, which lets a linear policy learn thresholds and bumps (e.g. "prefers evenings") — the cheap
non-linearity the shared bandit relies on.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from numbers import Number
from typing import Annotated, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

from nextbest.tools.decisioning.batch import CustomerBatch, CustomerRows


class FeatureError(ValueError):
    """A feature column is missing or holds a value of the wrong type.

    Attributes:
        column: The offending column.
    """

    def __init__(self, column: str, message: str) -> None:
        self.column = column
        super().__init__(f"feature column {column!r}: {message}")


class _Feature(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$", description="Customer column name.")
    required: bool = Field(True, description="A missing column is an error when True.")
    missing: Literal["error", "fill", "unknown"] = Field(
        "fill",
        description=(
            "What a missing value (None/NaN) does: raise, use fill_value, or encode it as "
            "unknown (the neutral centre, no bin, no category — never a made-up value)."
        ),
    )
    indicator: bool = Field(False, description="Add a 0/1 column flagging missing values.")


class NumericFeature(_Feature):
    """A number, optionally log-transformed, clipped, standardised and binned."""

    kind: Literal["numeric"] = "numeric"
    fill_value: float = Field(0.0, description="Raw value used for missing entries.")
    log1p: bool = Field(False, description="Apply log(1 + x) first (x must be ≥ 0).")
    clip: tuple[float, float] | None = Field(None, description="Clip raw values to [lo, hi].")
    center: float = Field(0.0, description="Subtracted after transforming.")
    scale: float = Field(1.0, gt=0, description="Divides after centring.")
    bins: list[float] = Field(
        default_factory=list, description="Bin edges (raw units); adds a one-hot of the bin."
    )

    @model_validator(mode="after")
    def _sorted_bins(self) -> NumericFeature:
        if any(b >= c for b, c in zip(self.bins, self.bins[1:], strict=False)):
            raise ValueError(f"feature {self.name!r}: bins must be strictly increasing")
        return self


class BooleanFeature(_Feature):
    """True/False (also 0/1 and 'true'/'false'/'yes'/'no'), encoded as 1.0/0.0."""

    kind: Literal["boolean"] = "boolean"
    fill_value: bool = False


class CategoricalFeature(_Feature):
    """One of a declared set of categories, one-hot encoded with an 'other' column."""

    kind: Literal["categorical"] = "categorical"
    categories: list[str] = Field(min_length=1)
    unknown: Literal["other", "error"] = Field(
        "other", description="An undeclared category goes to 'other' or raises."
    )


Feature = Annotated[
    NumericFeature | BooleanFeature | CategoricalFeature, Field(discriminator="kind")
]
"""Any feature; ``kind`` selects the schema."""


class FeatureSpec(BaseModel):
    """The declared features of a policy, in order."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    features: list[Feature] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> FeatureSpec:
        names = [f.name for f in self.features]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"duplicate feature names: {dupes}")
        return self

    @property
    def names(self) -> list[str]:
        """Names of the encoded columns, e.g. ``age``, ``age_bin2``, ``tier=gold``."""
        return [name for name, _ in self._columns()]

    @property
    def sources(self) -> list[str]:
        """For each encoded column, the customer column it comes from."""
        return [source for _, source in self._columns()]

    @property
    def dim(self) -> int:
        """Number of encoded columns."""
        return len(self._columns())

    def _columns(self) -> list[tuple[str, str]]:
        cols: list[tuple[str, str]] = []
        for f in self.features:
            if isinstance(f, NumericFeature):
                cols.append((f.name, f.name))
                cols.extend(
                    (f"{f.name}_bin{i}", f.name) for i in range(len(f.bins) + 1 if f.bins else 0)
                )
            elif isinstance(f, BooleanFeature):
                cols.append((f.name, f.name))
            else:
                cols.extend((f"{f.name}={c}", f.name) for c in [*f.categories, "other"])
            if f.indicator:
                cols.append((f"{f.name}_missing", f.name))
        return cols

    def encode(self, customers: CustomerRows | CustomerBatch) -> np.ndarray:
        """Encode customers into a float matrix.

        Args:
            customers: Row dicts, a column mapping, or a :class:`CustomerBatch`.

        Returns:
            ``(n, dim)`` float64 matrix, columns in the order of :attr:`names`.

        Raises:
            FeatureError: A required column is absent, a required value is missing, or a value
                has the wrong type. The message names the column and the row.
        """
        batch = customers if isinstance(customers, CustomerBatch) else CustomerBatch(customers)
        parts: list[np.ndarray] = []
        for f in self.features:
            raw = batch.get(f.name)
            if raw is None:
                if f.required:
                    raise FeatureError(f.name, "required column is missing from the customers")
                raw = np.full(batch.n, None, dtype=object)
            unknown = f.missing == "unknown"
            if isinstance(f, NumericFeature):
                values, missing = _numeric(f, raw)
                transformed = _transform(f, values)
                if unknown:
                    transformed = np.where(missing, 0.0, transformed)
                parts.append(transformed[:, None])
                if f.bins:
                    bins = _one_hot(np.searchsorted(f.bins, values, side="right"), len(f.bins) + 1)
                    if unknown:
                        bins[missing] = 0.0
                    parts.append(bins)
            elif isinstance(f, BooleanFeature):
                values, missing = _boolean(f, raw)
                encoded = np.where(missing, 0.5, values) if unknown else values
                parts.append(encoded[:, None])
            else:
                codes, missing = _categorical(f, raw)
                one_hot = _one_hot(codes, len(f.categories) + 1)
                if unknown:
                    one_hot[missing] = 0.0
                parts.append(one_hot)
            if f.indicator:
                parts.append(missing.astype(np.float64)[:, None])
        return np.hstack(parts) if parts else np.zeros((batch.n, 0))

    def with_scaling(self, customers: CustomerRows | CustomerBatch) -> FeatureSpec:
        """A copy whose numeric features are centred and scaled on ``customers``.

        Args:
            customers: A representative batch.

        Returns:
            A new spec with ``center`` / ``scale`` set from the batch mean and standard deviation
            of each transformed numeric feature.
        """
        batch = customers if isinstance(customers, CustomerBatch) else CustomerBatch(customers)
        updated: list[NumericFeature | BooleanFeature | CategoricalFeature] = []
        for f in self.features:
            if isinstance(f, NumericFeature) and f.name in batch:
                values, _ = _numeric(f, batch.columns[f.name])
                plain = f.model_copy(update={"center": 0.0, "scale": 1.0})
                t = _transform(plain, values)
                std = float(t.std())
                updated.append(
                    f.model_copy(
                        update={"center": float(t.mean()), "scale": std if std > 0 else 1.0}
                    )
                )
            else:
                updated.append(f)
        return FeatureSpec(features=updated)


def _missing_mask(raw: np.ndarray) -> np.ndarray:
    if raw.dtype.kind == "f":
        return np.asarray(np.isnan(raw))
    if raw.dtype.kind == "O":
        return np.fromiter(
            (v is None or (isinstance(v, float) and math.isnan(v)) for v in raw), bool, len(raw)
        )
    return np.zeros(len(raw), dtype=bool)


def _check_missing(f: _Feature, missing: np.ndarray) -> None:
    if f.missing == "error" and missing.any():
        row = int(np.flatnonzero(missing)[0])
        raise FeatureError(f.name, f"value is missing in row {row} and missing='error'")


def _first_bad(raw: np.ndarray, ok: Sequence[bool]) -> tuple[int, object]:
    row = next(i for i, good in enumerate(ok) if not good)
    return row, raw[row]


def _numeric(f: NumericFeature, raw: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    missing = _missing_mask(raw)
    _check_missing(f, missing)
    if raw.dtype.kind in "biuf":
        values = raw.astype(np.float64)
    else:
        ok = [
            m or (isinstance(v, Number) and not isinstance(v, str))
            for v, m in zip(raw, missing, strict=True)
        ]
        if not all(ok):
            row, value = _first_bad(raw, ok)
            raise FeatureError(
                f.name, f"expected a number, got {value!r} ({type(value).__name__}) in row {row}"
            )
        values = np.array([0.0 if m else float(v) for v, m in zip(raw, missing, strict=True)])
    values = np.where(missing, f.fill_value, values)
    if f.clip is not None:
        values = np.clip(values, *f.clip)
    return values, missing


def _transform(f: NumericFeature, values: np.ndarray) -> np.ndarray:
    out = values
    if f.log1p:
        if (out < 0).any():
            raise FeatureError(f.name, "log1p needs values ≥ 0")
        out = np.log1p(out)
    return (out - f.center) / f.scale


_TRUE = {"true", "yes", "y", "1", "t"}
_FALSE = {"false", "no", "n", "0", "f"}


def _boolean(f: BooleanFeature, raw: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    missing = _missing_mask(raw)
    _check_missing(f, missing)
    if raw.dtype.kind == "b":
        return raw.astype(np.float64), missing
    out = np.empty(len(raw))
    for i, (v, m) in enumerate(zip(raw, missing, strict=True)):
        if m:
            out[i] = float(f.fill_value)
        elif (flag := _flag(v)) is not None:
            out[i] = flag
        elif isinstance(v, str) and v.strip().lower() in _TRUE | _FALSE:
            out[i] = float(v.strip().lower() in _TRUE)
        else:
            raise FeatureError(
                f.name, f"expected a boolean, got {v!r} ({type(v).__name__}) in row {i}"
            )
    return out, missing


def _categorical(f: CategoricalFeature, raw: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    missing = _missing_mask(raw)
    _check_missing(f, missing)
    index = {c: i for i, c in enumerate(f.categories)}
    other = len(f.categories)
    codes = np.full(len(raw), other, dtype=np.int64)
    for i, (v, m) in enumerate(zip(raw, missing, strict=True)):
        if m:
            continue
        if not isinstance(v, str | bool | int | np.integer | np.str_):
            raise FeatureError(
                f.name, f"expected a category label, got {v!r} ({type(v).__name__}) in row {i}"
            )
        code = index.get(str(v))
        if code is None and f.unknown == "error":
            raise FeatureError(f.name, f"unknown category {v!r} in row {i}; known: {f.categories}")
        codes[i] = other if code is None else code
    return codes, missing


def _one_hot(codes: np.ndarray, width: int) -> np.ndarray:
    out = np.zeros((len(codes), width))
    out[np.arange(len(codes)), codes] = 1.0
    return out


def _flag(value: object) -> float | None:
    """1.0 or 0.0 for a boolean or a number equal to 1 or 0; None for anything else."""
    if isinstance(value, bool | np.bool_):
        return float(value)
    is_number = isinstance(value, Number)
    if is_number and value in (0, 1):
        return 1.0 if value == 1 else 0.0
    return None
