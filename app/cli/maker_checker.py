"""How a command-line change is made: directly (no users) or as a proposal (issue 20, item 7).

In a workspace without users, ``nextbest kb edit … --author ana --role compliance`` applies at
once under the declared name — single-person use, and the command says so. Once the workspace
has users, the same command acts as the signed-in user (:mod:`nextbest.app.cli.signin`) with
their role from the workspace, and becomes a maker–checker proposal that another user approves
(``nextbest proposals approve N`` signed in as them, or the web workspace).
"""

from __future__ import annotations

import json
from typing import Any

import typer

from nextbest.app.cli.errors import EXIT_BAD_INPUT, err_console, fail
from nextbest.app.cli.signin import SignedIn, SignInError, require_user
from nextbest.brand_context.workspace import Workspace

DIRECT_NOTE = "applied directly: this workspace has no users (single-person use)"
"""What a direct change says about itself."""


def maker(workspace: Workspace, author: str | None, role: str | None) -> SignedIn | None:
    """Who makes a change: the signed-in user (workspace with users), else None (direct).

    Args:
        workspace: The workspace.
        author: The declared ``--author``/``--as`` (must be the signed-in user's own name when
            the workspace has users; required when it has none).
        role: The declared ``--role`` (ignored with users: the workspace knows the role).

    Raises:
        typer.Exit: Nobody signed in, a declared name for someone else, or (no users) no name.
    """
    try:
        user = require_user(workspace, author)
    except SignInError as error:
        raise fail(str(error)) from None
    if user is None and not ((author or "").strip() and (role or "").strip()):
        raise fail(
            "give --author NAME and --role ROLE (this workspace has no users: the change is "
            "applied directly under that name)",
            EXIT_BAD_INPUT,
        )
    return user


def note_direct() -> None:
    """Say that a change was applied without a checker (on stderr, so --json stays clean)."""
    err_console.print(f"[dim]{DIRECT_NOTE}[/]")


def propose(
    workspace: Workspace,
    user: SignedIn,
    kind: str,
    action: str,
    *,
    reason: str,
    target: str | None = None,
    payload: dict[str, Any] | None = None,
    as_json: bool = False,
) -> int:
    """Put a change up for approval as ``user``; print how another user approves it.

    Returns:
        The proposal's number.

    Raises:
        typer.Exit: Invalid (2) or refused (1), with the reason.
    """
    from nextbest.app.workspace.proposals import (
        ProposalError,
        ProposalInvalid,
        ProposalRefused,
        Proposals,
    )

    desk = Proposals(workspace)
    try:
        proposal = desk.propose(
            user.actor, kind, action, reason=reason, target=target, payload=payload
        )
    except ProposalInvalid as error:
        raise fail(str(error), EXIT_BAD_INPUT) from None
    except ProposalRefused as error:
        raise fail(f"refused: {error}") from None
    except ProposalError as error:
        raise fail(str(error)) from None
    finally:
        desk.close()
    if as_json:
        typer.echo(json.dumps(proposal.model_dump(mode="json"), indent=2, default=str))
    else:
        typer.echo(
            f"proposal #{proposal.id} ({proposal.title}) by {user.name} waits for another "
            f"user's approval: nextbest proposals approve {proposal.id} (signed in as them), "
            "or the web workspace. Nothing is changed until then."
        )
    return proposal.id
