"""Where the brand store's vectors live: embedded Chroma in the workspace, or a Chroma server.

The embedded default is a ``PersistentClient`` in the workspace folder (one collection, the
workspace owns the folder). Setting ``NEXTBEST_CHROMA_URL=http://host:port`` points every brand
store at a ``chroma run`` server through chromadb's ``HttpClient`` instead, so several
``nextbest serve`` processes and CLI users on one shared workspace search one index.

Either way the vectors are computed client-side by the offline embedder the store passes to
every collection; the server only stores and searches them, and nothing is downloaded.
Telemetry is off. On a shared server each workspace gets its own collection, named after the
workspace's id (kept in the workspace database), so two workspaces never read each other's
entries.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

CHROMA_URL_ENV = "NEXTBEST_CHROMA_URL"
EMBEDDED_COLLECTION = "brand_entries"
"""The collection of an embedded store (its folder already belongs to one workspace)."""

_NAMESPACE = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9_-]{1,60}[a-zA-Z0-9]$")


class ChromaUnavailableError(RuntimeError):
    """The configured Chroma server cannot be reached, or its address is malformed."""


@dataclass(frozen=True)
class ChromaServer:
    """The address of a Chroma server, parsed from ``NEXTBEST_CHROMA_URL``.

    Attributes:
        host: Host name or address.
        port: TCP port (80 / 443 when the URL names none, as for any URL).
        ssl: Whether to speak HTTPS.
    """

    host: str
    port: int
    ssl: bool

    @classmethod
    def parse(cls, url: str) -> ChromaServer:
        """Parse ``http(s)://host[:port]``.

        Args:
            url: The server URL.

        Returns:
            The server address.

        Raises:
            ChromaUnavailableError: If the URL is not ``http(s)://host[:port]``.
        """
        parts = urlsplit(url.strip())
        problem = f"{CHROMA_URL_ENV}={url!r} is not an http(s)://host:port address"
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ChromaUnavailableError(problem)
        if parts.path not in ("", "/") or parts.query or parts.username:
            raise ChromaUnavailableError(f"{problem} (no path, query or user part)")
        try:
            port = parts.port
        except ValueError as exc:
            raise ChromaUnavailableError(f"{problem} ({exc})") from None
        ssl = parts.scheme == "https"
        return cls(parts.hostname, port or (443 if ssl else 80), ssl)

    @property
    def url(self) -> str:
        """The server address as a URL."""
        return f"{'https' if self.ssl else 'http'}://{self.host}:{self.port}"


def configured_server(url: str | None = None) -> ChromaServer | None:
    """The Chroma server to use, if any.

    Args:
        url: An explicit server URL; None reads ``NEXTBEST_CHROMA_URL``.

    Returns:
        The server, or None for the embedded store.

    Raises:
        ChromaUnavailableError: If the URL is malformed.
    """
    chosen = url if url is not None else os.environ.get(CHROMA_URL_ENV, "")
    return ChromaServer.parse(chosen) if chosen.strip() else None


def server_collection_name(namespace: str) -> str:
    """The collection name of one workspace on a shared server.

    Args:
        namespace: The workspace's id (letters, digits, ``-`` and ``_``).

    Returns:
        ``brand_entries-<namespace>``.

    Raises:
        ValueError: If the namespace would make an invalid Chroma collection name.
    """
    if not _NAMESPACE.match(namespace):
        raise ValueError(f"not a usable workspace namespace: {namespace!r}")
    return f"{EMBEDDED_COLLECTION}-{namespace}"


def open_client(chroma_path: Path, server: ChromaServer | None) -> Any:
    """Open the Chroma client the brand store uses: embedded, or the given server.

    Args:
        chroma_path: Folder of the embedded database (used only without a server).
        server: The server to connect to, or None for the embedded database.

    Returns:
        A chromadb ``ClientAPI``.

    Raises:
        ChromaUnavailableError: If the server does not answer.
    """
    import chromadb
    from chromadb.config import Settings

    if server is None:
        return chromadb.PersistentClient(
            path=str(chroma_path),
            settings=Settings(anonymized_telemetry=False, allow_reset=True),
        )
    try:
        client = chromadb.HttpClient(
            host=server.host,
            port=server.port,
            ssl=server.ssl,
            settings=Settings(anonymized_telemetry=False),
        )
        client.heartbeat()
    except Exception as exc:  # chromadb wraps connection errors in ValueError, httpx raises its own
        raise ChromaUnavailableError(
            f"cannot reach the Chroma server at {server.url} ({CHROMA_URL_ENV}): "
            f"{_first_line(exc)}; start it with `chroma run --path DIR --host HOST --port PORT` "
            f"or unset {CHROMA_URL_ENV} to use the embedded store"
        ) from exc
    return client


def open_collection(
    client: Any, name: str, embedding_function: Any, server: ChromaServer | None
) -> Any:
    """Get or create the brand store's collection (cosine space) on ``client``.

    Args:
        client: A client from :func:`open_client`.
        name: The collection name.
        embedding_function: The offline embedder every call of the collection uses.
        server: The server ``client`` talks to, or None when embedded.

    Returns:
        The collection; on a server, one whose calls raise :class:`ChromaUnavailableError` when
        the connection is lost (instead of an HTTP library's error).

    Raises:
        ChromaUnavailableError: If the server went away since the client was opened.
    """
    opener = client.get_or_create_collection
    if server is not None:
        opener = _reporting_lost_server(opener, server)
    collection = opener(
        name, embedding_function=embedding_function, configuration={"hnsw": {"space": "cosine"}}
    )
    return collection if server is None else _ServerCollection(collection, server)


class _ServerCollection:
    """A collection on a server whose calls report a lost connection as one clear error."""

    def __init__(self, collection: Any, server: ChromaServer) -> None:
        self._collection = collection
        self._server = server

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._collection, name)
        return _reporting_lost_server(value, self._server) if callable(value) else value


def _reporting_lost_server(call: Any, server: ChromaServer) -> Any:
    import httpx

    @functools.wraps(call)
    def reporting(*args: Any, **kwargs: Any) -> Any:
        try:
            return call(*args, **kwargs)
        except httpx.TransportError as exc:
            raise ChromaUnavailableError(
                f"lost the Chroma server at {server.url} ({CHROMA_URL_ENV}): {_first_line(exc)}"
            ) from exc

    return reporting


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
