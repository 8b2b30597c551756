"""Typed calls of the server's sync functions (the contract is in this package's docstring) and the translation
of a server refusal into an error a person can read.

Every function runs on the caller's connection, in whatever transaction the caller has or alone in autocommit.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from ..errors import OpdError

REFUSAL_SQLSTATE = "OPD01"


class ServerRefusal(OpdError):
    """The shared database refused a write (a workflow rule, row-level security or a privilege)."""

    def __init__(self, code: str, message_id: str, message_en: str) -> None:
        super().__init__(message_id, message_en)
        self.code = code


@dataclass(frozen=True)
class MutationResult:
    """What ``app.apply_mutation`` answered for one outbox entry."""

    outcome: str  # applied | duplicate | conflict | rejected
    reason: str  # a stable code, "" when applied
    message_id: str
    message_en: str
    server_row: dict[str, Any] | None  # the row as the caller may see it on the server now
    original_outcome: str | None  # for a duplicate: the outcome of the first push of this (client, seq)


@dataclass(frozen=True)
class Mutation:
    """One outbox entry as it is sent: insert ``row`` (``base_rev`` None) or replace the row whose rev is it."""

    seq: int
    table: str
    row: Mapping[str, Any]
    base_rev: int | None
    txn: str | None = None  # entries of one local action: once one is rejected, the rest of it is not applied


@dataclass(frozen=True)
class PulledRow:
    """One row changed on the server since the cursor."""

    server_version: int
    table: str
    row: dict[str, Any]


def _json_default(value: Any) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    raise TypeError(f"cannot send {type(value).__name__} to the server")


def apply_mutation(
    conn: Connection,
    client_id: UUID | str,
    seq: int,
    table: str,
    row: Mapping[str, Any],
    base_rev: int | None,
) -> MutationResult:
    """Push one outbox entry: insert ``row`` (``base_rev`` None) or replace the row whose rev is ``base_rev``."""
    found = (
        conn.execute(
            text(
                "SELECT outcome, reason, message_id, message_en, server_row, original_outcome "
                "FROM app.apply_mutation(CAST(:client AS uuid), :seq, :table, CAST(:row AS jsonb), :base_rev)"
            ),
            {
                "client": str(client_id),
                "seq": seq,
                "table": table,
                "row": json.dumps(dict(row), default=_json_default),
                "base_rev": base_rev,
            },
        )
        .mappings()
        .one()
    )
    return MutationResult(**dict(found))


def push_batch(
    conn: Connection,
    client_id: UUID | str,
    mutations: Sequence[Mutation],
    refused: Sequence[str] = (),
    budget_ms: int = 250,
) -> list[MutationResult]:
    """Push entries in one server transaction, a savepoint per local action (``txn``); the answers, in order.

    An action whose entry is refused or meets a conflict rolls back whole: that entry gets its own answer, the
    others of the action ``rejected`` / ``with_refused`` (so do the entries of the txns in ``refused``). After
    ``budget_ms`` on the server's version lock the batch stops at the next action: fewer answers than entries
    come back, and the rest are sent again. Run it in autocommit (the statement is the transaction) or commit
    right after it.
    """
    entries = [
        {"seq": m.seq, "table": m.table, "row": dict(m.row), "base_rev": m.base_rev, "txn": m.txn} for m in mutations
    ]
    answers = conn.execute(
        text(
            "SELECT app.push_batch(CAST(:client AS uuid), CAST(:entries AS jsonb), CAST(:refused AS text[]), :budget)"
        ),
        {
            "client": str(client_id),
            "entries": json.dumps(entries, default=_json_default),
            "refused": list(refused),
            "budget": budget_ms,
        },
    ).scalar_one()
    return [MutationResult(**answer) for answer in answers]


def pull(conn: Connection, since: int, limit: int = 1000) -> list[PulledRow]:
    """The rows the caller may see with ``server_version > since``, oldest first, at most ``limit``."""
    rows = conn.execute(
        text("SELECT server_version, table_name, row_data FROM app.pull(:since, :limit)"),
        {"since": since, "limit": limit},
    ).all()
    return [PulledRow(int(v), str(t), dict(r)) for v, t, r in rows]


def put_photo_blob(conn: Connection, sha256: str, data: bytes) -> bool:
    """Upload a photo's bytes; False when the server already held them (nothing sent twice is stored twice)."""
    return bool(
        conn.execute(text("SELECT app.put_photo_blob(:sha, :data)"), {"sha": sha256, "data": data}).scalar_one()
    )


def missing_photo_blobs(conn: Connection, sha256s: Sequence[str]) -> set[str]:
    """Which of these photos the server does not hold yet (upload them before pushing their rows)."""
    rows = conn.execute(text("SELECT app.missing_photo_blobs(CAST(:shas AS text[]))"), {"shas": list(sha256s)})
    return {str(r[0]) for r in rows}


def refusal(exc: DBAPIError) -> OpdError | None:
    """The readable error behind a failed statement, or None when it is not a refusal."""
    diag = getattr(exc.orig, "diag", None)
    state = getattr(exc.orig, "sqlstate", None)
    if state == REFUSAL_SQLSTATE and diag is not None:
        return ServerRefusal(diag.message_hint or "", diag.message_primary or "", diag.message_detail or "")
    if state == "42501":
        return ServerRefusal(
            "not_permitted",
            "Server menolak: Anda tidak berwenang melakukan ini.",
            "The server refused: you are not allowed to do this.",
        )
    return None


@contextmanager
def refusals_as_errors() -> Iterator[None]:
    """Turn server refusals raised inside the block into :class:`ServerRefusal`."""
    try:
        yield
    except DBAPIError as exc:
        readable = refusal(exc)
        if readable is None:
            raise
        raise readable from exc
