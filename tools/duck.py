"""DuckDB connections as nextbest opens them: in memory, quiet.

DuckDB draws a progress bar on the terminal for queries that run longer than a couple of
seconds; in a command whose output is JSON (``--json``) or a table, that bar lands in the
middle of it. Every connection nextbest opens has it off.
"""

from __future__ import annotations

import duckdb


def connect(database: str = ":memory:", *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with the progress bar off.

    Args:
        database: A database file, or ``:memory:``.
        read_only: Open the file read-only.

    Returns:
        The connection (the caller closes it).
    """
    con = duckdb.connect(database, read_only=read_only)
    con.execute("SET enable_progress_bar = false")
    return con
