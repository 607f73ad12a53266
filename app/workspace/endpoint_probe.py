"""What an OpenAI-compatible endpoint answers: its models and which output modes work.

``nextbest llm check`` reports it; a local server that listed its models and then refused every
mode has most likely died during the check.
"""

from __future__ import annotations

from nextbest.agents.llm import LLMSettings, make_client
from nextbest.agents.local_llm import list_models
from nextbest.agents.writer import MODES, probe_mode


def probe_endpoint(
    url: str, model: str | None, api_key: str | None, report: dict[str, object]
) -> None:
    """Fill ``report`` with what the endpoint answers: models, then each output mode."""
    try:
        models = list_models(url, timeout_s=10.0)
        report.update(answers=True, models=models)
    except (OSError, ValueError) as exc:
        report["error"] = str(exc)
        return
    name = model or (models[0] if models else LLMSettings.from_env().model)
    settings = LLMSettings(
        model=name, api_key=api_key or "local", base_url=url, timeout_s=120, max_retries=0
    )
    modes = probe_mode(make_client(settings), name)  # type: ignore[arg-type]
    working = [mode for mode in MODES if modes[mode] == "ok"]
    report.update(model=name, modes=modes, mode=working[0] if working else None)


def stopped_answering(report: dict[str, object]) -> bool:
    """Whether the endpoint listed its models, then refused connections for every mode."""
    modes = report.get("modes")
    if not isinstance(modes, dict) or report.get("mode") is not None:
        return False
    return any("connection" in str(result).lower() for result in modes.values())
