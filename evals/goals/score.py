"""Score guided mode's plain-language interpreter on the goal-phrasings corpus.

Each line of ``evals/goals/phrasings.jsonl`` is a request a marketer might type (English or
German, terse, chatty or with typos), the day it is typed on, and either the goal change it
must become (the arguments of ``propose_goal_change``, without ``summary``) or ``"ask"`` when a
required part is missing or ambiguous and guided mode must ask instead of guessing, or
``"refuse"`` when nothing may be proposed (a limit broken, an offer ended or out of the audience's
reach, a request outside the chat's scope). A line may name its brand pack (``"pack"``, relative
to the corpus file; default: ``--pack``), so one corpus can use several brands' offers.

The scorer drives :class:`nextbest.agents.chat_agent.GuidedAgent` — the path the chat takes —
with the brand pack's offers and the case's day, and reports separately:

- **exact goal**: of the cases with an expected change, the share proposed exactly;
- **asked instead of guessing**: of the ``"ask"`` cases, the share answered with a question;
- **refused**: of the ``"refuse"`` cases, the share answered without a proposal, or with one the
  proposal tool refuses (:func:`~nextbest.tools.decisioning.goal.goal_problems`);
- **changes without approval**: tool calls other than a proposal or a preview (must be 0).

Run: ``python -m nextbest.evals.goals.score`` (``--corpus PATH`` for another corpus, e.g. the
held-out ``evals/goals/heldout_phrasings.jsonl``; ``--json`` for the figures as JSON,
``--failures`` to list the cases missed).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any, Literal

import typer
from pydantic import BaseModel, Field, ValidationError

from nextbest.agents.chat_agent import GuidedAgent
from nextbest.agents.goal_phrases import OfferName
from nextbest.agents.goal_segments import SegmentCatalog, segments_from_schema
from nextbest.app.workspace.chat_tools import GoalPatch
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.models import BrandPack
from nextbest.tools.customer_schema import CustomerSchema
from nextbest.tools.decisioning.goal import goal_problems
from nextbest.tools.sample_customers import sample_schema

CORPUS = Path(__file__).parent / "phrasings.jsonl"
"""The corpus, written before the interpreter."""

APPROVAL_TOOLS = frozenset({"propose_goal_change", "preview_goal_change"})
"""Tool calls that change nothing in force (a proposal waits for approval; a preview stores
nothing)."""


class Case(BaseModel):
    """One corpus line."""

    id: str
    lang: str
    style: str
    today: date
    text: str
    expect: dict[str, Any] | Literal["ask", "refuse"]
    pack: str | None = Field(None, description="Brand pack, relative to the corpus file.")


class CaseResult(BaseModel):
    """What guided mode did with one case."""

    id: str
    text: str
    expected: dict[str, Any] | Literal["ask", "refuse"]
    outcome: Literal["proposal", "question", "other"]
    tool: str | None = None
    got: dict[str, Any] | None = None
    reply: str = ""
    correct: bool


class Score(BaseModel):
    """The corpus figures."""

    cases: int
    exact_cases: int
    exact_correct: int
    exact_accuracy: float = Field(description="Share of clear cases proposed exactly.")
    ask_cases: int
    asked: int
    asked_share: float = Field(description="Share of ambiguous cases answered with a question.")
    asked_on_clear: int = Field(description="Clear cases answered with a question instead.")
    guessed_on_ask: int = Field(description="Ambiguous cases answered with a proposal.")
    refuse_cases: int = 0
    refused: int = Field(0, description="Refuse cases answered without an acceptable proposal.")
    changes_without_approval: int
    results: list[CaseResult]


def load_cases(path: Path = CORPUS) -> list[Case]:
    """The corpus cases."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Case.model_validate_json(line) for line in lines if line.strip()]


def normalised(arguments: dict[str, Any]) -> dict[str, Any]:
    """A goal change as comparable data: validated, defaults filled, the summary dropped."""
    patch = GoalPatch.model_validate({k: v for k, v in arguments.items() if k != "summary"})
    data = patch.model_dump(mode="json", exclude_none=True)
    if not data.get("reset"):
        data.pop("reset", None)
    return data


def refused_by_tool(arguments: dict[str, Any], pack: BrandPack, today: date) -> bool:
    """Whether the proposal tool refuses this change (invalid, or breaking a hard limit)."""
    try:
        goal = GoalPatch.model_validate(
            {k: v for k, v in arguments.items() if k != "summary"}
        ).apply(None)
    except ValidationError:
        return True
    return bool(goal_problems(goal, pack, today))


