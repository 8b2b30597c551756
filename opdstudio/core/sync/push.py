"""Push: send each pending outbox entry to the server in its own PostgreSQL transaction, oldest first.

For every entry: (1) its payload is frozen in SQLite (the row as it is now, or only the columns changed), so a
retry sends exactly the same mutation under the same (client id, seq); (2) ``app.apply_mutation`` runs and
commits on the server; (3) the answer is recorded locally in one SQLite transaction. A crash between (2) and (3)
leaves the entry pending; the next push gets ``duplicate`` from the server's ledger and records the first answer.

Answers: applied / unchanged / duplicate of those → ``sent``, the server's row (rev, server_version, audit seq and
hashes) stored locally; conflict → the server's row wins in place and the local version goes to ``conflict_copy``;
rejected → ``rejected`` with the reason and messages, never retried, the server's row (if any) restored and a
row the server never had removed (its content stays in the entry's payload).

Photo bytes go up (once per SHA-256) before the photo row that names them; an entry whose bytes are missing
locally stays pending and stops the push (later entries may depend on it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, delete, select, update

from ..domain.sync_models import OutboxState
from ..domain.types import utcnow
from ..errors import OpdError
from ..media.store import MediaStore
from ..storage.database import Database
from . import protocol
from .conflicts import keep_copy
from .outbox import OUTBOX, SERVER_ASSIGNED, row_json, synced_table
from .pull import local_transaction, upsert

Progress = Callable[[str, int, int], None]


class PhotoBytesMissing(OpdError):
    """A photo row cannot be pushed: its original is not in this profile's media store."""


@dataclass
class PushResult:
    """What one push run did."""

    pushed: int = 0
    conflicts: int = 0
    rejected: int = 0
    blocked: list[str] = field(default_factory=list)  # messages of entries left pending


def _freeze(conn: Connection, entry: dict[str, Any]) -> dict[str, Any] | None:
    """The entry's payload, frozen now if it was not yet; None when the local row is gone."""
    if entry["payload"] is not None:
        return dict(entry["payload"])
    row = row_json(conn, entry["table_name"], entry["row_id"])
    if row is None:
        conn.execute(
            update(OUTBOX)
            .where(OUTBOX.c.seq == entry["seq"])
            .values(state=OutboxState.DROPPED, done_at=utcnow(), last_error="row removed locally")
        )
        return None
    if entry["base_rev"] is not None and entry["columns"] is not None:
        keep = {"id", *entry["columns"]} - set(SERVER_ASSIGNED)
        row = {k: v for k, v in row.items() if k in keep}
    conn.execute(update(OUTBOX).where(OUTBOX.c.seq == entry["seq"]).values(payload=row, attempts=OUTBOX.c.attempts + 1))
    return row


def _photo_sha(conn: Connection, table: str, payload: dict[str, Any]) -> str | None:
    if table == "photo":
        return payload.get("sha256")
    if table == "postphoto" and payload.get("photo_id"):
        photo = synced_table("photo")
        found = conn.execute(select(photo.c.sha256).where(photo.c.id == payload["photo_id"])).scalar_one_or_none()
        return str(found) if found else None
    return None


def _ensure_blob(db: Database, server: Engine, sha: str, uploaded: set[str]) -> None:
    if sha in uploaded:
        return
    with server.begin() as sconn:
        missing = protocol.missing_photo_blobs(sconn, [sha])
    if sha in missing:
        path = MediaStore(db.paths.media).find(sha) if db.paths is not None else None
        if path is None:
            raise PhotoBytesMissing(
                f"Berkas foto {sha[:12]}… tidak ada di profil ini; foto itu belum dapat dikirim.",
                f"The photo file {sha[:12]}… is not in this profile; that photo cannot be sent yet.",
            )
        data = path.read_bytes()
        with server.begin() as sconn:
            protocol.put_photo_blob(sconn, sha, data)
    uploaded.add(sha)


def _later_pending(conn: Connection, entry: dict[str, Any]) -> Any:
    return and_pending(entry) & (OUTBOX.c.seq > entry["seq"])


def and_pending(entry: dict[str, Any]) -> Any:
    return (
        (OUTBOX.c.table_name == entry["table_name"])
        & (OUTBOX.c.row_id == entry["row_id"])
        & (OUTBOX.c.state == OutboxState.PENDING)
    )


