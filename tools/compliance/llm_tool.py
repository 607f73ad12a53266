"""The rule engine as an LLM tool (OpenAI function-calling format).

The marketer chat (or any agent) can offer ``check_compliance`` to a model: the model sends a
message's fields, the deterministic engine answers with the verdict as JSON. Invalid arguments
come back as a JSON error the model can read and correct, never as an exception.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from pydantic import ValidationError

from nextbest.tools.compliance.engine import RuleEngine
from nextbest.tools.compliance.message import Message

TOOL_NAME = "check_compliance"


def tool_schema() -> dict[str, Any]:
    """The tool definition to pass in ``tools=[...]`` of a chat-completions request.

    Returns:
        ``{"type": "function", "function": {name, description, parameters}}``; the parameters
        are the :class:`Message` fields plus ``as_of`` and ``scope``.
    """
    parameters = Message.model_json_schema()
    parameters["properties"] = {
        **parameters["properties"],
        "as_of": {"type": "string", "format": "date", "description": "Send date (ISO)."},
        "scope": {
            "type": "string",
            "enum": ["full", "copy"],
            "description": "copy: check the text only, without recipient or send context.",
        },
    }
    return {
        "type": "function",
        "function": {
            "name": TOOL_NAME,
            "description": (
                "Check a marketing message against the brand's compliance rules. Returns the "
                "decision (pass, warn or block) and each violation with its rule, the words "
                "concerned and how to fix them."
            ),
            "parameters": parameters,
        },
    }


def run_tool(engine: RuleEngine, arguments: str | Mapping[str, Any]) -> str:
    """Run the tool on the model's arguments.

    Args:
        engine: The rule engine for the brand pack in force.
        arguments: The tool call's arguments (a JSON string or a mapping).

    Returns:
        The verdict as JSON, or ``{"error": ...}`` for invalid arguments.
    """
    try:
        data = dict(json.loads(arguments) if isinstance(arguments, str) else arguments)
        as_of = data.pop("as_of", None)
        scope = data.pop("scope", "full")
        if scope not in ("full", "copy"):
            raise ValueError(f"scope must be 'full' or 'copy', not {scope!r}")
        day = date.fromisoformat(as_of) if as_of else None
        message = Message.model_validate(data)
    except (ValueError, TypeError, ValidationError) as exc:
        return json.dumps({"error": str(exc)})
    verdict = engine.check(message, as_of=day, scope=scope)
    return verdict.model_dump_json()
