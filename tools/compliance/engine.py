"""The deterministic rule engine: a brand pack compiled once, any number of messages checked.

Example::

    engine = RuleEngine(load_pack(sample_pack_path()))
    verdict = engine.check(Message(channel="sms", body="..."), as_of=date(2026, 11, 24))
    verdict.decision, [v.rule_id for v in verdict.violations]
"""

from __future__ import annotations

import hashlib
import time as clock
from datetime import UTC, date, datetime, time
from typing import Literal
from zoneinfo import ZoneInfo

from nextbest.brand_context.models import (
    BrandPack,
    DisclosureRule,
    RequiredElementRule,
    Rule,
    as_day,
)
from nextbest.tools.compliance.catalogue import Catalogue
from nextbest.tools.compliance.kinds import (
    CheckContext,
    ClaimIndex,
    RuleCheck,
    SharedPatterns,
    compile_rule,
)
from nextbest.tools.compliance.lazy import lazy_property
from nextbest.tools.compliance.message import Message, TextField
from nextbest.tools.compliance.one_finding import (
    without_banned_urgency,
    without_claimed_lacks,
    without_repeats,
    without_restated_facts,
)
from nextbest.tools.compliance.region_scope import region_scopes
from nextbest.tools.compliance.required_text import required_pattern
from nextbest.tools.compliance.verdict import Verdict, Violation, decide

DEFAULT_SEND_TIME = time(12, 0)
"""Time of day assumed for a message with a send date but no send time (brand time zone)."""

Scope = Literal["full", "copy", "context"]
"""What to check: everything, the copy alone, or the recipient and sending context alone.

``copy`` + ``context`` together evaluate exactly the rules of ``full``; batch runs check a
rendered text's copy once and each recipient's context separately."""

IN_FORCE_CACHE_SIZE = 512
"""Send days × channels whose rules in force an engine keeps (emptied when full)."""

AUDIENCE_KINDS: frozenset[str] = frozenset({"consent", "quiet_hours", "audience"})
"""Rule kinds about the recipient and the send, not the copy (an ``audience`` rule scoped to
products reads the copy only to see which products it names)."""


def is_copy_rule(rule: Rule) -> bool:
    """Whether a rule judges the copy (as opposed to the recipient, send time or sender).

    Args:
        rule: A brand pack rule.

    Returns:
        False for consent, quiet hours, audience and sender identity rules, and for a rule
        limited to some regions (``regions`` / ``except_regions``: whether it applies depends
        on the recipient, so it is checked with the recipient), True otherwise.
    """
    if rule.kind in AUDIENCE_KINDS or rule.regions or rule.except_regions:
        return False
    return not (isinstance(rule, RequiredElementRule) and rule.params.element == "sender_identity")


def pack_content_hash(pack: BrandPack) -> str:
    """The sha256 of the pack's canonical JSON: which pack a verdict was checked against.

    Args:
        pack: The brand pack.

    Returns:
        ``sha256:<hex>``.
    """
    return "sha256:" + hashlib.sha256(pack.model_dump_json().encode("utf-8")).hexdigest()


class EngineContext(CheckContext):
    """The check context the engine builds: standing statements read with their scope.

    A standing statement scoped to offers needs the message's offer id, which the catalogue
    does not see on its own.
    """

    @lazy_property
    def statement_spans(self) -> dict[TextField, list[tuple[int, int]]]:
        """Spans of the standing statements allowed in this message, per field."""
        if self.catalogue is None:
            return {name: [] for name in self.fields}
        products = (
            frozenset(hit.product.id for hit in self.product_hits)
            if self.catalogue.scoped_by_product
            else None
        )
        spans = self.catalogue.statement_spans(
            self.fields,
            self.message.channel,
            offer_id=self.message.offer_id,
            product_ids=products,
        )
        return {name: spans.get(name, []) for name in self.fields}


