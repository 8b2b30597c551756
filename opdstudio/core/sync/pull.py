"""Pull: bring the rows changed on the server since the cursor into the local profile.

Each page of ``app.pull`` and the cursor after it are written in one SQLite transaction (a crash between pages
only repeats work). Rows are upserted by id with Core statements, so the outbox hook never sees them, set-wise: a
table at a time, natural-key clashes found with one query per unique key, one executemany per row shape. A row with a
local write the server has not acknowledged is left alone: its push decides (applied, or a conflict in which the
server version wins). Foreign keys are not checked while server rows are written: the server enforces them, and a
person may see a row whose parent they may not see.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Insert, Table, delete, func, select, text, tuple_, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..domain.sync_models import OutboxState
from ..domain.types import UTCDateTime, utcnow
from ..storage.database import Database
from . import protocol
from .conflicts import keep_copy
from .outbox import OUTBOX, RANK, SYNC_STATE, json_value, row_json, sync_state, synced_table

PAGE = 2000
Progress = Callable[[str, int, int], None]


@contextmanager
def local_transaction(db: Database) -> Iterator[Connection]:
    """One SQLite transaction for sync's own writes (foreign keys unchecked, restored afterwards)."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        try:
            with conn.begin():
                yield conn
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()


@cache
def _parsers(table: Table) -> dict[str, Callable[[str], Any]]:
    """Column → how its JSON text becomes the local value (date and time columns); other columns pass as they are."""
    parsers: dict[str, Callable[[str], Any]] = {}
    for column in table.c:
        if isinstance(column.type, UTCDateTime | DateTime):
            parsers[column.name] = datetime.fromisoformat
        elif isinstance(column.type, Date):
            parsers[column.name] = date.fromisoformat
    return parsers


