"""Rule-change impact: which released or queued messages would the current rules now block?

:func:`check_impact` (``nextbest kb impact --since VERSION``, :mod:`nextbest.app.cli.impact`;
and a rule proposal's impact) re-checks every message that was checked against brand pack
version ``VERSION`` or later:

- release records that carry the released copy (single messages, and batch cells' copy, which
  is checked with the copy rules only since it has no recipient yet), and
- rendered per-customer messages in the outboxes (each run's, whichever engine wrote it —
  see :mod:`nextbest.app.workspace.run_outbox` — and the workspace outbox) — *queued* when
  their send time is still ahead, else *released*,

against the rules of the **current** pack with
:class:`~nextbest.tools.compliance.engine.RuleEngine`,
and lists those that would now be blocked, with the rule ids. Copy rules run once per distinct
copy; recipient rules (consent, quiet hours, audience — the stored message keeps the
recipient's age, region and flags) run per message.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from nextbest.app.workspace.run_outbox import messages as outbox_messages
from nextbest.app.workspace.run_outbox import run_outboxes
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.tools.compliance.engine import RuleEngine
from nextbest.tools.compliance.message import Message
from nextbest.tools.compliance.verdict import Violation

_MESSAGE_FIELDS = set(Message.model_fields)


@dataclass(frozen=True)
class ImpactedMessage:
    """A message the current rules would block.

    Attributes:
        message_id: Release record id or outbox message id.
        source: ``record`` or the outbox file it is queued in.
        status: ``released`` or ``queued``.
        run_id: Its run, if any.
        channel: The channel.
        offer_id: The offer it promotes.
        checked_version: Pack version it was released under.
        rules: Rule ids that now block it.
        reasons: What each blocking rule found, in plain words.
    """

    message_id: str
    source: str
    status: str
    run_id: str | None
    channel: str
    offer_id: str | None
    checked_version: int | None
    rules: list[str]
    reasons: list[str]


@dataclass
class ImpactReport:
    """The outcome of an impact check.

    Attributes:
        since: Messages checked against this pack version or later were re-checked.
        current_version: The pack version whose rules were applied.
        changed_rules: Rule ids added, changed or removed since ``since``.
        checked: Messages re-checked.
        by_status: Re-checked messages by status (released, queued).
        impacted: Messages that would now be blocked.
        by_rule: Impacted messages per blocking rule.
        skipped: Messages that could not be read, with why.
    """

    since: int
    current_version: int
    changed_rules: list[str] = field(default_factory=list)
    checked: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    impacted: list[ImpactedMessage] = field(default_factory=list)
    by_rule: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe representation."""
        return asdict(self)


@dataclass(frozen=True)
class _Candidate:
    message_id: str
    source: str
    run_id: str | None
    data: dict[str, Any]
    version: int | None
    copy_only: bool = False


def _candidates(runtime: NextbestRuntime, since: int) -> Iterator[_Candidate]:
    store = runtime.store
    version_of_hash: dict[str, int] = {}
    for info in store.versions():
        version_of_hash[info.content_hash] = info.version
    conn = runtime.workspace.connect()
    try:
        rows = conn.execute(
            "SELECT record_id, run_id, customer_id, body FROM release_records "
            "WHERE outcome = 'released' "
            "ORDER BY created_at"
        ).fetchall()
    finally:
        conn.close()
    for row in rows:
        body = json.loads(row["body"])
        version = body.get("pack_version")
        if not body.get("message") or version is None or int(version) < since:
            continue
        yield _Candidate(
            row["record_id"],
            "record",
            row["run_id"],
            body["message"],
            int(version),
            copy_only=row["customer_id"] is None,  # a batch cell's copy: no recipient yet
        )
    for path in run_outboxes(runtime.workspace.home):
        for data in outbox_messages(path):
            version = version_of_hash.get(str(data.get("pack_hash")))
            if version is None or version < since:
                continue
            yield _Candidate(
                str(data.get("message_id") or data.get("record_id") or data.get("decision_id")),
                str(path.relative_to(runtime.workspace.home)),
                data.get("run_id"),
                data,
                version,
            )


def _rule_ids(pack: Any) -> dict[str, str]:
    return {rule.id: rule.model_dump_json() for rule in pack.rules}


def check_impact(runtime: NextbestRuntime, since: int, now: datetime | None = None) -> ImpactReport:
    """Re-check released and queued messages against the current pack's rules.

    Args:
        runtime: The workspace runtime.
        since: Re-check messages released under this pack version or later.
        now: Messages with a later send time are ``queued`` (default: now).

    Returns:
        The :class:`ImpactReport`.

    Raises:
        ValueError: The brand store is empty or ``since`` is not a stored version.
    """
    now = now or datetime.now(UTC)
    current = runtime.store.current_version()
    if current is None:
        raise ValueError("the brand store is empty: run `nextbest kb init` first")
    versions = [v.version for v in runtime.store.versions()]
    if since not in versions:
        raise ValueError(f"no pack version {since}; versions are {versions[0]}..{versions[-1]}")
    pack = runtime.store.pack(current)
    old, new = _rule_ids(runtime.store.pack(since)), _rule_ids(pack)
    report = ImpactReport(
        since=since,
        current_version=current,
        changed_rules=sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k)),
    )
    engine = RuleEngine(pack, pack_version=str(current))
    copy_cache: dict[tuple, list[Violation]] = {}
    by_status: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    for candidate in _candidates(runtime, since):
        try:
            message = Message.model_validate(
                {k: v for k, v in candidate.data.items() if k in _MESSAGE_FIELDS}
            )
        except ValidationError as exc:
            report.skipped.append(f"{candidate.message_id}: {exc.errors()[0]['msg']}")
            continue
        send_time = message.send_time
        if send_time is not None and send_time.tzinfo is None:
            send_time = send_time.replace(tzinfo=UTC)
        status = "queued" if send_time is not None and send_time > now else "released"
        as_of = send_time if status == "queued" else now
        key = (
            message.channel,
            message.subject,
            message.body,
            message.cta,
            tuple(message.links),
            message.sender,
            tuple(message.claim_ids),
            message.offer_id,
            as_of.date() if as_of else None,
        )
        if key not in copy_cache:
            copy_cache[key] = engine.check(message, as_of, scope="copy").violations
        violations = list(copy_cache[key])
        if not candidate.copy_only:
            violations += engine.check(message, as_of, scope="context").violations
        report.checked += 1
        by_status[status] += 1
        blocking = [v for v in violations if v.severity == "block"]
        if not blocking:
            continue
        rules = sorted({v.rule_id for v in blocking})
        by_rule.update(rules)
        report.impacted.append(
            ImpactedMessage(
                message_id=candidate.message_id,
                source=candidate.source,
                status=status,
                run_id=candidate.run_id,
                channel=message.channel,
                offer_id=message.offer_id,
                checked_version=candidate.version,
                rules=rules,
                reasons=[f"{v.rule_id}: {v.message}" for v in blocking],
            )
        )
    report.by_status = dict(by_status)
    report.by_rule = dict(by_rule.most_common())
    return report
