"""BrandStore: the versioned, vector-searchable brand knowledge store.

SQL is the source of truth. Every change creates a new immutable **pack version** (author,
role, time, reason, content hash). Entries (brand identity, voice, each claim, offer and rule)
are stored as rows valid over a half-open version range ``[version_from, version_to)``, so the
exact pack of any version is one query, and "what was approved on the day this message went
out?" is :meth:`BrandStore.as_of`.

The store is three parts: the SQL history (:mod:`~nextbest.brand_context.pack_tables`), the
Chroma index derived from it (:mod:`~nextbest.brand_context.entry_index`) and the pack ↔ entries
conversion (:mod:`~nextbest.brand_context.pack_entries`). This module holds the domain rules that
tie them: who may change what, one version per change, diffs, rollback and search.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nextbest.brand_context.entry_index import OPEN_VERSION, EntryIndex, document_text
from nextbest.brand_context.field_diff import field_changes
from nextbest.brand_context.models import CHANNELS, ENTRY_KINDS, BrandPack, EntryStatus
from nextbest.brand_context.pack_entries import (
    SINGLETONS,
    Entries,
    content_hash,
    entries_of,
    pack_from_entries,
    validate_entry,
    validated_pack,
)
from nextbest.brand_context.pack_tables import PackTables
from nextbest.brand_context.roles import Role, require_role
from nextbest.brand_context.store_records import (
    EntryDiff,
    EntryNotFound,
    EntryRevision,
    NoVersionError,
    SearchHit,
    StoreError,
    VersionInfo,
)
from nextbest.brand_context.workspace import Workspace

if TYPE_CHECKING:  # chromadb is imported when vectors are first used (EntryIndex)
    from nextbest.brand_context.embedding import OfflineEmbeddingFunction


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

    Attributes:
        tables: The SQL history (versions, entry rows, store metadata).
        index: The Chroma index over the entry rows.

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
        self._conn = self.workspace.connect()  # tables: nextbest.brand_context.migrations
        self.tables = PackTables(self._conn)
        self.index = EntryIndex(
            self.workspace,
            self.tables,
            embedding_function,
            exact_search_limit,
        )

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()

    def __enter__(self) -> BrandStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading versions ------------------------------------------------------------------

    def current_version(self) -> int | None:
        """The newest version number, or None for an empty store."""
        return self.tables.current_version()

    def versions(self) -> list[VersionInfo]:
        """Every version, oldest first."""
        return self.tables.versions()

    def version(self, number: int) -> VersionInfo:
        """Metadata of one version.

        Raises:
            NoVersionError: If the version does not exist.
        """
        return self.tables.version(number)

    def version_at(self, moment: datetime | date) -> VersionInfo:
        """The version in force at ``moment``.

        A ``date`` means the end of that day (UTC); a naive datetime is taken as UTC.

        Raises:
            NoVersionError: If ``moment`` is before the first version.
        """
        return self.tables.version_at(_as_utc(moment))

    def pack(self, version: int | None = None) -> BrandPack:
        """The exact pack of a version (the current one by default).

        Raises:
            NoVersionError: If the store is empty or the version does not exist.
        """
        number = self.tables.resolve(version)
        return pack_from_entries(self.tables.entries_at(number))

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
        return self.version(self.tables.resolve(version)).content_hash

    def get(self, kind: str, entry_id: str, version: int | None = None) -> dict[str, Any]:
        """Plain data of one entry at a version (current by default).

        Raises:
            EntryNotFound: If there is no such entry in that version.
        """
        number = self.tables.resolve(version)
        data = self.tables.entry(kind, entry_id, number)
        if data is None:
            raise EntryNotFound(f"no {kind} with id {entry_id!r} in version {number}")
        return data

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
        rows = self.tables.revision_rows(entry_id)
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
        before = self.tables.entries_at(self.version(v1).version)
        after = self.tables.entries_at(self.version(v2).version)
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
        entries = entries_of(pack)
        if merge and self.current_version() is not None:
            entries = {**self.tables.entries_at(self.current_version() or 0), **entries}
            pack = validated_pack(entries, source=f"{action} (merged)")
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
        entry = validate_entry(kind, data)
        entry_id = kind if kind in SINGLETONS else entry["id"]
        entries = self.tables.entries_at(self.tables.resolve(None))
        exists = (kind, entry_id) in entries
        if create and exists:
            raise StoreError(f"{kind} {entry_id!r} already exists; use edit to change it")
        if create is False and not exists:
            raise EntryNotFound(f"no {kind} with id {entry_id!r}; use add to create it")
        entries[(kind, entry_id)] = entry
        pack = validated_pack(entries, source=f"{kind} {entry_id}")
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
        if kind in SINGLETONS:
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
        entries = self.tables.entries_at(self.version(version).version)
        pack = pack_from_entries(entries)
        return self._commit(
            entries, pack, author, Role.parse(role), f"rollback to v{version}", reason
        )

    # -- search ----------------------------------------------------------------------------

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
        wanted = list(kinds) if kinds else None
        if wanted:
            unknown = sorted(set(wanted) - set(ENTRY_KINDS))
            if unknown:
                raise StoreError(f"unknown kinds {unknown}; valid: {', '.join(ENTRY_KINDS)}")
        if channel and channel not in CHANNELS:
            raise StoreError(f"unknown channel {channel!r}; valid: {', '.join(CHANNELS)}")
        return self.index.search(
            text,
            number=number,
            day=day,
            kinds=wanted,
            channel=channel,
            k=k,
            include_retired=include_retired,
            include_expired=include_expired,
        )

    def reindex(self) -> int:
        """Rebuild the Chroma index from the SQL history.

        Returns:
            How many entry rows were indexed.
        """
        return self.index.reindex()

    # -- committing a version --------------------------------------------------------------

    def _commit(
        self,
        entries: Entries,
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
        current = self.tables.entries_at(latest) if latest is not None else {}
        changed = {key: value for key, value in entries.items() if current.get(key) != value}
        closed = [key for key in current if key not in entries or key in changed]
        created = created or self._clock()
        previous = self.version(latest).created_at if latest is not None else None
        if previous is not None and created <= previous:
            created = previous + timedelta(microseconds=1)  # versions are strictly ordered
        number = (latest or 0) + 1
        info = VersionInfo(number, created, author, role.label, action, reason, digest)
        collection = self.index.collection
        with self.tables.serialized():
            if self.current_version() != latest:  # another process committed meanwhile
                raise StoreError(
                    f"the brand store changed while this change was prepared (now "
                    f"v{self.current_version()}, was {_version_label(latest)}); try again"
                )
            touched = self.tables.append_version(info, closed, changed)
            try:
                self.index.index_rows(touched, collection)
            except Exception:
                self.index.forget()  # checked and rebuilt from SQL on next use
                raise
            self.tables.set_meta("indexed_version", str(number))
        return self.version(number)


def _version_label(version: int | None) -> str:
    return f"v{version}" if version is not None else "empty"


def _as_utc(moment: datetime | date) -> datetime:
    if isinstance(moment, datetime):
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return datetime.combine(moment, datetime.max.time(), tzinfo=UTC)


__all__ = [
    "OPEN_VERSION",
    "BrandStore",
    "EntryDiff",
    "EntryNotFound",
    "EntryRevision",
    "NoVersionError",
    "SearchHit",
    "StoreError",
    "VersionInfo",
    "content_hash",
    "document_text",
]
