"""Resolving a conflict copy: see what differs, take the server's version, or put your text back as a new edit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import DomainError
from ..storage.database import Database
from .conflicts import Conflict, list_conflicts, resolve

_BOOKKEEPING = {"rev", "server_version", "created_at", "updated_at"}
RESTORABLE = {"post": ("title", "main_text"), "postvariant": ("title", "text")}


@dataclass(frozen=True)
class FieldChoice:
    """One field where the kept local version and the server's version differ."""

    field: str
    mine: Any
    server: Any


def open_conflicts(db: Database) -> list[Conflict]:
    """Conflict copies nobody has resolved yet, oldest first."""
    with db.engine.connect() as conn:
        return list_conflicts(conn)


def differences(conflict: Conflict) -> list[FieldChoice]:
    """The fields that differ between my kept version and the server's (bookkeeping columns left out)."""
    server = conflict.server_row or {}
    fields = sorted((set(conflict.local_row) | set(server)) - _BOOKKEEPING)
    return [
        FieldChoice(name, conflict.local_row.get(name), server.get(name))
        for name in fields
        if conflict.local_row.get(name) != server.get(name)
    ]


def can_restore(conflict: Conflict) -> bool:
    """Whether my text can be put back as a new edit (posts and platform variants)."""
    return conflict.table in RESTORABLE and conflict.server_row is not None


def keep_server_version(db: Database, conflict_id: int) -> None:
    """Accept the server's version: the copy is marked resolved (and stays stored)."""
    with db.engine.begin() as conn:
        resolve(conn, conflict_id)


def restore_my_text(db: Database, actor_id: str, conflict: Conflict) -> None:
    """Write my title and text over the server's version as a new, audited edit, then resolve the copy."""
    from ..services.posts import PostEdit, VariantEdit, edit_post

    if not can_restore(conflict):
        raise DomainError(
            "Versi ini tidak dapat dipulihkan otomatis; salin isinya secara manual.",
            "This version cannot be restored automatically; copy its content by hand.",
        )
    mine = conflict.local_row
    with db.session() as session:
        if conflict.table == "post":
            edit_post(
                session, actor_id, conflict.row_id, PostEdit(title=mine.get("title"), main_text=mine.get("main_text"))
            )
        else:
            server = conflict.server_row or {}
            change = VariantEdit(text=str(mine.get("text", "")), title=str(mine.get("title", "")))
            edit_post(session, actor_id, str(server["post_id"]), PostEdit(variants={str(server["platform"]): change}))
    keep_server_version(db, conflict.id)
