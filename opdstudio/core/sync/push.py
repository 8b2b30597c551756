"""Push: send the pending outbox entries to the server, oldest first, a batch per server transaction.

A batch (at most ``BATCH`` entries, whole local actions, one entry per row) goes in one call of
``app.push_batch``: one PostgreSQL transaction with a savepoint per local action (the entries sharing a ``txn``),
the applied-mutation ledger written in it. An action refused or meeting a conflict rolls back to its savepoint
and is answered entry by entry; the server stops taking actions after ``BUDGET_MS`` on its version lock and the
client sends the rest in the next batch. The answers are recorded locally in one SQLite transaction. A crash or a
cut connection between the server's commit and that leaves the entries pending; the next push gets
``duplicate`` from the ledger and records the first answers. Payloads are fixed when the entry is written (see
``outbox``), so a retry sends the same mutations under the same (client id, seq).

Answers: applied / unchanged / duplicate of those → ``sent``, the server's rows (rev, server_version, audit seq
and hashes) stored locally, set-wise; conflict → the server's row wins in place and the local version goes to
``conflict_copy``; rejected → ``rejected`` with the reason and messages, never retried, the server's row
restored and what the person wrote kept as a ``refused`` copy (:func:`refuse`).

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
from .outbox import OUTBOX, POST_PARTS, RANK, SERVER_ASSIGNED, count, row_json, synced_table
from .pull import local_transaction, upsert, upsert_rows

Progress = Callable[[str, int, int], None]
BATCH = 500  # entries per batch (whole actions; a larger action goes alone)
BUDGET_MS = 250  # the most a batch holds the server's version lock before it stops at the next action


class PhotoBytesMissing(OpdError):
    """A photo row cannot be pushed: its original is not in this profile's media store."""


@dataclass
class PushResult:
    """What one push run did."""

    pushed: int = 0
    conflicts: int = 0
    rejected: int = 0
    blocked: list[str] = field(default_factory=list)  # messages of entries left pending


_SET_ENTRY = update(OUTBOX).where(OUTBOX.c.seq == bindparam("entry_seq"))
_FREEZE_ENTRY = _SET_ENTRY.values(attempts=OUTBOX.c.attempts + 1)
_LATER = (  # later pending edits of the entry's row (parameters: entry_table, entry_row, entry_seq)
    (OUTBOX.c.table_name == bindparam("entry_table"))
    & (OUTBOX.c.row_id == bindparam("entry_row"))
    & (OUTBOX.c.state == OutboxState.PENDING)
    & (OUTBOX.c.seq > bindparam("entry_seq"))
)


def _freeze(conn: Connection, entry: dict[str, Any]) -> dict[str, Any] | None:
    """The entry's payload; an entry queued without one (written before payloads were kept at write time, or a
    row sent again whole) is frozen now, the row as it is (None when the local row is gone)."""
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


def effective(result: protocol.MutationResult) -> str:
    """The outcome an answer stands for (a duplicate stands for the first push's)."""
    return result.original_outcome if result.outcome == "duplicate" and result.original_outcome else result.outcome


def record_answers(
    conn: Connection, batch: list[dict[str, Any]], answers: list[protocol.MutationResult], me: str | None
) -> PushResult:
    """Store the server's answers to a batch's entries locally (applied ones set-wise); what they came to."""
    counts = PushResult()
    applied: list[tuple[dict[str, Any], protocol.MutationResult]] = []
    for entry, answer in zip(batch, answers, strict=False):
        outcome = effective(answer)
        if outcome == "applied":
            applied.append((entry, answer))
            counts.pushed += 1
        elif outcome == "conflict":
            record_conflict(conn, entry, answer, me)
            counts.conflicts += 1
        else:  # rejected (or anything unknown): never retried
            refuse(conn, entry, answer, me, _done(answer))
            counts.rejected += 1
    if applied:
        _record_applied(conn, applied)
    return counts


def _done(result: protocol.MutationResult) -> dict[str, Any]:
    message = f"{result.message_id} / {result.message_en}" if result.message_id else ""
    return {"done_at": utcnow(), "reason": result.reason or "", "last_error": message}


