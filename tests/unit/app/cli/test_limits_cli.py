"""``nextbest limits``: show the limits in force; a proposal binds only after another approves."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner

from nextbest.app.cli.main import app

runner = CliRunner()


def test_limits_are_proposed_by_compliance_and_bind_after_another_approves(
    tmp_path: Path, sample_home: Callable[[Path], Path]
) -> None:
    home = str(sample_home(tmp_path / "ws"))
    shown = runner.invoke(app, ["limits", "show", "--home", home])
    assert shown.exit_code == 0 and "none approved" in shown.output
    loose = tmp_path / "loose.yaml"
    loose.write_text("max_sends_per_week: {sms: 9}\n")
    refused = runner.invoke(
        app, ["limits", "propose", str(loose), "--reason", "r", "--as", "ana", "--home", home]
    )
    assert refused.exit_code == 2 and "above the ceiling of 4" in " ".join(refused.output.split())
    assert "Traceback" not in refused.output
    tight = tmp_path / "tight.yaml"
    tight.write_text(
        "max_sends_per_week: {sms: 2}\nsend_window: {start_hour: 9, end_hour: 20}\n"
        "reason: two SMS a week\n"
    )
    as_marketer = ["--as", "mia", "--role", "marketer", "--home", home]
    denied = runner.invoke(app, ["limits", "propose", str(tight), "--reason", "r", *as_marketer])
    assert denied.exit_code == 1 and "compliance or higher" in " ".join(denied.output.split())
    made = runner.invoke(
        app, ["limits", "propose", str(tight), "--reason", "policy", "--as", "ana", "--home", home]
    )
    assert made.exit_code == 0, made.output
    own = runner.invoke(
        app, ["proposals", "approve", "1", "--as", "ana", "--role", "compliance", "--home", home]
    )
    assert own.exit_code == 1
    ok = runner.invoke(
        app, ["proposals", "approve", "1", "--as", "ben", "--role", "admin", "--home", home]
    )
    assert ok.exit_code == 0, ok.output
    after = runner.invoke(app, ["limits", "show", "--home", home, "--json"])
    assert '"version": 1' in after.output and '"start_hour": 9' in after.output
