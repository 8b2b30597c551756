"""Resolving a kept copy (a conflict, or a write the server refused): see what differs, take the server's version
(discard mine), or keep mine (put the text back as a new edit, or send a post the server never had again)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, select

from ..errors import DomainError
from ..storage.database import Database
from .conflicts import CONFLICTS, Conflict, list_conflicts, resolve
from .outbox import POST_PARTS, enqueue_whole_rows, synced_table

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


def refused_copies(db: Database) -> list[Conflict]:
    """The unresolved copies of writes the server refused, oldest first (``sync --status`` lists them)."""
    return [c for c in open_conflicts(db) if c.refused]


def refusal_note(db: Database, post_id: str, lang: str = "id") -> str:
    """The server's reason for the newest unresolved refusal of this post or one of its parts ("" when none)."""
    mine = [
        c
        for c in refused_copies(db)
        if (c.table == "post" and c.row_id == post_id) or c.local_row.get("post_id") == post_id
    ]
    if not mine:
        return ""
    newest = mine[-1]
    message_id, _, message_en = newest.message.partition(" / ")
    return (message_en if lang == "en" else message_id) or newest.reason


def find_copy(db: Database, copy_id: int) -> Conflict:
    """The unresolved copy with this number, or an error that says there is none."""
    for copy in open_conflicts(db):
        if copy.id == copy_id:
            return copy
    raise DomainError(
        f"Tidak ada salinan terbuka bernomor {copy_id}.", f"There is no open kept copy numbered {copy_id}."
    )


def is_unsent_post(db: Database, conflict: Conflict) -> bool:
    """Whether the copy is of a post the server never had (refused at creation; it is a local draft now)."""
    if conflict.table != "post" or conflict.server_row is not None:
        return False
    post = synced_table("post")
    with db.engine.connect() as conn:
        found = conn.execute(select(post.c.server_version).where(post.c.id == conflict.row_id)).first()
    return found is not None and found[0] is None


def can_restore(conflict: Conflict) -> bool:
    """Whether my text can be put back as a new edit (posts and platform variants)."""
    return conflict.table in RESTORABLE and conflict.server_row is not None


def _unsent_parts(conn: Connection, post_id: str) -> list[tuple[str, str]]:
    """(table, id) of the post and its parts that the server does not have."""
    rows = [("post", post_id)]
    for name in POST_PARTS:
        table = synced_table(name)
        found = conn.execute(
            select(table.c.id).where(table.c.post_id == post_id, table.c.server_version.is_(None))
        ).scalars()
        rows.extend((name, str(i)) for i in found)
    return rows


def _resolve_copies_of(conn: Connection, rows: list[tuple[str, str]]) -> None:
    for table, row_id in rows:
        for copy_id in conn.execute(
            select(CONFLICTS.c.id).where(
                CONFLICTS.c.table_name == table, CONFLICTS.c.row_id == row_id, CONFLICTS.c.resolved_at.is_(None)
            )
        ).scalars():
            resolve(conn, int(copy_id))


def keep_mine(db: Database, actor_id: str, conflict: Conflict) -> None:
    """Keep my version: a post the server never had is sent again (with its parts) as a draft of mine; a post's
    or variant's text goes back over the server's version as a new, audited edit. The copy is resolved."""
    if is_unsent_post(db, conflict):
        with db.engine.begin() as conn:
            rows = _unsent_parts(conn, conflict.row_id)
            enqueue_whole_rows(conn, rows)
            _resolve_copies_of(conn, rows)
        return
    restore_my_text(db, actor_id, conflict)


def discard_mine(db: Database, conflict: Conflict) -> None:
    """Discard my version: the server's stays; a post the server never had is removed here (with its parts).
    The copy stays stored, resolved."""
    unsent = is_unsent_post(db, conflict)
    with db.engine.begin() as conn:
        if unsent:
            rows = _unsent_parts(conn, conflict.row_id)
            for table, row_id in reversed(rows):
                tbl = synced_table(table)
                conn.execute(delete(tbl).where(tbl.c.id == row_id))
            _resolve_copies_of(conn, rows)
        resolve(conn, conflict.id)


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
