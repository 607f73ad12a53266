"""The per-customer stages of a batch run, shared by every run engine.

A run (:mod:`nextbest.app.workspace.batch`) has stages that grow with customers — validate,
decide, render the cell copy into each customer's slots, re-check per recipient — and stages
that grow with cells (one release-graph run per cell). The local engine runs the per-customer
stages in its own process; the Ray engine (:mod:`nextbest.app.workspace.ray_engine`) runs them
on workers, partition by partition. Both call the functions here, so a customer gets the same
outcome whichever engine ran.

Decisions are drawn with the policy's random generator (Thompson draws, exploration). So that
the outcome does not depend on which process decided which rows, every decision batch reseeds
the generator from the policy's seed, the run id and the batch's index in the table
(:func:`seed_batch`): batch ``k`` holds the same rows and draws the same numbers in every
engine, and a retried or resumed batch decides exactly as the first attempt did.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import numpy as np

from nextbest.agents.nodes.release import no_message_reason
from nextbest.agents.nodes.verify import PASSING, compose_message, stored_message
from nextbest.agents.release_record import RecordOutcome
from nextbest.agents.render import RenderError
from nextbest.app.workspace.records import ReleaseRecord
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.engine import RuleEngine
from nextbest.tools.compliance.message import TEXT_FIELDS, Message
from nextbest.tools.compliance.verdict import Violation, decide
from nextbest.tools.customer_rows import RowValidator
from nextbest.tools.customer_schema import CONTACT_FIELDS
from nextbest.tools.customers import RejectedRow
from nextbest.tools.decisioning import DecisionEngine, SendHistory

RENDER_COLUMNS = (
    "customer_id",
    "first_name",
    "time_zone",
    "locale",
    "consent_email",
    "consent_sms",
    "consent_push",
    "objected_to_profiling",
    "email",
    "phone",
    "last_name",
    "birth_date",
    "age",
    "region",
    "country",
    "flags",
)
"""The customer fields kept after deciding: what rendering and the recipient checks need
(contact details the copy must not show, and what audience rules read)."""

MESSAGE_DECISION_FIELDS = (
    "decision_id",
    "customer_id",
    "action_id",
    "offer_id",
    "channel",
    "send_time",
    "propensity",
    "policy_name",
    "policy_version",
    "decided_at",
)
"""The decision fields kept per message after deciding: what cells and rendering need."""

Message_ = tuple[dict[str, Any], dict[str, Any]]
"""A message to render: the customer's render fields and the decision's message fields."""


def cell_key(decision: dict[str, Any], locale: str | None) -> str:
    """The cell of a message decision: offer × channel × locale."""
    return f"{decision['offer_id']}|{decision['channel']}|{locale or 'default'}"


def message_id(run_id: str, customer_id: str) -> str:
    """The key of a customer's message in a run (``RUN_ID:CUSTOMER_ID``)."""
    return f"{run_id}:{customer_id}"


# -- deciding ------------------------------------------------------------------------------


def seed_batch(engine: DecisionEngine, run_id: str, batch_index: int) -> None:
    """Reseed the policy's random generator(s) for one decision batch.

    The seed mixes the policy's own seed, the run id and the batch's index in the table, and
    no posterior noise is carried over from an earlier batch, so the same batch draws the same
    numbers in any process, whatever it decided before (see the module docstring).
    """
    policy = engine.policy
    policies = [policy.champion, policy.challenger] if hasattr(policy, "champion") else [policy]
    digest = hashlib.blake2b(run_id.encode(), digest_size=8).digest()
    for position, member in enumerate(policies):
        seed = [int(member.settings.seed), int.from_bytes(digest, "big"), batch_index, position]
        member.rng = np.random.default_rng(seed)
        # LinTS lets consecutive small calls share one posterior noise draw (until it has
        # scored SHARED_DRAW_CUSTOMERS customers): a batch would then depend on the batches the
        # same process decided before it. Every batch draws its own noise from its own seed.
        model = getattr(member, "model", None)
        if model is not None and hasattr(model, "forget_shared_draw"):
            model.forget_shared_draw()


def decision_rows(
    engine: DecisionEngine,
    customers: list[dict[str, Any]],
    now: datetime,
    history: SendHistory,
) -> list[dict[str, Any]]:
    """Decide for customers: one decision dict per customer, with recipient and send time.

    Args:
        engine: The decision engine.
        customers: Validated customer rows.
        now: The decision time.
        history: Past sends of these customers (frequency caps).
    """
    from nextbest.app.workspace.runtime import scheduled_send_time

    records = engine.decide(customers, now, history=history)
    out = []
    for customer, record in zip(customers, records, strict=True):
        data = record.model_dump(mode="json")
        data["recipient"] = {k: customer[k] for k in CONTACT_FIELDS if k in customer}
        data["send_time"] = scheduled_send_time(
            data.get("window"),
            customer.get("time_zone"),
            engine.pack.brand.default_time_zone,
            now,
            engine.config.windows,
        ).isoformat()
        out.append(data)
    return out


