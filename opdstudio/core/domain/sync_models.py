"""Client-local sync bookkeeping (never synced): the outbox of local writes, the sync state and conflict copies.

``outbox``: one entry per local write of a synced row that the server has not acknowledged yet. Several edits of a
row coalesce into its newest pending entry until that entry is pushed; its ``payload`` is frozen just before the
first push attempt, so a retry after a lost acknowledgement sends exactly the same mutation under the same ``seq``
(the server's ledger then answers ``duplicate``). ``seq`` is AUTOINCREMENT: never reused, even after deletes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from .types import UTCDateTime, utcnow


class OutboxState:
    """Values of ``OutboxEntry.state``."""

    PENDING = "pending"  # not acknowledged by the server yet (payload set = a push was attempted)
    SENT = "sent"  # applied (or unchanged / a duplicate of an applied push)
    REJECTED = "rejected"  # refused by the server; reason + messages kept, never retried
    CONFLICT = "conflict"  # the server version won; the local version is in conflict_copy
    DROPPED = "dropped"  # the local row vanished before it could be pushed


class OutboxEntry(SQLModel, table=True):
    """A local write waiting to be pushed (or the record of how its push ended)."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_row", "table_name", "row_id", "state"),
        Index("ix_outbox_state", "state", "seq"),
        {"sqlite_autoincrement": True},
    )

    seq: int | None = Field(default=None, primary_key=True)
    table_name: str
    row_id: str = Field(max_length=36)
    base_rev: int | None = None  # the server rev the edit started from; None = insert
    columns: list[str] | None = Field(
        default=None, sa_column=Column(JSON(none_as_null=True), nullable=True)
    )  # None = whole row
    payload: dict[str, Any] | None = Field(
        default=None, sa_column=Column(JSON(none_as_null=True), nullable=True)
    )  # frozen at push
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    state: str = Field(default=OutboxState.PENDING)
    reason: str = Field(default="")  # the server's stable code for a rejection or conflict
    last_error: str = Field(default="")  # Indonesian / English message of the last failure
    attempts: int = Field(default=0)
    done_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    txn: str | None = Field(default=None, max_length=36)  # the local transaction that wrote it (one action)


class SyncState(SQLModel, table=True):
    """The one row (id 1) describing this installation towards the server."""

    __tablename__ = "sync_state"

    id: int = Field(default=1, primary_key=True)
    client_id: str = Field(max_length=36)
    pull_cursor: int = Field(default=0)
    last_synced_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str = Field(default="")


class ConflictCopy(SQLModel, table=True):
    """A local version the server's version replaced or the server refused, kept for the person (nothing is lost)."""

    __tablename__ = "conflict_copy"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: int | None = Field(default=None, primary_key=True)
    table_name: str
    row_id: str = Field(max_length=36, index=True)
    reason: str = Field(default="")
    kind: str = Field(default="conflict", sa_column_kwargs={"server_default": "conflict"})  # conflict | refused
    message: str = Field(default="", sa_column_kwargs={"server_default": ""})  # the server's, "id / en"
    local_row: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    server_row: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON(none_as_null=True), nullable=True))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
