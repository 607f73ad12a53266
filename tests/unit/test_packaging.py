"""The wheel installs one top-level import name, ``nextbest``, and every code folder in it."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CODE_FOLDERS = ("agents", "app", "brand_context", "evals", "tools")


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def test_every_code_folder_is_a_listed_nextbest_subpackage() -> None:
    setuptools = _pyproject()["tool"]["setuptools"]
    assert setuptools["package-dir"] == {f"nextbest.{f}": f for f in CODE_FOLDERS}
    on_disk = {
        "nextbest." + ".".join(init.parent.relative_to(ROOT).parts)
        for folder in CODE_FOLDERS
        for init in (ROOT / folder).rglob("__init__.py")
    }
    assert set(setuptools["packages"]) == on_disk


@pytest.mark.slow
def test_the_wheel_has_one_top_level_name(tmp_path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("nextbest-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top_level = {
        name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")
    }
    assert top_level == {"nextbest"}
    assert "nextbest/agents/prompts/writer_system.j2" in names
    assert "nextbest/app/web/templates/base.j2" in names
    assert "nextbest/brand_context/embedding_model/tokenizer.json" in names
    assert "nextbest/app/workspace/report_templates/report.html.j2" in names
    assert not any(name.startswith(("nextbest/tests/", "tests/")) for name in names)


def test_old_top_level_imports_are_refused_by_the_linter(tmp_path) -> None:
    source = tmp_path / "old_import.py"
    source.write_text('"""A module with an old import."""\n\nfrom agents.graph import graph\n')
    ruff = Path(sys.executable).parent / "ruff"
    done = subprocess.run(
        [
            str(ruff),
            "check",
            "--config",
            str(ROOT / "pyproject.toml"),
            "--select",
            "TID251",
            "--output-format",
            "concise",
            str(source),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert "TID251" in done.stdout and "import nextbest.agents" in done.stdout


LAYERS = ("brand_context", "tools", "agents", "app")
"""From the bottom up: a layer may import the ones below it, never the ones above."""


def _imported_layers(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    found: set[str] = set()
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "nextbest" and len(parts) > 1:
                found.add(parts[1])
    return found


KNOWN_LEAKS = {
    "app/cli/main.py": ["evals"],  # mounts the `nextbest eval …` measurement commands
}
"""Application modules that import measurement code: the CLI mounts the measurement commands."""


@pytest.mark.parametrize("layer", LAYERS)
def test_imports_point_down_only(layer: str) -> None:
    above = set(LAYERS[LAYERS.index(layer) + 1 :]) | {"evals"}
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imported_layers(path) & above)
        for path in (ROOT / layer).rglob("*.py")
        if _imported_layers(path) & above
    }
    expected = {k: v for k, v in KNOWN_LEAKS.items() if k.startswith(f"{layer}/")}
    assert offenders == expected