class RuleEngine:
    """Checks messages against every rule of a brand pack in force on the send date.

    All patterns are compiled when the engine is built; :meth:`check` is safe to call from
    several threads at once (it keeps no per-message state on the engine).

    Attributes:
        pack: The brand pack.
        pack_version: Version label of the pack (e.g. from the brand store), if known.
        pack_hash: Content hash recorded in every verdict.
    """

    def __init__(
        self,
        pack: BrandPack,
        *,
        pack_version: str | None = None,
        pack_hash: str | None = None,
    ) -> None:
        """Compile every rule of ``pack``.

        Args:
            pack: The brand pack.
            pack_version: Version label to record in verdicts.
            pack_hash: Content hash to record; computed from the pack when None.
        """
        self.pack = pack
        self.pack_version = pack_version
        self.pack_hash = pack_hash or pack_content_hash(pack)
        self._claims = ClaimIndex(pack)
        self._patterns = SharedPatterns.compile(pack)
        self._catalogue = Catalogue(pack)
        required_pattern(pack)  # the pack's mandated wording: compiled now, not on a message
        self._checks: dict[str, RuleCheck] = {
            rule.id: compile_rule(rule, pack) for rule in pack.rules
        }
        self._regions = region_scopes(pack)  # rules limited to recipients of some regions
        self._zone = ZoneInfo(pack.brand.default_time_zone)
        self._in_force: dict[tuple[date, str], tuple[Rule, ...]] = {}

    def _rules_in_force(self, day: date, channel: str) -> tuple[Rule, ...]:
        """The pack's rules in force on ``day`` for ``channel``, kept per day and channel.

        The pack is fixed when the engine is built (its rules are compiled then), so the
        answer depends on the day and the channel alone.
        """
        key = (day, channel)
        rules = self._in_force.get(key)
        if rules is None:
            if len(self._in_force) >= IN_FORCE_CACHE_SIZE:
                self._in_force.clear()
            rules = tuple(self.pack.rules_in_force(day, channel))
            self._in_force[key] = rules
        return rules

    def _promotion_in_notice(
        self, violations: list[Violation], reinstated: set[str]
    ) -> list[Violation]:
        """The findings of a service-marked message that carries an offer, one fault once.

        A message marked service that carries an offer sells: the rules the rulebook waives
        for service messages (quiet hours, marketing consent, the unsubscribe link) apply to it
        again. When a rule that keeps promotions out of such notices (a ``no_promotion``
        disclosure: "a disruption notice carries no promotion") already reports the offer, the
        fault is the promotion inside the notice, and the waived rules' findings are left out.

        Args:
            violations: The findings of every rule.
            reinstated: The waived rules applied because the message carries an offer.

        Returns:
            ``violations``, less the reinstated rules' findings when a no-promotion rule fired.
        """
        promotion_free = {
            rule.id
            for rule in self.pack.rules
            if isinstance(rule, DisclosureRule) and rule.params.no_promotion
        }
        if not any(v.rule_id in promotion_free for v in violations):
            return violations
        return [v for v in violations if v.rule_id not in reinstated]

    def check(
        self,
        message: Message,
        as_of: date | datetime | None = None,
        *,
        scope: Scope = "full",
        pack_version: str | None = None,
        pack_hash: str | None = None,
    ) -> Verdict:
        """Check one message.

        Args:
            message: The message and its sending context.
            as_of: The day (or moment) the pack is read as of. Defaults to the message's send
                time, else now. Without a send time, the message is taken as sent at ``as_of``
                when it is a datetime, at 12:00 brand time when it is a date, else now.
            scope: ``full`` checks everything. ``copy`` checks only the copy: it skips the
                rules about the recipient and the sending (consent, quiet hours, sender
                identity), for checking a draft before it is addressed to anyone; rendered
                messages must then be checked in full. ``context`` is the complement of
                ``copy``: only the rules about the recipient and the sending.
            pack_version: Version label to record, overriding the engine's.
            pack_hash: Content hash to record, overriding the engine's.

        Returns:
            The verdict: decision, violations, rules evaluated, pack hash, elapsed time.
        """
        started = clock.perf_counter()
        moment = message.send_time
        if moment is None:
            if isinstance(as_of, datetime):
                moment = as_of
            elif isinstance(as_of, date):  # a send date without a time: midday, brand time
                moment = datetime.combine(as_of, DEFAULT_SEND_TIME, self._zone)
            else:
                moment = datetime.now(UTC)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        day = as_day(as_of) if as_of is not None else moment.date()
        ctx = EngineContext(
            self.pack, message, day, moment, self._claims, self._patterns, self._catalogue
        )
        violations: list[Violation] = []
        evaluated: list[str] = []
        region = message.recipient.region if message.recipient else None
        reinstated: set[str] = set()
        for rule in self._rules_in_force(day, message.channel):
            if scope == "copy" and not is_copy_rule(rule):
                continue
            if scope == "context" and is_copy_rule(rule):
                continue
            if message.service and rule.service_exempt:
                if message.offer_id is None:
                    continue  # a marketing rule the rulebook waives for service messages
                reinstated.add(rule.id)  # marked service, but it carries an offer: it sells
            limited = self._regions.get(rule.id) if self._regions else None
            if limited is not None and not limited.covers(region):
                continue  # a rule for recipients of other regions
            evaluated.append(rule.id)
            violations.extend(self._checks[rule.id].check(ctx))
        if reinstated:  # a notice carrying a promotion: the no-promotion rule's one finding
            violations = self._promotion_in_notice(violations, reinstated)
        violations = without_restated_facts(violations)  # a wrong figure: one finding
        violations = without_banned_urgency(violations)  # banned pressure words: one finding
        violations = without_claimed_lacks(violations)  # a feature of another product: one
        violations = without_repeats(violations)  # the same finding twice: once
        return Verdict(
            decision=decide(violations),
            violations=violations,
            rules_evaluated=evaluated,
            pack_version=pack_version or self.pack_version,
            pack_hash=pack_hash or self.pack_hash,
            as_of=day.isoformat(),
            elapsed_ms=(clock.perf_counter() - started) * 1000,
        )
