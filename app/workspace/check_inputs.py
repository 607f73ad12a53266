"""The inputs of ``nextbest check``: the brand pack to check against and the drafts to check.

The pack is a file, else the workspace's pack in force on the day, else (no workspace) the
bundled sample brand; drafts come from a JSONL file, each line's fields over the defaults.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.models import BrandPack
from nextbest.brand_context.workspace import Workspace


class BadInput(ValueError):
    """The command's input cannot be checked."""


def pack_to_check(pack_file: Path | None, home: Path | None, day: date | None) -> BrandPack | None:
    """The pack to check against: ``--pack FILE``, else the workspace's pack in force.

    Returns:
        The pack, or None when there is no workspace (the caller then uses
        :func:`sample_pack` and says so).

    Raises:
        PackValidationError: If the file is not a valid pack.
        NoVersionError: If the workspace has no version in force on ``day``.
    """
    if pack_file is not None:
        return load_pack(pack_file)
    workspace = Workspace.resolve(home)
    if not workspace.exists():
        return None
    from nextbest.brand_context.store import BrandStore

    with BrandStore(workspace) as store:
        return store.as_of(day or datetime.now().astimezone().date())


def sample_pack() -> BrandPack:
    """The bundled sample brand's pack (checks without a workspace use it)."""
    return load_pack(sample_pack_path())


def read_drafts(path: Path, defaults: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Drafts from a JSONL file: each line's fields over the command-line defaults.

    A line is a message's fields (plus optional ``id`` and ``as_of``), or an evaluation case
    with the message under ``message``.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc}") from None
    drafts: list[tuple[str, dict[str, Any]]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BadInput(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(data, dict):
            raise BadInput(f"{path}:{number}: each line must be a JSON object")
        draft_id = str(data.pop("id", f"line-{number}"))
        if isinstance(data.get("message"), dict):  # an evaluation case: check its message
            fields = dict(data["message"])
            if data.get("as_of"):
                fields["as_of"] = data["as_of"]
            data = fields
        drafts.append((draft_id, {**defaults, **data}))
    if not drafts:
        raise BadInput(f"{path} has no drafts")
    return drafts