def _record_applied(conn: Connection, applied: list[tuple[dict[str, Any], protocol.MutationResult]]) -> None:
    """Applied entries → ``sent``; their rows take the server's version (rev, server_version, audit seq), unless
    newer local edits of a row wait: those keep the row and learn the server's rev."""
    conn.execute(_SET_ENTRY, [{"entry_seq": e["seq"], "state": OutboxState.SENT, **_done(a)} for e, a in applied])
    row_ids = sorted({str(e["row_id"]) for e, _ in applied})
    waiting = {
        (str(t), str(r))
        for t, r in conn.execute(
            select(OUTBOX.c.table_name, OUTBOX.c.row_id).where(
                OUTBOX.c.state == OutboxState.PENDING, OUTBOX.c.row_id.in_(row_ids)
            )
        )
    }
    echoes: dict[str, list[dict[str, Any]]] = {}
    for entry, answer in applied:
        table, row_id, server_row = entry["table_name"], entry["row_id"], answer.server_row
        if server_row is None or str(server_row.get("id")) != row_id:
            continue
        if (table, row_id) not in waiting:
            echoes.setdefault(table, []).append(server_row)
            continue
        tbl = synced_table(table)
        conn.execute(update(tbl).where(tbl.c.id == row_id).values(server_version=server_row.get("server_version")))
        later = {"entry_table": table, "entry_row": row_id, "entry_seq": entry["seq"]}
        conn.execute(update(OUTBOX).where(_LATER), {**later, "base_rev": int(server_row["rev"])})
    for table in sorted(echoes, key=RANK.__getitem__):
        upsert_rows(conn, table, echoes[table])


def record_conflict(conn: Connection, entry: dict[str, Any], result: protocol.MutationResult, me: str | None) -> None:
    """The server's row wins in place; the local version (this entry and later edits of the row) is kept as a
    copy. A row the server never had is settled as :func:`settle_unsent` says."""
    table, row_id, server_row = entry["table_name"], entry["row_id"], result.server_row
    local = row_json(conn, table, row_id)
    mine = local or dict(entry["payload"] or {})
    keep_copy(conn, table, row_id, result.reason, mine, server_row, seen=table == "auditevent")
    conn.execute(update(OUTBOX).where(and_pending(entry)).values(state=OutboxState.CONFLICT, **_done(result)))
    if server_row is not None:
        if str(server_row.get("id")) != row_id:  # another row holds the natural key
            tbl = synced_table(table)
            conn.execute(delete(tbl).where(tbl.c.id == row_id))
        upsert(conn, table, server_row)
    elif local is not None and local.get("server_version") is None:
        settle_unsent(conn, table, row_id, local, me)


def refuse(
    conn: Connection, entry: dict[str, Any], result: protocol.MutationResult, me: str | None, done: dict[str, Any]
) -> None:
    """Record a refusal: this entry and the later pending edits of its row are ``rejected``; the row returns to
    the server's version, and what the person wrote is kept as a ``refused`` copy with the server's reason (an
    audit event's copy is stored as seen: it is no one's text). A row the server never had is settled as
    :func:`settle_unsent` says.
    """
    table, row_id = entry["table_name"], entry["row_id"]
    conn.execute(update(OUTBOX).where(and_pending(entry)).values(state=OutboxState.REJECTED, **done))
    local = row_json(conn, table, row_id)
    server_row = result.server_row if result.server_row and str(result.server_row.get("id")) == row_id else None
    if local is not None:
        message, seen = done["last_error"], table == "auditevent"
        keep_copy(conn, table, row_id, result.reason, local, server_row, kind=REFUSED, message=message, seen=seen)
    if server_row is not None:
        upsert(conn, table, server_row)
    elif local is not None and local.get("server_version") is None:
        settle_unsent(conn, table, row_id, local, me)


def settle_unsent(conn: Connection, table: str, row_id: str, local: dict[str, Any], me: str | None) -> None:
    """A row the server never had, after its action was refused or met a conflict (its content is in the copy).

    A post stays as a draft of ``me`` (the person pushing), so its author can send it again; so do the parts of
    such a post. Anything else goes, as the server's version has no such row: a review or publication that did
    not happen, or a part added to a post the server holds.
    """
    tbl = synced_table(table)
    if table == "post":
        owner = {"author_id": me} if me else {}
        conn.execute(update(tbl).where(tbl.c.id == row_id).values(status=PostStatus.DRAFT, **owner))
        return
    if table in POST_PARTS and local.get("post_id"):
        post = synced_table("post")
        unsent = conn.execute(select(post.c.server_version).where(post.c.id == local["post_id"])).first()
        if unsent is not None and unsent[0] is None:
            return
    conn.execute(delete(tbl).where(tbl.c.id == row_id))


