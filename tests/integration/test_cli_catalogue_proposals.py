"""Products and standing statements through maker–checker on the command line (issue 17).

With users, `nextbest kb add product|statement` (and edit, retire) proposes; another signed-in
user approves with `nextbest proposals approve`; `nextbest check` then reads the pack in force,
where the product's list price is a plain price and the statement is allowed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nextbest.app.cli.main import app
from nextbest.app.web.tokens import PREFIX
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace

PASSWORDS = {"root": "root-password-1", "ana": "ana-password-12", "ben": "ben-password-12"}
CHECK = ("check", "--channel", "email", "--subject", "News", "--copy-only", "--json")


@pytest.fixture
def cli(tmp_path: Path, home: Path):  # noqa: ANN201 - a small callable
    credentials = tmp_path / "config" / "credentials.json"

    def invoke(*args: str, token: str = "", stdin: str | None = None, code: int = 0) -> str:
        result = CliRunner().invoke(
            app,
            [*args, "--home", str(home)],
            input=stdin,
            env={"NEXTBEST_CREDENTIALS": str(credentials), "NEXTBEST_TOKEN": token},
        )
        assert result.exit_code == code, result.output
        return result.output

    return invoke


def _fired(output: str) -> set[str]:
    """Rule ids fired (the bare copy also lacks the footer: other e-mail rules block too)."""
    return {v["rule_id"] for v in json.loads(output)["verdict"]["violations"]}


def _entry(home: Path, kind: str, entry_id: str) -> dict:
    store = BrandStore(Workspace(home))
    try:
        return dict(store.get(kind, entry_id))
    finally:
        store.close()


def test_products_and_statements_are_proposed_and_approved_on_the_command_line(
    cli, home: Path
) -> None:
    cli("users", "add", "root", "--role", "admin", "--password-stdin", stdin="root-password-1\n")
    cli("login", "root", "--password-stdin", stdin=PASSWORDS["root"] + "\n")
    for name in ("ana", "ben"):
        cli("users", "add", name, "--role", "compliance", "--password-stdin",
            stdin=PASSWORDS[name] + "\n")  # fmt: skip
    ben = next(
        line
        for line in cli("users", "token", "create", "ben").splitlines()
        if line.startswith(PREFIX)
    )
    cli("login", "ana", "--password-stdin", stdin=PASSWORDS["ana"] + "\n")
    kit = "The Glow Kit is just $42."
    assert "ftc-offer-terms" in _fired(cli(*CHECK, "--text", kit, code=1))

    product = cli("kb", "add", "product", "--set", "id=glow-kit", "--set", "name=Glow Kit",
                  "--set", "list_price=42", "--set", "currency=USD", "-m", "gift set")  # fmt: skip
    assert re.search(r"proposal #1 .* waits for another user's approval", product)
    statement = cli("kb", "add", "statement", "--set", "id=gift-wrap",
                    "--set", "text=Free gift wrapping on every order.", "-m", "policy")  # fmt: skip
    assert re.search(r"proposal #2 .* waits", statement)
    assert "ftc-offer-terms" in _fired(cli(*CHECK, "--text", kit, code=1))  # not yet in force

    assert "refused" in cli("proposals", "approve", "1", code=1)  # not the maker
    assert "approved" in cli("proposals", "approve", "1", token=ben)
    assert "approved" in cli("proposals", "approve", "2", token=ben)
    assert _entry(home, "product", "glow-kit")["list_price"] == 42
    assert "ftc-offer-terms" not in _fired(cli(*CHECK, "--text", kit, code=1))
    wrapping = "Free gift wrapping on every order."
    assert "ftc-offer-terms" not in _fired(cli(*CHECK, "--text", wrapping, code=1))

    cheaper = cli("kb", "edit", "product", "glow-kit", "--set", "list_price=38", "-m", "new list")
    assert re.search(r"proposal #3 .* waits", cheaper)
    cli("proposals", "reject", "3", "--reason", "the price list says 42", token=ben)
    assert _entry(home, "product", "glow-kit")["list_price"] == 42
    retire = cli("kb", "retire", "statement", "gift-wrap", "-m", "policy ended")
    assert re.search(r"proposal #4 .* waits", retire)
    cli("proposals", "approve", "4", token=ben)
    assert _entry(home, "statement", "gift-wrap")["status"] == "retired"
    assert "ftc-offer-terms" in _fired(cli(*CHECK, "--text", wrapping, code=1))
