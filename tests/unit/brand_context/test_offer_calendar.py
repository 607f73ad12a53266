"""The day a pack's offers are in force (a demo on a stale bundled pack runs as of it)."""

from __future__ import annotations

from datetime import date

from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.models import BrandPack
from nextbest.brand_context.offer_calendar import busiest_offer_day, offer_day


def _pack_with_offers(*windows: tuple[date | None, date | None]) -> BrandPack:
    """The sample pack with its offers replaced by copies of the first one in these windows."""
    pack = load_pack(sample_pack_path())
    template = pack.offers[0]
    offers = [
        template.model_copy(update={"id": f"o{i}", "valid_from": start, "valid_until": end})
        for i, (start, end) in enumerate(windows)
    ]
    return pack.model_copy(update={"offers": offers})


def test_today_is_kept_while_an_offer_is_valid() -> None:
    pack = _pack_with_offers((date(2027, 1, 1), date(2027, 1, 31)))
    assert offer_day(pack, date(2027, 1, 31)) == date(2027, 1, 31)


def test_after_every_offer_ended_the_busiest_past_day_is_chosen() -> None:
    pack = _pack_with_offers(
        (date(2027, 1, 1), date(2027, 1, 31)),
        (date(2027, 1, 10), date(2027, 1, 20)),
        (date(2027, 1, 15), date(2027, 3, 1)),
    )
    # three offers overlap from 2027-01-15 to 2027-01-20; ties go to the latest day
    assert busiest_offer_day(pack, date(2027, 6, 1)) == date(2027, 1, 20)
    assert offer_day(pack, date(2027, 6, 1)) == date(2027, 1, 20)
    assert len(pack.offers_valid_on(offer_day(pack, date(2027, 6, 1)))) == 3


def test_future_offers_are_not_chosen() -> None:
    pack = _pack_with_offers((date(2027, 1, 1), date(2027, 1, 31)), (date(2028, 1, 1), None))
    assert offer_day(pack, date(2027, 6, 1)) == date(2027, 1, 31)


def test_a_pack_whose_offers_never_started_keeps_today() -> None:
    pack = _pack_with_offers((date(2030, 1, 1), date(2030, 2, 1)))
    assert busiest_offer_day(pack, date(2027, 6, 1)) is None
    assert offer_day(pack, date(2027, 6, 1)) == date(2027, 6, 1)