def run_case(
    case: Case,
    offers: list[OfferName],
    segments: SegmentCatalog | None = None,
    pack: BrandPack | None = None,
) -> CaseResult:
    """Send one case's text to guided mode and judge the answer.

    Args:
        case: The corpus case.
        offers: The offers of the case's brand.
        segments: The customer segments the phrasings may name.
        pack: The case's brand pack, to judge whether a proposal made for a ``"refuse"`` case
            would be refused (default: the sample).
    """
    agent = GuidedAgent(offers=offers, today=case.today, segments=segments)
    message = agent.respond([{"role": "user", "content": case.text}], user="eval")
    calls = message.get("tool_calls") or []
    reply = str(message.get("content") or "")
    if calls:
        call = calls[0]["function"]
        arguments = json.loads(call["arguments"])
        tool = call["name"]
        if case.expect == "refuse":
            got = arguments
            correct = tool == "propose_goal_change" and refused_by_tool(
                arguments, pack or load_pack(sample_pack_path()), case.today
            )
        else:
            got = normalised(arguments) if tool in APPROVAL_TOOLS else arguments
            correct = (
                isinstance(case.expect, dict)
                and tool == "propose_goal_change"
                and got == normalised(case.expect)
            )
        return CaseResult(
            id=case.id,
            text=case.text,
            expected=case.expect,
            outcome="proposal" if tool in APPROVAL_TOOLS else "other",
            tool=tool,
            got=got,
            reply=reply,
            correct=correct,
        )
    asked = "?" in reply
    return CaseResult(
        id=case.id,
        text=case.text,
        expected=case.expect,
        outcome="question" if asked else "other",
        reply=reply,
        correct=(
            (asked and case.expect == "ask") or (case.expect == "refuse" and bool(reply.strip()))
        ),
    )


def brand_offers(pack_path: Path | None = None) -> list[OfferName]:
    """The offers of a brand pack (default: the bundled sample) as the interpreter sees them."""
    pack = load_pack(pack_path or sample_pack_path())
    return [OfferName(id=offer.id, name=offer.name) for offer in pack.offers]


def case_pack_path(case: Case, corpus: Path, default: Path | None = None) -> Path:
    """The brand pack a case names (relative to its corpus file), else ``default`` or the sample."""
    if case.pack:
        return (corpus.parent / case.pack).resolve()
    return default or sample_pack_path()


def score(
    corpus: Path = CORPUS, pack_path: Path | None = None, schema: CustomerSchema | None = None
) -> Score:
    """Run guided mode over the corpus.

    Args:
        corpus: The JSONL corpus.
        pack_path: The brand pack whose offers the phrasings name (default: the sample).
        schema: The customer schema whose segments the phrasings name (default: the sample's).

    Returns:
        The figures and every case's result.
    """
    segments = segments_from_schema(schema or sample_schema())
    packs: dict[Path, BrandPack] = {}
    results = []
    for case in load_cases(corpus):
        path = case_pack_path(case, corpus, pack_path)
        pack = packs.setdefault(path, load_pack(path))
        offers = [OfferName(id=offer.id, name=offer.name) for offer in pack.offers]
        results.append(run_case(case, offers, segments, pack))
    clear = [r for r in results if isinstance(r.expected, dict)]
    ambiguous = [r for r in results if r.expected == "ask"]
    refuse = [r for r in results if r.expected == "refuse"]
    exact = sum(r.correct for r in clear)
    asked = sum(r.outcome == "question" for r in ambiguous)
    return Score(
        cases=len(results),
        exact_cases=len(clear),
        exact_correct=exact,
        exact_accuracy=round(exact / len(clear), 4) if clear else 0.0,
        ask_cases=len(ambiguous),
        asked=asked,
        asked_share=round(asked / len(ambiguous), 4) if ambiguous else 0.0,
        asked_on_clear=sum(r.outcome == "question" for r in clear),
        guessed_on_ask=sum(r.outcome == "proposal" for r in ambiguous),
        refuse_cases=len(refuse),
        refused=sum(r.correct for r in refuse),
        changes_without_approval=sum(
            r.tool is not None and r.tool not in APPROVAL_TOOLS for r in results
        ),
        results=results,
    )


def main(argv: list[str] | None = None) -> int:
    """Print the figures; the exit code is 1 if anything changed without approval."""
    parser = argparse.ArgumentParser(prog="python -m nextbest.evals.goals.score")
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="JSONL corpus (default: phrasings.jsonl)"
    )
    parser.add_argument("--pack", type=Path, default=None, help="brand pack (default: sample)")
    parser.add_argument("--json", action="store_true", help="figures as JSON")
    parser.add_argument("--failures", action="store_true", help="list the cases missed")
    args = parser.parse_args(argv)
    result = score(args.corpus, args.pack)
    if args.json:
        typer.echo(result.model_dump_json(exclude={"results"}, indent=2))
    else:
        typer.echo(
            f"cases {result.cases}: exact goal {result.exact_correct}/{result.exact_cases} "
            f"({result.exact_accuracy:.1%}); asked instead of guessing "
            f"{result.asked}/{result.ask_cases} ({result.asked_share:.1%}); asked on clear "
            f"{result.asked_on_clear}; guessed on ambiguous {result.guessed_on_ask}; changes "
            f"without approval {result.changes_without_approval}"
            + (f"; refused {result.refused}/{result.refuse_cases}" if result.refuse_cases else "")
        )
    if args.failures:
        for r in result.results:
            if not r.correct:
                typer.echo(
                    f"- {r.id} {r.text!r}: expected {r.expected}, got {r.outcome} "
                    f"{r.got if r.got is not None else r.reply[:120]!r}"
                )
    return 1 if result.changes_without_approval else 0


if __name__ == "__main__":
    raise SystemExit(main())
