"""Run goals: the reviewable configuration a run decides with, loaded from YAML.

A goal file holds :class:`~nextbest.tools.decisioning.RunConfig` fields — send windows, contact
policy
(frequency caps, cool-downs), holdout share, value weights — so that what a marketer asks for
becomes a file that can be reviewed and versioned, never a silent change. Validation errors name
the field path, e.g. ``holdout.share: Input should be less than 1``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from nextbest.brand_context.ingest import (
    PackValidationError,
    load_yaml,
    problems_from_validation_error,
)
from nextbest.tools.decisioning import RunConfig


def parse_goal(data: Any, source: str = "<goal>") -> RunConfig:
    """Validate goal data into a run configuration.

    Raises:
        PackValidationError: With the field path of every problem.
    """
    try:
        return RunConfig.model_validate(data or {})
    except ValidationError as exc:
        raise PackValidationError(source, problems_from_validation_error(exc, data)) from None


def load_goal(path: str | Path) -> RunConfig:
    """Load and validate a goal YAML file.

    Raises:
        PackValidationError: Naming the file, the field path and the reason.
    """
    return parse_goal(load_yaml(path), source=str(path))
