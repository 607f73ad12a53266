"""check: render the draft for its recipient and run the guardrail — never raising.

The verdict is bound to the exact text it judged by a hash: release refuses any message whose
hash differs from the one checked. A guardrail that raises, or copy that cannot be rendered,
becomes a blocking verdict, so errors can only ever stop a message.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from langgraph.runtime import Runtime

from nextbest.agents.context import ReleaseContext
from nextbest.agents.guardrail import revision_instructions
from nextbest.agents.llm import render_prompt
from nextbest.agents.render import render_text, slot_values
from nextbest.agents.state import Attempt, ReleaseState, decision_of
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.engine import Scope
from nextbest.tools.compliance.message import Message
from nextbest.tools.compliance.verdict import Verdict, Violation
from nextbest.tools.customer_schema import age_on

PASSING = ("pass", "warn")


def message_hash(message: dict[str, Any]) -> str:
    """SHA-256 of a message's canonical JSON — what a verdict is bound to."""
    canonical = json.dumps(message, sort_keys=True, separators=(",", ":"), default=str)
    return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()


def _consent(customer: dict[str, Any], channel: str) -> str | None:
    value = customer.get(f"consent_{channel}")
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "opt_in" if value else "none"
    return str(value)


def compose_message(
    draft: Mapping[str, Any],
    brief: Mapping[str, Any],
    *,
    customer: dict[str, Any] | None,
    send_time: str,
    offer_id: str | None,
) -> dict[str, Any]:
    """The message as it would be sent: slots filled for ``customer``, with its context.

    Raises:
        nextbest.agents.render.RenderError: When the draft uses slots or syntax that are not
        allowed.
    """
    values = slot_values(customer)
    message: dict[str, Any] = {
        "channel": brief["channel"],
        "subject": render_text(draft.get("subject"), values),
        "body": render_text(draft["body"], values),
        "cta": render_text(draft.get("cta"), values),
        "links": list(draft.get("links", [])),
        "sender": brief.get("sender"),
        "send_time": send_time,
        "offer_id": offer_id,
        "claim_ids": list(draft.get("claim_ids", [])),
    }
    if customer:
        message["recipient_time_zone"] = customer.get("time_zone") or None
        message["consent"] = _consent(customer, brief["channel"])
        message["objected_to_profiling"] = bool(customer.get("objected_to_profiling") or False)
        message["locale"] = customer.get("locale") or None
        recipient = recipient_details(customer, send_time)
        if recipient:
            message["recipient"] = recipient
    return message


def recipient_details(customer: Mapping[str, Any], send_time: str) -> dict[str, Any]:
    """What the guardrail reads about the recipient, from a validated customer row.

    Only canonical fields of a validated row (:mod:`nextbest.tools.customer_rows`) are read, so
    a value the schema rejected or dropped (a malformed address, a bad flag word) is simply
    absent. The age is counted to the send day when the table gives a birth date; the region
    is the row's region, else its country; ``flags`` are the names of the flags that are true.

    Args:
        customer: The validated row (or the fields of it a run kept).
        send_time: ISO datetime of the send.

    Returns:
        The :class:`~nextbest.tools.compliance.message.RecipientDetails` fields that are known
        (empty when none is).
    """
    out: dict[str, Any] = {}
    for key in ("email", "phone"):
        if customer.get(key):
            out[key] = customer[key]
    first, last = customer.get("first_name"), customer.get("last_name")
    if first and last:
        out["full_name"] = f"{first} {last}"
    age = _age(customer, send_time)
    if age is not None:
        out["age"] = age
    region = customer.get("region") or customer.get("country")
    if region:
        out["region"] = region
    flags = customer.get("flags")
    if flags:
        out["flags"] = [str(f) for f in ([flags] if isinstance(flags, str) else flags)]
    return out


def _age(customer: Mapping[str, Any], send_time: str) -> int | None:
    """Whole years on the send day (from the birth date), else the row's age."""
    born = customer.get("birth_date")
    if born:
        day = datetime.fromisoformat(send_time).date()
        return age_on(date.fromisoformat(str(born)[:10]), day)
    age = customer.get("age")
    if age is None or isinstance(age, bool):
        return None
    return int(float(age))


