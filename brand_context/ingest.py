"""Import and export of brand packs as YAML, with validation errors that name the field.

A compliance officer who mistypes ``max_chars`` must be told *which* file, *which* rule and
*which* field is wrong, and why. :class:`PackValidationError` carries that as a list of
:class:`FieldProblem` with dotted/indexed paths such as ``rules[3].params.max_chars``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from nextbest.brand_context.models import RULE_KINDS, BrandPack
from nextbest.brand_context.yaml_text import load_yaml_text


@dataclass(frozen=True)
class FieldProblem:
    """One validation problem: where it is and what is wrong."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class PackValidationError(ValueError):
    """A brand pack (or one entry) failed validation.

    Attributes:
        source: The file or label the data came from.
        problems: Every problem found, each with its field path.
    """

    def __init__(self, source: str, problems: list[FieldProblem]) -> None:
        self.source = source
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"{source}: {len(problems)} problem(s)\n{lines}")


def _format_loc(loc: tuple[Any, ...], prefix: str = "") -> str:
    path = prefix
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path


def problems_from_validation_error(
    exc: ValidationError, data: Any = None, prefix: str = ""
) -> list[FieldProblem]:
    """Turn a pydantic error into field-path problems.

    Discriminated-union tags (the rule kind) are dropped from the path so that it reads the
    way the YAML is written (``rules[3].params.max_chars``), and an unknown rule kind lists the
    valid kinds.

    Args:
        exc: The pydantic validation error.
        data: The raw input (used to tell which rule kind was given).
        prefix: A path prefix, e.g. ``claims[2]`` when validating one entry of a pack.

    Returns:
        One problem per error.
    """
    problems: list[FieldProblem] = []
    for error in exc.errors():
        loc = tuple(part for part in error["loc"] if part not in RULE_KINDS)
        message = error["msg"]
        if error["type"] == "union_tag_invalid":
            given = (
                error.get("input", {}).get("kind") if isinstance(error.get("input"), dict) else None
            )
            message = f"unknown rule kind {given!r}; valid kinds: {', '.join(RULE_KINDS)}"
            loc = (*loc, "kind")
        elif error["type"] == "union_tag_not_found":
            message = f"missing 'kind'; valid kinds: {', '.join(RULE_KINDS)}"
            loc = (*loc, "kind")
        elif error["type"] == "extra_forbidden":
            message = "unknown field (check the spelling)"
        message = message.removeprefix("Value error, ")
        problems.append(FieldProblem(_format_loc(loc, prefix), message))
    return problems


def parse_pack(data: Any, source: str = "<data>") -> BrandPack:
    """Validate a plain-data brand pack.

    Args:
        data: The parsed YAML/JSON document.
        source: Label used in error messages (usually the file path).

    Returns:
        The validated pack.

    Raises:
        PackValidationError: With every problem and its field path.
    """
    if not isinstance(data, dict):
        raise PackValidationError(
            source, [FieldProblem("", "the document must be a mapping with a 'brand' section")]
        )
    try:
        return BrandPack.model_validate(data)
    except ValidationError as exc:
        raise PackValidationError(source, problems_from_validation_error(exc, data)) from None


def load_yaml(path: str | Path) -> Any:
    """Read a YAML file, turning syntax errors into a :class:`PackValidationError`.

    Args:
        path: File to read.

    Returns:
        The parsed document.

    Raises:
        PackValidationError: When the file is missing or is not valid YAML.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PackValidationError(str(path), [FieldProblem("", f"cannot read: {exc}")]) from None
    try:
        return load_yaml_text(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        reason = getattr(exc, "problem", None) or str(exc)
        raise PackValidationError(
            str(path), [FieldProblem("", f"malformed YAML at {where}{reason}")]
        ) from None


def load_pack(path: str | Path) -> BrandPack:
    """Load and validate a brand pack YAML file.

    Args:
        path: The YAML file.

    Returns:
        The validated pack.

    Raises:
        PackValidationError: Naming the file, the field path and the reason.
    """
    return parse_pack(load_yaml(path), source=str(path))


def pack_to_data(pack: BrandPack) -> dict[str, Any]:
    """Plain, JSON/YAML-safe data for a pack, omitting unset defaults for readability."""
    return pack.model_dump(mode="json", exclude_none=True)


def entry_to_data(entry: BaseModel) -> dict[str, Any]:
    """Plain, JSON/YAML-safe data for one entry."""
    return entry.model_dump(mode="json", exclude_none=True)


def dump_yaml(data: Any) -> str:
    """YAML text for plain data, keeping key order and unicode."""
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def export_pack(pack: BrandPack, path: str | Path) -> Path:
    """Write a pack as YAML.

    Args:
        pack: The pack to export.
        path: Destination file.

    Returns:
        The written path.
    """
    path = Path(path)
    path.write_text(dump_yaml(pack_to_data(pack)), encoding="utf-8")
    return path


def sample_pack_path(name: str = "lumen") -> Path:
    """Path of a bundled sample brand pack.

    Args:
        name: Sample brand folder under ``brand_context/samples``.

    Returns:
        The ``brand.yaml`` path.
    """
    return Path(__file__).parent / "samples" / name / "brand.yaml"
