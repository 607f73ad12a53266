"""``nextbest --help`` imports the command line only, not what the commands run.

The command modules import their heavy dependencies (graphs, vector store, LLM clients, DuckDB,
Ray, numpy, templates) inside the commands; commands defined outside ``app/cli`` are mounted
lazily (:mod:`nextbest.app.cli.lazy`). These tests check it structurally, in a fresh
interpreter: which packages are in ``sys.modules`` after importing the CLI or printing its help.
Outside the CLI, the brand store opens Chroma on first vector use, the guardrail imports its LLM
judge only to run one, and the eval commands import the runtime when they run.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from nextbest.app.cli.lazy import lazy_group
from nextbest.brand_context.ingest import sample_pack_path
from nextbest.brand_context.workspace import Workspace

HEAVY = {
    "chromadb",
    "duckdb",
    "fastapi",
    "jinja2",
    "langchain_core",
    "langgraph",
    "llama_cpp",
    "numpy",
    "openai",
    "ray",
    "scipy",
    "uvicorn",
}
"""Top-level packages only some commands need; none may load with the CLI itself."""

ENGINE = ("nextbest.agents", "nextbest.evals", "nextbest.tools", "nextbest.app.workspace")
"""Packages of the engine and the harness: imported by a command when it runs, not before."""


def _loaded_after(code: str) -> list[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    probe = code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    loaded: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def _offenders(loaded: list[str]) -> list[str]:
    heavy = sorted({name.split(".")[0] for name in loaded} & HEAVY)
    engine = sorted(name for name in loaded if name.startswith(ENGINE))
    return heavy + engine


def test_importing_the_cli_loads_no_heavy_package() -> None:
    assert _offenders(_loaded_after("import nextbest.app.cli.main")) == []


@pytest.mark.parametrize("args", [["--help"], ["kb", "--help"], ["check", "--help"]])
def test_help_loads_no_heavy_package(args: list[str]) -> None:
    code = textwrap.dedent(
        f"""
        from typer.testing import CliRunner
        from nextbest.app.cli.main import app
        result = CliRunner().invoke(app, {args!r})
        assert result.exit_code == 0, result.output
        """
    )
    assert _offenders(_loaded_after(code)) == []


RUNTIME = HEAVY - {"numpy"}
"""What a command's help or a light command must not load (the brand store's index uses numpy)."""


def _heavy(loaded: list[str]) -> list[str]:
    return sorted({name.split(".")[0] for name in loaded} & RUNTIME)


@pytest.mark.parametrize(
    "args",
    [
        ["eval", "--help"],
        ["eval", "ope", "--help"],
        ["eval", "writer", "--help"],
        ["eval", "guardrail", "--help"],
        ["sample", "--help"],
        ["sample", "feedback", "--help"],
    ],
)
def test_eval_and_sample_help_load_no_runtime(args: list[str]) -> None:
    code = textwrap.dedent(
        f"""
        from typer.testing import CliRunner
        from nextbest.app.cli.main import app
        result = CliRunner().invoke(app, {args!r})
        assert result.exit_code == 0, result.output
        """
    )
    assert _heavy(_loaded_after(code)) == []


@pytest.mark.parametrize(
    ("module", "absent"),
    [
        ("nextbest.brand_context.store", {"chromadb", "onnxruntime"}),
        ("nextbest.agents.guardrail", {"openai", "jinja2", "chromadb"}),
        ("nextbest.app.workspace.proposals", {"chromadb", "scipy", "openai", "langgraph"}),
    ],
)
def test_modules_leave_optional_parts_to_their_use(module: str, absent: set[str]) -> None:
    loaded = {name.split(".")[0] for name in _loaded_after(f"import {module}")}
    assert loaded & absent == set()


@pytest.mark.parametrize("args", [["kb", "list"], ["kb", "history"], ["proposals", "list"]])
def test_reading_the_history_opens_no_vector_store(workspace: Workspace, args: list[str]) -> None:
    code = textwrap.dedent(
        f"""
        from typer.testing import CliRunner
        from nextbest.app.cli.main import app
        result = CliRunner().invoke(app, {[*args, "--home", str(workspace.home)]!r})
        assert result.exit_code == 0, result.output
        """
    )
    assert {"chromadb", "onnxruntime"} & set(_loaded_after(code)) == set()


def test_checking_without_a_judge_loads_no_llm_client() -> None:
    pack = str(sample_pack_path())
    args = ["check", "--text", "Hello", "--channel", "sms", "--copy-only", "--pack", pack]
    code = textwrap.dedent(
        f"""
        from typer.testing import CliRunner
        from nextbest.app.cli.main import app
        result = CliRunner().invoke(app, {args!r})
        assert result.exit_code in (0, 1), result.output
        """
    )
    loaded = _loaded_after(code)
    assert "nextbest.tools.compliance.engine" in loaded  # the check did run
    assert {"openai", "langgraph", "chromadb"} & {name.split(".")[0] for name in loaded} == set()


def test_the_probe_sees_a_heavy_import() -> None:
    assert "numpy" in _offenders(_loaded_after("import numpy"))
    assert "nextbest.tools.consent" in _offenders(_loaded_after("import nextbest.tools.consent"))


def test_values_repeated_for_speed_equal_their_source() -> None:
    from nextbest.agents.local_llm import LLM_ENV
    from nextbest.app.cli import main, options
    from nextbest.app.workspace.feedback_learning import DEFAULT_ATTRIBUTION_DAYS
    from nextbest.evals.cli import app as evals_app

    assert options.LLM_ENV == LLM_ENV
    assert options.DEFAULT_ATTRIBUTION_DAYS == DEFAULT_ATTRIBUTION_DAYS
    assert evals_app.info.help == main.EVAL_HELP


def test_lazily_mounted_commands_are_listed_and_run() -> None:
    from nextbest.app.cli.main import app

    runner = CliRunner()
    listing = runner.invoke(app, ["eval", "--help"])
    assert listing.exit_code == 0, listing.output
    for name in ("guardrail", "ope", "writer"):
        assert name in listing.output
    sample = runner.invoke(app, ["sample", "--help"])
    assert sample.exit_code == 0, sample.output
    assert "customers" in sample.output and "feedback" in sample.output
    ope = runner.invoke(app, ["eval", "ope", "--help"])
    assert ope.exit_code == 0, ope.output
    assert "Usage:" in ope.output


def _write_module(folder: Path, name: str) -> None:
    (folder / f"{name}.py").write_text(
        textwrap.dedent(
            """
            import typer

            app = typer.Typer()


            def greet(who: str = typer.Option("world", "--who")) -> None:
                \"\"\"Say hello.\"\"\"
                typer.echo(f"hello {who}")


            @app.command("count")
            def count(upto: int = typer.Argument(3)) -> None:
                \"\"\"Count up.\"\"\"
                typer.echo(" ".join(str(n) for n in range(1, upto + 1)))


            @app.command("shout")
            def shout(word: str) -> None:
                \"\"\"Shout a word.\"\"\"
                typer.echo(word.upper())
            """
        )
    )


def test_lazy_group_imports_a_command_only_when_it_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_module(tmp_path, "orchard_greetings")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "orchard_greetings", raising=False)

    def loader() -> Any:
        return importlib.import_module("orchard_greetings").greet

    cli = typer.Typer(cls=lazy_group(commands={"greet": loader}))

    @cli.callback()
    def group() -> None:
        """A group (a lone command would be run without a group)."""

    @cli.command("local")
    def local() -> None:
        """A command of the group itself."""
        typer.echo("local ran")

    runner = CliRunner()
    ran = runner.invoke(cli, ["local"])
    assert ran.exit_code == 0, ran.output
    assert "orchard_greetings" not in sys.modules

    greeted = runner.invoke(cli, ["greet", "--who", "Ada"])
    assert greeted.exit_code == 0, greeted.output
    assert greeted.output.strip() == "hello Ada"
    assert "orchard_greetings" in sys.modules

    listing = runner.invoke(cli, ["--help"])
    assert listing.output.index("local") < listing.output.index("greet")
    assert "Say hello." in listing.output


def test_lazy_group_mounts_every_command_of_an_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_module(tmp_path, "orchard_counting")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "orchard_counting", raising=False)
    root = typer.Typer()

    def loader() -> Any:
        return importlib.import_module("orchard_counting").app

    tally = typer.Typer(help="Counting words.", cls=lazy_group(apps=(loader,)))
    root.add_typer(tally, name="tally")

    @root.command("noop")
    def noop() -> None:
        """Do nothing."""

    runner = CliRunner()
    listing = runner.invoke(root, ["--help"])
    assert listing.exit_code == 0, listing.output
    assert "Counting words." in listing.output
    assert "orchard_counting" not in sys.modules

    counted = runner.invoke(root, ["tally", "count", "4"])
    assert counted.exit_code == 0, counted.output
    assert counted.output.strip() == "1 2 3 4"
    shouted = runner.invoke(root, ["tally", "shout", "pear"])
    assert shouted.output.strip() == "PEAR"
    unknown = runner.invoke(root, ["tally", "nothing"])
    assert unknown.exit_code != 0
