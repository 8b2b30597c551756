"""The sync log a person sees: local writes the server refused (with its reason and the kept copy of what the
person wrote) and open conflict copies."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..domain.sync_models import OutboxState
from ..storage.database import Database
from . import conflicts, outbox

REJECTED, CONFLICT = "rejected", "conflict"


@dataclass(frozen=True)
class SyncProblem:
    """One thing sync could not do as the person meant it."""

    kind: str  # REJECTED | CONFLICT
    table: str
    row_id: str
    title: str  # the post's title or a row's name when it has one
    reason: str  # the server's stable code
    message_id: str
    message_en: str
    when: datetime | None

    def message(self, lang: str = "id") -> str:
        return (self.message_en if lang == "en" else self.message_id) or self.reason


def _title(row: dict[str, Any] | None) -> str:
    row = row or {}
    return str(row.get("title") or row.get("name") or row.get("handle") or "")


def recent_problems(db: Database, limit: int = 100) -> list[SyncProblem]:
    """Refused writes and unresolved conflicts, newest first (read locally; no server needed)."""
    with db.engine.connect() as conn:
        refused = outbox.entries(conn, [OutboxState.REJECTED])
        copies = conflicts.list_conflicts(conn)
    found: list[SyncProblem] = []
    kept = {(c.table, c.row_id) for c in copies if c.refused}
    for entry in refused:
        if (entry["table_name"], entry["row_id"]) in kept:
            continue  # its copy below says it, with what the person wrote
        text = str(entry.get("last_error") or "")
        message_id, _, message_en = text.partition(" / ")
        found.append(
            SyncProblem(
                REJECTED,
                str(entry["table_name"]),
                str(entry["row_id"]),
                _title(entry.get("payload")),
                str(entry.get("reason") or ""),
                message_id,
                message_en or message_id,
                entry.get("done_at") or entry.get("created_at"),
            )
        )
    for copy in copies:
        if copy.refused:
            message_id, _, message_en = copy.message.partition(" / ")
            message_id = f"Ditolak server, versi Anda disimpan: {message_id or copy.reason}"
            message_en = f"Refused by the server, your version is kept: {message_en or copy.reason}"
        else:
            message_id = "Diubah juga di server: versi server dipakai, versi Anda disimpan sebagai salinan konflik."
            message_en = "Also changed on the server: the server's version was kept, yours is saved as a conflict copy."
        found.append(
            SyncProblem(
                REJECTED if copy.refused else CONFLICT,
                copy.table,
                copy.row_id,
                _title(copy.local_row) or _title(copy.server_row),
                copy.reason,
                message_id,
                message_en,
                copy.created_at,
            )
        )
    found.sort(key=lambda p: p.when.timestamp() if p.when else 0.0, reverse=True)
    return found[:limit]
