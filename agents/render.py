"""Per-customer rendering: fill the approved copy's slots, and nothing else.

Copy may contain slots such as ``{{ first_name }}``. Rendering runs in jinja2's sandbox with
only the allowed slot names defined; each customer value is validated by its slot's kind
(:mod:`nextbest.tools.slots`: a name is letters, marks, spaces, hyphens and apostrophes within a
length limit) and anything else gets the slot's neutral default. A customer field can therefore
never add a claim, a link or an instruction that changes the checked copy's meaning — and the
rendered text is checked again in full.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from nextbest.tools.slots import DEFAULT_SLOTS

ALLOWED_SLOTS: dict[str, tuple[str, str, int]] = {
    slot.name: (slot.column, slot.default, slot.max_length) for slot in DEFAULT_SLOTS
}
"""slot → (customer column, default when missing, maximum length)."""

_ENV = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
_UNSAFE = re.compile(r"[{}<>\[\]\\`|$%#@*_~]|https?://|www\.", re.IGNORECASE)


class RenderError(ValueError):
    """The copy uses a slot that does not exist or template syntax that is not allowed."""


def clean_value(value: Any, max_length: int) -> str:
    """Make a customer value safe to place in copy.

    Args:
        value: The raw customer field.
        max_length: Maximum characters kept.

    Returns:
        Printable text without template syntax, markup or links, at most ``max_length`` long.
    """
    text = unicodedata.normalize("NFKC", str(value))
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] not in ("C",))
    text = _UNSAFE.sub(" ", text)
    text = " ".join(text.split())
    return text[:max_length].strip()


def slot_values(customer: Mapping[str, Any] | None) -> dict[str, str]:
    """The cleaned value of every allowed slot for one customer."""
    return {slot.name: slot.value((customer or {}).get(slot.column)) for slot in DEFAULT_SLOTS}


def render_text(text: str | None, values: Mapping[str, str]) -> str | None:
    """Fill the slots of one copy field.

    Args:
        text: The approved copy (None stays None).
        values: Cleaned slot values.

    Returns:
        The rendered text.

    Raises:
        RenderError: For unknown slots or disallowed template constructs.
    """
    if text is None or ("{" not in text):
        return text
    try:
        return _compiled(text).render(**values)
    except TemplateError as exc:
        raise RenderError(f"copy template not renderable: {exc}") from exc


@lru_cache(maxsize=256)
def _compiled(text: str) -> Template:
    """Compile a copy template once; a batch renders the same cell copy many times."""
    return _ENV.from_string(text)
