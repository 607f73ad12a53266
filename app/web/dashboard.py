"""Home-page panels: "what is pending", contributed by each area's router module.

A module of :mod:`nextbest.app.web.routes` may define ``dashboard(request, principal) ->
list[Panel]``;
the home page shows every panel the signed-in user's role may see.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PanelItem:
    """One line of a panel.

    Attributes:
        text: What it says.
        href: Where it links (empty for plain text).
        note: A short note shown after it (a time, a status).
    """

    text: str
    href: str = ""
    note: str = ""


@dataclass(frozen=True)
class Panel:
    """One home-page panel.

    Attributes:
        title: Panel heading.
        count: The number that matters (pending items), or None.
        href: The page with everything.
        items: A few lines to show.
        order: Sort key (lower first).
        empty: What to say when there are no items.
    """

    title: str
    count: int | None = None
    href: str = ""
    items: list[PanelItem] = field(default_factory=list)
    order: int = 50
    empty: str = "Nothing here."
