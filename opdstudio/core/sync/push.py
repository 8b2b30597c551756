"""Push: send the pending outbox entries to the server, oldest first, each in its own PostgreSQL transaction.

Entries travel in batches (one round trip each, ``app.apply_mutations``; the server commits after every entry):
(1) the batch's payloads are frozen in SQLite (the row as it is now, or only the columns changed), so a retry
sends exactly the same mutations under the same (client id, seq); (2) the server applies and commits each entry;
(3) the answers are recorded locally in one SQLite transaction. A crash or a cut connection between (2) and (3)
leaves the entries pending; the next push gets ``duplicate`` from the server's ledger and records the first
answers. A batch holds at most one entry per row (a later edit needs the rev the earlier one gets). The entries
one local action wrote share a ``txn``: once one of them is rejected, the server answers the rest of that action
``rejected`` / ``with_refused`` without applying them (an offline approval the server refuses leaves no
"approved" audit event behind).

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

from sqlalchemy import Connection, bindparam, delete, select, text, update

from ..domain.enums import PostStatus
from ..domain.sync_models import OutboxState
from ..domain.types import utcnow
from ..errors import OpdError
from ..media.store import MediaStore
from ..storage.database import Database
from . import protocol
from .conflicts import REFUSED, keep_copy
from .outbox import OUTBOX, SERVER_ASSIGNED, row_json, synced_table
from .pull import local_transaction, upsert

Progress = Callable[[str, int, int], None]
BATCH = 200  # entries per round trip


class PhotoBytesMissing(OpdError):
    """A photo row cannot be pushed: its original is not in this profile's media store."""


@dataclass
class PushResult:
    """What one push run did."""

    pushed: int = 0
    conflicts: int = 0
    rejected: int = 0
    blocked: list[str] = field(default_factory=list)  # messages of entries left pending


# Statements run for every entry, built once (parameters: entry_seq plus the columns to set).
_SET_ENTRY = update(OUTBOX).where(OUTBOX.c.seq == bindparam("entry_seq"))
_FREEZE_ENTRY = _SET_ENTRY.values(attempts=OUTBOX.c.attempts + 1)
_LATER = (  # later pending edits of the entry's row (parameters: entry_table, entry_row, entry_seq)
    (OUTBOX.c.table_name == bindparam("entry_table"))
    & (OUTBOX.c.row_id == bindparam("entry_row"))
    & (OUTBOX.c.state == OutboxState.PENDING)
    & (OUTBOX.c.seq > bindparam("entry_seq"))
)
_LATER_PENDING = select(OUTBOX.c.seq).where(_LATER).limit(1)


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
    conn.execute(_FREEZE_ENTRY, {"entry_seq": entry["seq"], "payload": row})
    return row


def _photo_sha(conn: Connection, table: str, payload: dict[str, Any]) -> str | None:
    if table == "photo":
        return payload.get("sha256")
    if table == "postphoto" and payload.get("photo_id"):
        photo = synced_table("photo")
        found = conn.execute(select(photo.c.sha256).where(photo.c.id == payload["photo_id"])).scalar_one_or_none()
        return str(found) if found else None
    return None


def and_pending(entry: dict[str, Any]) -> Any:
    return (
        (OUTBOX.c.table_name == entry["table_name"])
        & (OUTBOX.c.row_id == entry["row_id"])
        & (OUTBOX.c.state == OutboxState.PENDING)
    )


def record_result(
    conn: Connection, entry: dict[str, Any], result: protocol.MutationResult, me: str | None = None
) -> str:
    """Store the server's answer to one entry locally; returns the effective outcome."""
    table, row_id, seq = entry["table_name"], entry["row_id"], entry["seq"]
    outcome = result.original_outcome if result.outcome == "duplicate" and result.original_outcome else result.outcome
    server_row = result.server_row
    message = f"{result.message_id} / {result.message_en}" if result.message_id else ""
    done = {"done_at": utcnow(), "reason": result.reason or "", "last_error": message}
    if outcome == "applied":
        conn.execute(_SET_ENTRY, {"entry_seq": seq, "state": OutboxState.SENT, **done})
        if server_row is not None and str(server_row.get("id")) == row_id:
            later_keys = {"entry_table": table, "entry_row": row_id, "entry_seq": seq}
            later = conn.execute(_LATER_PENDING, later_keys).first()
            if later is None:
                upsert(conn, table, server_row)
            else:  # newer local edits wait: keep them, only learn the server's rev and version
                tbl = synced_table(table)
                conn.execute(
                    update(tbl).where(tbl.c.id == row_id).values(server_version=server_row.get("server_version"))
                )
                conn.execute(update(OUTBOX).where(_LATER), {**later_keys, "base_rev": int(server_row["rev"])})
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
    # rejected (or anything unknown): never retried; the server's version comes back, the person's is kept
    refuse(conn, entry, result, me, done)
    return "rejected"


# Rows whose presence asserts an action (an approval, a publication, its audit event): a refused one must not stay
# locally. Any other row the server never had stays as the person's unsent work.
ASSERTIONS = ("review", "publication", "auditevent")


