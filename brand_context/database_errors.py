"""The workspace database's errors: backend-neutral, whichever of SQLite or Postgres raised them.

Both dialects (:mod:`~nextbest.brand_context.sqlite_connection`,
:mod:`~nextbest.brand_context.postgres_connection`) translate their driver's exceptions into
these, so store modules catch one family.
"""

from __future__ import annotations


class DatabaseError(Exception):
    """Any error the workspace database reports."""


class IntegrityError(DatabaseError):
    """A constraint (primary key, unique, check, not null) refused a change."""


class OperationalError(DatabaseError):
    """The statement could not run: missing table, lock timeout, lost connection, a trigger."""


class DatabaseUnavailableError(OperationalError):
    """The configured workspace database cannot be reached (or its URL is not usable)."""


def masked_url(url: str) -> str:
    """``url`` with its password replaced by ``***`` (for messages and logs)."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))
