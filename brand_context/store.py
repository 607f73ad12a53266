"""BrandStore: the versioned, vector-searchable brand knowledge store.

SQLite is the source of truth. Every change creates a new immutable **pack version** (author,
role, time, reason, content hash). Entries (brand identity, voice, each claim, offer and rule)
are stored as rows valid over a half-open version range ``[version_from, version_to)``, so the
exact pack of any version is one query, and "what was approved on the day this message went
out?" is :meth:`BrandStore.as_of`.

Chroma is a derived index over every entry row, searchable with the offline MiniLM embedder
and filtered by version, kind, channel, status and validity dates: embedded (``PersistentClient``
in the workspace) by default, or a shared ``chroma run`` server with ``NEXTBEST_CHROMA_URL`` (see
:mod:`nextbest.brand_context.chroma_client`). If the index ever falls behind SQLite (a crash
between the two, or a server that never saw this workspace), it is rebuilt on open.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import TypeAdapter, ValidationError

from nextbest.brand_context.chroma_client import (
    EMBEDDED_COLLECTION,
    configured_server,
    open_client,
    open_collection,
    server_collection_name,
)
from nextbest.brand_context.embedding import OfflineEmbeddingFunction
from nextbest.brand_context.field_diff import FieldChange, field_changes
from nextbest.brand_context.ingest import (
    FieldProblem,
    PackValidationError,
    entry_to_data,
    parse_pack,
    problems_from_validation_error,
)
from nextbest.brand_context.live_index import LiveIndex
from nextbest.brand_context.models import (
    CHANNELS,
    ENTRY_KINDS,
    ENTRY_SECTIONS,
    Brand,
    BrandPack,
    Claim,
    EntryStatus,
    NonClaimPhrases,
    Offer,
    Product,
    Rule,
    RuleTest,
    StandingStatement,
    Voice,
)
from nextbest.brand_context.roles import Role, require_role
from nextbest.brand_context.workspace import Workspace

OPEN_VERSION = 2**62
"""``version_to`` of rows still in force (Chroma filters need a number, not NULL)."""

_SINGLETONS = {"brand", "voice", "non_claims"}
_RULE_ADAPTER: TypeAdapter[Rule] = TypeAdapter(Rule)
_MODELS: dict[str, Any] = {
    "brand": Brand,
    "voice": Voice,
    "claim": Claim,
    "offer": Offer,
    "rule": _RULE_ADAPTER,
    "product": Product,
    "statement": StandingStatement,
    "non_claims": NonClaimPhrases,
    "rule_test": RuleTest,
}


class StoreError(Exception):
    """A brand store operation could not be carried out (the store is unchanged)."""


class NoVersionError(StoreError):
    """No pack version exists at the requested time or number."""


class EntryNotFound(StoreError):
    """No entry with the given kind and id."""


@dataclass(frozen=True)
class VersionInfo:
    """One immutable pack version."""

    version: int
    created_at: datetime
    author: str
    role: str
    action: str
    reason: str
    content_hash: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe representation."""
        return {**self.__dict__, "created_at": self.created_at.isoformat()}


@dataclass(frozen=True)
class EntryRevision:
    """One stored revision of an entry, with the version range it was in force."""

    kind: str
    entry_id: str
    version_from: int
    version_to: int | None
    data: dict[str, Any]
    change: VersionInfo

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe representation."""
        return {
            "kind": self.kind,
            "id": self.entry_id,
            "version_from": self.version_from,
            "version_to": self.version_to,
            "data": self.data,
            "change": self.change.to_dict(),
        }


@dataclass(frozen=True)
class EntryDiff:
    """How one entry differs between two versions."""

    kind: str
    entry_id: str
    change: str  # added | removed | changed
    fields: list[FieldChange] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe representation."""
        return {
            "kind": self.kind,
            "id": self.entry_id,
            "change": self.change,
            "fields": [f.model_dump() for f in self.fields],
        }


