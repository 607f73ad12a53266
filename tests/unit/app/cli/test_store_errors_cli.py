"""A brand-store refusal reached from any command is one line and exit 1, never a traceback."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from nextbest.app.cli.main import app
from nextbest.app.cli.service_errors import EXIT_STORE_REFUSED

runner = CliRunner()


def test_demo_before_the_first_pack_version_is_one_line(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    first = runner.invoke(app, ["demo", "--customers", "2", "--home", str(home)])
    assert first.exit_code == 0, first.output

    result = runner.invoke(
        app, ["demo", "--customers", "2", "--home", str(home), "--now", "2001-01-01T10:00:00"]
    )

    assert result.exit_code == EXIT_STORE_REFUSED
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines[-1].startswith("error:")
    assert "before the first brand pack version" in result.output
