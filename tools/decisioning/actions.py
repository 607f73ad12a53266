"""The action space: offer × channel × send window, plus "no message".

An action is what the policy chooses for one customer. Every send action names an offer from the
brand pack, a channel the offer and the brand both allow, and a send window in the customer's
local time. The action ``no_message`` is always part of the space, is never masked, and is scored
like any other action, so "send nothing" wins whenever it is worth more.

Actions are indexed ``0 .. n_actions - 1``; index 0 is always ``no_message``. The space also
exposes its *factors* (offer, channel and window level of every action, with a dedicated "none"
level for ``no_message``), which the shared bandit model crosses with the customer context.
"""

from __future__ import annotations

from datetime import date, time
from functools import cached_property

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

from nextbest.brand_context.models import CHANNELS, BrandPack, Channel, Offer

NO_MESSAGE = "no_message"
"""Id of the action that sends nothing."""


class SendWindow(BaseModel):
    """A named range of local hours in which a message is delivered, e.g. morning 08–11.

    The window covers ``[start_hour, end_hour)`` in the customer's local time zone.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z][a-z0-9_]{0,31}$", description="Slug, e.g. 'morning'.")
    start_hour: int = Field(ge=0, le=23, description="First local hour of the window.")
    end_hour: int = Field(ge=1, le=24, description="Local hour the window ends (exclusive).")

    @model_validator(mode="after")
    def _ordered(self) -> SendWindow:
        if self.end_hour <= self.start_hour:
            raise ValueError(
                f"send window {self.name!r}: end_hour must be after start_hour "
                "(windows do not cross midnight)"
            )
        return self

    @property
    def start(self) -> time:
        """Local start time."""
        return time(self.start_hour)

    def overlaps_quiet_hours(self, quiet_start: time, quiet_end: time) -> bool:
        """Whether any minute of the window falls inside quiet hours.

        Quiet hours may wrap midnight (e.g. 21:00 → 08:00).

        Args:
            quiet_start: Local time quiet hours begin.
            quiet_end: Local time quiet hours end.

        Returns:
            True when the window and the quiet period share at least one minute.
        """
        start = self.start_hour * 60
        end = self.end_hour * 60
        q_start = quiet_start.hour * 60 + quiet_start.minute
        q_end = quiet_end.hour * 60 + quiet_end.minute
        if q_start == q_end:
            return False
        quiet = [(q_start, q_end)] if q_start < q_end else [(q_start, 24 * 60), (0, q_end)]
        return any(start < q_e and q_s < end for q_s, q_e in quiet)


DEFAULT_WINDOWS: tuple[SendWindow, ...] = (
    SendWindow(name="morning", start_hour=8, end_hour=11),
    SendWindow(name="midday", start_hour=11, end_hour=14),
    SendWindow(name="evening", start_hour=17, end_hour=20),
    SendWindow(name="night", start_hour=20, end_hour=23),
)
"""Four windows used when a run config names none."""


class Action(BaseModel):
    """One choosable action."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    offer_id: str | None = None
    channel: Channel | None = None
    window: str | None = None

    @property
    def is_message(self) -> bool:
        """False only for ``no_message``."""
        return self.offer_id is not None


