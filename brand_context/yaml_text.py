"""YAML as the people who own the configuration write it: only ``true`` / ``false`` are booleans.

PyYAML follows YAML 1.1, where the bare words ``yes``, ``no``, ``on``, ``off``, ``y`` and ``n`` are
booleans too. In a brand pack or a customer schema those words are data: Ontario's region code
``ON`` or Norway's ``NO`` in a region list became ``True`` / ``False`` and the file failed with
"Input should be a valid string". This loader reads YAML 1.2's booleans only (``true`` and
``false`` in any of their three spellings), so ``[ON, NO]`` is two region codes. A boolean field
written ``yes`` / ``no`` still works: the pydantic models read those strings as booleans.
Everything else (numbers, dates, nulls) is read as before.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

_BOOL = "tag:yaml.org,2002:bool"


class OwnersLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` with YAML 1.2 booleans (``true`` / ``false`` only)."""


OwnersLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != _BOOL]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
OwnersLoader.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def load_yaml_text(text: str) -> Any:
    """Parse YAML text the way :class:`OwnersLoader` reads it.

    Args:
        text: The YAML document.

    Returns:
        The parsed document (``ON`` stays the string ``"ON"``).

    Raises:
        yaml.YAMLError: When the text is not valid YAML.
    """
    return yaml.load(text, Loader=OwnersLoader)  # noqa: S506 - a SafeLoader subclass
