"""``nextbest users …`` through typer's CliRunner."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from nextbest.app.cli.main import app
from nextbest.app.web.tokens import TokenStore
from nextbest.app.web.users import UserStore
from nextbest.app.workspace.audit import AuditLog
from nextbest.brand_context.workspace import Workspace

runner = CliRunner()


def _run(home: Path, *args: str, stdin: str | None = None):
    return runner.invoke(app, ["users", *args, "--home", str(home)], input=stdin)


def test_users_cli_round_trip(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    result = _run(
        home, "add", "admin", "--role", "admin", "--password-stdin", stdin="a-long-password\n"
    )
    assert result.exit_code == 0, result.output
    assert "added as admin" in result.output
    assert (
        _run(
            home, "add", "ana", "--role", "marketer", stdin="pw-ana-123456\npw-ana-123456\n"
        ).exit_code
        == 0
    )  # hidden prompt, asked twice
    listed = _run(home, "list", "--json")
    assert [u["name"] for u in __import__("json").loads(listed.output)] == ["admin", "ana"]
    assert _run(home, "set-role", "ana", "compliance").exit_code == 0
    assert _run(home, "disable", "ana").exit_code == 0
    users = UserStore(Workspace(home))
    ana = users.get("ana")
    assert ana is not None and ana.disabled and ana.role.label == "compliance"
    assert users.authenticate("admin", "a-long-password") is not None
    assert users.authenticate("ana", "pw-ana-123456") is None  # disabled
    users.close()
    assert _run(home, "enable", "ana").exit_code == 0
    entries = AuditLog(Workspace(home)).entries(target="user:ana")
    assert [e.action for e in entries] == [
        "user.enable",
        "user.disable",
        "user.set_role",
        "user.add",
    ]
    assert all(e.actor.startswith("cli:") for e in entries)


def test_users_cli_refusals(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    weak = _run(home, "add", "bob", "--password-stdin", stdin="short\n")
    assert weak.exit_code == 2 and "too short" in weak.output
    bad_role = _run(
        home, "add", "bob", "--role", "boss", "--password-stdin", stdin="a-long-password\n"
    )
    assert bad_role.exit_code == 2 and "valid roles" in bad_role.output
    _run(home, "add", "root", "--role", "admin", "--password-stdin", stdin="a-long-password\n")
    last = _run(home, "disable", "root")
    assert last.exit_code == 1 and "last enabled admin" in last.output
    assert _run(home, "disable", "ghost").exit_code == 1


def test_token_create_prints_the_secret_once(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    _run(home, "add", "bot", "--role", "viewer", "--password-stdin", stdin="a-long-password\n")
    created = runner.invoke(
        app, ["users", "token", "create", "bot", "--label", "ci", "--home", str(home)]
    )
    assert created.exit_code == 0, created.output
    secret = created.stdout.strip().splitlines()[-1]
    assert secret.startswith("nbt_")
    tokens = TokenStore(Workspace(home))
    assert tokens.resolve(secret).user_name == "bot"
    tokens.close()
    revoked = runner.invoke(app, ["users", "token", "revoke", "1", "--home", str(home)])
    assert revoked.exit_code == 0
    tokens = TokenStore(Workspace(home))
    assert tokens.resolve(secret) is None
    tokens.close()


def test_serve_prints_the_url_and_how_to_create_the_first_admin(
    web_home: Path, monkeypatch
) -> None:
    import sqlite3

    import uvicorn

    served = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.update(app=app, **kw))
    with sqlite3.connect(web_home / "nextbest.db") as conn:
        conn.execute("DELETE FROM users")
    result = runner.invoke(app, ["serve", "--home", str(web_home), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8123/" in result.output
    assert "nextbest users add admin --role admin" in result.output
    assert served["host"] == "127.0.0.1" and served["port"] == 8123
    assert served["proxy_headers"] is False
    assert (web_home / "customers.csv").exists()  # ensure_sample ran
    served["app"].state.services.close()
