"""Contact policy: which actions each customer may receive, with a reason for every block.

Applied before scoring. The result is a mask over ``(customers, actions)`` and, for each blocked
cell, a bit set of :class:`Reason` codes. ``no_message`` is never blocked. Policies only ever
choose among allowed actions, including when they explore.

Checks, all vectorised over the batch:

- **consent** per channel (``consent_email`` / ``consent_sms`` / ``consent_push`` columns; a
  missing or false value blocks the channel);
- **offer eligibility** from the brand pack's
  :class:`~nextbest.brand_context.models.EligibilityCondition`
  list (all must hold; a missing attribute counts as not eligible), and offer validity on the
  send date;
- **frequency caps** per channel and overall, each over its own number of days, counted from a
  :class:`SendHistory`;
- **quiet hours** from the pack's ``quiet_hours`` rules (a send window that overlaps them is
  blocked on that channel) and an unknown or invalid time zone blocks SMS; a rule limited to
  some regions (``regions`` / ``except_regions``) masks only the customers it covers, matched
  as the guardrail matches a recipient
  (:class:`~nextbest.tools.compliance.region_scope.RegionScope`, the customer's canonical
  ``region``, else its ``country``; neither known, or only the country of the rule's
  states: the rule's ``unknown_region``). The mask
  keeps which quiet-hours rule blocked which action (:attr:`Mask.rule_blocks`), so a logged
  decision names the rule behind its ``quiet_hours`` / ``unknown_time_zone`` reasons;
- **daily caps** per channel over the last 24 hours, and **allowed send hours** per channel
  (the brand limits: an action window reaching outside them is blocked on that channel);
- **send windows** that have already passed in the customer's local time (unless windows roll
  over to the next day);
- **suppression** (a suppression list or a ``suppressed`` column), an **objection to profiling**
  (GDPR Art. 21, an ``objected_to_profiling`` column), and a **recent unsubscribe or
  complaint** within a cool-down period;
- an **unsubscribe or complaint on a channel** (``unsubscribed_<channel>`` /
  ``complained_<channel>`` true) closes that channel for good, whatever the consent column says;
- **no address**: when the batch carries an ``email`` or ``phone`` column (the schema maps it),
  a missing or malformed one blocks e-mail or SMS;
- **age**: a known age below ``minimum_age`` blocks every message (unknown age does not; offers
  that need an age check it through their eligibility, where unknown is not eligible).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import IntFlag
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from nextbest.brand_context.models import CHANNELS, BrandPack, Channel, Rule
from nextbest.tools.compliance.region_scope import RegionScope, region_scopes
from nextbest.tools.decisioning.actions import ActionSpace
from nextbest.tools.decisioning.batch import CustomerBatch
from nextbest.tools.decisioning.customer_values import (
    as_float,
    consented,
    days_since,
    evaluate_condition,
    truthy,
)
from nextbest.tools.decisioning.send_history import SendHistory


class Reason(IntFlag):
    """Why an action is blocked for a customer (bit flags; several may apply)."""

    NO_CONSENT = 1
    INELIGIBLE = 2
    OFFER_NOT_VALID = 4
    CHANNEL_CAP = 8
    OVERALL_CAP = 16
    QUIET_HOURS = 32
    UNKNOWN_TIME_ZONE = 64
    WINDOW_PASSED = 128
    SUPPRESSED = 256
    RECENT_UNSUBSCRIBE = 512
    RECENT_COMPLAINT = 1024
    OBJECTED = 2048
    EXCLUDED_BY_GOAL = 4096
    OUTSIDE_AUDIENCE = 8192
    CHANNEL_BUDGET = 16384
    UNSUBSCRIBED = 32768
    COMPLAINED = 65536
    NO_ADDRESS = 131072
    UNDER_AGE = 262144
    DAILY_CAP = 524288
    OUTSIDE_SEND_WINDOW = 1048576

    @property
    def code(self) -> str:
        """Lower-case reason code used in decision logs, e.g. ``no_consent``."""
        return (self.name or "").lower()


ALL_REASONS: tuple[Reason, ...] = tuple(Reason)


def reason_codes(bits: int) -> list[str]:
    """The reason codes set in ``bits``, in a stable order."""
    return [r.code for r in ALL_REASONS if bits & r]


class FrequencyCap(BaseModel):
    """At most ``max_sends`` messages over the last ``days`` days."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_sends: int = Field(ge=0)
    days: int = Field(ge=1, le=365)


