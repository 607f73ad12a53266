"""The result table every peer benchmark prints: a measure, our figure, the peer's, the ratio.

Speed goals are ratios against a peer measured in the same run (see the README's Benchmarks);
benchmarks print them in one table shape so they read alike.
"""

from __future__ import annotations

from rich.table import Table


def peer_table(title: str, ours: str, peer: str, ratio: str) -> Table:
    """An empty result table with the measure column and three right-aligned figure columns.

    Args:
        title: What was measured, on what size.
        ours: Heading of nextbest's figures.
        peer: Heading of the peer's figures (``peer: …``).
        ratio: Heading of the ratio column (which way it divides).

    Returns:
        The table; add one row per measure.
    """
    table = Table(title=title)
    table.add_column("measure")
    for heading in (ours, peer, ratio):
        table.add_column(heading, justify="right")
    return table
