"""Korean particles written straight after a name.

Korean joins its case and topic particles to the noun they follow, with no space: a name
stands as "<name>보다" ("than <name>"), "<name>에서" ("at <name>"), "<name>은" (topic). A
whole-word search for a banned name never finds it there, since the particle's syllables
continue the word. This module lists the particles (and the common pairs of a particle and a
topic or additive marker, "에서는", "보다도") so that a name is also found in those forms.

Both forms of a particle that changes with the name's last syllable are listed ("이"/"가",
"을"/"를", "으로"/"로"): the form that does not fit never stands in correct copy, so listing it
costs nothing.
"""

from __future__ import annotations

KOREAN = "ko"
"""ISO 639-1 code of Korean."""

_PARTICLES: tuple[str, ...] = (
    "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "한테", "께", "께서",
    "와", "과", "랑", "이랑", "하고", "도", "만", "보다", "로", "으로", "로서", "으로서",
    "로써", "으로써", "까지", "부터", "처럼", "같이", "만큼", "마저", "조차", "밖에", "이나",
    "나", "이든", "든", "이라", "라", "이란", "란", "이라고", "라고", "에서부터", "에게서",
)  # fmt: skip
"""Case, topic and additive particles that follow a noun with no space."""

_MARKERS: tuple[str, ...] = ("는", "은", "도", "만", "의")
"""Markers that may follow another particle ("에서는", "보다도", "에게만", "에서의")."""

PARTICLE_FORMS: tuple[str, ...] = tuple(
    sorted(
        {*_PARTICLES, *(p + m for p in _PARTICLES if len(p) > 1 for m in _MARKERS)},
        key=len,
        reverse=True,
    )
)
"""Every particle and particle pair, longest first."""


def particle_forms(name: str) -> list[str]:
    """The forms of ``name`` with a Korean particle joined to it.

    Args:
        name: A name as the pack writes it ("교보", "Acme24").

    Returns:
        The name followed by each particle ("교보보다", "교보에서는"); none for an empty name.
    """
    name = name.strip()
    if not name:
        return []
    return [name + particle for particle in PARTICLE_FORMS]
