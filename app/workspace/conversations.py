"""An index of marketer chat conversations, for listing them in the web workspace.

Who started each conversation, when, its last message, and whether a goal change in it awaits
approval. The conversations themselves live in the LangGraph checkpointer
(:class:`~nextbest.app.workspace.chat_session.ChatSession` resumes them by id); this table only
lets the web
workspace
list them — "my conversations" and "goal changes awaiting approval" — and know who owns one
(only the owner may write in it). It is refreshed from the session after every turn with
:meth:`ConversationIndex.sync`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from nextbest.app.workspace.versioned_store import WorkspaceStore
from nextbest.brand_context.database import IntegrityError

TITLE_LENGTH = 80
"""Characters of the first message kept as the conversation's title."""
PREVIEW_LENGTH = 160
"""Characters of the last message kept for the list."""


class Conversation(BaseModel):
    """One conversation as listed.

    Attributes:
        conversation_id: The chat's id (the checkpointer thread is ``chat:<id>``).
        owner: Who started it; the only user who may write in it.
        started_at: When it was started (UTC).
        updated_at: When it last changed (UTC).
        title: The first thing the owner said (shortened), or empty.
        last_message: The newest message shown to people (shortened).
        message_count: Messages in the conversation (tool results included).
        pending_by: The author of a goal change awaiting approval, else None.
    """

    model_config = ConfigDict(frozen=True)

    conversation_id: str
    owner: str
    started_at: datetime
    updated_at: datetime
    title: str = ""
    last_message: str = ""
    message_count: int = 0
    pending_by: str | None = None

    @property
    def awaiting_approval(self) -> bool:
        """Whether a goal change in it waits for a decision."""
        return self.pending_by is not None


def _shorten(text: str, length: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1].rstrip() + "…"


def summarize(messages: list[dict[str, Any]]) -> tuple[str, str]:
    """The title (first user message) and last shown message of a conversation.

    Tool results and assistant messages that only call tools are not shown to people, so they
    are skipped.
    """
    shown = [
        str(m.get("content") or "")
        for m in messages
        if m.get("role") in ("user", "assistant") and str(m.get("content") or "").strip()
    ]
    first_user = next(
        (
            str(m.get("content"))
            for m in messages
            if m.get("role") == "user" and str(m.get("content") or "").strip()
        ),
        "",
    )
    return _shorten(first_user, TITLE_LENGTH), _shorten(shown[-1], PREVIEW_LENGTH) if shown else ""


class ConversationIndex(WorkspaceStore):
    """The chat conversations of a workspace, in its database.

    Args:
        workspace: The workspace (or its folder).
        clock: Returns "now" (UTC); the web passes its clock.
    """

    def _row(self, row: Any) -> Conversation:
        return Conversation(
            conversation_id=row["conversation_id"],
            owner=row["owner"],
            started_at=datetime.fromisoformat(row["started_at"]),
            updated_at=datetime.fromisoformat(row["updated_at"]),
            title=row["title"],
            last_message=row["last_message"],
            message_count=row["message_count"],
            pending_by=row["pending_by"],
        )

    def _now(self) -> str:
        return self._clock().astimezone(UTC).isoformat()

    def create(self, conversation_id: str, owner: str) -> Conversation:
        """Register a new conversation started by ``owner``.

        Raises:
            ValueError: If the id is already taken or the owner is empty.
        """
        if not owner.strip() or not conversation_id.strip():
            raise ValueError("a conversation needs an id and an owner")
        now = self._now()
        try:
            with self._conn:
                self._conn.execute(
                    "INSERT INTO chat_conversations "
                    "(conversation_id, owner, started_at, updated_at) VALUES (?, ?, ?, ?)",
                    (conversation_id, owner, now, now),
                )
        except IntegrityError:
            raise ValueError(f"conversation {conversation_id} already exists") from None
        return self.get(conversation_id)

    def find(self, conversation_id: str) -> Conversation | None:
        """The conversation, or None when it is not in the index."""
        row = self._conn.execute(
            "SELECT * FROM chat_conversations WHERE conversation_id = ?", (conversation_id,)
        ).fetchone()
        return self._row(row) if row else None

    def get(self, conversation_id: str) -> Conversation:
        """The conversation.

        Raises:
            KeyError: If there is no such conversation.
        """
        found = self.find(conversation_id)
        if found is None:
            raise KeyError(f"no conversation {conversation_id}")
        return found

    def sync(
        self,
        conversation_id: str,
        messages: list[dict[str, Any]],
        pending: dict[str, Any] | None,
    ) -> Conversation:
        """Refresh the listing from the conversation's messages and pending proposal.

        ``updated_at`` moves only when something changed, so viewing a conversation does not
        reorder the lists.

        Raises:
            KeyError: If there is no such conversation.
        """
        current = self.get(conversation_id)
        title, last = summarize(messages)
        pending_by = str(pending.get("proposed_by") or "?") if pending else None
        fresh = (title, last, len(messages), pending_by)
        if fresh == (
            current.title,
            current.last_message,
            current.message_count,
            current.pending_by,
        ):
            return current
        with self._conn:
            self._conn.execute(
                "UPDATE chat_conversations SET title = ?, last_message = ?, message_count = ?, "
                "pending_by = ?, updated_at = ? WHERE conversation_id = ?",
                (*fresh, self._now(), conversation_id),
            )
        return self.get(conversation_id)

    def started_by(self, owner: str, limit: int = 50) -> list[Conversation]:
        """Conversations ``owner`` started, most recently changed first."""
        rows = self._conn.execute(
            "SELECT * FROM chat_conversations WHERE owner = ? "
            "ORDER BY updated_at DESC, conversation_id LIMIT ?",
            (owner, int(limit)),
        ).fetchall()
        return [self._row(r) for r in rows]

    def awaiting_approval(self, limit: int = 50) -> list[Conversation]:
        """Conversations whose goal change waits for a decision, oldest change first."""
        rows = self._conn.execute(
            "SELECT * FROM chat_conversations WHERE pending_by IS NOT NULL "
            "ORDER BY updated_at, conversation_id LIMIT ?",
            (int(limit),),
        ).fetchall()
        return [self._row(r) for r in rows]