def _actions(entries: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Consecutive entries of one txn (one local action) grouped; an entry without a txn is an action alone."""
    actions: list[list[dict[str, Any]]] = []
    for entry in entries:
        if actions and entry["txn"] is not None and actions[-1][0]["txn"] == entry["txn"]:
            actions[-1].append(entry)
        else:
            actions.append([entry])
    return actions


def _next_batch(conn: Connection, size: int) -> list[dict[str, Any]]:
    """The next batch: whole actions from the front of the pending entries, up to ``size`` entries (a larger
    action alone), one entry per row (a later edit of a row must be sent with the rev the earlier one gets)."""
    pending = select(OUTBOX).where(OUTBOX.c.state == OutboxState.PENDING).order_by(OUTBOX.c.seq)
    front = [dict(r) for r in conn.execute(pending.limit(size + 1)).mappings()]
    if len(front) > size and front[-1]["txn"] is not None:  # complete the last action
        rest = pending.where(OUTBOX.c.txn == front[-1]["txn"], OUTBOX.c.seq > front[-1]["seq"])
        front.extend(dict(r) for r in conn.execute(rest).mappings())
    batch: list[dict[str, Any]] = []
    rows: set[tuple[str, str]] = set()
    for action in _actions(front):
        keys = {(e["table_name"], e["row_id"]) for e in action}
        if batch and (len(batch) + len(action) > size or keys & rows):
            break
        for entry in action:
            payload = _freeze(conn, entry)
            if payload is not None:
                entry["payload"] = payload
                entry["sha"] = _photo_sha(conn, entry["table_name"], payload)
                batch.append(entry)
        rows |= keys
    return batch


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


def _push_batch(
    server: Connection, client_id: str, batch: list[dict[str, Any]], refused: list[str], budget_ms: int
) -> list[protocol.MutationResult]:
    """One batch in one explicit server transaction (BEGIN … COMMIT on the autocommit connection): the answers
    count only once the COMMIT is acknowledged."""
    mutations = [protocol.Mutation(e["seq"], e["table_name"], e["payload"], e["base_rev"], e["txn"]) for e in batch]
    server.exec_driver_sql("BEGIN")
    try:
        answers = protocol.push_batch(server, client_id, mutations, refused, budget_ms)
    except BaseException:
        if not server.closed and not server.invalidated:
            server.exec_driver_sql("ROLLBACK")
        raise
    server.exec_driver_sql("COMMIT")
    return answers


def push(
    db: Database,
    server: Connection,
    client_id: str,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_size: int = BATCH,
    budget_ms: int = BUDGET_MS,
) -> PushResult:
    """Push every pending entry, oldest first, a batch per server transaction (see the module docstring).

    ``server`` is a connection in autocommit mode; each batch runs in a transaction of its own.
    """
    result = PushResult()
    with local_transaction(db) as conn:
        total = count(conn, OutboxState.PENDING)
    me = server.execute(text("SELECT app.person_id()")).scalar_one_or_none()
    uploaded: set[str] = set()
    for _round in range(total + 1):  # every round answers at least one entry
        if cancelled is not None and cancelled():
            break
        with local_transaction(db) as conn:
            batch = _next_batch(conn, batch_size)
            refused = _refused_txns(conn, {e["txn"] for e in batch if e["txn"]})
        if not batch:
            break
        ready = _upload_blobs(db, server, batch, uploaded)
        if ready < len(batch):  # a photo's file is missing: send the actions before its own, then stop
            exc = _photo_missing(batch[ready]["sha"])
            with local_transaction(db) as conn:
                message = f"{exc.message_id} / {exc.message_en}"
                conn.execute(_SET_ENTRY, {"entry_seq": batch[ready]["seq"], "last_error": message})
            result.blocked.append(exc.message_en)
            txn = batch[ready]["txn"]
            while ready > 0 and txn is not None and batch[ready - 1]["txn"] == txn:
                ready -= 1
            batch = batch[:ready]
        answers = _push_batch(server, client_id, batch, sorted(refused), budget_ms) if batch else []
        with local_transaction(db) as conn:
            done = record_answers(conn, batch, answers, me)
        result.pushed += done.pushed
        result.conflicts += done.conflicts
        result.rejected += done.rejected
        if progress is not None:
            progress("push", result.pushed + result.conflicts + result.rejected, total)
        if result.blocked or not answers:
            break
    return result
