"""The release graph: decide → retrieve → write → check → release, revise, fall back or escalate.

Read top to bottom, this is the flow. The only edge into ``release`` comes from ``check``, and
``route_after_check`` takes it only for a passing (pass or warn) verdict::

    START → decide ─┬─ no_message → END
                    └─ retrieve → write ─┬─ check ─┬─ release → END       (pass / warn)
                                         │         ├─ write               (block, attempts left)
                                         │         ├─ fallback → check    (block, revisions spent)
                                         │         └─ escalate ─┬─ check  (approved / edited)
                                         │                      └─ reject → END
                                         └─ fallback → check              (writer failed)

No checkpointer is compiled in: callers pass one (``SqliteSaver``) when they need escalations
to survive the process.
"""

from __future__ import annotations

from langgraph.graph import END, START, StateGraph

from nextbest.agents.context import ReleaseContext
from nextbest.agents.nodes.decide import decide, route_after_decide
from nextbest.agents.nodes.escalate import escalate, route_after_escalate
from nextbest.agents.nodes.release import no_message, reject, release
from nextbest.agents.nodes.retrieve import retrieve
from nextbest.agents.nodes.verify import check, route_after_check
from nextbest.agents.nodes.write import fallback, route_after_write, write
from nextbest.agents.state import ReleaseInput, ReleaseOutput, ReleaseState


def build(
    context_schema: type[ReleaseContext] = ReleaseContext,
) -> StateGraph[ReleaseState, ReleaseContext, ReleaseInput, ReleaseOutput]:
    """The release graph's builder, for a context class (a subclass may fill fields itself).

    Args:
        context_schema: :class:`ReleaseContext` or a subclass (LangGraph's server uses one that
            builds what a caller leaves out from the workspace).

    Returns:
        The uncompiled graph.
    """
    builder = StateGraph(
        ReleaseState,
        context_schema=context_schema,
        input_schema=ReleaseInput,
        output_schema=ReleaseOutput,
    )
    builder.add_node("decide", decide)
    builder.add_node("no_message", no_message)
    builder.add_node("retrieve", retrieve)
    builder.add_node("write", write)
    builder.add_node("fallback", fallback)
    builder.add_node("check", check)
    builder.add_node("escalate", escalate)
    builder.add_node("release", release)
    builder.add_node("reject", reject)

    builder.add_edge(START, "decide")
    builder.add_conditional_edges("decide", route_after_decide, ["no_message", "retrieve"])
    builder.add_edge("retrieve", "write")
    builder.add_conditional_edges("write", route_after_write, ["check", "fallback"])
    builder.add_edge("fallback", "check")
    builder.add_conditional_edges(
        "check", route_after_check, ["release", "write", "fallback", "escalate"]
    )
    builder.add_conditional_edges("escalate", route_after_escalate, ["check", "reject"])
    builder.add_edge("release", END)
    builder.add_edge("reject", END)
    builder.add_edge("no_message", END)
    return builder


builder = build()
graph = builder.compile(name="release")
