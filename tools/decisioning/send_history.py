"""Past sends, for frequency caps: who got a message on which channel, and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import numpy as np

from nextbest.brand_context.models import CHANNELS
from nextbest.tools.decisioning.customer_values import to_utc_naive


@dataclass(frozen=True)
class SendHistory:
    """Past sends, one entry per message: who, on which channel, when (UTC).

    Attributes:
        customer_id: Customer ids, ``(m,)``.
        channel: Channel names, ``(m,)``.
        sent_at: Send times as ``datetime64[s]`` in UTC, ``(m,)``.
    """

    customer_id: np.ndarray
    channel: np.ndarray
    sent_at: np.ndarray

    @classmethod
    def empty(cls) -> SendHistory:
        """No past sends."""
        return cls(
            np.array([], dtype=object), np.array([], dtype=object), np.array([], "datetime64[s]")
        )

    @classmethod
    def from_records(cls, records: list[tuple[str, str, datetime]]) -> SendHistory:
        """Build from ``(customer_id, channel, sent_at)`` tuples."""
        if not records:
            return cls.empty()
        ids, channels, times = zip(*records, strict=True)
        return cls(
            np.asarray(ids, dtype=object),
            np.asarray(channels, dtype=object),
            np.array([to_utc_naive(t) for t in times], dtype="datetime64[s]"),
        )

    def plus(self, records: list[tuple[str, str, datetime]]) -> SendHistory:
        """This history and more sends (e.g. the customer table's own last-contact dates)."""
        more = SendHistory.from_records(records)
        return SendHistory(
            np.concatenate([self.customer_id, more.customer_id]),
            np.concatenate([self.channel, more.channel]),
            np.concatenate([self.sent_at, more.sent_at]),
        )

    def counts(self, customer_ids: np.ndarray, now: datetime, days: int) -> np.ndarray:
        """Sends per customer and channel over the last ``days`` days.

        Args:
            customer_ids: The batch's ids, ``(n,)``.
            now: The decision time.
            days: Look-back in days.

        Returns:
            ``(n, len(CHANNELS))`` int counts.
        """
        n = len(customer_ids)
        out = np.zeros((n, len(CHANNELS)), dtype=np.int64)
        if len(self.customer_id) == 0:
            return out
        since = np.datetime64(to_utc_naive(now), "s") - np.timedelta64(days, "D")
        recent = self.sent_at >= since
        position = {cid: i for i, cid in enumerate(customer_ids)}
        rows = np.fromiter((position.get(c, -1) for c in self.customer_id[recent]), np.int64)
        chan = {c: i for i, c in enumerate(CHANNELS)}
        cols = np.fromiter((chan.get(c, -1) for c in self.channel[recent]), np.int64)
        keep = (rows >= 0) & (cols >= 0)
        np.add.at(out, (rows[keep], cols[keep]), 1)
        return out