def with_last_contact(history: SendHistory, rows: list[dict[str, Any]]) -> SendHistory:
    """Send history plus the table's own last-contact dates (``last_<channel>_at``)."""
    extra = [
        (row["customer_id"], channel, row[f"last_{channel}_at"])
        for row in rows
        for channel in ("email", "sms", "push")
        if row.get(f"last_{channel}_at") is not None
    ]
    return history.plus(extra) if extra else history


def validate_rows(
    validator: RowValidator, rows: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[RejectedRow]]:
    """Split a batch of table rows into clean rows and rejected rows."""
    valid: list[dict[str, Any]] = []
    rejects: list[RejectedRow] = []
    for row in rows:
        clean, rejected = validator.validate(row)
        if rejected:
            rejects.append(rejected)
        else:
            valid.append(clean)
    return valid, rejects


@dataclass
class DecidedBatch:
    """What deciding a batch left for the later stages.

    Attributes:
        messages: The message decisions with what rendering needs.
        no_message: Customers sent nothing, by reason.
    """

    messages: list[Message_] = field(default_factory=list)
    no_message: Counter[str] = field(default_factory=Counter)


def split_decisions(
    valid: list[dict[str, Any]], decisions: dict[str, dict[str, Any]]
) -> DecidedBatch:
    """Keep, per message decision, only the fields rendering needs; count the rest by reason.

    Args:
        valid: The batch's clean rows, in table order.
        decisions: Each row's decision by customer id.
    """
    out = DecidedBatch()
    for row in valid:
        decision = decisions[row["customer_id"]]
        if decision["action_id"] == "no_message":
            out.no_message[no_message_reason(decision)] += 1
        else:
            out.messages.append(
                (
                    {k: row.get(k) for k in RENDER_COLUMNS},
                    {k: decision.get(k) for k in MESSAGE_DECISION_FIELDS},
                )
            )
    return out


# -- rendering -----------------------------------------------------------------------------


