"""The brand store's Chroma index: every entry row, embedded and filterable by version.

Chroma is a derived index over every ``pack_entries`` row
(:mod:`~nextbest.brand_context.pack_tables`), searchable with the offline MiniLM embedder and
filtered by version, kind, channel, status and validity dates: embedded (``PersistentClient`` in
the workspace) by default, or a shared ``chroma run`` server with ``NEXTBEST_CHROMA_URL`` (see
:mod:`nextbest.brand_context.chroma_client`).
If the index ever falls behind SQL (a crash between the two, or a server that never saw this
workspace), it is rebuilt on open. Up to ``exact_search_limit`` live entries, a version is
searched exactly in memory (:mod:`~nextbest.brand_context.live_index`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np

from nextbest.brand_context.chroma_client import (
    EMBEDDED_COLLECTION,
    configured_server,
    open_client,
    open_collection,
    server_collection_name,
)
from nextbest.brand_context.live_index import LiveIndex
from nextbest.brand_context.models import CHANNELS
from nextbest.brand_context.pack_tables import PackTables
from nextbest.brand_context.store_records import SearchHit
from nextbest.brand_context.workspace import Workspace

if TYPE_CHECKING:  # chromadb (through the embedding function) is imported on first vector use
    from nextbest.brand_context.embedding import OfflineEmbeddingFunction

OPEN_VERSION = 2**62
"""``version_to`` of rows still in force (Chroma filters need a number, not NULL)."""

_KEPT_LIVE_INDEXES = 4


def document_text(kind: str, data: dict[str, Any]) -> str:
    """The text embedded for an entry: what a person would search it by.

    Args:
        kind: Entry kind.
        data: The entry's plain data.

    Returns:
        A short natural-language description.
    """
    if kind == "claim":
        parts = [data["text"], data.get("disclaimer"), " ".join(data.get("keywords", []))]
    elif kind == "offer":
        parts = [data["name"], data["terms"], data.get("disclosure")]
    elif kind == "rule":
        params = data.get("params", {})
        words = [
            str(v) for key in ("phrases", "element", "triggers") for v in _listify(params.get(key))
        ]
        parts = [data["description"], data["rationale"], data["source"], " ".join(words)]
    elif kind == "product":
        parts = [data["name"], " ".join(data.get("aliases", [])), data.get("category")]
    elif kind == "statement":
        parts = [data["text"]]
    elif kind == "rule_test":
        message = data.get("message", {})
        parts = [data.get("description"), message.get("subject"), message.get("body")]
    elif kind == "non_claims":
        parts = ["Not claims: " + "; ".join(data.get("phrases", []))]
    elif kind == "voice":
        parts = [
            "Brand voice: " + ", ".join(data.get("tone", [])),
            " ".join(data.get("do", [])),
            " ".join(data.get("dont", [])),
        ]
    else:
        parts = [data["name"], data["legal_name"], data["postal_address"]]
    return " ".join(p for p in parts if p)


def entry_metadata(row: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    """The Chroma metadata of one entry row: what searches filter on."""
    channels = data.get("channels") or list(CHANNELS)
    meta: dict[str, Any] = {
        "kind": row["kind"],
        "entry_id": row["entry_id"],
        "version_from": row["version_from"],
        "version_to": row["version_to"] if row["version_to"] is not None else OPEN_VERSION,
        "status": data.get("status", "active"),
        "valid_from_day": _day_number(data.get("valid_from"), 0),
        "valid_until_day": _day_number(data.get("valid_until"), 10**7),
        "data": json.dumps(data, sort_keys=True),
    }
    for channel in CHANNELS:
        meta[f"ch_{channel}"] = channel in channels
    if row["kind"] == "claim":
        meta["category"] = data["category"]
    if row["kind"] == "rule":
        meta["rule_kind"] = data["kind"]
    return meta


def _listify(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _day_number(value: str | None, default: int) -> int:
    return date.fromisoformat(value).toordinal() if value else default


class EntryIndex:
    """The Chroma collection of one workspace's brand store, opened on first use.

    Args:
        workspace: The workspace (its Chroma folder, when embedded).
        tables: The store's SQL history, the source the index is built from.
        embedding_function: Chroma embedding function (the offline MiniLM one, made on first
            use, by default).
        exact_search_limit: Up to this many live entries a version is searched exactly in
            memory; above it, Chroma's HNSW query is used.
    """

    def __init__(
        self,
        workspace: Workspace,
        tables: PackTables,
        embedding_function: OfflineEmbeddingFunction | None,
        exact_search_limit: int,
    ) -> None:
        self.workspace = workspace
        self.tables = tables
        self.exact_search_limit = exact_search_limit
        self._given_ef = embedding_function
        self._collection: Any = None
        self._client: Any = None
        self.collection_name = EMBEDDED_COLLECTION
        self._live_indexes: dict[int, LiveIndex] = {}

    @property
    def _ef(self) -> OfflineEmbeddingFunction:
        """The embedding function, made on first use (importing chromadb only then)."""
        if self._given_ef is None:
            from nextbest.brand_context.embedding import OfflineEmbeddingFunction

            self._given_ef = OfflineEmbeddingFunction()
        return self._given_ef

    @property
    def collection(self) -> Any:
        """The Chroma collection, opened (and rebuilt from SQL if behind) on first use."""
        if self._collection is None:
            server = configured_server()
            self._client = open_client(self.workspace.chroma_path, server)
            if server is not None:  # a shared server: one collection per workspace
                self.collection_name = server_collection_name(self.tables.workspace_id())
            self._collection = open_collection(self._client, self.collection_name, self._ef, server)
            if not self._is_consistent():
                self.reindex()
        return self._collection

    def forget(self) -> None:
        """Drop the open collection: it is checked, and rebuilt if need be, on next use."""
        self._collection = None

    def _is_consistent(self) -> bool:
        """False when Chroma may hold rows of a version SQL never committed (a crash)."""
        current = self.tables.current_version() or 0
        if self.tables.meta("indexed_version") != str(current):
            return False
        if self._collection.count() != self.tables.count_rows():
            return False  # e.g. a new server, or one that lost this workspace's collection
        ahead = self._collection.get(
            where={
                "$or": [
                    {"version_from": {"$gt": current}},
                    {
                        "$and": [
                            {"version_to": {"$gt": current}},
                            {"version_to": {"$ne": OPEN_VERSION}},
                        ]
                    },
                ]
            },
            limit=1,
            include=[],
        )
        return not ahead["ids"]

    def search(
        self,
        text: str,
        *,
        number: int,
        day: int,
        kinds: Sequence[str] | None,
        channel: str | None,
        k: int,
        include_retired: bool,
        include_expired: bool,
    ) -> list[SearchHit]:
        """Entries of version ``number`` nearest ``text``, best first.

        Args:
            text: What to look for.
            number: The pack version searched.
            day: The day (ordinal) validity windows are checked on.
            kinds: Only these kinds (checked by the caller), or all.
            channel: Only entries allowed on this channel (checked by the caller).
            k: How many hits at most.
            include_retired: Also return retired and draft entries.
            include_expired: Also return entries outside their validity window.
        """
        query = np.asarray(self._ef([text])[0], dtype=np.float32)
        index = self._live_index(number)
        if index is not None:
            found = index.search(
                query,
                k=max(1, k),
                kinds=kinds,
                channel=channel,
                day=day,
                include_retired=include_retired,
                include_expired=include_expired,
            )
            return [
                SearchHit(r.kind, r.entry_id, r.document, score, r.version_from, r.data)
                for r, score in found
            ]
        clauses: list[dict[str, Any]] = [
            {"version_from": {"$lte": number}},
            {"version_to": {"$gt": number}},
        ]
        if kinds:
            clauses.append({"kind": {"$in": list(kinds)}})
        if channel:
            clauses.append({f"ch_{channel}": True})
        if not include_retired:
            clauses.append({"status": "active"})
        if not include_expired:
            clauses += [{"valid_from_day": {"$lte": day}}, {"valid_until_day": {"$gte": day}}]
        result = self.collection.query(
            query_embeddings=[query],
            n_results=max(1, k),
            where={"$and": clauses},
            include=["metadatas", "distances", "documents"],
        )
        return [
            SearchHit(
                kind=meta["kind"],
                entry_id=meta["entry_id"],
                text=document,
                score=1.0 - float(distance),
                version_from=int(meta["version_from"]),
                data=json.loads(meta["data"]),
            )
            for meta, distance, document in zip(
                result["metadatas"][0], result["distances"][0], result["documents"][0], strict=True
            )
        ]

    def _live_index(self, number: int) -> LiveIndex | None:
        """The in-memory exact index of version ``number``; None above ``exact_search_limit``."""
        if number in self._live_indexes:
            return self._live_indexes[number]
        if self.tables.count_live(number) > self.exact_search_limit:
            return None
        got = self.collection.get(
            where={"$and": [{"version_from": {"$lte": number}}, {"version_to": {"$gt": number}}]},
            include=["embeddings", "metadatas", "documents"],
        )
        index = LiveIndex(got["embeddings"], got["metadatas"], got["documents"])
        if len(self._live_indexes) >= _KEPT_LIVE_INDEXES:
            self._live_indexes.pop(next(iter(self._live_indexes)))
        self._live_indexes[number] = index
        return index

    def reindex(self) -> int:
        """Rebuild the Chroma index from SQL.

        Returns:
            How many entry rows were indexed.
        """
        if self._client is None:
            self.collection  # noqa: B018 (opens the client, which may call reindex itself)
            return self.tables.count_rows()
        self._live_indexes.clear()
        if self.collection_name != EMBEDDED_COLLECTION:
            # a shared server: other processes hold this collection open, so empty it in place
            # (dropping it would leave them a handle to a collection that no longer exists)
            while ids := self._collection.get(limit=5000, include=[])["ids"]:
                self._collection.delete(ids=ids)
        else:
            self._client.delete_collection(self.collection_name)
            self._collection = open_collection(self._client, self.collection_name, self._ef, None)
        rows = self.tables.all_rows()
        self.index_rows(rows, self._collection)
        self.tables.set_meta("indexed_version", str(self.tables.current_version() or 0))
        self.tables.conn.commit()
        return len(rows)

    def index_rows(self, rows: list[dict[str, Any]], collection: Any) -> None:
        """Embed and upsert entry rows into ``collection``, in batches."""
        batch = 512
        for start in range(0, len(rows), batch):
            chunk = rows[start : start + batch]
            ids, docs, metas = [], [], []
            for row in chunk:
                data = json.loads(row["data"])
                ids.append(f"{row['kind']}:{row['entry_id']}:{row['version_from']}")
                docs.append(document_text(row["kind"], data))
                metas.append(entry_metadata(row, data))
            collection.upsert(ids=ids, documents=docs, metadatas=metas)