def refuse(
    conn: Connection, entry: dict[str, Any], result: protocol.MutationResult, me: str | None, done: dict[str, Any]
) -> None:
    """Record a refusal: this entry and the later pending edits of its row are ``rejected``; the row returns to
    the server's version, and what the person wrote is kept as a ``refused`` copy with the server's reason.

    A row the server never had stays (a post comes back as a draft of ``me``, the person pushing, so it can be
    sent again), except a review, publication or audit event, which is removed (its content is in the copy).
    """
    table, row_id = entry["table_name"], entry["row_id"]
    conn.execute(update(OUTBOX).where(and_pending(entry)).values(state=OutboxState.REJECTED, **done))
    local = row_json(conn, table, row_id)
    server_row = result.server_row if result.server_row and str(result.server_row.get("id")) == row_id else None
    if local is not None and table != "auditevent":
        keep_copy(
            conn, table, row_id, result.reason, local, server_row, kind=REFUSED, message=done["last_error"]
        )
    tbl = synced_table(table)
    if server_row is not None:
        upsert(conn, table, server_row)
    elif local is None or local.get("server_version") is not None:
        return  # gone locally already, or on the server but hidden from this login: left as it is
    elif table in ASSERTIONS:
        conn.execute(delete(tbl).where(tbl.c.id == row_id))
    elif table == "post":
        owner = {"author_id": me} if me else {}
        conn.execute(update(tbl).where(tbl.c.id == row_id).values(status=PostStatus.DRAFT, **owner))


def _next_batch(conn: Connection, seqs: list[int], size: int) -> tuple[list[dict[str, Any]], int]:
    """Freeze up to ``size`` pending entries from the front of ``seqs``; (entries, how many seqs were used).

    A batch holds one entry per row at most: a later edit of the same row must be sent with the rev the earlier
    one gets, so it waits for the next batch.
    """
    found = {
        int(r["seq"]): dict(r)
        for r in conn.execute(select(OUTBOX).where(OUTBOX.c.seq.in_(seqs[: size * 2]))).mappings()
    }
    batch: list[dict[str, Any]] = []
    rows: set[tuple[str, str]] = set()
    used = 0
    for seq in seqs[: size * 2]:
        entry = found.get(seq)
        if entry is not None and entry["state"] == OutboxState.PENDING:
            if (entry["table_name"], entry["row_id"]) in rows or len(batch) == size:
                break
            payload = _freeze(conn, entry)
            if payload is not None:
                entry["payload"] = payload
                entry["sha"] = _photo_sha(conn, entry["table_name"], payload)
                batch.append(entry)
                rows.add((entry["table_name"], entry["row_id"]))
        used += 1
    return batch, used


def _refused_txns(conn: Connection, txns: set[str]) -> set[str]:
    """Of these txns, those with an entry the server already rejected (the rest of that action is not applied)."""
    if not txns:
        return set()
    found = conn.execute(
        select(OUTBOX.c.txn).where(OUTBOX.c.state == OutboxState.REJECTED, OUTBOX.c.txn.in_(txns)).distinct()
    )
    return {str(t) for t in found.scalars()}


def _upload_blobs(db: Database, server: Connection, batch: list[dict[str, Any]], uploaded: set[str]) -> int:
    """Upload the photo bytes the batch needs; how many entries can go (all, or those before a missing file)."""
    wanted = [e["sha"] for e in batch if e["sha"] and e["sha"] not in uploaded]
    missing = protocol.missing_photo_blobs(server, wanted) if wanted else set()
    store = MediaStore(db.paths.media) if db.paths is not None else None
    for position, entry in enumerate(batch):
        sha = entry["sha"]
        if sha in missing:
            path = store.find(sha) if store is not None else None
            if path is None:
                return position
            protocol.put_photo_blob(server, sha, path.read_bytes())
            missing.discard(sha)
        if sha:
            uploaded.add(sha)
    return len(batch)


def _photo_missing(sha: str) -> PhotoBytesMissing:
    return PhotoBytesMissing(
        f"Berkas foto {sha[:12]}… tidak ada di profil ini; foto itu belum dapat dikirim.",
        f"The photo file {sha[:12]}… is not in this profile; that photo cannot be sent yet.",
    )


def push(
    db: Database,
    server: Connection,
    client_id: str,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_size: int = BATCH,
) -> PushResult:
    """Push every pending entry, oldest first, ``batch_size`` per round trip (see the module docstring).

    ``server`` is a connection in autocommit mode: the server commits each entry on its own.
    """
    result = PushResult()
    with local_transaction(db) as conn:
        seqs = [
            int(s)
            for s in conn.execute(
                select(OUTBOX.c.seq).where(OUTBOX.c.state == OutboxState.PENDING).order_by(OUTBOX.c.seq)
            ).scalars()
        ]
    me = server.execute(text("SELECT app.person_id()")).scalar_one_or_none()
    uploaded: set[str] = set()
    position = 0
    while position < len(seqs) and not (cancelled is not None and cancelled()):
        with local_transaction(db) as conn:
            batch, used = _next_batch(conn, seqs[position:], batch_size)
            refused = _refused_txns(conn, {e["txn"] for e in batch if e["txn"]})
        position += used
        ready = _upload_blobs(db, server, batch, uploaded)
        if ready < len(batch):  # a photo's file is missing: send what comes before it, then stop
            exc = _photo_missing(batch[ready]["sha"])
            with local_transaction(db) as conn:
                conn.execute(
                    update(OUTBOX)
                    .where(OUTBOX.c.seq == batch[ready]["seq"])
                    .values(last_error=f"{exc.message_id} / {exc.message_en}")
                )
            result.blocked.append(exc.message_en)
            batch = batch[:ready]
        answers = (
            protocol.apply_mutations(
                server,
                client_id,
                [protocol.Mutation(e["seq"], e["table_name"], e["payload"], e["base_rev"], e["txn"]) for e in batch],
                sorted(refused),
            )
            if batch
            else []
        )
        with local_transaction(db) as conn:
            for entry, answer in zip(batch, answers, strict=True):
                outcome = record_result(conn, entry, answer, me)
                if outcome == "applied":
                    result.pushed += 1
                elif outcome == "conflict":
                    result.conflicts += 1
                else:
                    result.rejected += 1
        if progress is not None:
            progress("push", min(position, len(seqs)), len(seqs))
        if result.blocked:
            break
    return result
