"""One brand pack entry as a proposal carries it: validated, read and written as YAML."""

from __future__ import annotations

from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError

from nextbest.app.workspace.proposal_models import ENTRY_KINDS, ProposalInvalid
from nextbest.brand_context.ingest import (
    FieldProblem,
    entry_to_data,
    problems_from_validation_error,
)
from nextbest.brand_context.models import (
    Brand,
    Claim,
    Offer,
    Product,
    Rule,
    StandingStatement,
    Voice,
)
from nextbest.brand_context.yaml_text import load_yaml_text

_MODELS: dict[str, Any] = {
    "claim": TypeAdapter(Claim),
    "offer": TypeAdapter(Offer),
    "rule": TypeAdapter(Rule),
    "product": TypeAdapter(Product),
    "statement": TypeAdapter(StandingStatement),
    "voice": TypeAdapter(Voice),
    "brand": TypeAdapter(Brand),
}


def validate_entry(kind: str, data: Any) -> dict[str, Any]:
    """Validate one entry's data with the brand pack model of its kind.

    Args:
        kind: claim, offer, rule, product, statement, voice or brand.
        data: The entry's plain data (e.g. parsed YAML).

    Returns:
        The normalised entry data, exactly as the store keeps it.

    Raises:
        ProposalInvalid: With every problem's path inside the entry (``params.max_chars``).
    """
    if kind not in _MODELS:
        raise ProposalInvalid(
            [FieldProblem("kind", f"unknown kind {kind!r}; valid: {', '.join(ENTRY_KINDS)}")]
        )
    if not isinstance(data, dict):
        raise ProposalInvalid([FieldProblem("", f"a {kind} must be a mapping of fields")])
    try:
        entry = _MODELS[kind].validate_python(data)
    except ValidationError as exc:
        raise ProposalInvalid(problems_from_validation_error(exc, data)) from None
    return entry_to_data(entry)


def parse_entry_yaml(text: str) -> dict[str, Any]:
    """Parse the YAML text of one entry, as typed in a form or a file.

    Args:
        text: YAML holding one mapping.

    Returns:
        The parsed mapping.

    Raises:
        ProposalInvalid: When the text is not YAML or not a mapping.
    """
    try:
        data = load_yaml_text(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "cannot be parsed"
        raise ProposalInvalid([FieldProblem("", f"malformed YAML{where}: {problem}")]) from None
    if not isinstance(data, dict):
        raise ProposalInvalid([FieldProblem("", "the entry must be a YAML mapping of fields")])
    return data


def entry_yaml(data: dict[str, Any]) -> str:
    """YAML text of one entry's data, for an edit form or a file."""
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