CONTACT_DETAILS = ("email", "phone", "full_name")
"""Recipient fields kept out of what is stored (records, outboxes): the guardrail reads them
to keep them out of the copy; the audience attributes (age, region, flags) stay, so a later
re-check (``nextbest kb impact``) applies audience rules to stored messages too."""


def stored_message(message: Mapping[str, Any]) -> dict[str, Any]:
    """A checked message as records and outboxes keep it: without the recipient's addresses.

    Args:
        message: The message as checked.

    Returns:
        A copy whose ``recipient`` keeps only the audience attributes (dropped when none).
    """
    out = dict(message)
    recipient = out.pop("recipient", None)
    if recipient:
        kept = {k: v for k, v in recipient.items() if k not in CONTACT_DETAILS}
        if kept:
            out["recipient"] = kept
    return out


def build_message(state: ReleaseState, brief: Mapping[str, Any]) -> dict[str, Any]:
    """The message for the graph's current draft and recipient."""
    return compose_message(
        state["draft"],
        brief,
        customer=state.get("customer"),
        send_time=state["send_time"],
        offer_id=decision_of(state).get("offer_id"),
    )


def _error_verdict(exc: Exception, pack_hash: str) -> Verdict:
    problem = Violation(
        rule_id="guardrail.error",
        kind="guardrail_error",
        severity="block",
        message=f"the guardrail could not check this draft: {type(exc).__name__}: {exc}",
        fix_hint="Fix the draft or the guardrail; nothing is released unchecked.",
        source="nextbest release policy",
    )
    return Verdict(decision="block", violations=[problem], pack_hash=pack_hash)


def check(state: ReleaseState, runtime: Runtime[ReleaseContext]) -> dict[str, Any]:
    """Check the current draft; record the attempt; return verdict and revision prompt."""
    brief = state["brief"]
    store = runtime.context.store
    day = date.fromisoformat(brief["send_date"])  # the brand-local send date of the brief
    message: dict[str, Any] | None = None
    try:
        pack: BrandPack = store.pack(brief["pack_version"])
        guardrail = runtime.context.guardrail(pack, brief["pack_version"], brief["pack_hash"])
        message = build_message(state, brief)
        scope: Scope = "full" if state.get("customer") else "copy"
        reviewer = state.get("reviewer")
        if reviewer is not None and reviewer["action"] == "approve":
            # A human reviewer overrides the LLM judge, never the deterministic rules.
            verdict = guardrail.engine.check(Message.model_validate(message), day, scope=scope)
        else:
            verdict = guardrail.run(message, as_of=day, scope=scope).verdict
    except Exception as exc:  # noqa: BLE001 — any failure must end in a block, not a crash
        verdict = _error_verdict(exc, brief.get("pack_hash", ""))
    instructions = revision_instructions(verdict.violations)
    attempt = Attempt(
        stage=state["stage"],
        author=state["draft"].get("author", "?"),
        draft=state["draft"],
        decision=verdict.decision,
        fired_rules=verdict.fired_rule_ids,
    )
    return {
        "verdict": verdict.model_dump(mode="json"),
        "message": message,
        "checked_hash": message_hash(message) if message and verdict.decision in PASSING else "",
        "revision_prompt": render_prompt(
            "revision_instructions", verdict=verdict, instructions=instructions
        )
        if instructions
        else "",
        "history": [*state.get("history", []), attempt],
    }


def route_after_check(state: ReleaseState, runtime: Runtime[ReleaseContext]) -> str:
    """The only way to ``release`` is a passing (pass or warn) verdict.

    Blocked drafts are revised while attempts remain, then replaced by the fallback template,
    and when that is blocked too (or a human's edit is) the message escalates to a human.
    """
    if state["verdict"]["decision"] in PASSING:
        return "release"
    stage = state["stage"]
    if stage in ("llm", "composer"):
        return "write" if state["attempts"] < runtime.context.max_attempts else "fallback"
    return "escalate"
