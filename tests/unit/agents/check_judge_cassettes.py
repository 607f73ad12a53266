"""Rewrite the judge cassettes after a prompt or schema change (offline, no API key needed).

Each scenario in ``test_check_judge.SCENARIOS`` is run through the real judge with an OpenAI
client whose transport captures the exact request instead of sending it; the cassette pairs
that request with the scenario's hand-written response.

Run: ``python tests/unit/agents/check_judge_cassettes.py`` from the repository root.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import httpx2
import yaml
from openai import OpenAI

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[2]), str(HERE)]

from test_check_judge import AS_OF, CASSETTES, SCENARIOS, SETTINGS  # noqa: E402

from nextbest.agents.guardrail_judge import GuardrailJudge  # noqa: E402
from nextbest.brand_context.ingest import load_pack, sample_pack_path  # noqa: E402
from nextbest.tools.compliance import RuleEngine  # noqa: E402


def main() -> None:
    pack = load_pack(sample_pack_path())
    engine = RuleEngine(pack)
    CASSETTES.mkdir(parents=True, exist_ok=True)
    for name, (message, response) in SCENARIOS.items():
        captured: dict[str, str] = {}

        def handler(
            request: httpx2.Request, response: dict = response, captured: dict = captured
        ) -> httpx2.Response:
            captured["body"] = request.content.decode()
            captured["uri"] = str(request.url)
            return httpx2.Response(200, json=response)

        client = OpenAI(
            api_key="sk-test",
            http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
            max_retries=0,
        )
        GuardrailJudge(client, SETTINGS, pack).review(message, engine.check(message, as_of=AS_OF))
        document = {
            "interactions": [
                {
                    "request": {
                        "body": captured["body"],
                        "headers": {"Content-Type": ["application/json"]},
                        "method": "POST",
                        "uri": captured["uri"],
                    },
                    "response": {
                        "status": {"code": 200, "message": "OK"},
                        "headers": {"Content-Type": ["application/json"]},
                        "body": {"string": json.dumps(response, indent=2)},
                    },
                }
            ],
            "version": 1,
        }
        path = CASSETTES / f"{name}.yaml"
        path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100))
        print(f"wrote {path.relative_to(HERE.parents[2])}")


if __name__ == "__main__":
    main()
