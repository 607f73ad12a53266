"""The operations the marketer chat may call: nextbest's own tools, exposed to the LLM.

Every tool is read-only except :meth:`ChatTools.propose_goal_change`, and even that only
*proposes*: it validates the change, computes the diff and checks the hard limits; storing it
needs a human's approval in the chat graph (``interrupt()``). There is deliberately no tool that
changes claims, offers or rules — marketers cannot change them from the chat.

Tool arguments are pydantic models; their JSON schemas are the OpenAI tool definitions
(:meth:`ChatTools.specs`), and the offline guided mode calls the very same methods.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from nextbest.app.workspace.chat_explanation import explanation_data
from nextbest.app.workspace.goal_patch import GoalPatch, Proposed
from nextbest.app.workspace.goal_preview import PREVIEW_SAMPLE, decision_summary
from nextbest.app.workspace.goal_store import goal_diff, goal_review
from nextbest.app.workspace.inspector import DecisionNotFoundError, explain
from nextbest.app.workspace.limits_store import LimitsStore
from nextbest.app.workspace.runtime import NextbestRuntime, cap_days
from nextbest.tools.decisioning import RunConfig
from nextbest.tools.decisioning.goal import Goal

logger = logging.getLogger(__name__)


class ExplainArgs(BaseModel):
    """Which decision to explain: by decision id, or a customer's latest."""

    model_config = ConfigDict(extra="forbid")

    customer_id: str | None = Field(None, description="The customer's id.")
    decision_id: str | None = Field(None, description="A decision id.")


class SearchArgs(BaseModel):
    """A question to the brand store."""

    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=2, description="What to look for, in plain words.")
    kinds: list[Literal["claim", "offer", "rule", "voice", "brand"]] | None = Field(
        None, description="Restrict to these kinds of entries."
    )
    k: int = Field(5, ge=1, le=20)


class NoArgs(BaseModel):
    """No arguments."""

    model_config = ConfigDict(extra="forbid")


class ToolResult(BaseModel):
    """What a tool returned.

    Attributes:
        name: The tool.
        ok: False when the call was invalid or refused.
        data: The JSON-like result shown to the model and the user.
        proposal: For an acceptable goal proposal: the goal and its diff, awaiting approval.
    """

    name: str
    ok: bool
    data: dict[str, Any]
    proposal: dict[str, Any] | None = None

    def content(self) -> str:
        """The result as the JSON text of a tool message."""
        return json.dumps(self.data, default=str, sort_keys=True)