class ActionSpace:
    """An ordered, immutable set of actions with their factor levels.

    Build it with :meth:`from_pack`; index 0 is ``no_message``.

    Args:
        offers: The offers in the space (their order fixes action order).
        channels: Channels per offer (same order as ``offers``).
        windows: Send windows.
    """

    def __init__(
        self,
        offers: list[Offer],
        channels: dict[str, list[Channel]],
        windows: tuple[SendWindow, ...] | list[SendWindow],
    ) -> None:
        if len({w.name for w in windows}) != len(windows):
            raise ValueError("send window names must be unique")
        self.offers: tuple[Offer, ...] = tuple(offers)
        self.windows: tuple[SendWindow, ...] = tuple(windows)
        actions = [Action(id=NO_MESSAGE)]
        for offer in self.offers:
            for channel in channels[offer.id]:
                for window in self.windows:
                    actions.append(
                        Action(
                            id=f"{offer.id}:{channel}:{window.name}",
                            offer_id=offer.id,
                            channel=channel,
                            window=window.name,
                        )
                    )
        self.actions: tuple[Action, ...] = tuple(actions)
        self._index = {a.id: i for i, a in enumerate(self.actions)}

    @classmethod
    def from_pack(
        cls,
        pack: BrandPack,
        windows: tuple[SendWindow, ...] | list[SendWindow] = DEFAULT_WINDOWS,
        day: date | None = None,
    ) -> ActionSpace:
        """Build the space from a brand pack and the run's send windows.

        Args:
            pack: The brand pack; its active offers and the brand's channels are used.
            windows: Send windows of the run.
            day: When given, only offers valid on that day are included. Without it every
                active offer is included, and the contact policy masks offers that are not valid
                on the send date (this keeps the space stable across days, which a learning
                policy needs).

        Returns:
            The action space. Offers with no channel shared with the brand are left out.
        """
        brand_channels = set(pack.brand.channels)
        offers: list[Offer] = []
        channels: dict[str, list[Channel]] = {}
        for offer in pack.offers:
            usable = offer.is_valid_on(day) if day is not None else offer.status == "active"
            if not usable:
                continue
            chosen = [c for c in CHANNELS if c in offer.channels and c in brand_channels]
            if chosen:
                offers.append(offer)
                channels[offer.id] = chosen
        return cls(offers, channels, windows)

    def __len__(self) -> int:
        return len(self.actions)

    @property
    def ids(self) -> list[str]:
        """Action ids in index order."""
        return [a.id for a in self.actions]

    def index(self, action_id: str) -> int:
        """The index of ``action_id``.

        Raises:
            KeyError: The action is not in the space.
        """
        try:
            return self._index[action_id]
        except KeyError:
            raise KeyError(f"unknown action {action_id!r}") from None

    def offer(self, offer_id: str) -> Offer:
        """The offer with ``offer_id`` (must be in the space)."""
        return next(o for o in self.offers if o.id == offer_id)

    @cached_property
    def offer_index(self) -> np.ndarray:
        """Per action, the offer's position in :attr:`offers`; ``len(offers)`` for no message."""
        pos = {o.id: i for i, o in enumerate(self.offers)}
        return np.array(
            [pos[a.offer_id] if a.offer_id else len(self.offers) for a in self.actions],
            dtype=np.int64,
        )

    @cached_property
    def channel_index(self) -> np.ndarray:
        """Per action, the channel's position in ``CHANNELS``; ``len(CHANNELS)`` for none."""
        pos = {c: i for i, c in enumerate(CHANNELS)}
        return np.array(
            [pos[a.channel] if a.channel else len(CHANNELS) for a in self.actions],
            dtype=np.int64,
        )

    @cached_property
    def window_index(self) -> np.ndarray:
        """Per action, the window's position in :attr:`windows`; ``len(windows)`` for none."""
        pos = {w.name: i for i, w in enumerate(self.windows)}
        return np.array(
            [pos[a.window] if a.window else len(self.windows) for a in self.actions],
            dtype=np.int64,
        )

    def factors(self) -> list[np.ndarray]:
        """Factor levels per action (offer, channel, window), each ``(n_actions,)`` int array.

        The shared (action ⊗ context) policy learns one weight vector per factor level and adds
        them, so what it learns about "SMS" or "evening" carries over between offers.
        """
        return [self.offer_index, self.channel_index, self.window_index]

    def offers_valid_on(self, day: date) -> np.ndarray:
        """Boolean ``(n_actions,)``: the action's offer is valid on ``day`` (always for none)."""
        valid = [o.is_valid_on(day) for o in self.offers] + [True]
        return np.asarray(np.asarray(valid, dtype=bool)[self.offer_index])