class ContactPolicyConfig(BaseModel):
    """Settings of the contact policy (the pack's own rules are read from the pack)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    channel_caps: dict[Channel, FrequencyCap] = Field(
        default_factory=lambda: dict[Channel, FrequencyCap](
            {
                "email": FrequencyCap(max_sends=3, days=7),
                "sms": FrequencyCap(max_sends=2, days=7),
                "push": FrequencyCap(max_sends=4, days=7),
            }
        )
    )
    overall_cap: FrequencyCap | None = FrequencyCap(max_sends=5, days=7)
    daily_caps: dict[Channel, int] = Field(
        default_factory=dict,
        description="Per channel, at most this many messages over the last 24 hours.",
    )
    send_hours: dict[Channel, tuple[int, int]] = Field(
        default_factory=dict,
        description=(
            "Per channel, the local hours [start, end) a message may be sent in; an action "
            "window reaching outside them is blocked on that channel."
        ),
    )
    unsubscribe_cooldown_days: int = Field(30, ge=0)
    complaint_cooldown_days: int = Field(90, ge=0)
    sms_requires_time_zone: bool = Field(
        True, description="Block SMS when the time zone is unknown, whatever the pack says."
    )
    roll_over_windows: bool = Field(
        True, description="A window already passed today is used tomorrow (else it is blocked)."
    )
    consent_columns: dict[Channel, str] = Field(
        default_factory=lambda: {c: f"consent_{c}" for c in CHANNELS}
    )
    time_zone_column: str = "time_zone"
    region_columns: tuple[str, ...] = Field(
        ("region", "country"),
        description=(
            "The customer's region for region-scoped rules: the first of these fields that is "
            "set (the customer schema's region, else its country, as the guardrail reads "
            "recipient.region)."
        ),
    )
    suppressed_column: str = "suppressed"
    objected_column: str = Field(
        "objected_to_profiling",
        description="GDPR Art. 21: a customer who objected to profiling is not targeted.",
    )
    unsubscribed_at_column: str | None = Field(
        None,
        description=(
            "A field with the last unsubscribe (any channel) for a cool-down; None: none. The "
            "customer schema's per-channel unsubscribe roles close channels for good instead."
        ),
    )
    complained_at_column: str | None = Field(
        None, description="A field with the last complaint for a cool-down; None: none."
    )
    address_columns: dict[Channel, str] = Field(
        default_factory=lambda: dict[Channel, str]({"email": "email", "sms": "phone"}),
        description="Per channel, the address column; checked only when the batch has it.",
    )
    age_column: str = "age"
    minimum_age: int | None = Field(
        None, ge=0, le=120, description="Nobody of a known age below this gets any message."
    )


@dataclass(frozen=True)
class RuleBlock:
    """What one pack rule blocked: these actions for these customers.

    Attributes:
        rule_id: The pack rule.
        customers: ``(n,)`` bool, the customers it blocked them for.
        actions: ``(n_actions,)`` bool, the actions it blocked.
    """

    rule_id: str
    customers: np.ndarray
    actions: np.ndarray


@dataclass(frozen=True)
class Mask:
    """The contact policy's verdict for a batch.

    Attributes:
        allowed: ``(n, n_actions)`` bool; column 0 (no message) is always True.
        reasons: ``(n, n_actions)`` int bit sets of :class:`Reason`; 0 where allowed.
        action_ids: Action ids, in column order.
        rule_blocks: What each pack rule behind a reason blocked (quiet-hours rules).
    """

    allowed: np.ndarray
    reasons: np.ndarray
    action_ids: tuple[str, ...]
    rule_blocks: tuple[RuleBlock, ...] = ()

    def blocked_by_rule_all(self) -> list[dict[str, list[str]]]:
        """For every row: pack rule id → the action ids it blocked (in column order)."""
        out: list[dict[str, list[str]]] = [{} for _ in range(len(self.reasons))]
        by_rule: dict[str, list[RuleBlock]] = {}
        for block in self.rule_blocks:
            by_rule.setdefault(block.rule_id, []).append(block)
        ids = np.asarray(self.action_ids, dtype=object)
        for rule_id, blocks in by_rule.items():
            hit = np.zeros((len(self.reasons), len(self.action_ids)), dtype=bool)
            for block in blocks:
                hit[np.ix_(block.customers, block.actions)] = True
            for row in np.flatnonzero(hit.any(axis=1)):
                out[int(row)][rule_id] = ids[hit[row]].tolist()
        return out

    def blocked_by_reason_all(self) -> list[dict[str, list[str]]]:
        """:meth:`blocked_by_reason` for every row (vectorised per reason)."""
        out: list[dict[str, list[str]]] = [{} for _ in range(len(self.reasons))]
        ids = np.asarray(self.action_ids, dtype=object)
        for reason in ALL_REASONS:
            rows, cols = np.nonzero(self.reasons & int(reason))
            if rows.size == 0:
                continue
            cuts = np.flatnonzero(np.diff(rows)) + 1
            for chunk_rows, chunk_cols in zip(
                np.split(rows, cuts), np.split(cols, cuts), strict=True
            ):
                out[int(chunk_rows[0])][reason.code] = ids[chunk_cols].tolist()
        return out

    def blocked_by_reason(self, row: int) -> dict[str, list[str]]:
        """For customer ``row``: reason code → the action ids it blocks."""
        out: dict[str, list[str]] = {}
        bits_row = self.reasons[row]
        for reason in ALL_REASONS:
            hit = np.flatnonzero(bits_row & int(reason))
            if hit.size:
                out[reason.code] = [self.action_ids[j] for j in hit]
        return out


class ContactPolicy:
    """Builds the allowed-action mask for batches of customers.

    Args:
        pack: The brand pack (offer eligibility and validity, quiet-hours rules).
        space: The action space.
        config: Caps, cool-downs and column names.
    """

    def __init__(
        self, pack: BrandPack, space: ActionSpace, config: ContactPolicyConfig | None = None
    ) -> None:
        self.pack = pack
        self.space = space
        self.config = config or ContactPolicyConfig()
        self._default_zone = ZoneInfo(pack.brand.default_time_zone)
        self._scopes = region_scopes(pack)  # rules limited to customers of some regions

    def mask(
        self,
        customers: CustomerBatch,
        now: datetime,
        history: SendHistory | None = None,
        suppression: Collection[str] = (),
    ) -> Mask:
        """Compute the mask for ``customers`` at decision time ``now``.

        Args:
            customers: The batch.
            now: Decision time (timezone-aware; naive means UTC).
            history: Past sends for the frequency caps (none when omitted).
            suppression: Customer ids that must not be contacted.

        Returns:
            The :class:`Mask`.
        """
        cfg = self.config
        now = now if now.tzinfo else now.replace(tzinfo=UTC)
        space = self.space
        n, n_channels = customers.n, len(CHANNELS)
        send_day = now.astimezone(self._default_zone).date()
        history = history or SendHistory.empty()

        # ---- per customer × channel -------------------------------------------------------
        chan_bits = np.zeros((n, n_channels + 1), dtype=np.int64)  # last column: "no channel"
        for j, channel in enumerate(CHANNELS):
            consent = consented(
                customers.get(cfg.consent_columns.get(channel, f"consent_{channel}")), n
            )
            chan_bits[~consent, j] |= Reason.NO_CONSENT
            left = truthy(customers.get(f"unsubscribed_{channel}"), n)
            chan_bits[left, j] |= Reason.UNSUBSCRIBED
            complained = truthy(customers.get(f"complained_{channel}"), n)
            chan_bits[complained, j] |= Reason.COMPLAINED
            address_column = cfg.address_columns.get(channel)
            addresses = customers.get(address_column) if address_column else None
            if addresses is not None:
                present = np.fromiter(
                    (isinstance(v, str) and bool(v.strip()) for v in addresses), bool, n
                )
                chan_bits[~present, j] |= Reason.NO_ADDRESS
        for channel, cap in cfg.channel_caps.items():
            j = CHANNELS.index(channel)
            counts = history.counts(customers.ids, now, cap.days)[:, j]
            chan_bits[counts >= cap.max_sends, j] |= Reason.CHANNEL_CAP
        for channel, most in cfg.daily_caps.items():
            j = CHANNELS.index(channel)
            counts = history.counts(customers.ids, now, 1)[:, j]
            chan_bits[counts >= most, j] |= Reason.DAILY_CAP
        zone_keys, zones, known = self._zones(customers.get(cfg.time_zone_column), n)
        regions = self._regions(customers, n) if self._scopes else None
        rule_blocks: list[RuleBlock] = []
        for j, channel in enumerate(CHANNELS):
            blocks = np.full(n, channel == "sms" and cfg.sms_requires_time_zone, dtype=bool)
            for rule in self._quiet_rules(send_day, channel):
                if rule.params.block_unknown_time_zone:
                    covered = self._covered(rule, regions, n)
                    blocks |= covered
                    if not known[covered].all():
                        on_channel = space.channel_index == j
                        rule_blocks.append(RuleBlock(rule.id, covered & ~known, on_channel))
            chan_bits[~known & blocks, j] |= Reason.UNKNOWN_TIME_ZONE

        # ---- per customer ------------------------------------------------------------------
        cust_bits = np.zeros(n, dtype=np.int64)
        if cfg.overall_cap is not None:
            total = history.counts(customers.ids, now, cfg.overall_cap.days).sum(axis=1)
            cust_bits[total >= cfg.overall_cap.max_sends] |= Reason.OVERALL_CAP
        suppressed = truthy(customers.get(cfg.suppressed_column), n)
        if suppression:
            listed = set(suppression)
            suppressed |= np.fromiter((c in listed for c in customers.ids), bool, n)
        cust_bits[suppressed] |= Reason.SUPPRESSED
        cust_bits[truthy(customers.get(cfg.objected_column), n)] |= Reason.OBJECTED
        if cfg.unsubscribed_at_column:
            unsub_days = days_since(customers.get(cfg.unsubscribed_at_column), n, now)
            cust_bits[unsub_days < cfg.unsubscribe_cooldown_days] |= Reason.RECENT_UNSUBSCRIBE
        if cfg.complained_at_column:
            complaint_days = days_since(customers.get(cfg.complained_at_column), n, now)
            cust_bits[complaint_days < cfg.complaint_cooldown_days] |= Reason.RECENT_COMPLAINT
        if cfg.minimum_age is not None:
            ages = customers.get(cfg.age_column)
            if ages is not None:
                numbers = as_float(ages)
                with np.errstate(invalid="ignore"):
                    cust_bits[numbers < cfg.minimum_age] |= Reason.UNDER_AGE

        # ---- per customer × offer ----------------------------------------------------------
        offer_bits = np.zeros((n, len(space.offers) + 1), dtype=np.int64)
        for k, offer in enumerate(space.offers):
            if not offer.is_valid_on(send_day):
                offer_bits[:, k] |= Reason.OFFER_NOT_VALID
            eligible = np.ones(n, dtype=bool)
            for condition in offer.eligibility:
                eligible &= evaluate_condition(condition, customers.get(condition.field), n)
            offer_bits[~eligible, k] |= Reason.INELIGIBLE

        # ---- per channel × window (quiet hours) and customer × window (passed) -------------
        n_windows = len(space.windows)
        quiet = np.zeros((n_channels + 1, n_windows + 1), dtype=np.int64)
        scoped_quiet: list[RuleBlock] = []
        for j, channel in enumerate(CHANNELS):
            for rule in self._quiet_rules(send_day, channel):
                overlap = np.zeros(n_windows + 1, dtype=bool)
                for w, window in enumerate(space.windows):
                    overlap[w] = window.overlaps_quiet_hours(rule.params.start, rule.params.end)
                if not overlap.any():
                    continue
                actions = (space.channel_index == j) & overlap[space.window_index]
                block = RuleBlock(rule.id, self._covered(rule, regions, n), actions)
                rule_blocks.append(block)
                if rule.id in self._scopes:
                    scoped_quiet.append(block)
                else:
                    quiet[j, overlap] |= Reason.QUIET_HOURS
            hours = cfg.send_hours.get(channel)
            if hours is not None:
                for w, window in enumerate(space.windows):
                    if window.start_hour < hours[0] or window.end_hour > hours[1]:
                        quiet[j, w] |= Reason.OUTSIDE_SEND_WINDOW
        window_bits = np.zeros((n, n_windows + 1), dtype=np.int64)
        if not cfg.roll_over_windows:
            local_minutes = self._local_minutes(now, zone_keys, zones)
            for w, window in enumerate(space.windows):
                window_bits[local_minutes >= window.end_hour * 60, w] |= Reason.WINDOW_PASSED

        ch, of, wi = space.channel_index, space.offer_index, space.window_index
        reasons = (
            chan_bits[:, ch]
            | offer_bits[:, of]
            | quiet[ch, wi][None, :]
            | window_bits[:, wi]
            | cust_bits[:, None]
        )
        for block in scoped_quiet:
            reasons[np.ix_(block.customers, block.actions)] |= Reason.QUIET_HOURS
        reasons[:, ~np.array([a.is_message for a in space.actions])] = 0
        return Mask(
            allowed=reasons == 0,
            reasons=reasons,
            action_ids=tuple(space.ids),
            rule_blocks=tuple(rule_blocks),
        )

    def _quiet_rules(self, day: date, channel: str) -> list[Any]:
        return [r for r in self.pack.rules_in_force(day, channel) if r.kind == "quiet_hours"]

    def _regions(self, customers: CustomerBatch, n: int) -> np.ndarray:
        """Per customer the region region-scoped rules read (None when not known).

        The first of :attr:`ContactPolicyConfig.region_columns` holding text wins, as the
        guardrail's ``recipient.region`` is the row's region, else its country.
        """
        out = np.full(n, None, dtype=object)
        for name in reversed(self.config.region_columns):
            column = customers.get(name)
            if column is None:
                continue
            for i, value in enumerate(column):
                if isinstance(value, str) and value.strip():
                    out[i] = value.strip()
        return out

    def _covered(self, rule: Rule, regions: np.ndarray | None, n: int) -> np.ndarray:
        """Per customer, whether ``rule`` applies to them (every customer for an unscoped rule).

        Args:
            rule: A pack rule.
            regions: Per customer the region (:meth:`_regions`); None when no rule is scoped.
            n: The number of customers.
        """
        scope: RegionScope | None = self._scopes.get(rule.id)
        if scope is None or regions is None:
            return np.ones(n, dtype=bool)
        verdicts = {region: scope.covers(region) for region in set(regions.tolist())}
        return np.fromiter((verdicts[region] for region in regions), bool, n)

    def _zones(
        self, column: np.ndarray | None, n: int
    ) -> tuple[np.ndarray, dict[str, ZoneInfo], np.ndarray]:
        """Per customer a zone key, the zones by key, and whether the zone is known."""
        if column is None:
            return np.full(n, "", dtype=object), {}, np.zeros(n, dtype=bool)
        keys = np.asarray([v if isinstance(v, str) else "" for v in column], dtype=object)
        zones: dict[str, ZoneInfo] = {}
        for key in set(keys.tolist()):
            if not key:
                continue
            try:
                zones[key] = ZoneInfo(key)
            except (ZoneInfoNotFoundError, ValueError):
                continue
        known = np.fromiter((k in zones for k in keys), bool, n)
        return keys, zones, known

    def _local_minutes(
        self, now: datetime, keys: np.ndarray, zones: dict[str, ZoneInfo]
    ) -> np.ndarray:
        """Minutes since local midnight per customer (brand zone when the zone is unknown)."""
        default_local = now.astimezone(self._default_zone)
        out = np.full(len(keys), default_local.hour * 60 + default_local.minute, dtype=np.int64)
        for key, zone in zones.items():
            local = now.astimezone(zone)
            out[keys == key] = local.hour * 60 + local.minute
        return out


__all__ = [
    "ContactPolicy",
    "ContactPolicyConfig",
    "FrequencyCap",
    "Mask",
    "Reason",
    "RuleBlock",
    "SendHistory",
    "evaluate_condition",
    "reason_codes",
]