def record_result(conn: Connection, entry: dict[str, Any], result: protocol.MutationResult) -> str:
    """Store the server's answer to one entry locally; returns the effective outcome."""
    table, row_id, seq = entry["table_name"], entry["row_id"], entry["seq"]
    outcome = result.original_outcome if result.outcome == "duplicate" and result.original_outcome else result.outcome
    server_row = result.server_row
    message = f"{result.message_id} / {result.message_en}" if result.message_id else ""
    done = {"done_at": utcnow(), "reason": result.reason or "", "last_error": message}
    if outcome == "applied":
        conn.execute(update(OUTBOX).where(OUTBOX.c.seq == seq).values(state=OutboxState.SENT, **done))
        if server_row is not None and str(server_row.get("id")) == row_id:
            later = conn.execute(select(OUTBOX.c.seq).where(_later_pending(conn, entry))).first()
            if later is None:
                upsert(conn, table, server_row)
            else:  # newer local edits wait: keep them, only learn the server's rev and version
                tbl = synced_table(table)
                conn.execute(
                    update(tbl).where(tbl.c.id == row_id).values(server_version=server_row.get("server_version"))
                )
                conn.execute(update(OUTBOX).where(_later_pending(conn, entry)).values(base_rev=int(server_row["rev"])))
        return outcome
    if outcome == "conflict":
        local = row_json(conn, table, row_id) or dict(entry["payload"] or {})
        keep_copy(conn, table, row_id, result.reason, local, server_row)
        conn.execute(
            update(OUTBOX).where(and_pending(entry)).values(state=OutboxState.CONFLICT, **done)
        )  # this entry and later edits of the row: all in the copy
        if server_row is not None:
            if str(server_row.get("id")) != row_id:  # another row holds the natural key
                tbl = synced_table(table)
                conn.execute(delete(tbl).where(tbl.c.id == row_id))
            upsert(conn, table, server_row)
        return outcome
    # rejected (or anything unknown): never retried; the server's version comes back
    conn.execute(update(OUTBOX).where(OUTBOX.c.seq == seq).values(state=OutboxState.REJECTED, **done))
    if server_row is not None and str(server_row.get("id")) == row_id:
        upsert(conn, table, server_row)
    elif entry["base_rev"] is None:
        tbl = synced_table(table)
        on_server = conn.execute(select(tbl.c.server_version).where(tbl.c.id == row_id)).scalar_one_or_none()
        if on_server is None:  # the server never had it: its content stays in the entry's payload
            conn.execute(delete(tbl).where(tbl.c.id == row_id))
    return "rejected"


def push(
    db: Database,
    server: Engine,
    client_id: str,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PushResult:
    """Push every pending entry, oldest first (see the module docstring)."""
    result = PushResult()
    with local_transaction(db) as conn:
        seqs = [
            int(s)
            for s in conn.execute(
                select(OUTBOX.c.seq).where(OUTBOX.c.state == OutboxState.PENDING).order_by(OUTBOX.c.seq)
            ).scalars()
        ]
    uploaded: set[str] = set()
    for done_count, seq in enumerate(seqs):
        if cancelled is not None and cancelled():
            break
        with local_transaction(db) as conn:
            found = conn.execute(select(OUTBOX).where(OUTBOX.c.seq == seq)).mappings().first()
            if found is None or found["state"] != OutboxState.PENDING:
                continue
            entry = dict(found)
            payload = _freeze(conn, entry)
            if payload is None:
                continue
            entry["payload"] = payload
            sha = _photo_sha(conn, entry["table_name"], payload)
        if sha:
            try:
                _ensure_blob(db, server, sha, uploaded)
            except PhotoBytesMissing as exc:
                with local_transaction(db) as conn:
                    conn.execute(
                        update(OUTBOX)
                        .where(OUTBOX.c.seq == seq)
                        .values(last_error=f"{exc.message_id} / {exc.message_en}")
                    )
                result.blocked.append(exc.message_en)
                break
        with server.begin() as sconn:
            answer = protocol.apply_mutation(sconn, client_id, seq, entry["table_name"], payload, entry["base_rev"])
        with local_transaction(db) as conn:
            outcome = record_result(conn, entry, answer)
        if outcome == "applied":
            result.pushed += 1
        elif outcome == "conflict":
            result.conflicts += 1
        else:
            result.rejected += 1
        if progress is not None:
            progress("push", done_count + 1, len(seqs))
    return result