@dataclass(frozen=True)
class SearchHit:
    """One semantic search result."""

    kind: str
    entry_id: str
    text: str
    score: float
    version_from: int
    data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe representation."""
        return {
            "kind": self.kind,
            "id": self.entry_id,
            "score": round(self.score, 4),
            "text": self.text,
            "version_from": self.version_from,
            "data": self.data,
        }


def content_hash(pack: BrandPack) -> str:
    """SHA-256 of the pack's canonical JSON; equal packs hash equal, whatever the entry order.

    Args:
        pack: The pack.

    Returns:
        ``sha256:<hex>``.
    """
    data = pack.model_dump(mode="json")
    for section in ENTRY_SECTIONS.values():
        data[section] = sorted(data[section], key=lambda entry: entry["id"])
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()


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


def _listify(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _day_number(value: str | None, default: int) -> int:
    return date.fromisoformat(value).toordinal() if value else default


def _entries_of(pack: BrandPack) -> dict[tuple[str, str], dict[str, Any]]:
    entries: dict[tuple[str, str], dict[str, Any]] = {
        ("brand", "brand"): entry_to_data(pack.brand),
        ("voice", "voice"): entry_to_data(pack.voice),
    }
    if pack.non_claim_phrases:
        phrases = NonClaimPhrases(phrases=pack.non_claim_phrases)
        entries[("non_claims", "non_claims")] = entry_to_data(phrases)
    for kind, section in ENTRY_SECTIONS.items():
        for entry in getattr(pack, section):
            entries[(kind, entry.id)] = entry_to_data(entry)
    return entries


def _pack_data(entries: dict[tuple[str, str], dict[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {section: [] for section in ENTRY_SECTIONS.values()}
    for (kind, _), value in entries.items():
        if kind == "non_claims":
            data["non_claim_phrases"] = value.get("phrases", [])
        elif kind in _SINGLETONS:
            data[kind] = value
        else:
            data[ENTRY_SECTIONS[kind]].append(value)
    return data


def _pack_from_entries(entries: dict[tuple[str, str], dict[str, Any]]) -> BrandPack:
    return BrandPack.model_validate(_pack_data(entries))


def _now() -> datetime:
    return datetime.now(UTC)


class BrandStore:
    """The versioned brand knowledge store of one workspace.

    Args:
        home: Workspace folder (see :class:`~nextbest.brand_context.workspace.Workspace`).
        clock: Returns the current UTC time; injectable for tests and replays.
        embedding_function: Chroma embedding function (the offline MiniLM one by default).
        exact_search_limit: Up to this many live entries a version is searched exactly in
            memory (see :mod:`nextbest.brand_context.live_index`); above it, Chroma's HNSW query is
            used.

    Example:
        >>> store = BrandStore("/tmp/ws")                           # doctest: +SKIP
        >>> store.import_pack(pack, author="ana", role="compliance", reason="initial")
        >>> store.search("get my money back", kinds=["claim"], channel="sms")
    """

    def __init__(
        self,
        home: str | Path | Workspace | None = None,
        *,
        clock: Callable[[], datetime] = _now,
        embedding_function: OfflineEmbeddingFunction | None = None,
        exact_search_limit: int = 50_000,
    ) -> None:
        self.workspace = home if isinstance(home, Workspace) else Workspace.resolve(home)
        self._clock = clock
        self._ef = embedding_function or OfflineEmbeddingFunction()
        self._conn = self.workspace.connect()  # tables: nextbest.brand_context.migrations
        self._collection_cache: Any = None
        self._client: Any = None
        self._collection_name = EMBEDDED_COLLECTION
        self._live_indexes: dict[int, LiveIndex] = {}
        self.exact_search_limit = exact_search_limit

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        """Close the SQLite connection."""
        self._conn.close()

    def __enter__(self) -> BrandStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def _collection(self) -> Any:
        if self._collection_cache is None:
            server = configured_server()
            self._client = open_client(self.workspace.chroma_path, server)
            if server is not None:  # a shared server: one collection per workspace
                self._collection_name = server_collection_name(self._workspace_id())
            self._collection_cache = open_collection(
                self._client, self._collection_name, self._ef, server
            )
            if not self._index_is_consistent():
                self.reindex()
        return self._collection_cache

    def _index_is_consistent(self) -> bool:
        """False when Chroma may hold rows of a version SQLite never committed (a crash)."""
        current = self.current_version() or 0
        if self._meta("indexed_version") != str(current):
            return False
        if self._collection_cache.count() != self._count_rows():
            return False  # e.g. a new server, or one that lost this workspace's collection
        ahead = self._collection_cache.get(
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

    # -- reading versions ------------------------------------------------------------------

    def current_version(self) -> int | None:
        """The newest version number, or None for an empty store."""
        row = self._conn.execute("SELECT MAX(version) FROM pack_versions").fetchone()
        return row[0]

    def versions(self) -> list[VersionInfo]:
        """Every version, oldest first."""
        rows = self._conn.execute("SELECT * FROM pack_versions ORDER BY version").fetchall()
        return [self._version_info(r) for r in rows]

    def version(self, number: int) -> VersionInfo:
        """Metadata of one version.

        Raises:
            NoVersionError: If the version does not exist.
        """
        row = self._conn.execute(
            "SELECT * FROM pack_versions WHERE version = ?", (number,)
        ).fetchone()
        if row is None:
            raise NoVersionError(f"version {number} does not exist (latest: {self._latest_text()})")
        return self._version_info(row)

    def version_at(self, moment: datetime | date) -> VersionInfo:
        """The version in force at ``moment``.

        A ``date`` means the end of that day (UTC); a naive datetime is taken as UTC.

        Raises:
            NoVersionError: If ``moment`` is before the first version.
        """
        at = _as_utc(moment)
        row = self._conn.execute(
            "SELECT * FROM pack_versions WHERE created_at <= ? ORDER BY version DESC LIMIT 1",
            (at.isoformat(),),
        ).fetchone()
        if row is None:
            first = self._conn.execute(
                "SELECT created_at FROM pack_versions ORDER BY version LIMIT 1"
            ).fetchone()
            if first is None:
                raise NoVersionError("the brand store is empty: run `nextbest kb init` first")
            raise NoVersionError(
                f"{at.isoformat()} is before the first brand pack version "
                f"(created {first['created_at']})"
            )
        return self._version_info(row)

    def pack(self, version: int | None = None) -> BrandPack:
        """The exact pack of a version (the current one by default).

        Raises:
            NoVersionError: If the store is empty or the version does not exist.
        """
        number = self._resolve_version(version)
        return _pack_from_entries(self._entries_at(number))

    def as_of(self, moment: datetime | date) -> BrandPack:
        """The exact pack in force at ``moment`` — what was approved then.

        Args:
            moment: A datetime (naive = UTC) or a date (= end of that day, UTC).

        Raises:
            NoVersionError: If ``moment`` is before the first version.
        """
        return self.pack(self.version_at(moment).version)

    def content_hash(self, version: int | None = None) -> str:
        """Content hash of a version's pack (the current one by default)."""
        return self.version(self._resolve_version(version)).content_hash

    def get(self, kind: str, entry_id: str, version: int | None = None) -> dict[str, Any]:
        """Plain data of one entry at a version (current by default).

        Raises:
            EntryNotFound: If there is no such entry in that version.
        """
        number = self._resolve_version(version)
        row = self._conn.execute(
            "SELECT data FROM pack_entries WHERE kind = ? AND entry_id = ? AND version_from <= ?"
            " AND (version_to IS NULL OR version_to > ?)",
            (kind, entry_id, number, number),
        ).fetchone()
        if row is None:
            raise EntryNotFound(f"no {kind} with id {entry_id!r} in version {number}")
        return json.loads(row["data"])

    def find(self, entry_id: str, version: int | None = None) -> tuple[str, dict[str, Any]]:
        """Find an entry by id in any kind.

        Returns:
            ``(kind, data)``.

        Raises:
            EntryNotFound: If no kind has that id.
        """
        for kind in ENTRY_KINDS:
            try:
                return kind, self.get(kind, entry_id, version)
            except EntryNotFound:
                continue
        raise EntryNotFound(f"no entry of any kind ({', '.join(ENTRY_KINDS)}) has id {entry_id!r}")

    def history(self, entry_id: str | None = None) -> list[EntryRevision] | list[VersionInfo]:
        """Change history: every version, or every revision of one entry.

        Args:
            entry_id: An entry id (``brand`` and ``voice`` work too), or None for all versions.

        Returns:
            Versions oldest first, or the entry's revisions oldest first.

        Raises:
            EntryNotFound: If the id never existed.
        """
        if entry_id is None:
            return self.versions()
        rows = self._conn.execute(
            "SELECT * FROM pack_entries WHERE entry_id = ? ORDER BY version_from", (entry_id,)
        ).fetchall()
        if not rows:
            raise EntryNotFound(f"no entry with id {entry_id!r} has ever existed")
        return [
            EntryRevision(
                r["kind"],
                r["entry_id"],
                r["version_from"],
                r["version_to"],
                json.loads(r["data"]),
                self.version(r["version_from"]),
            )
            for r in rows
        ]

    def diff(self, v1: int, v2: int) -> list[EntryDiff]:
        """What changed from version ``v1`` to version ``v2``.

        Returns:
            One :class:`EntryDiff` per added, removed or changed entry, with field-level changes.
        """
        before = self._entries_at(self.version(v1).version)
        after = self._entries_at(self.version(v2).version)
        diffs: list[EntryDiff] = []
        for key in sorted(set(before) | set(after)):
            if key not in after:
                diffs.append(EntryDiff(*key, "removed"))
            elif key not in before:
                diffs.append(EntryDiff(*key, "added"))
            elif before[key] != after[key]:
                diffs.append(EntryDiff(*key, "changed", field_changes(before[key], after[key])))
        return diffs

    # -- writing ---------------------------------------------------------------------------

    def import_pack(
        self,
        pack: BrandPack,
        *,
        author: str,
        role: Role | str,
        reason: str,
        merge: bool = False,
        action: str = "import",
        effective_from: date | None = None,
    ) -> VersionInfo | None:
        """Import a whole pack as one new version, all or nothing.

        Args:
            pack: A validated pack.
            author: Who is making the change.
            role: Their role (compliance or admin).
            reason: Why.
            merge: Keep entries that the pack does not mention (default: replace the pack).
            action: Label recorded with the version.
            effective_from: The day (UTC) the pack has been in force since, when earlier than
                today (an imported rulebook that already applied); "as of" queries from that
                day on read this version. It must come after the current version.

        Returns:
            The new version, or None when the pack equals the current one (nothing to do).

        Raises:
            PermissionDenied: If the role may not import.
            PackValidationError: If the merged result is invalid.
            StoreError: If ``effective_from`` is in the future or not after the current version.
        """
        require_role(Role.parse(role), "pack", action)
        entries = _entries_of(pack)
        if merge and self.current_version() is not None:
            entries = {**self._entries_at(self.current_version() or 0), **entries}
            pack = self._validated(entries, source=f"{action} (merged)")
        since = self._effective_moment(effective_from) if effective_from else None
        if since is not None:
            reason = f"{reason} (in force from {effective_from}; recorded {self._clock():%Y-%m-%d})"
        return self._commit(entries, pack, author, Role.parse(role), action, reason, since)

    def _effective_moment(self, day: date) -> datetime:
        """The start of ``day`` (UTC), checked against now and the current version."""
        moment = datetime.combine(day, time(0), tzinfo=UTC)
        if moment > self._clock():
            raise StoreError(f"--effective-from {day} is in the future; import it on that day")
        latest = self.current_version()
        if latest is not None and moment <= self.version(latest).created_at:
            since = self.version(latest).created_at.date()
            raise StoreError(
                f"effective date {day} is not after version {latest} (in force from {since})"
            )
        return moment

    def put(
        self,
        kind: str,
        data: dict[str, Any],
        *,
        author: str,
        role: Role | str,
        reason: str,
        create: bool | None = None,
    ) -> VersionInfo | None:
        """Add or replace one entry as a new version.

        Args:
            kind: claim, offer, rule, voice or brand.
            data: The entry's full data (validated against its schema).
            author: Who is making the change.
            role: Their role.
            reason: Why.
            create: True = must not exist yet (add), False = must exist (edit), None = either.

        Returns:
            The new version, or None when nothing changed.

        Raises:
            PermissionDenied: If the role may not change this kind.
            PackValidationError: With the field path of every problem.
            StoreError: On add of an existing id or edit of a missing one.
        """
        action = "add" if create else "edit"
        require_role(Role.parse(role), kind, action)
        entry = self._validate_entry(kind, data)
        entry_id = kind if kind in _SINGLETONS else entry["id"]
        entries = self._entries_at(self._resolve_version(None))
        exists = (kind, entry_id) in entries
        if create and exists:
            raise StoreError(f"{kind} {entry_id!r} already exists; use edit to change it")
        if create is False and not exists:
            raise EntryNotFound(f"no {kind} with id {entry_id!r}; use add to create it")
        entries[(kind, entry_id)] = entry
        pack = self._validated(entries, source=f"{kind} {entry_id}")
        return self._commit(
            entries, pack, author, Role.parse(role), f"{action} {kind} {entry_id}", reason
        )

    def retire(
        self, kind: str, entry_id: str, *, author: str, role: Role | str, reason: str
    ) -> VersionInfo | None:
        """Retire a claim, offer or rule: a soft delete that keeps its history.

        Raises:
            StoreError: For brand/voice (which cannot be retired) or a missing entry.
        """
        if kind in _SINGLETONS:
            raise StoreError(f"{kind} cannot be retired; edit it instead")
        require_role(Role.parse(role), kind, "retire")
        data = dict(self.get(kind, entry_id))
        if data.get("status") == EntryStatus.RETIRED.value:
            return None
        data["status"] = EntryStatus.RETIRED.value
        return self.put(kind, data, author=author, role=role, reason=reason, create=False)

    def rollback(
        self, version: int, *, author: str, role: Role | str, reason: str
    ) -> VersionInfo | None:
        """Make the content of an earlier version current again, as a new recorded version.

        Returns:
            The new version, or None if ``version`` already equals the current pack.
        """
        require_role(Role.parse(role), "pack", "roll back")
        entries = self._entries_at(self.version(version).version)
        pack = _pack_from_entries(entries)
        return self._commit(
            entries, pack, author, Role.parse(role), f"rollback to v{version}", reason
        )

    # -- search ----------------------------------------------------------------------------

    def search(
        self,
        text: str,
        *,
        kinds: Iterable[str] | None = None,
        channel: str | None = None,
        as_of: datetime | date | None = None,
        k: int = 5,
        include_retired: bool = False,
        include_expired: bool = False,
    ) -> list[SearchHit]:
        """Semantic search over the pack in force at ``as_of`` (now by default).

        Args:
            text: What to look for, in plain words.
            kinds: Restrict to these kinds (claim, offer, rule, voice, brand).
            channel: Only entries allowed on this channel.
            as_of: Search the pack version in force then, and honour validity on that day.
            k: How many hits at most.
            include_retired: Also return retired and draft entries.
            include_expired: Also return entries outside their validity window.

        Returns:
            Hits, best first, with a cosine similarity score.
        """
        moment = _as_utc(as_of) if as_of is not None else self._clock()
        number = self.version_at(moment).version
        day = (
            as_of if isinstance(as_of, date) and not isinstance(as_of, datetime) else moment.date()
        ).toordinal()
        clauses: list[dict[str, Any]] = [
            {"version_from": {"$lte": number}},
            {"version_to": {"$gt": number}},
        ]
        if kinds:
            kinds = list(kinds)
            unknown = sorted(set(kinds) - set(ENTRY_KINDS))
            if unknown:
                raise StoreError(f"unknown kinds {unknown}; valid: {', '.join(ENTRY_KINDS)}")
            clauses.append({"kind": {"$in": kinds}})
        if channel:
            if channel not in CHANNELS:
                raise StoreError(f"unknown channel {channel!r}; valid: {', '.join(CHANNELS)}")
            clauses.append({f"ch_{channel}": True})
        if not include_retired:
            clauses.append({"status": "active"})
        if not include_expired:
            clauses += [{"valid_from_day": {"$lte": day}}, {"valid_until_day": {"$gte": day}}]
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
        result = self._collection.query(
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
        live_rows = self._conn.execute(
            "SELECT COUNT(*) FROM pack_entries WHERE version_from <= ?"
            " AND (version_to IS NULL OR version_to > ?)",
            (number, number),
        ).fetchone()[0]
        if live_rows > self.exact_search_limit:
            return None
        got = self._collection.get(
            where={"$and": [{"version_from": {"$lte": number}}, {"version_to": {"$gt": number}}]},
            include=["embeddings", "metadatas", "documents"],
        )
        index = LiveIndex(got["embeddings"], got["metadatas"], got["documents"])
        if len(self._live_indexes) >= 4:
            self._live_indexes.pop(next(iter(self._live_indexes)))
        self._live_indexes[number] = index
        return index

    def reindex(self) -> int:
        """Rebuild the Chroma index from SQLite.

        Returns:
            How many entry rows were indexed.
        """
        if self._client is None:
            self._collection  # noqa: B018 (opens the client, which may call reindex itself)
            return self._count_rows()
        self._live_indexes.clear()
        if self._collection_name != EMBEDDED_COLLECTION:
            # a shared server: other processes hold this collection open, so empty it in place
            # (dropping it would leave them a handle to a collection that no longer exists)
            while ids := self._collection_cache.get(limit=5000, include=[])["ids"]:
                self._collection_cache.delete(ids=ids)
        else:
            self._client.delete_collection(self._collection_name)
            self._collection_cache = open_collection(
                self._client, self._collection_name, self._ef, None
            )
        rows = self._conn.execute("SELECT * FROM pack_entries").fetchall()
        self._index_rows([dict(r) for r in rows])
        self._set_meta("indexed_version", str(self.current_version() or 0))
        self._conn.commit()
        return len(rows)

    # -- internals -------------------------------------------------------------------------

    def _count_rows(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM pack_entries").fetchone()[0]

    def _latest_text(self) -> str:
        latest = self.current_version()
        return f"v{latest}" if latest else "none, the store is empty"

    def _resolve_version(self, version: int | None) -> int:
        if version is not None:
            return self.version(version).version
        latest = self.current_version()
        if latest is None:
            raise NoVersionError("the brand store is empty: run `nextbest kb init` first")
        return latest

    def _entries_at(self, number: int) -> dict[tuple[str, str], dict[str, Any]]:
        rows = self._conn.execute(
            "SELECT kind, entry_id, data FROM pack_entries WHERE version_from <= ?"
            " AND (version_to IS NULL OR version_to > ?) ORDER BY kind, entry_id",
            (number, number),
        ).fetchall()
        return {(r["kind"], r["entry_id"]): json.loads(r["data"]) for r in rows}

    def _validate_entry(self, kind: str, data: dict[str, Any]) -> dict[str, Any]:
        if kind not in _MODELS:
            raise StoreError(f"unknown kind {kind!r}; valid: {', '.join(_MODELS)}")
        label = kind if kind in _SINGLETONS else f"{ENTRY_SECTIONS[kind]}[{data.get('id', '?')}]"
        try:
            model = _MODELS[kind]
            entry = (
                model.validate_python(data)
                if isinstance(model, TypeAdapter)
                else model.model_validate(data)
            )
        except ValidationError as exc:
            raise PackValidationError(
                label, problems_from_validation_error(exc, data, prefix=label)
            ) from None
        return entry_to_data(entry)

    @staticmethod
    def _validated(entries: dict[tuple[str, str], dict[str, Any]], source: str) -> BrandPack:
        if ("brand", "brand") not in entries:
            raise PackValidationError(
                source, [FieldProblem("brand", "the store has no brand identity yet")]
            )
        return parse_pack(_pack_data(entries), source=source)

    def _commit(
        self,
        entries: dict[tuple[str, str], dict[str, Any]],
        pack: BrandPack,
        author: str,
        role: Role,
        action: str,
        reason: str,
        created: datetime | None = None,
    ) -> VersionInfo | None:
        if not author.strip():
            raise StoreError("an author is required for every change")
        if not reason.strip():
            raise StoreError("a reason is required for every change")
        digest = content_hash(pack)
        latest = self.current_version()
        if latest is not None and self.version(latest).content_hash == digest:
            return None
        current = self._entries_at(latest) if latest is not None else {}
        changed = {key: value for key, value in entries.items() if current.get(key) != value}
        closed = [key for key in current if key not in entries or key in changed]
        created = created or self._clock()
        previous = self.version(latest).created_at if latest is not None else None
        if previous is not None and created <= previous:
            created = previous + timedelta(microseconds=1)  # versions are strictly ordered
        number = (latest or 0) + 1
        collection = self._collection
        with self._transaction():
            if self.current_version() != latest:  # another process committed meanwhile
                raise StoreError(
                    f"the brand store changed while this change was prepared (now "
                    f"v{self.current_version()}, was {_version_label(latest)}); try again"
                )
            self._conn.execute(
                "INSERT INTO pack_versions VALUES (?, ?, ?, ?, ?, ?, ?)",
                (number, created.isoformat(), author, role.label, action, reason, digest),
            )
            for kind, entry_id in closed:
                self._conn.execute(
                    "UPDATE pack_entries SET version_to = ? WHERE kind = ? AND entry_id = ?"
                    " AND version_to IS NULL",
                    (number, kind, entry_id),
                )
            for (kind, entry_id), value in changed.items():
                self._conn.execute(
                    "INSERT INTO pack_entries VALUES (?, ?, ?, NULL, ?)",
                    (kind, entry_id, number, json.dumps(value, sort_keys=True)),
                )
            touched = self._conn.execute(
                "SELECT * FROM pack_entries WHERE version_from = ? OR version_to = ?",
                (number, number),
            ).fetchall()
            try:
                self._index_rows([dict(r) for r in touched], collection)
            except Exception:
                self._collection_cache = None  # checked and rebuilt from SQLite on next use
                raise
            self._set_meta("indexed_version", str(number))
        return self.version(number)

    def _index_rows(self, rows: list[dict[str, Any]], collection: Any = None) -> None:
        collection = collection or self._collection_cache
        batch = 512
        for start in range(0, len(rows), batch):
            chunk = rows[start : start + batch]
            ids, docs, metas = [], [], []
            for row in chunk:
                data = json.loads(row["data"])
                ids.append(f"{row['kind']}:{row['entry_id']}:{row['version_from']}")
                docs.append(document_text(row["kind"], data))
                metas.append(self._metadata(row, data))
            collection.upsert(ids=ids, documents=docs, metadatas=metas)

    @staticmethod
    def _metadata(row: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
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

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        try:
            self._conn.begin_serialized("pack_versions")
            yield
        except BaseException:
            self._conn.rollback()
            raise
        else:
            self._conn.commit()

    def _workspace_id(self) -> str:
        """This workspace's id, made once and kept in its database (names its Chroma collection).

        Every process sharing the workspace database reads the same id, so they share one
        collection on a Chroma server; another workspace gets another id and collection.
        """
        workspace_id = self._meta("workspace_id")
        if workspace_id is None:
            self._conn.execute(
                "INSERT INTO store_meta VALUES (?, ?) ON CONFLICT(key) DO NOTHING",
                ("workspace_id", uuid.uuid4().hex),
            )
            self._conn.commit()
            workspace_id = self._meta("workspace_id") or ""  # the first writer's id wins
        return workspace_id

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM store_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self._conn.execute(
            "INSERT INTO store_meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = ?",
            (key, value, value),
        )

    @staticmethod
    def _version_info(row: Any) -> VersionInfo:
        return VersionInfo(
            version=row["version"],
            created_at=datetime.fromisoformat(row["created_at"]),
            author=row["author"],
            role=row["role"],
            action=row["action"],
            reason=row["reason"],
            content_hash=row["content_hash"],
        )


def _version_label(version: int | None) -> str:
    return f"v{version}" if version is not None else "empty"


def _as_utc(moment: datetime | date) -> datetime:
    if isinstance(moment, datetime):
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return datetime.combine(moment, datetime.max.time(), tzinfo=UTC)


__all__ = [
    "BrandStore",
    "EntryDiff",
    "EntryNotFound",
    "EntryRevision",
    "NoVersionError",
    "SearchHit",
    "StoreError",
    "VersionInfo",
    "content_hash",
]
