"""The outbox: every local write of a synced row leaves an entry in the same SQLite transaction.

``record_writes(session)`` installs an ``after_flush`` hook on a session (``Database.open_profile`` makes every
``Database.session()`` do so): whatever a service inserts or changes, the flush that writes it also writes the
outbox entry, so the two commit or roll back together. Services need not know about sync.

Each entry carries its payload, the row as that write left it (all columns, or the id and the changed ones),
taken from the written object: push sends it as it is. Edits of a row within one local transaction coalesce into
that transaction's entry of the row (the columns changed are merged); another transaction opens its own entry.
Separate actions are separately audited (a create, a submit and a review each have their own audit event) and the
server judges each on its own: folding them into one row would make it refuse them as a whole. A session whose
``info`` holds ``APPLYING`` (sync writing what came from the server) records nothing.

Within one flush, inserts come first in parent-before-child order, then updates in the same order: a reviewer's
review precedes the post status it moves, as the server expects. The entries one session transaction opens share a
``txn`` id (one action), so push can keep the rest of an action from reaching the server when one part is refused.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from functools import cache
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, Select, Table, bindparam, func, insert, inspect, select, update
from sqlmodel import Session, SQLModel

from ..domain import drafting  # noqa: F401  (registers the lint tables)
from ..domain.models import Synced
from ..domain.sync_models import ConflictCopy, OutboxEntry, OutboxState, SyncState
from ..domain.types import new_id

APPLYING = "opdstudio.sync.applying"
_TXN = "opdstudio.sync.txn"  # session.info: (the session transaction, its txn id, the entries it opened)

# Parents before children (the order the server needs for inserts).
TABLE_ORDER = (
    "organisation",
    "person",
    "membership",
    "approvallevel",
    "officialaccount",
    "photo",
    "post",
    "posttarget",
    "postvariant",
    "postphoto",
    "review",
    "publication",
    "auditevent",
    "lintjustification",
    "lintoverrides",
)
RANK = {name: i for i, name in enumerate(TABLE_ORDER)}
# The rows of a post that go (and come back) with it; all carry post_id.
POST_PARTS = ("posttarget", "postvariant", "postphoto", "lintjustification")
# Columns the server assigns on an update whatever the client sends.
SERVER_ASSIGNED = ("rev", "server_version", "created_at")

OUTBOX: Table = OutboxEntry.__table__  # type: ignore[attr-defined]
SYNC_STATE: Table = SyncState.__table__  # type: ignore[attr-defined]
CONFLICTS: Table = ConflictCopy.__table__  # type: ignore[attr-defined]


def synced_table(name: str) -> Table:
    """The local table of a synced table name (as the server names it)."""
    table = SQLModel.metadata.tables.get(name)
    if table is None or name not in RANK:
        raise KeyError(name)
    return table


def json_value(value: Any) -> Any:
    """``value`` as JSON can hold it (ISO dates, UUIDs as text)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    return value


@cache
def _select_by_id(table_name: str) -> Select[Any]:
    table = synced_table(table_name)
    return select(table).where(table.c.id == bindparam("row_id"))


def row_json(conn: Connection, table_name: str, row_id: str) -> dict[str, Any] | None:
    """The local row as JSON-ready column → value, or None when it is not there."""
    found = conn.execute(_select_by_id(table_name), {"row_id": row_id}).mappings().first()
    if found is None:
        return None
    return json.loads(json.dumps({k: json_value(v) for k, v in found.items()}))


def record_writes(session: Session) -> None:
    """Make every flush of ``session`` write the outbox entries of the synced rows it writes."""
    from sqlalchemy import event

    event.listen(session, "after_flush", _after_flush)


def _changed_columns(obj: Synced) -> list[str]:
    state = inspect(obj)
    return [attr.key for attr in state.mapper.column_attrs if state.attrs[attr.key].history.has_changes()]


def _old_rev(obj: Synced) -> int:
    history = inspect(obj).attrs["rev"].history
    if history.deleted and history.deleted[0] is not None:
        return int(history.deleted[0])
    return int(obj.rev)


def _after_flush(session: Session, _context: Any) -> None:
    if session.info.get(APPLYING):
        return
    writes: list[tuple[bool, Synced, list[str] | None]] = []
    for obj in session.new:
        if isinstance(obj, Synced) and obj.__tablename__ in RANK:
            writes.append((True, obj, None))
    for obj in session.dirty:
        if isinstance(obj, Synced) and obj.__tablename__ in RANK and obj not in session.new:
            changed = _changed_columns(obj)
            if changed:
                writes.append((False, obj, changed))
    if not writes:
        return
    writes.sort(key=lambda w: (not w[0], RANK[str(w[1].__tablename__)]))
    conn = session.connection()
    txn, opened = _txn_of(session)
    for is_insert, obj, columns in writes:
        _record(conn, str(obj.__tablename__), obj, is_insert, columns, txn, opened)


