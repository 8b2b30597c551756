"""Conflict copies: a local version the server's version replaced (kind ``conflict``) or the server refused (kind
``refused``, with the server's message), kept for the person (nothing silently lost)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from ..domain.types import utcnow
from .outbox import CONFLICTS

CONFLICT, REFUSED = "conflict", "refused"


@dataclass(frozen=True)
class Conflict:
    """One kept local version."""

    id: int
    table: str
    row_id: str
    reason: str
    local_row: dict[str, Any]
    server_row: dict[str, Any] | None
    created_at: datetime
    resolved_at: datetime | None
    kind: str = CONFLICT
    message: str = ""  # the server's message, "Indonesian / English"

    @property
    def refused(self) -> bool:
        return self.kind == REFUSED


def keep_copy(
    conn: Connection,
    table: str,
    row_id: str,
    reason: str,
    local_row: dict[str, Any],
    server_row: dict[str, Any] | None,
    *,
    kind: str = CONFLICT,
    message: str = "",
    seen: bool = False,
) -> None:
    """Keep ``local_row`` beside the server's version of the row (``seen``: stored resolved, not shown)."""
    conn.execute(
        insert(CONFLICTS).values(
            table_name=table,
            row_id=row_id,
            reason=reason,
            kind=kind,
            message=message,
            local_row=local_row,
            server_row=server_row,
            created_at=utcnow(),
            resolved_at=utcnow() if seen else None,
        )
    )


def open_count(conn: Connection) -> int:
    """How many conflict copies nobody has looked at yet."""
    stmt = select(func.count()).select_from(CONFLICTS).where(CONFLICTS.c.resolved_at.is_(None))
    return int(conn.execute(stmt).scalar_one())


def list_conflicts(conn: Connection, *, include_resolved: bool = False) -> list[Conflict]:
    """Conflict copies, oldest first."""
    stmt = select(CONFLICTS).order_by(CONFLICTS.c.id)
    if not include_resolved:
        stmt = stmt.where(CONFLICTS.c.resolved_at.is_(None))
    return [
        Conflict(
            int(r["id"]),
            r["table_name"],
            r["row_id"],
            r["reason"],
            r["local_row"],
            r["server_row"],
            r["created_at"],
            r["resolved_at"],
            r["kind"],
            r["message"],
        )
        for r in conn.execute(stmt).mappings()
    ]


def resolve(conn: Connection, conflict_id: int) -> None:
    """Mark a conflict copy as seen (it stays stored)."""
    conn.execute(update(CONFLICTS).where(CONFLICTS.c.id == conflict_id).values(resolved_at=utcnow()))
