"""Maker–checker on the command line (issue 20, item 7), driven end to end through the CLI.

Without users a `kb edit` applies at once under a declared name, and says so. Once the
workspace has users, every change authenticates (password sign-in kept as a revocable API token
under the user's config, or `$NEXTBEST_TOKEN`), declared names are refused, and the change is a
proposal that another signed-in user approves; a chat goal change waits for another user too,
and its maker can amend it while it waits.
"""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from nextbest.app.cli.main import app
from nextbest.app.web.tokens import PREFIX
from nextbest.app.workspace.audit import AuditLog
from nextbest.app.workspace.goal_store import GoalStore
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace

NOW = "2026-11-24T17:00:00+00:00"
PASSWORDS = {"root": "root-password-1", "ana": "ana-password-12", "ben": "ben-password-12"}


@pytest.fixture
def cli(tmp_path: Path, home: Path):  # noqa: ANN201 - a small callable
    credentials = tmp_path / "config" / "credentials.json"

    def invoke(*args: str, token: str = "", stdin: str | None = None, code: int = 0) -> str:
        runner = CliRunner()
        result = runner.invoke(
            app,
            [*args, "--home", str(home)],
            input=stdin,
            env={"NEXTBEST_CREDENTIALS": str(credentials), "NEXTBEST_TOKEN": token},
        )
        assert result.exit_code == code, result.output
        return result.output

    invoke.credentials = credentials  # type: ignore[attr-defined]
    return invoke


def _secret(output: str) -> str:
    """The token secret `users token create` prints (its own line, with the token prefix)."""
    return next(line for line in output.splitlines() if line.startswith(PREFIX))


def _pack_version(home: Path) -> int | None:
    store = BrandStore(Workspace(home))
    try:
        return store.current_version()
    finally:
        store.close()


def _max_chars(home: Path) -> int:
    store = BrandStore(Workspace(home))
    try:
        return int(store.get("rule", "push-body-length")["params"]["max_chars"])
    finally:
        store.close()


EDIT = ("kb", "edit", "rule", "push-body-length", "--set", "params.max_chars=120", "-m", "shorter")


def test_without_users_a_kb_edit_applies_directly_and_says_so(cli, home: Path) -> None:
    out = cli(*EDIT, "--author", "ana", "--role", "compliance")
    assert "no users (single-person use)" in out
    assert _max_chars(home) == 120
    assert "give --author" in cli(*EDIT, code=2)


def test_with_users_changes_authenticate_and_another_user_approves(
    cli, home: Path, tmp_path: Path
) -> None:
    cli("users", "add", "root", "--role", "admin", "--password-stdin", stdin="root-password-1\n")
    cli("login", "root", "--password-stdin", stdin=PASSWORDS["root"] + "\n")
    mode = stat.S_IMODE(cli.credentials.stat().st_mode)
    assert mode == 0o600 and PASSWORDS["root"] not in cli.credentials.read_text()
    for name in ("ana", "ben"):
        cli("users", "add", name, "--role", "compliance", "--password-stdin",
            stdin=PASSWORDS[name] + "\n")  # fmt: skip
    ben_token = _secret(cli("users", "token", "create", "ben", "--label", "ci"))
    assert "wrong name or password" in cli(
        "login", "ana", "--password-stdin", stdin="not-her-password\n", code=1
    )
    cli("login", "ana", "--password-stdin", stdin=PASSWORDS["ana"] + "\n")
    assert "ana (compliance)" in cli("whoami")

    version = _pack_version(home)
    assert "signed in as ana" in cli(*EDIT, "--author", "ben", "--role", "admin", code=1)
    proposed = cli(*EDIT)
    assert re.search(r"proposal #1 .* waits for another user's approval", proposed)
    assert _pack_version(home) == version and _max_chars(home) == 178  # nothing applied yet

    assert "refused" in cli("proposals", "approve", "1", code=1)  # the maker cannot approve
    assert "signed in as ben" in cli("proposals", "approve", "1", "--as", "ana", token=ben_token,
                                     code=1)  # fmt: skip
    approved = cli("proposals", "approve", "1", token=ben_token)
    assert "approved" in approved
    assert _max_chars(home) == 120 and _pack_version(home) == (version or 0) + 1
    audit = AuditLog(Workspace(home))
    try:
        actors = {(e.action, e.actor) for e in audit.entries()}
    finally:
        audit.close()
    assert ("proposal.create", "cli:ana") in actors
    assert ("proposal.approve", "cli:ben") in actors

    # A whole-pack import becomes one proposal per changed entry; nothing applies yet.
    exported = tmp_path / "pack.yaml"
    cli("kb", "export", "--out", str(exported))
    pack = yaml.safe_load(exported.read_text(encoding="utf-8"))
    pack["offers"][0]["name"] = pack["offers"][0]["name"] + " (renamed)"
    pack["claims"] = pack["claims"][1:]
    exported.write_text(yaml.safe_dump(pack, allow_unicode=True), encoding="utf-8")
    imported = cli("kb", "import", str(exported), "-m", "pack refresh")
    assert len(re.findall(r"proposal #\d+", imported)) == 2, imported  # an edit and a retire
    assert _pack_version(home) == (version or 0) + 1

    # Signing out revokes the stored token: it works nowhere any more.
    stored = json.loads(cli.credentials.read_text())["workspaces"]
    secret = next(iter(stored.values()))["secret"]
    assert "ana signed out" in cli("logout")
    assert "not signed in" in cli("whoami", code=1)
    assert "sign in first" in cli(*EDIT, token=secret, code=1)


def test_a_chat_goal_change_is_amended_by_its_maker_and_approved_by_another(
    cli, home: Path, customers: Path
) -> None:
    cli("users", "add", "root", "--role", "admin", "--password-stdin", stdin="root-password-1\n")
    cli("login", "root", "--password-stdin", stdin=PASSWORDS["root"] + "\n")
    cli("users", "add", "ana", "--role", "marketer", "--password-stdin",
        stdin=PASSWORDS["ana"] + "\n")  # fmt: skip
    ana = _secret(cli("users", "token", "create", "ana"))
    chat = ("chat", "--guided", "--now", NOW, "--customers", str(customers))

    said = cli(*chat, "--say", "at most one SMS a week", token=ana)
    conversation = re.search(r"--conversation (\w+)", said).group(1)
    # The maker's own interactive approval is not offered; "y" is refused and it waits.
    own = cli(*chat, "--conversation", conversation, token=ana, stdin="y\nl\n")
    assert "cannot approve your own" in own
    amended = cli(*chat, "--conversation", conversation, "--amend", "not after 8 pm", token=ana)
    assert "revision 2" in amended
    # ... and from the interactive prompt: [a]mend, the change, then [l]ater
    prompted = cli(*chat, "--conversation", conversation, token=ana, stdin="a\ncap.email=2/7\nl\n")
    assert "revision 3" in prompted
    assert "declared" in cli(*chat, "--as", "someone", token=ana, code=1)
    # root (signed in on this shell) approves in the same conversation.
    cli(*chat, "--conversation", conversation, stdin="y\nfits the brand limits\n")
    goals = GoalStore(Workspace(home))
    try:
        version = goals.current()
    finally:
        goals.close()
    assert version is not None
    assert (version.author, version.approved_by) == ("ana", "root")
    assert version.goal.channel_caps["sms"].max_sends == 1
    assert version.goal.send_window is not None and version.goal.send_window.end_hour == 20
    assert version.goal.channel_caps["email"].max_sends == 2
