"""The README's first command ends in `nextbest quickstart`: it must work offline."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from nextbest.app.cli.main import app

ROOT = Path(__file__).resolve().parents[2]


def test_quickstart_loads_the_sample_and_answers(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["quickstart", "--home", str(tmp_path / "ws")])
    assert result.exit_code == 0, result.output
    assert "Lumen Botanics" in result.output
    assert "clm-refund-60" in result.output
    again = CliRunner().invoke(app, ["quickstart", "--home", str(tmp_path / "ws")])
    assert again.exit_code == 0 and "pack v1" in again.output  # idempotent


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text()
    commands = re.findall(r"^```(?:bash|sh)\n(.+?)\n```", readme, flags=re.M)
    assert len(commands) >= 2, "README starts with two one-line commands"
    main_command, test_command = commands[0], commands[1]
    assert "nextbest" in main_command
    assert test_command in (ROOT / ".ci" / "run").read_text()
