"""Inside ``app/``: the workspace serves the CLI and the web, which never import each other's code.

``app/workspace`` holds the domain functions both front ends share, so it imports neither
``app/cli`` nor ``app/web``; the web never imports a CLI module (and the reverse only where the
CLI starts the web server). The LangGraph server adapters (``app/server``) use the workspace and
the web's user and token stores, never the CLI.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[3] / "app"

FORBIDDEN = {
    "workspace": {"cli", "web", "server"},
    "web": {"cli", "server"},
    "server": {"cli"},
}
"""Per ``app`` subpackage, the sibling subpackages it must not import."""


def _imported_app_parts(path: Path) -> set[str]:
    """The ``nextbest.app.<part>`` subpackages a module imports (anywhere in it)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
            if node.module == "nextbest.app":
                names = [f"nextbest.app.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[:2] == ["nextbest", "app"] and len(parts) > 2:
                found.add(parts[2])
    return found


@pytest.mark.parametrize("part", sorted(FORBIDDEN))
def test_app_subpackages_import_only_what_they_may(part: str) -> None:
    offenders = {
        str(path.relative_to(APP)): sorted(_imported_app_parts(path) & FORBIDDEN[part])
        for path in (APP / part).rglob("*.py")
        if _imported_app_parts(path) & FORBIDDEN[part]
    }
    assert offenders == {}


def test_the_check_sees_a_forbidden_import(tmp_path: Path) -> None:
    module = tmp_path / "leak.py"
    module.write_text("from nextbest.app.cli.options import HomeOption\nimport nextbest.app.web\n")
    assert _imported_app_parts(module) == {"cli", "web"}