class ChatTools:
    """nextbest operations for the chat, over one workspace runtime.

    Args:
        runtime: The workspace runtime.
        now: The moment the chat acts at (decisions are previewed and goals checked as of it).
        customers: The customer table previews score (the workspace sample by default).
        sample_size: How many customers a preview scores.
    """

    def __init__(
        self,
        runtime: NextbestRuntime,
        now: datetime,
        customers: Path | None = None,
        sample_size: int = PREVIEW_SAMPLE,
    ) -> None:
        self.runtime = runtime
        self.now = now
        self.customers = customers
        self.sample_size = sample_size
        self._tools: dict[str, tuple[type[BaseModel], Callable[[Any], ToolResult], str]] = {
            "get_goals": (
                NoArgs,
                self.get_goals,
                "The approved goal in force, its history, limits.",
            ),
            "preview_goal_change": (
                GoalPatch,
                self.preview_goal_change,
                "Score a sample of customers under a goal change without storing anything: "
                "share of each action, expected value, who gets no message and why.",
            ),
            "propose_goal_change": (
                GoalPatch,
                self.propose_goal_change,
                "Propose a goal change. It is checked against hard limits and shown to the "
                "marketer as a diff; it takes effect only if a human approves it.",
            ),
            "explain_decision": (
                ExplainArgs,
                self.explain_decision,
                "Why a customer got (or did not get) a message: scores, blocked actions and "
                "reasons, the copy, the guardrail verdict and the claims and rules applied.",
            ),
            "search_brand": (
                SearchArgs,
                self.search_brand,
                "Look up approved claims, offers, rules or voice relevant to a question "
                "(read-only).",
            ),
        }

    # -- plumbing ------------------------------------------------------------------------------

    @property
    def names(self) -> list[str]:
        """Tool names."""
        return list(self._tools)

    def specs(self) -> list[dict[str, Any]]:
        """OpenAI tool definitions (function name, description, JSON schema of the arguments)."""
        return [
            {
                "type": "function",
                "function": {
                    "name": name,
                    "description": description,
                    "parameters": model.model_json_schema(),
                },
            }
            for name, (model, _, description) in self._tools.items()
        ]

    def call(self, name: str, arguments: str | dict[str, Any] | None) -> ToolResult:
        """Run one tool call; invalid calls come back as a refusal the model can read."""
        if name not in self._tools:
            return ToolResult(
                name=name,
                ok=False,
                data={
                    "error": f"unknown tool {name!r}",
                    "available_tools": self.names,
                    "note": "The chat cannot change claims, offers or rules; compliance does.",
                },
            )
        model, method, _ = self._tools[name]
        try:
            raw = json.loads(arguments) if isinstance(arguments, str) else (arguments or {})
            args = model.model_validate(raw or {})
        except (json.JSONDecodeError, ValidationError) as exc:
            return ToolResult(name=name, ok=False, data={"error": _describe(exc)})
        try:
            return method(args)
        except (ValidationError, ValueError, KeyError) as exc:
            return ToolResult(name=name, ok=False, data={"error": _describe(exc)})
        except Exception as exc:  # a failing tool is an answer, never a broken conversation
            logger.exception("chat tool %s failed", name)
            return ToolResult(
                name=name,
                ok=False,
                data={"error": f"the tool failed ({type(exc).__name__}); nothing was changed"},
            )

    # -- goals ---------------------------------------------------------------------------------

    def approve_goal(
        self, goal: Goal, author: str, approved_by: str, reason: str, conversation_id: str
    ) -> int:
        """Store a goal a human approved in the chat as a new version of the goal store.

        Args:
            goal: The approved goal.
            author: The marketer who proposed it.
            approved_by: Who approved it.
            reason: Why (required).
            conversation_id: The chat it was agreed in.

        Returns:
            The new goal version.

        Raises:
            GoalRefused: If it breaks a hard limit (a ``ValueError``; nothing is stored).
        """
        saved = self.runtime.goals.save(
            goal,
            pack=self.runtime.store.as_of(self.now),
            author=author,
            approved_by=approved_by,
            reason=reason,
            conversation_id=conversation_id,
            today=self.now.date(),
        )
        return saved.version

    def get_goals(self, _: NoArgs | None = None) -> ToolResult:
        """The approved goal in force, the newest approved, and the hard limits."""
        goals = self.runtime.goals
        in_force = goals.in_force(self.now)
        history = goals.history()
        return ToolResult(
            name="get_goals",
            ok=True,
            data={
                "in_force": _version_data(in_force),
                "latest_version": history[-1].version if history else None,
                "history": [
                    {
                        "version": v.version,
                        "summary": v.goal.summary,
                        "author": v.author,
                        "approved_by": v.approved_by,
                        "approved_at": v.created_at.isoformat(),
                    }
                    for v in history[-5:]
                ],
                "limits": goals.limits.model_dump(mode="json"),
                "limits_in_force": goals.limits.summary(),
                "limits_version": self._limits_version(),
                "offers": [
                    {"id": o.id, "name": o.name, "valid_until": o.valid_until}
                    for o in self.runtime.store.as_of(self.now).offers
                    if o.is_valid_on(self.now.date())
                ],
            },
        )

    def _limits_version(self) -> int | None:
        store = LimitsStore(self.runtime.workspace)
        try:
            found = store.current()
        finally:
            store.close()
        return found.version if found else None

    def _proposed(self, patch: GoalPatch, waiting: Goal | None = None) -> Proposed:
        """The goal ``patch`` makes, and its review against the goal in force on its first day.

        Args:
            patch: The change.
            waiting: A proposal waiting for approval that the change amends (None = the change
                starts from the goal in force).
        """
        goals = self.runtime.goals
        first_day = date.fromisoformat(patch.starts_on) if patch.starts_on else self.now.date()
        if waiting is not None:
            first_day = patch.apply(waiting).starts_on or self.now.date()
        base = goals.in_force_on(first_day)
        goal = patch.apply(waiting if waiting is not None else (base.goal if base else None))
        pack = self.runtime.store.as_of(self.now)
        problems = [str(p) for p in goals.problems(goal, pack, self.now.date())]
        before = base.goal if base else None
        return Proposed(
            goal=goal,
            base_version=base.version if base else None,
            diff=goal_diff(before, goal),
            review=goal_review(before, goal),
            problems=problems,
        )

    def amend_proposal(self, waiting: dict[str, Any], changes: dict[str, Any]) -> ToolResult:
        """A change on top of a proposal waiting for approval: checked and reviewed like one.

        Args:
            waiting: The waiting proposal's goal (JSON-like).
            changes: The amendment, as :class:`GoalPatch` arguments.
        """
        try:
            patch = GoalPatch.model_validate(changes)
            goal = Goal.model_validate(waiting)
            return self._propose(self._proposed(patch, waiting=goal), waiting=goal)
        except (ValidationError, ValueError) as exc:
            return ToolResult(name="propose_goal_change", ok=False, data={"error": _describe(exc)})

    def propose_goal_change(self, patch: GoalPatch) -> ToolResult:
        """Validate a change, diff it and check the hard limits; approval happens elsewhere."""
        return self._propose(self._proposed(patch))

    def _propose(self, proposed: Proposed, waiting: Goal | None = None) -> ToolResult:
        if proposed.problems:
            return ToolResult(
                name="propose_goal_change",
                ok=False,
                data={"status": "refused", "problems": proposed.problems, **proposed.data()},
            )
        if not proposed.diff or proposed.goal == waiting:
            return ToolResult(
                name="propose_goal_change",
                ok=False,
                data={"status": "unchanged", "message": "the goal already says exactly this"},
            )
        proposal = {"goal": proposed.goal.model_dump(mode="json"), **proposed.data()}
        return ToolResult(
            name="propose_goal_change",
            ok=True,
            data={"status": "awaiting_approval", **proposal},
            proposal=proposal,
        )

    def preview_goal_change(self, patch: GoalPatch) -> ToolResult:
        """Decisions for a sample under the current and the proposed goal; nothing is stored."""
        change = self._proposed(patch)
        pack = self.runtime.store.as_of(self.now)
        rows = self.runtime.customer_rows(limit=self.sample_size, source=self.customers)
        current = self.runtime.run_config(self.now)
        proposed = self.runtime.goals.config_for(change.goal, pack)
        return ToolResult(
            name="preview_goal_change",
            ok=True,
            data={
                "sample_size": len(rows),
                **change.data(),
                "problems": change.problems,
                "current": self._summarise(rows, current),
                "proposed": self._summarise(rows, proposed),
            },
        )

    def _summarise(self, rows: list[dict[str, Any]], config: RunConfig) -> dict[str, Any]:
        """Decide for the sample under ``config`` (nothing logged) and summarise the decisions."""
        engine = self.runtime.engine(self.now, config)
        history = self.runtime.send_history(self.now, cap_days(config))
        records = engine.decide(rows, self.now, history=history)
        return decision_summary(records, engine, config)

    # -- decisions and the brand store -------------------------------------------------------

    def explain_decision(self, args: ExplainArgs) -> ToolResult:
        """A logged decision with its scores, mask reasons, copy, verdict, claims and rules."""
        decision_id = args.decision_id
        if not decision_id and args.customer_id:
            found = self.runtime.decisions.for_customer(args.customer_id)
            decision_id = found[0]["decision_id"] if found else None
            if decision_id is None:
                raise ValueError(f"no logged decision for customer {args.customer_id!r}")
        if not decision_id:
            raise ValueError("give a customer_id or a decision_id")
        try:
            explanation = explain(self.runtime, decision_id)
        except DecisionNotFoundError as exc:
            raise ValueError(str(exc)) from None
        data = explanation_data(explanation, decision_id)
        return ToolResult(name="explain_decision", ok=True, data=data)

    def search_brand(self, args: SearchArgs) -> ToolResult:
        """Semantic search over the brand pack in force (read-only)."""
        hits = self.runtime.store.search(args.question, kinds=args.kinds, k=args.k, as_of=self.now)
        return ToolResult(
            name="search_brand",
            ok=True,
            data={"hits": [hit.to_dict() for hit in hits]},
        )


def _version_data(found: Any) -> dict[str, Any] | None:
    if found is None:
        return None
    return {
        "version": found.version,
        "goal": found.goal.model_dump(mode="json"),
        "author": found.author,
        "approved_by": found.approved_by,
        "approved_at": found.created_at.isoformat(),
        "reason": found.reason,
    }


def outcomes_learned(policy: object) -> int | None:
    """How many outcomes the serving policy has learned from (None if it does not count them).

    Zero means cold start: every action still has the prior's expected value.
    """
    champion = getattr(policy, "champion", policy)
    counts = getattr(getattr(champion, "model", None), "counts", None)
    return int(counts.sum()) if counts is not None else None


def _describe(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'arguments'}: {err['msg']}"
            for err in exc.errors()
        )
    return str(exc)
