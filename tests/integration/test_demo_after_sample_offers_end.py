"""`nextbest demo` on a fresh machine after the bundled sample's offers have all ended."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nextbest.app.cli import release
from nextbest.app.cli.main import app
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.offer_calendar import offer_day

runner = CliRunner()


def _after_every_sample_offer() -> datetime:
    ends = [o.valid_until for o in load_pack(sample_pack_path()).offers if o.valid_until]
    return datetime.combine(max(ends) + timedelta(days=400), datetime.min.time(), UTC)


class _Clock(datetime):
    """A datetime whose now() is a day after every sample offer has ended."""

    @classmethod
    def now(cls, tz: object = None) -> _Clock:  # type: ignore[override]
        moment = _after_every_sample_offer().replace(hour=17)
        return cls.fromtimestamp(moment.timestamp(), UTC)


def test_demo_runs_as_of_the_sample_offer_day_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(release, "datetime", _Clock)
    home = tmp_path / "ws"
    result = runner.invoke(app, ["demo", "--customers", "12", "--home", str(home)])
    assert result.exit_code == 0, result.output
    day = offer_day(load_pack(sample_pack_path()), _after_every_sample_offer().date())
    assert day.isoformat() in result.output
    assert "no offer of the bundled sample brand is valid today" in result.output
    outbox = [json.loads(x) for x in (home / "outbox.jsonl").read_text().splitlines()]
    assert outbox, "the demo released nothing"
    for line in outbox:  # decided as of that day: sent in its send windows, not years later
        sent = datetime.fromisoformat(line["send_time"]).date()
        assert day <= sent <= day + timedelta(days=2), line["send_time"]


def test_demo_with_now_is_not_moved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(release, "datetime", _Clock)
    home = tmp_path / "ws"
    result = runner.invoke(
        app,
        ["demo", "--customers", "3", "--now", "2026-11-24T17:00:00+00:00", "--home", str(home)],
    )
    assert result.exit_code == 0, result.output
    assert "no offer of the bundled sample brand" not in result.output
