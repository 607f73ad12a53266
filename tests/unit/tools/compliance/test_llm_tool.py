"""The rule engine exposed as an LLM tool."""

from __future__ import annotations

import json

from nextbest.tools.compliance.llm_tool import TOOL_NAME, run_tool, tool_schema


def test_schema_describes_the_message(sample_engine) -> None:
    schema = tool_schema()
    assert schema["function"]["name"] == TOOL_NAME
    properties = schema["function"]["parameters"]["properties"]
    assert {"channel", "body", "offer_id", "claim_ids", "as_of", "scope"} <= set(properties)
    json.dumps(schema)  # serialisable as a request body


def test_run_tool_returns_the_verdict(sample_engine) -> None:
    arguments = json.dumps(
        {
            "channel": "push",
            "body": "Calm Balm cures dry skin.",
            "as_of": "2026-11-24",
            "scope": "copy",
        }
    )
    verdict = json.loads(run_tool(sample_engine, arguments))
    assert verdict["decision"] == "block"
    assert "brand-no-drug-claims" in {v["rule_id"] for v in verdict["violations"]}
    ok = json.loads(run_tool(sample_engine, {"channel": "push", "body": "Hello", "scope": "copy"}))
    assert ok["decision"] == "pass"


def test_bad_arguments_come_back_as_an_error(sample_engine) -> None:
    for arguments in ("{not json", {"channel": "fax", "body": "x"}, {"body": "x", "scope": "all"}):
        assert "error" in json.loads(run_tool(sample_engine, arguments))
