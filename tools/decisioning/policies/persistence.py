"""Save and load policies in the workspace, with a version number.

A saved policy is two files side by side: ``<name>-v<N>.json`` (settings, action ids, feature
names, version, the RNG state, when it was saved) and ``<name>-v<N>.npz`` (the model's arrays
and the running reward scale).
:class:`PolicyStore` numbers versions per name (``1, 2, …``) under ``<home>/policies``; the
workspace home is ``NEXTBEST_HOME`` or ``./.nextbest``.
"""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from nextbest.tools.decisioning.policies.base import Policy
from nextbest.tools.decisioning.policies.settings import LINEAR_FIELDS, PolicySettings

FORMAT = 1
"""Version of the on-disk format."""


def default_home() -> Path:
    """The workspace folder: ``NEXTBEST_HOME`` or ``./.nextbest``."""
    return Path(os.environ.get("NEXTBEST_HOME", ".nextbest"))


def save_policy(policy: Policy, stem: Path) -> tuple[Path, Path]:
    """Write ``stem.json`` and ``stem.npz``.

    Args:
        policy: The policy to save.
        stem: Path without suffix.

    Returns:
        The two paths written.
    """
    stem.parent.mkdir(parents=True, exist_ok=True)
    arrays = dict(policy.model.state())
    arrays["reward_scale"] = policy.reward_scale.state()
    if policy.factors:
        arrays["policy_factors"] = np.stack(policy.factors)
    npz = stem.with_suffix(".npz")
    part = _partial(npz)
    with part.open("wb") as handle:  # a file object: savez adds no suffix
        np.savez(handle, allow_pickle=True, **arrays)
    os.replace(part, npz)
    meta: dict[str, Any] = {
        "format": FORMAT,
        "name": policy.name,
        "version": policy.version,
        "saved_at": datetime.now(UTC).isoformat(),
        "settings": policy.settings.model_dump(mode="json"),
        "action_ids": list(policy.action_ids),
        "feature_names": list(policy.feature_names),
        "rng_state": policy.rng.bit_generator.state,
    }
    meta_path = stem.with_suffix(".json")
    part = _partial(meta_path)
    part.write_text(json.dumps(meta, indent=2))
    os.replace(part, meta_path)
    return meta_path, npz


def _partial(path: Path) -> Path:
    """A private name beside ``path`` to write it under before it is renamed into place.

    Each file appears whole or not at all (``os.replace`` is atomic on one file system), so a
    run loading a policy while another process saves the same version never reads half a file.
    The name starts with a dot and ends in ``.part``, so :meth:`PolicyStore.versions` ignores it.
    """
    return path.with_name(f".{path.name}.{os.getpid()}.part")


def load_policy(stem: Path) -> Policy:
    """Read a policy written by :func:`save_policy` (stem without suffix, or either file).

    Raises:
        FileNotFoundError: Either file is missing.
        ValueError: Unknown format version.
    """
    stem = stem.with_suffix("") if stem.suffix in (".json", ".npz") else stem
    meta = json.loads(stem.with_suffix(".json").read_text())
    if meta.get("format") != FORMAT:
        raise ValueError(f"{stem}: unsupported policy format {meta.get('format')!r}")
    with np.load(stem.with_suffix(".npz")) as data:
        arrays = {k: data[k] for k in data.files}
    raw_settings = dict(meta["settings"])
    # Policies saved before rewards were scaled keep α in reward units, as they were trained.
    raw_settings.setdefault("reward_scaling", "none")
    # Fields a policy was saved without take the values they had then, not today's defaults.
    for field, before in LINEAR_FIELDS.items():
        raw_settings.setdefault(field, before)
    if isinstance(raw_settings.get("learning"), dict):
        raw_settings["learning"] = {"alpha": 0.2, **raw_settings["learning"]}
    settings = PolicySettings.model_validate(raw_settings)
    factors = list(arrays.pop("policy_factors")) if "policy_factors" in arrays else None
    reward_scale = arrays.pop("reward_scale", None)
    policy = Policy(
        settings, meta["action_ids"], meta["feature_names"], factors, version=meta["version"]
    )
    policy.model.load_state(arrays)
    if reward_scale is not None:
        policy.reward_scale.load_state(reward_scale)
    policy.rng.bit_generator.state = meta["rng_state"]
    return policy


class PolicyStore:
    """Versioned policies under a folder (default ``<home>/policies``).

    Args:
        root: The folder; created on first save.
    """

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root is not None else default_home() / "policies"

    def versions(self, name: str) -> list[int]:
        """Saved versions of ``name``, ascending."""
        pattern = re.compile(rf"^{re.escape(name)}-v(\d+)\.json$")
        if not self.root.exists():
            return []
        found = (pattern.match(p.name) for p in self.root.iterdir())
        return sorted(int(m.group(1)) for m in found if m)

    def save(self, policy: Policy) -> int:
        """Save ``policy`` as the next version of its name; sets and returns the version."""
        existing = self.versions(policy.name)
        policy.version = (existing[-1] if existing else 0) + 1
        save_policy(policy, self.root / f"{policy.name}-v{policy.version}")
        return policy.version

    def load(self, name: str, version: int | None = None) -> Policy:
        """Load ``name`` at ``version`` (latest when None).

        Raises:
            FileNotFoundError: No such policy or version.
        """
        existing = self.versions(name)
        if not existing:
            raise FileNotFoundError(f"no saved policy named {name!r} in {self.root}")
        chosen = existing[-1] if version is None else version
        if chosen not in existing:
            raise FileNotFoundError(f"policy {name!r} has no version {chosen}; have {existing}")
        return load_policy(self.root / f"{name}-v{chosen}")