def to_local(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    """The server row as values of the local table's columns (columns the local table lacks are dropped)."""
    parsers, columns = _parsers(table), table.c
    return {
        name: parsers[name](value) if name in parsers and isinstance(value, str) else value
        for name, value in row.items()
        if name in columns
    }


@cache
def _unique_groups(table_name: str) -> tuple[tuple[str, ...], ...]:
    table = synced_table(table_name)
    groups: list[tuple[str, ...]] = []
    for constraint in table.constraints:
        cols = tuple(c.name for c in getattr(constraint, "columns", ()))
        if constraint.__class__.__name__ == "UniqueConstraint" and cols:
            groups.append(cols)
    for index in table.indexes:
        if index.unique:
            groups.append(tuple(c.name for c in index.columns))
    return tuple(groups)


@cache
def _upsert_statement(table_name: str, columns: tuple[str, ...]) -> Insert:
    """Insert or replace by id, for rows with exactly these columns (their values are the parameters)."""
    table = synced_table(table_name)
    stmt = sqlite_insert(table)
    changes = {c: stmt.excluded[c] for c in columns if c != "id"}
    return stmt.on_conflict_do_update(index_elements=[table.c.id], set_=changes) if changes else stmt


def make_room(conn: Connection, table_name: str, rows: list[dict[str, Any]]) -> None:
    """Move aside local rows that hold a natural key the server rows (local values) are about to take.

    One query per unique group of the table for all the rows. A local audit event not yet renumbered by the server
    moves to the end of its organisation's chain (past every seq the rows bring); any other local row is kept as a
    conflict copy (when it carries unpushed work) and removed — a row the server still has comes back in the same
    pull.
    """
    table = synced_table(table_name)
    for group in _unique_groups(table_name):
        keyed = {tuple(r[c] for c in group): str(r["id"]) for r in rows if all(r.get(c) is not None for c in group)}
        if not keyed:
            continue
        key_cols = [table.c[c] for c in group]
        clashes = [
            (str(found.id), key)
            for found in conn.execute(select(table.c.id, *key_cols).where(tuple_(*key_cols).in_(list(keyed)))).all()
            if (key := tuple(found[1:])) in keyed and keyed[key] != str(found.id)
        ]
        for other_id, _key in clashes:
            if table_name == "auditevent":
                _renumber_event(conn, table, other_id, rows)
                continue
            unpushed = conn.execute(
                select(OUTBOX.c.seq).where(
                    OUTBOX.c.table_name == table_name,
                    OUTBOX.c.row_id == other_id,
                    OUTBOX.c.state == OutboxState.PENDING,
                )
            ).first()
            if unpushed is not None:
                local = row_json(conn, table_name, other_id)
                server_row = next(r for r in rows if keyed.get(tuple(r[c] for c in group)) == str(r["id"]))
                keep_copy(conn, table_name, other_id, "duplicate_key", local or {}, json_ready(server_row))
                conn.execute(
                    update(OUTBOX)
                    .where(
                        OUTBOX.c.table_name == table_name,
                        OUTBOX.c.row_id == other_id,
                        OUTBOX.c.state == OutboxState.PENDING,
                    )
                    .values(state=OutboxState.CONFLICT, reason="duplicate_key", done_at=utcnow())
                )
            conn.execute(delete(table).where(table.c.id == other_id))


def _renumber_event(conn: Connection, table: Table, event_id: str, rows: list[dict[str, Any]]) -> None:
    """Move a local audit event to the end of its organisation's chain, past the seqs the incoming rows take."""
    org = conn.execute(select(table.c.organisation_id).where(table.c.id == event_id)).scalar_one()
    top = conn.execute(select(func.max(table.c.seq)).where(table.c.organisation_id == org)).scalar_one()
    incoming = max((int(r["seq"]) for r in rows if r.get("organisation_id") == org), default=0)
    conn.execute(update(table).where(table.c.id == event_id).values(seq=max(int(top or 0), incoming) + 1))


def json_ready(row: Mapping[str, Any]) -> dict[str, Any]:
    """Local values as JSON can hold them."""
    return {k: json_value(v) for k, v in row.items()}


def upsert_rows(conn: Connection, table_name: str, server_rows: Sequence[Mapping[str, Any]]) -> None:
    """Write the server's versions of rows of one table in place (insert or replace by id), set-wise."""
    table = synced_table(table_name)
    values = [to_local(table, r) for r in server_rows]
    make_room(conn, table_name, values)
    by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for v in values:
        by_shape.setdefault(tuple(v), []).append(v)
    for shape, same in by_shape.items():
        conn.execute(_upsert_statement(table_name, shape), same)


def upsert(conn: Connection, table_name: str, server_row: Mapping[str, Any]) -> None:
    """Write the server's version of a row in place (insert or replace by id)."""
    upsert_rows(conn, table_name, [server_row])


def apply_page(conn: Connection, rows: list[protocol.PulledRow], skip: set[tuple[str, str]]) -> int:
    """Upsert pulled rows (except those with unacknowledged local writes), a table at a time; how many were
    written."""
    by_table: dict[str, list[dict[str, Any]]] = {}
    for pulled in rows:
        if (pulled.table, str(pulled.row.get("id"))) in skip or pulled.table not in RANK:
            continue  # a local write waits for its push, or a table this version of OPD Studio does not know
        by_table.setdefault(pulled.table, []).append(pulled.row)
    for table_name, table_rows in by_table.items():
        upsert_rows(conn, table_name, table_rows)
    return sum(len(r) for r in by_table.values())


def pull(
    db: Database,
    server: Connection,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    page_size: int = PAGE,
) -> int:
    """Pull every row changed since the cursor; returns how many rows were written locally."""
    with local_transaction(db) as conn:
        cursor = int(sync_state(conn)["pull_cursor"])
    first_cursor = cursor
    me = server.execute(text("SELECT app.person_id()")).scalar_one_or_none()
    written = 0
    restarted = False
    while True:
        if cancelled is not None and cancelled():
            break
        page = protocol.pull(server, cursor, page_size)
        if not page:
            break
        own_roles_changed = any(p.table == "membership" and p.row.get("person_id") == me for p in page)
        with local_transaction(db) as conn:
            written += apply_page(conn, page, _pending(conn))
            cursor = page[-1].server_version
            conn.execute(update(SYNC_STATE).where(SYNC_STATE.c.id == 1).values(pull_cursor=cursor))
        if progress is not None:
            progress("pull", written, written)
        if own_roles_changed and not restarted and first_cursor > 0:
            # Rows that became visible through a new role keep their old versions: read everything again.
            restarted = True
            cursor = 0
            continue
        if len(page) < page_size:
            break
    return written


def _pending(conn: Connection) -> set[tuple[str, str]]:
    from .outbox import pending_rows

    return pending_rows(conn)