Opened = dict[tuple[str, str], tuple[int, list[str] | None]]  # (table, id) → (seq, columns) of this txn's entries


def _txn_of(session: Session) -> tuple[str, Opened]:
    """The txn id of the session's current transaction (every flush of one transaction shares it) and the
    entries it opened so far."""
    transaction = session.get_transaction()
    known = session.info.get(_TXN)
    if known is None or known[0] is not transaction:
        known = session.info[_TXN] = (transaction, new_id(), {})
    return str(known[1]), known[2]


def _payload(obj: Synced, columns: list[str] | None) -> dict[str, Any]:
    """What the entry sends: the whole row, or its id and the changed columns (no SELECT: the object has them)."""
    keys = [a.key for a in inspect(obj).mapper.column_attrs]
    if columns is not None:
        wanted = {"id", *columns} - set(SERVER_ASSIGNED)
        keys = [k for k in keys if k in wanted]
    return json.loads(json.dumps({k: getattr(obj, k) for k in keys}, default=json_value))


def _record(
    conn: Connection,
    table: str,
    obj: Synced,
    is_insert: bool,
    columns: list[str] | None,
    txn: str,
    opened: Opened,
) -> None:
    """Write the entry of one written row, with the row as this write left it (its payload)."""
    key = (table, str(obj.id))
    if key in opened:  # written before in this transaction: one entry holds both writes
        seq, known = opened[key]
        merged = None if known is None or columns is None else sorted(set(known) | set(columns))
        done = conn.execute(
            update(OUTBOX)
            .where(OUTBOX.c.seq == seq, OUTBOX.c.state == OutboxState.PENDING)
            .values(columns=merged, payload=_payload(obj, merged))
        )
        if done.rowcount == 1:
            opened[key] = (seq, merged)
            return
    # Not on the server yet (or an earlier push of it is still unanswered): send the whole row.
    whole_row = is_insert or obj.server_version is None
    cols = None if whole_row else sorted(columns or [])
    inserted = conn.execute(
        insert(OUTBOX).values(
            table_name=table,
            row_id=obj.id,
            base_rev=None if whole_row and obj.server_version is None else _old_rev(obj),
            columns=cols,
            payload=_payload(obj, cols),
            created_at=_now(),
            state=OutboxState.PENDING,
            reason="",
            last_error="",
            attempts=0,
            txn=txn,
        )
    )
    assert inserted.inserted_primary_key is not None
    opened[key] = (int(inserted.inserted_primary_key[0]), cols)


def enqueue_whole_rows(conn: Connection, rows: list[tuple[str, str]]) -> None:
    """Queue these (table, id) rows to be sent whole, as inserts, in one action (a post sent again)."""
    txn = new_id()
    conn.execute(
        insert(OUTBOX),
        [
            {
                "table_name": table,
                "row_id": row_id,
                "base_rev": None,
                "columns": None,
                "payload": None,
                "created_at": _now(),
                "state": OutboxState.PENDING,
                "reason": "",
                "last_error": "",
                "attempts": 0,
                "txn": txn,
            }
            for table, row_id in rows
        ],
    )


def _now() -> datetime:
    from ..domain.types import utcnow

    return utcnow()


def sync_state(conn: Connection) -> dict[str, Any]:
    """The installation's sync state, created (with a new client id) on first use."""
    found = conn.execute(select(SYNC_STATE).where(SYNC_STATE.c.id == 1)).mappings().first()
    if found is None:
        conn.execute(insert(SYNC_STATE).values(id=1, client_id=new_id(), pull_cursor=0, last_error=""))
        found = conn.execute(select(SYNC_STATE).where(SYNC_STATE.c.id == 1)).mappings().one()
    return dict(found)


def count(conn: Connection, state: str) -> int:
    """How many outbox entries are in ``state``."""
    return int(conn.execute(select(func.count()).select_from(OUTBOX).where(OUTBOX.c.state == state)).scalar_one())


def pending_rows(conn: Connection) -> set[tuple[str, str]]:
    """(table, row id) of every row with a write the server has not acknowledged."""
    rows = conn.execute(
        select(OUTBOX.c.table_name, OUTBOX.c.row_id).where(OUTBOX.c.state == OutboxState.PENDING).distinct()
    )
    return {(str(t), str(r)) for t, r in rows}


def entries(conn: Connection, states: Iterable[str] = (OutboxState.PENDING,)) -> list[dict[str, Any]]:
    """Outbox entries in these states, oldest first."""
    rows = conn.execute(select(OUTBOX).where(OUTBOX.c.state.in_(list(states))).order_by(OUTBOX.c.seq)).mappings()
    return [dict(r) for r in rows]