def _folded(text: str) -> str:
    """Letters and digits only, accents stripped, case folded."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in plain.casefold() if ch.isalnum())


def may_show_contact(message: Message) -> bool:
    """Whether the copy may show the recipient's e-mail, phone number or full name.

    A loose test (a superset of what the guardrail's ``personal_data`` rule finds): the
    address anywhere, the phone's last seven digits among the copy's digits, every word of the
    full name among the copy's letters. Copy that passes it cannot show them, so its copy
    check holds for every recipient.
    """
    recipient = message.recipient
    if recipient is None:
        return False
    text = " ".join(message.text_of(name) for name in TEXT_FIELDS)
    if recipient.email and recipient.email.strip().casefold() in text.casefold():
        return True
    phone = "".join(ch for ch in recipient.phone or "" if ch.isdigit())
    if phone and phone[-7:] in "".join(ch for ch in text if ch.isdigit()):
        return True
    words = [_folded(w) for w in (recipient.full_name or "").split()]
    folded = _folded(text)
    return bool(words) and all(w in folded for w in words if w)


@dataclass(frozen=True)
class Rendered:
    """One message's outcome at render time.

    Attributes:
        outcome: ``released``, ``blocked`` or ``escalated``.
        reason: Why it was blocked (a rule id, ``cell …`` or ``render error: …``).
        record: The release record of a released message, or the ``rejected`` record of a
            message that this customer's values made fail (render error or re-check block), so
            the customer's decision can be inspected; None when the whole cell was not released
            (the cell's own record says why).
        line: The outbox line of a released message.
    """

    outcome: str
    reason: str = ""
    record: ReleaseRecord | None = None
    line: dict[str, Any] | None = None


class MessageRenderer:
    """Fills a cell's approved copy with one customer's values and re-checks the result.

    Args:
        run_id: The run.
        pack_of: The brand pack of a version, for the re-check (the versions the cells used).
    """

    def __init__(self, run_id: str, pack_of: Callable[[int], BrandPack]) -> None:
        self.run_id = run_id
        self._pack_of = pack_of
        self._engines: dict[str, RuleEngine] = {}
        self._copy_cache: dict[tuple, list[Violation]] = {}

    def _engine(self, brief: dict[str, Any]) -> RuleEngine:
        if brief["pack_hash"] not in self._engines:
            pack = self._pack_of(int(brief["pack_version"]))
            self._engines[brief["pack_hash"]] = RuleEngine(
                pack, pack_version=str(brief["pack_version"]), pack_hash=brief["pack_hash"]
            )
        return self._engines[brief["pack_hash"]]

    def _copy_violations(
        self, engine: RuleEngine, message: Message, pack_hash: str, day: date
    ) -> list[Violation]:
        """The copy rules' violations, checked once per distinct copy.

        The copy check is cached without the recipient's contact details; a message whose
        copy may show one of them (:func:`may_show_contact`) is checked with them, uncached.
        """
        if may_show_contact(message):
            return engine.check(message, day, scope="copy").violations
        key = (
            pack_hash,
            message.channel,
            message.subject,
            message.body,
            message.cta,
            tuple(message.claim_ids),
            message.offer_id,
        )
        if key not in self._copy_cache:
            anonymous = message.model_copy(update={"recipient": None})
            self._copy_cache[key] = engine.check(anonymous, day, scope="copy").violations
        return self._copy_cache[key]

    def _record(
        self,
        row: dict[str, Any],
        decision: dict[str, Any],
        cell: dict[str, Any],
        outcome: RecordOutcome,
        reason: str,
        verdict: dict[str, Any] | None,
    ) -> ReleaseRecord:
        """The record of one customer's message (keyed by the run and customer, so idempotent)."""
        brief = cell["brief"]
        return ReleaseRecord(
            record_id=message_id(self.run_id, row["customer_id"]),
            decision_id=decision["decision_id"],
            run_id=self.run_id,
            customer_id=row["customer_id"],
            cell=cell_key(decision, row.get("locale")),
            outcome=outcome,
            reason=reason,
            action=decision["action_id"],
            propensity=decision["propensity"],
            policy_name=decision["policy_name"],
            policy_version=str(decision["policy_version"]),
            pack_version=brief["pack_version"],
            pack_hash=brief["pack_hash"],
            send_date=brief["send_date"],
            channel=decision.get("channel"),
            offer_id=decision.get("offer_id"),
            verdict=verdict,
            author=(cell["draft"] or {}).get("author"),
            decided_at=str(decision["decided_at"]),
        )

    def render(
        self, row: dict[str, Any], decision: dict[str, Any], cell: dict[str, Any]
    ) -> Rendered:
        """The outcome of one message decision given its cell's result."""
        if cell["outcome"] == "escalated":
            return Rendered("escalated")
        if cell["outcome"] != "released":
            return Rendered("blocked", f"cell {cell['outcome']}")
        brief = cell["brief"]
        engine = self._engine(brief)
        try:
            fields = compose_message(
                cell["draft"],
                brief,
                customer=row,
                send_time=decision["send_time"],
                offer_id=decision["offer_id"],
            )
            message = Message.model_validate(fields)
        except (RenderError, ValueError) as exc:
            reason = f"render error: {type(exc).__name__}"
            rejected = self._record(row, decision, cell, "rejected", reason, None)
            return Rendered("blocked", reason, record=rejected)
        day = date.fromisoformat(brief["send_date"])
        violations = [
            *self._copy_violations(engine, message, brief["pack_hash"], day),
            *engine.check(message, day, scope="context").violations,
        ]
        verdict = {
            "decision": decide(violations),
            "violations": [v.model_dump(mode="json") for v in violations],
        }
        if verdict["decision"] not in PASSING:
            first = next(v.rule_id for v in violations if v.severity == "block")
            reason = (
                f"cell {cell['record_id']} released; re-checked with the customer's values: {first}"
            )
            rejected = self._record(row, decision, cell, "rejected", reason, verdict)
            return Rendered("blocked", first, record=rejected)
        key_id = message_id(self.run_id, row["customer_id"])
        reason = f"cell {cell['record_id']} released; re-checked: {verdict['decision']}"
        record = self._record(row, decision, cell, "released", reason, verdict).model_copy(
            update={
                "channel": message.channel,
                "claims_cited": list(message.claim_ids),
                "offer_id": message.offer_id,
            }
        )
        line = {
            "message_id": key_id,
            "run_id": self.run_id,
            "decision_id": decision["decision_id"],
            "customer_id": row["customer_id"],
            **stored_message(message.model_dump(mode="json", exclude_defaults=True)),
            "pack_hash": brief["pack_hash"],
        }
        return Rendered("released", record=record, line=line)
