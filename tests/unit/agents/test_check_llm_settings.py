"""nextbest.agents.llm: explicit client settings from the environment, off without a key."""

from __future__ import annotations

import pytest

from nextbest.agents.llm import DEFAULT_MODEL, LLMSettings, make_client, render_prompt


def test_settings_from_environment() -> None:
    settings = LLMSettings.from_env(
        {
            "OPENAI_API_KEY": "sk-test",
            "OPENAI_BASE_URL": "http://127.0.0.1:8080/v1",
            "NEXTBEST_LLM_MODEL": "smollm2",
            "NEXTBEST_LLM_TEMPERATURE": "0.3",
            "NEXTBEST_LLM_TIMEOUT": "12",
            "NEXTBEST_LLM_MAX_RETRIES": "4",
        }
    )
    assert settings == LLMSettings(
        model="smollm2",
        api_key="sk-test",
        base_url="http://127.0.0.1:8080/v1",
        temperature=0.3,
        timeout_s=12.0,
        max_retries=4,
    )
    client = make_client(settings)
    assert client is not None
    assert str(client.base_url).startswith("http://127.0.0.1:8080/v1")
    assert client.max_retries == 4 and client.timeout == 12.0


def test_no_key_means_no_client() -> None:
    settings = LLMSettings.from_env({})
    assert settings.model == DEFAULT_MODEL and not settings.enabled
    assert make_client(settings) is None


def test_process_environment_is_read_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not LLMSettings.from_env().enabled  # the suite removes OPENAI_API_KEY
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    assert LLMSettings.from_env().enabled


def test_bad_number_is_an_error() -> None:
    with pytest.raises(ValueError):
        LLMSettings.from_env({"NEXTBEST_LLM_TIMEOUT": "soon"})


def test_prompts_are_templates_with_strict_variables() -> None:
    with pytest.raises(Exception, match="undefined"):
        render_prompt("guardrail_judge_user")
