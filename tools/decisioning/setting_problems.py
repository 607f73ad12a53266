"""Why a setting is refused: the field at fault and the reason, collected in one list.

Goals (:mod:`~nextbest.tools.decisioning.goal`) and brand limits
(:mod:`~nextbest.tools.decisioning.brand_limits`) are checked the same way: every rule they break
is one :class:`SettingProblem` naming the field (``channel_caps.sms``) and the reason in words,
so the CLI, the web and the chat show them alike.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class SettingProblem(BaseModel):
    """A setting at fault and the reason it is refused."""

    model_config = ConfigDict(frozen=True)

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ProblemList(list[SettingProblem]):
    """The problems found so far (an empty list means the setting may be accepted)."""

    def add(self, field: str, message: str) -> None:
        """Record that ``field`` is refused because of ``message``."""
        self.append(SettingProblem(field=field, message=message))
