from __future__ import annotations

from datetime import date, time

import numpy as np
import pytest
from pydantic import ValidationError

from nextbest.brand_context.models import BrandPack
from nextbest.tools.decisioning.actions import DEFAULT_WINDOWS, NO_MESSAGE, ActionSpace, SendWindow


def test_space_is_offers_times_channels_times_windows_plus_no_message(
    lumen: BrandPack, lumen_space: ActionSpace
) -> None:
    expected = 1 + sum(
        len(set(o.channels) & set(lumen.brand.channels)) * len(DEFAULT_WINDOWS)
        for o in lumen.offers
        if o.status == "active"
    )
    assert len(lumen_space) == expected
    assert lumen_space.ids[0] == NO_MESSAGE
    assert not lumen_space.actions[0].is_message
    assert "off-double-points:email:evening" in lumen_space.ids
    assert not any(i.startswith("off-double-points:sms") for i in lumen_space.ids)


def test_space_for_a_day_keeps_only_offers_valid_that_day(lumen: BrandPack) -> None:
    space = ActionSpace.from_pack(lumen, day=date(2026, 11, 24))
    offers = {a.offer_id for a in space.actions if a.offer_id}
    assert "off-summer-25" not in offers  # ended in August
    assert "off-gift-balm" in offers
    full = ActionSpace.from_pack(lumen)
    valid = full.offers_valid_on(date(2026, 11, 24))
    assert valid[0]  # no message
    assert not valid[full.index("off-summer-25:email:morning")]


def test_factors_have_a_none_level_for_no_message(lumen_space: ActionSpace) -> None:
    offer, channel, window = lumen_space.factors()
    assert offer[0] == len(lumen_space.offers)
    assert channel[0] == 3
    assert window[0] == len(lumen_space.windows)
    a = lumen_space.index("off-winback-20:sms:night")
    assert lumen_space.offers[offer[a]].id == "off-winback-20"
    assert lumen_space.windows[window[a]].name == "night"
    assert len({tuple(x) for x in np.stack(lumen_space.factors(), 1)}) == len(lumen_space)


def test_send_window_overlaps_quiet_hours_across_midnight() -> None:
    night = SendWindow(name="night", start_hour=20, end_hour=23)
    morning = SendWindow(name="morning", start_hour=8, end_hour=11)
    early = SendWindow(name="early", start_hour=6, end_hour=8)
    assert night.overlaps_quiet_hours(time(21), time(8))
    assert not morning.overlaps_quiet_hours(time(21), time(8))
    assert early.overlaps_quiet_hours(time(21), time(8))
    assert not night.overlaps_quiet_hours(time(23), time(6))


def test_send_window_validation() -> None:
    with pytest.raises(ValidationError, match="end_hour must be after start_hour"):
        SendWindow(name="bad", start_hour=22, end_hour=2)


def test_unknown_action_raises(lumen_space: ActionSpace) -> None:
    with pytest.raises(KeyError, match="unknown action"):
        lumen_space.index("nope")
